// Attestations: a DSSE in-toto statement of a given predicate type about a given digest, signed under
// the same policy as the artifact's signature.
import { describe, userError } from '../verdict/errors.js';
import { parseStatement } from './intoto.js';
import type { Trust } from './trust.js';
import type { SignaturePolicy, Verified } from './types.js';
import { verifyBundle } from './verify.js';

function envelopeOf(bundleJson: unknown): { payloadType: string; payload: Buffer } {
  const env = (bundleJson as { dsseEnvelope?: { payloadType?: unknown; payload?: unknown } } | null)?.dsseEnvelope;
  if (!env || typeof env.payloadType !== 'string' || typeof env.payload !== 'string') {
    throw userError('SIGNATURE_ATTESTATION_INVALID', 'The bundle holds no DSSE envelope, so it is not an attestation.');
  }
  return { payloadType: env.payloadType, payload: Buffer.from(env.payload, 'base64') };
}

/** subjectDigest is `sha256:<hex>` or `sha512:<hex>`. */
export async function verifyAttestation(
  bundleJson: unknown,
  subjectDigest: string,
  predicateType: string,
  policy: SignaturePolicy,
  trust: Trust,
): Promise<Verified> {
  const m = /^(sha256|sha512):([0-9a-f]+)$/i.exec(subjectDigest);
  if (!m)
    throw userError('SIGNATURE_DIGEST_INVALID', `"${subjectDigest}" is not a sha256:<hex> or sha512:<hex> digest.`);
  let statement: ReturnType<typeof parseStatement>;
  try {
    const env = envelopeOf(bundleJson);
    statement = parseStatement(env.payloadType, env.payload);
  } catch (e) {
    if (e instanceof Error && 'code' in e) throw e;
    throw userError('SIGNATURE_ATTESTATION_INVALID', `The attestation cannot be read: ${describe(e)}`);
  }
  if (statement.predicateType !== predicateType) {
    throw userError(
      'SIGNATURE_ATTESTATION_TYPE_MISMATCH',
      `The attestation's predicate type is "${statement.predicateType}", expected "${predicateType}".`,
    );
  }
  // verifyBundle checks the envelope signature, the log entry and that a subject names this digest.
  const algorithm = (m[1] as string).toLowerCase() as 'sha256' | 'sha512';
  return verifyBundle(bundleJson, { digest: { algorithm, hex: (m[2] as string).toLowerCase() } }, policy, trust);
}
