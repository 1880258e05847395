// Verifies a tag's signature with git itself, against only the trust the caller gives: an SSH
// allowed-signers file, or armored GPG public keys imported into a throwaway keyring. The user's own
// git and gpg configuration never decides: the programs and trust files are set on the command line.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../io/io.js';
import { envError, userError } from '../verdict/errors.js';
import { git } from './git.js';
import type { SignatureType } from './tag-object.js';

export interface Trust {
  /** Absolute path of an SSH allowed-signers file. */
  allowedSigners?: string;
  /** Absolute paths of armored (or binary) GPG public key files. */
  gpgKeys?: string[];
}

export interface Signer {
  /** SSH: SHA256:... ; GPG: the signing key's hex fingerprint. */
  fingerprint?: string;
  /** GPG: the primary key's fingerprint when a subkey signed. */
  primaryFingerprint?: string;
  /** SSH: the allowed-signers principal; GPG: the user id's e-mail. */
  identity?: string;
}

export type LocalVerification =
  | { status: 'good'; type: SignatureType; signer: Signer }
  /** Signed, but by a key the given trust does not hold (or an expired/revoked one). */
  | { status: 'untrusted'; type: SignatureType; signer: Signer; detail: string }
  | { status: 'bad'; type: SignatureType; detail: string }
  /** No trust of the signature's kind was given, or the kind is not supported locally. */
  | { status: 'no-trust'; type: SignatureType; detail: string };

/** Settings that pin the verifying programs, whatever the user's or repository's config says. */
// gpg.minTrustLevel: the throwaway keyring holds only the keys given, so their (undefined) owner trust is enough.
const PINNED = {
  'gpg.program': 'gpg',
  'gpg.ssh.program': 'ssh-keygen',
  'gpg.x509.program': 'gpgsm',
  'gpg.minTrustLevel': 'undefined',
};

/** `Good "git" signature for alice@example.org with ED25519 key SHA256:abc` (ssh-keygen's own words). */
export function parseSshOutput(out: string): { good: boolean; signer: Signer } {
  const good = /Good "git" signature for (.+?) with \S+ key (SHA256:[A-Za-z0-9+/=]+)/.exec(out);
  if (good) return { good: true, signer: { identity: good[1] as string, fingerprint: good[2] as string } };
  const anon = /Good "git" signature with \S+ key (SHA256:[A-Za-z0-9+/=]+)/.exec(out);
  return { good: false, signer: anon ? { fingerprint: anon[1] as string } : {} };
}

/** Reads gpg's machine status lines ([GNUPG:] ...), the format meant for programs. */
export function parseGpgStatus(out: string): { good: boolean; problem?: string; signer: Signer } {
  const lines = out.split('\n').filter((l) => l.startsWith('[GNUPG:] '));
  const field = (kw: string) =>
    lines
      .find((l) => l.startsWith(`[GNUPG:] ${kw} `))
      ?.split(' ')
      .slice(2);
  const signer: Signer = {};
  const valid = field('VALIDSIG');
  if (valid?.[0]) {
    signer.fingerprint = valid[0].toUpperCase();
    const primary = valid[valid.length - 1];
    if (primary && /^[0-9A-Fa-f]{40,64}$/.test(primary)) signer.primaryFingerprint = primary.toUpperCase();
  }
  const good = field('GOODSIG');
  const uid = good?.slice(1).join(' ') ?? '';
  const email = /<([^>]+)>/.exec(uid)?.[1];
  if (email || uid) signer.identity = email ?? uid;
  const problems: [string, string][] = [
    ['BADSIG', 'the signature does not match the tag: the tag was altered after signing'],
    ['EXPKEYSIG', 'the signing key has expired'],
    ['REVKEYSIG', 'the signing key has been revoked'],
    ['EXPSIG', 'the signature has expired'],
    ['NO_PUBKEY', 'the signing key is not among the given gpg-keys'],
    ['ERRSIG', 'gpg could not check the signature'],
  ];
  const problem = problems.find(([kw]) => field(kw))?.[1];
  return { good: !!good && !!valid && !problem, ...(problem ? { problem } : {}), signer };
}

