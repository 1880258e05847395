// Content digests: every byte read from a registry or a layout is checked against the digest that named it.
import { createHash } from 'node:crypto';
import { userError } from '../verdict/errors.js';

const DIGEST = /^sha256:[a-f0-9]{64}$/;

export function isDigest(s: string): boolean {
  return DIGEST.test(s);
}

export function sha256Digest(bytes: Uint8Array): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** Throws OCI_DIGEST_MISMATCH (fail: the source served content other than what was named). */
export function checkDigest(bytes: Uint8Array, expected: string, where: string): void {
  const actual = sha256Digest(bytes);
  if (actual !== expected) {
    throw userError(
      'OCI_DIGEST_MISMATCH',
      `${where} served content with digest ${actual}, not the ${expected} it was asked for; the content was discarded.`,
      { hint: 'the registry or a proxy in between is corrupting or substituting content' },
    );
  }
}

/** The tag cosign and the OCI referrers tag schema derive from a digest: sha256:<hex> -> sha256-<hex>. */
export function digestTag(digest: string): string {
  return digest.replace(':', '-');
}
