// Real git repositories, SSH keys and GPG keys made for the tests, isolated from the machine's
// configuration (GIT_CONFIG_NOSYSTEM and a temp HOME) so only what a test sets matters.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testIo } from '../../helpers/io.js';

export const root = mkdtempSync(join(tmpdir(), 'rco-stc-'));
export const home = join(root, 'home');
mkdirSync(home, { recursive: true });

export const gitEnv = {
  PATH: process.env['PATH'],
  HOME: home,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Release Bot',
  GIT_AUTHOR_EMAIL: 'alice@example.org',
  GIT_COMMITTER_NAME: 'Release Bot',
  GIT_COMMITTER_EMAIL: 'alice@example.org',
  LC_ALL: 'C',
};

/** The programs the tests need, with the Debian package naming each when it is missing. */
export function missing(): string | undefined {
  for (const [tool, pkg] of [
    ['git', 'git'],
    ['ssh-keygen', 'openssh-client'],
    ['gpg', 'gnupg'],
  ] as const) {
    if (spawnSync(tool, ['--version']).error) return `${tool} not found: install the Debian package ${pkg}`;
  }
  return undefined;
}

let n = 0;
export const tmp = (name: string) => {
  const d = join(root, `${name}-${n++}`);
  mkdirSync(d, { recursive: true });
  return d;
};

export function git(repo: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, { cwd: repo, env: { ...gitEnv, ...env }, encoding: 'utf8' }).trim();
}

export const PKG = (v: string) => `{\n  "name": "app",\n  "version": "${v}"\n}\n`;
export const CHANGELOG = (v: string) => `# Changelog\n\n## [Unreleased]\n\n## [${v}] - 2026-11-01\n\n- the release\n`;

/** A repository on branch main with package.json and CHANGELOG at `version`, one commit. */
export function makeRepo(version = '1.2.3'): { repo: string; head: string } {
  const repo = tmp('repo');
  git(repo, ['init', '-q', '-b', 'main']);
  writeFileSync(join(repo, 'package.json'), PKG(version));
  writeFileSync(join(repo, 'CHANGELOG.md'), CHANGELOG(version));
  git(repo, ['add', '.']);
  git(repo, ['commit', '-q', '-m', 'release']);
  return { repo, head: git(repo, ['rev-parse', 'HEAD']) };
}

export function commit(repo: string, message: string): string {
  git(repo, ['commit', '-q', '--allow-empty', '-m', message]);
  return git(repo, ['rev-parse', 'HEAD']);
}

export interface SshKey {
  key: string;
  fingerprint: string;
  allowedSigners: string;
}

/** An ed25519 key and an allowed-signers file naming `principal` for it. */
export function sshKey(principal = 'alice@example.org'): SshKey {
  const dir = tmp('ssh');
  const key = join(dir, 'key');
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', principal, '-f', key]);
  const pub = execFileSync('ssh-keygen', ['-l', '-f', `${key}.pub`], { encoding: 'utf8' });
  const allowedSigners = join(dir, 'allowed_signers');
  const [type, blob] = execFileSync('cat', [`${key}.pub`], { encoding: 'utf8' }).split(' ');
  writeFileSync(allowedSigners, `${principal} namespaces="git" ${type} ${blob}\n`);
  return { key, fingerprint: pub.split(' ')[1] as string, allowedSigners };
}

const gpgHomes: string[] = [];

/** Stops the gpg-agents the keys started and removes every temp file of the tests. */
export function cleanup(): void {
  for (const h of gpgHomes) spawnSync('gpgconf', ['--kill', 'all'], { env: { ...gitEnv, GNUPGHOME: h } });
  rmSync(root, { recursive: true, force: true });
}

export interface GpgKey {
  home: string;
  fingerprint: string;
  /** Armored public key file. */
  publicKey: string;
}

export function gpgKey(uid = 'Alice <alice@example.org>'): GpgKey {
  const dir = tmp('gpg');
  const gnupg = join(dir, 'home');
  mkdirSync(gnupg, { mode: 0o700 });
  gpgHomes.push(gnupg);
  const env = { ...gitEnv, GNUPGHOME: gnupg };
  execFileSync('gpg', ['--batch', '--quiet', '--passphrase', '', '--quick-gen-key', uid, 'ed25519', 'sign', '1y'], {
    env,
    stdio: 'ignore',
  });
  const quiet = { env, stdio: ['ignore', 'pipe', 'ignore'] as ('ignore' | 'pipe')[] };
  const colons = execFileSync('gpg', ['--with-colons', '--list-keys'], { ...quiet, encoding: 'utf8' });
  const fingerprint = (/^fpr:+([0-9A-F]+):/m.exec(colons) as RegExpExecArray)[1] as string;
  const publicKey = join(dir, 'public.asc');
  writeFileSync(publicKey, execFileSync('gpg', ['--armor', '--export', fingerprint], quiet));
  return { home: gnupg, fingerprint, publicKey };
}

export function sshTag(repo: string, tag: string, key: SshKey, env: Record<string, string> = {}): void {
  git(
    repo,
    ['-c', 'gpg.format=ssh', '-c', `user.signingkey=${key.key}`, 'tag', '-s', '-m', `Release ${tag}`, tag],
    env,
  );
}

export function gpgTag(repo: string, tag: string, key: GpgKey): void {
  git(repo, ['-c', `user.signingkey=${key.fingerprint}`, 'tag', '-s', '-m', `Release ${tag}`, tag], {
    GNUPGHOME: key.home,
  });
}

/** The Io the gate gets: the same isolated git environment, plus what a test adds. */
export function io(env: Record<string, string> = {}, now?: string) {
  return testIo({ env: { ...gitEnv, ...env }, ...(now ? { now } : {}) });
}
