// The verify-signature gate: every image or blob must carry a signature that verifies under the policy
// (a key, or a certificate identity and issuer) against the trusted root. One row per target; every
// problem of every target is reported, and a target that could not be checked is unknown, never a pass.
import type { Io } from '../lib/io/io.js';
import { loadTrust, type SignaturePolicy, type Trust } from '../lib/sigstore/index.js';
import type { Finding, Verdict } from '../lib/verdict/types.js';
import { verdict } from '../lib/verdict/types.js';
import { pemInput } from './files.js';
import { type Inputs, signaturePolicy } from './inputs.js';
import type { TargetResult, VerifyOutcome } from './results.js';

export const ACTION = 'verify-signature';

async function context(inputs: Inputs, io: Io): Promise<{ policy: SignaturePolicy; trust: Trust }> {
  const keyPem = inputs.key === undefined ? undefined : await pemInput(io, 'key', inputs.key);
  const trust = await loadTrust(
    { ...(inputs.trustedRoot ? { trustedRootPath: inputs.trustedRoot } : {}), ...(keyPem ? { keyPem } : {}) },
    io,
  );
  return { policy: signaturePolicy(inputs), trust };
}

function shortDigest(d: string): string {
  const m = /^(sha\d+):([0-9a-f]+)$/.exec(d);
  return m ? `${m[1]}:${(m[2] as string).slice(0, 12)}` : d;
}

const passed = (r: TargetResult) => r.verified !== undefined && r.error === undefined;

function row(r: TargetResult): string[] {
  const v = r.verified;
  const who = v ? (v.issuer ?? (v.keyId ? `key ${v.keyId.slice(0, 12)}` : '')) : '';
  const ref = r.platform ? `${r.ref} (${r.platform})` : r.ref;
  const status = passed(r) ? 'verified' : r.error && !r.undecided ? 'rejected' : 'unknown';
  return [
    ref,
    shortDigest(r.digest),
    r.foundIn ?? '',
    v?.signer ?? '',
    who,
    v?.logIndex ?? '',
    v?.signedAt ?? '',
    status,
  ];
}

function resultJson(r: TargetResult): Record<string, unknown> {
  const v = r.verified;
  return {
    ref: r.ref,
    ...(r.platform ? { platform: r.platform } : {}),
    digest: r.digest,
    verified: passed(r),
    foundIn: r.foundIn ?? null,
    signer: v?.signer ?? null,
    issuer: v?.issuer ?? null,
    keyId: v?.keyId ?? null,
    logIndex: v?.logIndex ?? null,
    signedAt: v?.signedAt ?? null,
    ...(r.error ? { error: r.error } : {}),
  };
}

export function toVerdict({ results, findings: found }: VerifyOutcome): Verdict {
  const findings: Finding[] = [...found];
  // A target with neither a verified signature nor a reported problem must not slip through as a pass.
  for (const r of results) {
    if (!r.verified && !r.error) {
      findings.push({
        rule: 'SIGNATURE_NOT_VERIFIED',
        level: 'unknown',
        message: `${r.ref}: no signature was verified.`,
      });
    }
  }
  if (results.length === 0 && findings.length === 0) {
    findings.push({
      rule: 'SIGNATURE_NOTHING_TO_VERIFY',
      level: 'fail',
      message: 'No image or artifact was given to verify.',
    });
  }
  return verdict(ACTION, findings, {
    outputs: {
      'verified-count': String(results.filter(passed).length),
      'results-json': JSON.stringify(results.map(resultJson)),
    },
    table: {
      headers: ['ref', 'digest', 'found in', 'signer', 'issuer / key', 'log index', 'signed at', 'result'],
      rows: results.map(row),
    },
  });
}

export async function run(inputs: Inputs, io: Io): Promise<Verdict> {
  const { policy, trust } = await context(inputs, io);
  // Each mode is loaded only when used: the blob path never pays for the registry client.
  const outcome: VerifyOutcome = inputs.artifact
    ? await (await import('./blob.js')).verifyBlob(inputs, policy, trust, io)
    : await (await import('./images.js')).verifyImages(inputs, trust, io);
  return toVerdict(outcome);
}
