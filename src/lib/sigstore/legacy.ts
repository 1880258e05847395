// cosign's legacy storage (tag sha256-<hex>.sig): each layer is a simple-signing payload whose
// signature, certificate and Rekor/TSA proofs sit in annotations. We restate one layer as a v0.1
// Sigstore bundle so the one verifier (verifyBundle) checks it like any other bundle.
import { createHash } from 'node:crypto';
import { userError } from '../verdict/errors.js';

export const ANNOTATION = {
  signature: 'dev.cosignproject.cosign/signature',
  certificate: 'dev.sigstore.cosign/certificate',
  chain: 'dev.sigstore.cosign/chain',
  rekorBundle: 'dev.sigstore.cosign/bundle',
  timestamp: 'dev.sigstore.cosign/rfc3161timestamp',
} as const;

const bad = (what: string) => userError('SIGNATURE_LEGACY_INVALID', `The cosign signature is malformed: ${what}`);

/** The DER bytes (base64) of the first certificate of a PEM text. */
function firstPemDer(pem: string, what: string): string {
  const m = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/.exec(pem);
  const body = m?.[1]?.replace(/\s+/g, '');
  if (!body || !/^[A-Za-z0-9+/]+=*$/.test(body)) throw bad(`${what} is not a PEM certificate.`);
  return body;
}

function parseJson(text: string, what: string): Record<string, unknown> {
  try {
    const v = JSON.parse(text) as unknown;
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) return v as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw bad(`${what} is not a JSON object.`);
}

/** cosign's `bundle` annotation: the Rekor entry with its signed entry timestamp (an inclusion promise). */
function tlogEntry(text: string): Record<string, unknown> {
  const rb = parseJson(text, 'the Rekor bundle');
  const p = (rb['Payload'] ?? {}) as Record<string, unknown>;
  const set = rb['SignedEntryTimestamp'];
  const { body, integratedTime, logIndex, logID } = p;
  if (
    typeof set !== 'string' ||
    typeof body !== 'string' ||
    typeof integratedTime !== 'number' ||
    typeof logIndex !== 'number' ||
    typeof logID !== 'string' ||
    !/^[0-9a-f]+$/i.test(logID)
  ) {
    throw bad(`the Rekor bundle lacks SignedEntryTimestamp or Payload fields.`);
  }
  const entry = parseJson(Buffer.from(body, 'base64').toString('utf8'), 'the Rekor entry body');
  return {
    logIndex: String(logIndex),
    logId: { keyId: Buffer.from(logID, 'hex').toString('base64') },
    kindVersion: { kind: String(entry['kind'] ?? ''), version: String(entry['apiVersion'] ?? '') },
    integratedTime: String(integratedTime),
    inclusionPromise: { signedEntryTimestamp: set },
    canonicalizedBody: body,
  };
}

/** The pieces cosign stores beside a signature, whatever the container (annotations or a cosign bundle file). */
export interface CosignParts {
  /** base64 signature */
  signature: string;
  /** PEM leaf certificate (keyless); absent for key signatures. */
  certificatePem?: string;
  /** JSON text of the Rekor bundle: {SignedEntryTimestamp, Payload: {body, integratedTime, logIndex, logID}}. */
  rekorBundle?: string;
  /** JSON text {SignedRFC3161Timestamp} */
  rfc3161Timestamp?: string;
}

/** A v0.1 Sigstore bundle over a sha256 message digest, from cosign's separate pieces. */
export function cosignPartsToBundle(sha256: Uint8Array, parts: CosignParts): unknown {
  const signature = parts.signature.trim();
  if (!signature || !/^[A-Za-z0-9+/]+=*$/.test(signature)) throw bad('the signature is missing or not base64.');
  // Only the leaf: the verifier builds the chain from the trusted root, never from what the signer sent.
  const verificationMaterial: Record<string, unknown> = parts.certificatePem
    ? { x509CertificateChain: { certificates: [{ rawBytes: firstPemDer(parts.certificatePem, 'the certificate') }] } }
    : { publicKey: { hint: '' } };
  verificationMaterial['tlogEntries'] = parts.rekorBundle ? [tlogEntry(parts.rekorBundle)] : [];
  if (parts.rfc3161Timestamp) {
    const signed = parseJson(parts.rfc3161Timestamp, 'the RFC 3161 timestamp')['SignedRFC3161Timestamp'];
    if (typeof signed !== 'string') throw bad('the RFC 3161 timestamp lacks SignedRFC3161Timestamp.');
    verificationMaterial['timestampVerificationData'] = { rfc3161Timestamps: [{ signedTimestamp: signed }] };
  }
  return {
    mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
    verificationMaterial,
    messageSignature: {
      messageDigest: { algorithm: 'SHA2_256', digest: Buffer.from(sha256).toString('base64') },
      signature,
    },
  };
}

export function legacyLayerToBundle(payload: Uint8Array, annotations: Record<string, string>): unknown {
  const signature = annotations[ANNOTATION.signature];
  if (signature === undefined) throw bad(`annotation ${ANNOTATION.signature} is missing.`);
  const parts: CosignParts = { signature };
  const cert = annotations[ANNOTATION.certificate];
  const rekor = annotations[ANNOTATION.rekorBundle];
  const ts = annotations[ANNOTATION.timestamp];
  if (cert) parts.certificatePem = cert;
  if (rekor) parts.rekorBundle = rekor;
  if (ts) parts.rfc3161Timestamp = ts;
  return cosignPartsToBundle(createHash('sha256').update(payload).digest(), parts);
}

const SIMPLE_SIGNING_TYPE = 'cosign container image signature';

/** The payload must say it signs this image: a valid signature over a payload naming another image proves nothing. */
export function checkSimpleSigning(payload: Uint8Array, imageDigest: string): void {
  let doc: unknown;
  try {
    doc = JSON.parse(Buffer.from(payload).toString('utf8'));
  } catch {
    throw userError('SIGNATURE_PAYLOAD_INVALID', 'The cosign signature payload is not JSON.');
  }
  const critical = (doc as { critical?: Record<string, unknown> } | null)?.critical;
  const type = critical?.['type'];
  if (type !== SIMPLE_SIGNING_TYPE) {
    throw userError(
      'SIGNATURE_PAYLOAD_INVALID',
      `The signature payload's critical.type is ${JSON.stringify(type ?? null)}, expected "${SIMPLE_SIGNING_TYPE}".`,
    );
  }
  const signed = (critical?.['image'] as Record<string, unknown> | undefined)?.['docker-manifest-digest'];
  if (signed !== imageDigest) {
    throw userError(
      'SIGNATURE_WRONG_IMAGE',
      `The signature is for another image: it signs ${typeof signed === 'string' ? signed : 'no digest'}, the image is ${imageDigest}.`,
    );
  }
}