async function withGnupgHome<T>(io: Io, keys: string[], fn: (home: string) => Promise<T>): Promise<T> {
  const home = await mkdtemp(join(tmpdir(), 'rco-gnupg-'));
  try {
    for (const key of keys) {
      const r = await io.exec('gpg', ['--batch', '--no-tty', '--quiet', '--import', key], {
        env: { ...io.env, GNUPGHOME: home, LC_ALL: 'C' },
        timeoutMs: 60_000,
      });
      if (r.code !== 0 && !/imported|unchanged/.test(r.stderr)) {
        throw userError(
          'TAG_TRUST_KEYS_INVALID',
          `The GPG key file ${key} could not be imported: ${r.stderr.trim()}.`,
          {
            hint: 'give armored public keys, e.g. from gpg --armor --export KEYID',
          },
        );
      }
    }
    return await fn(home);
  } finally {
    // gpg-agent may still hold sockets in the folder; the folder is ours alone, so force removal.
    await io.exec('gpgconf', ['--kill', 'all'], { env: { ...io.env, GNUPGHOME: home } }).catch(() => undefined);
    await rm(home, { recursive: true, force: true });
  }
}

async function verifySsh(io: Io, repo: string, tag: string, file: string): Promise<LocalVerification> {
  const r = await git(io, repo, ['verify-tag', '--raw', `refs/tags/${tag}`], {
    config: { ...PINNED, 'gpg.ssh.allowedSignersFile': file, 'gpg.ssh.revocationFile': '' },
  });
  const out = `${r.stdout}\n${r.stderr}`;
  const p = parseSshOutput(out);
  if (r.code === 0 && p.good) return { status: 'good', type: 'ssh', signer: p.signer };
  if (/No principal matched|find-principals/.test(out) || (p.signer.fingerprint && !p.good)) {
    return {
      status: 'untrusted',
      type: 'ssh',
      signer: p.signer,
      detail: 'no principal in allowed-signers has this key',
    };
  }
  if (/command not found|cannot run|No such file or directory.*ssh-keygen/i.test(out)) {
    throw envError('TOOL_MISSING', 'ssh-keygen is needed to verify SSH-signed tags (Debian package openssh-client).');
  }
  return { status: 'bad', type: 'ssh', detail: out.trim().split('\n').slice(-3).join(' ') || `git exit ${r.code}` };
}

async function verifyGpg(io: Io, repo: string, tag: string, keys: string[]): Promise<LocalVerification> {
  return withGnupgHome(io, keys, async (home) => {
    const r = await git(io, repo, ['verify-tag', '--raw', `refs/tags/${tag}`], {
      config: PINNED,
      env: { GNUPGHOME: home },
    });
    const p = parseGpgStatus(`${r.stdout}\n${r.stderr}`);
    if (r.code === 0 && p.good) return { status: 'good', type: 'gpg', signer: p.signer };
    if (p.problem && !/altered|could not check/.test(p.problem)) {
      return { status: 'untrusted', type: 'gpg', signer: p.signer, detail: p.problem };
    }
    return { status: 'bad', type: 'gpg', detail: p.problem ?? (r.stderr.trim() || `git exit ${r.code}`) };
  });
}

/** Verifies the tag's signature of the given type with the trust of that type. */
export async function verifyTagLocally(
  io: Io,
  repo: string,
  tag: string,
  type: SignatureType,
  trust: Trust,
): Promise<LocalVerification> {
  if (type === 'ssh') {
    if (!trust.allowedSigners) {
      return { status: 'no-trust', type, detail: 'the tag is SSH-signed but no allowed-signers file was given' };
    }
    return verifySsh(io, repo, tag, trust.allowedSigners);
  }
  if (type === 'gpg') {
    if (!trust.gpgKeys?.length)
      return { status: 'no-trust', type, detail: 'the tag is GPG-signed but no gpg-keys were given' };
    return verifyGpg(io, repo, tag, trust.gpgKeys);
  }
  return {
    status: 'no-trust',
    type,
    detail: 'X.509 (gpgsm) signatures cannot be verified locally; use mode github, or sign with SSH or GPG',
  };
}
