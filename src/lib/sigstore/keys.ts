// Public keys given by the user (the `key` input): PEM ECDSA P-256/P-384, Ed25519 or RSA, plus the
// checks a digest-only artifact needs. Node's crypto.verify always hashes its input, so a signature
// over a digest we only know (sha256:<hex>) is checked by prehash.ts instead.
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { userError } from '../verdict/errors.js';
import { verifyEcdsaPrehashed, verifyRsaPrehashed } from './prehash.js';

export interface PublicKey {
  key: KeyObject;
  /** sha256 of the DER SubjectPublicKeyInfo, hex: stable across PEM formatting. */
  id: string;
  /** e.g. ecdsa-p256, ed25519, rsa-3072. */
  type: string;
}

const CURVES: Record<string, string> = { prime256v1: 'p256', 'P-256': 'p256', secp384r1: 'p384', 'P-384': 'p384' };

/** Parses one PEM public key; anything else (private keys, other curves, garbage) is a user error. */
export function parsePublicKey(pem: string, source = 'Input "key"'): PublicKey {
  if (/PRIVATE KEY-----/.test(pem)) {
    throw userError('SIGNATURE_KEY_INVALID', `${source} holds a private key: give the public key (PEM) instead.`);
  }
  let key: KeyObject;
  try {
    key = createPublicKey(pem);
  } catch (e) {
    throw userError(
      'SIGNATURE_KEY_INVALID',
      `${source} is not a PEM public key (-----BEGIN PUBLIC KEY-----): ${(e as Error).message}`,
      { hint: 'give the public key file (e.g. cosign.pub), or its PEM text' },
    );
  }
  const id = createHash('sha256')
    .update(key.export({ type: 'spki', format: 'der' }))
    .digest('hex');
  return { key, id, type: keyType(key, source) };
}

function keyType(key: KeyObject, source: string): string {
  const t = key.asymmetricKeyType;
  if (t === 'ed25519') return 'ed25519';
  if (t === 'rsa') {
    const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
    if (bits < 2048) throw userError('SIGNATURE_KEY_INVALID', `${source}: RSA keys under 2048 bits are refused.`);
    return `rsa-${bits}`;
  }
  if (t === 'ec') {
    const curve = CURVES[key.asymmetricKeyDetails?.namedCurve ?? ''];
    if (curve) return `ecdsa-${curve}`;
  }
  throw userError(
    'SIGNATURE_KEY_INVALID',
    `${source}: unsupported key type ${t}${t === 'ec' ? ` (${key.asymmetricKeyDetails?.namedCurve})` : ''}; use ECDSA P-256/P-384, Ed25519 or RSA.`,
  );
}

/**
 * Verifies a signature made over the digest `hash` (hash algorithm `alg`) without the message. Ed25519
 * signs the message itself, so it cannot be checked from a digest: the caller must hand over the bytes.
 */
export function verifyDigestSignature(key: KeyObject, alg: string, hash: Uint8Array, sig: Uint8Array): boolean {
  const t = key.asymmetricKeyType;
  if (t === 'ec') return verifyEcdsaPrehashed(key, hash, sig);
  if (t === 'rsa') return verifyRsaPrehashed(key, alg, hash, sig);
  throw userError(
    'SIGNATURE_DIGEST_ONLY_UNSUPPORTED',
    `A ${t} signature cannot be verified from a digest alone: give the artifact file instead of its digest.`,
  );
}
