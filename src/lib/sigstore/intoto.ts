// The in-toto Statement inside a DSSE envelope. @sigstore/verify checks the envelope signature only;
// what the statement is about (its subjects) and what it claims (predicateType) are checked here.
import { createHash } from 'node:crypto';
import { userError } from '../verdict/errors.js';
import type { ArtifactRef } from './types.js';

export const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

export interface Statement {
  predicateType: string;
  subjects: { name: string; digest: Record<string, string> }[];
}

export function parseStatement(payloadType: string, payload: Uint8Array): Statement {
  if (payloadType !== INTOTO_PAYLOAD_TYPE) {
    throw userError(
      'SIGNATURE_DSSE_NOT_INTOTO',
      `The DSSE envelope carries "${payloadType}", not an in-toto statement, so it says nothing about the artifact.`,
    );
  }
  let doc: unknown;
  try {
    doc = JSON.parse(Buffer.from(payload).toString('utf8'));
  } catch (e) {
    throw userError('SIGNATURE_DSSE_NOT_INTOTO', `The in-toto statement is not JSON: ${(e as Error).message}`);
  }
  const o = (doc ?? {}) as Record<string, unknown>;
  if (typeof o['predicateType'] !== 'string' || !Array.isArray(o['subject'])) {
    throw userError('SIGNATURE_DSSE_NOT_INTOTO', 'The in-toto statement lacks "predicateType" or "subject".');
  }
  const subjects = (o['subject'] as unknown[]).flatMap((s) => {
    const r = (s ?? {}) as Record<string, unknown>;
    const digest = r['digest'];
    if (typeof digest !== 'object' || digest === null) return [];
    const clean: Record<string, string> = {};
    for (const [k, v] of Object.entries(digest)) if (typeof v === 'string') clean[k.toLowerCase()] = v.toLowerCase();
    return [{ name: typeof r['name'] === 'string' ? r['name'] : '', digest: clean }];
  });
  return { predicateType: o['predicateType'] as string, subjects };
}

/** The artifact's digest in each algorithm the statement uses (sha256 and sha512 are computed from bytes). */
function artifactDigests(artifact: ArtifactRef, algorithms: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  if ('digest' in artifact) out.set(artifact.digest.algorithm, artifact.digest.hex.toLowerCase());
  else {
    for (const alg of ['sha256', 'sha512']) {
      if (algorithms.has(alg)) out.set(alg, createHash(alg).update(artifact.bytes).digest('hex'));
    }
  }
  return out;
}

/** Throws unless one subject names the artifact by a digest we can check (sha256 or sha512). */
export function checkSubject(statement: Statement, artifact: ArtifactRef): void {
  const algs = new Set(statement.subjects.flatMap((s) => Object.keys(s.digest)));
  const mine = artifactDigests(artifact, algs);
  const match = statement.subjects.some((s) => [...mine].some(([alg, hex]) => s.digest[alg] === hex));
  if (match) return;
  const have = [...mine].map(([a, h]) => `${a}:${h}`).join(', ') || 'no sha256/sha512 digest in common';
  const listed = statement.subjects.flatMap((s) => Object.entries(s.digest).map(([a, h]) => `${a}:${h.slice(0, 16)}…`));
  throw userError(
    'SIGNATURE_SUBJECT_MISMATCH',
    `The attestation is about another artifact: its subjects are ${listed.slice(0, 5).join(', ') || 'empty'}, the artifact is ${have}.`,
  );
}
