// What the signature in a message-signature bundle covers, in the shape @sigstore/verify expects
// (SignatureContent). Ours replaces the library's so that Ed25519 keys work (Node refuses a digest
// name for them) and so that an artifact known only by its digest is checked over that digest.
import { createHash, type KeyObject, timingSafeEqual, verify } from 'node:crypto';
import { userError } from '../verdict/errors.js';
import { verifyDigestSignature } from './keys.js';
import type { ArtifactRef } from './types.js';

// protobuf HashAlgorithm values (sigstore common.proto): 0 unspecified, 1 SHA2_256, 2 SHA2_384, 3 SHA2_512.
const HASH_NAMES: Record<number, string> = { 0: 'sha256', 1: 'sha256', 2: 'sha384', 3: 'sha512' };

export interface MessageSignatureLike {
  messageDigest?: { algorithm: number; digest: Buffer };
  signature: Buffer;
}

const NATURAL_HASH: Record<string, string> = { secp384r1: 'sha384', secp521r1: 'sha512' };

const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && timingSafeEqual(a, b);

export class MessageContent {
  readonly signature: Buffer;
  private readonly digest: Buffer;
  private readonly hash: string;

  constructor(
    ms: MessageSignatureLike,
    private readonly artifact: ArtifactRef,
  ) {
    this.signature = ms.signature;
    this.digest = ms.messageDigest?.digest ?? Buffer.alloc(0);
    const hash = HASH_NAMES[ms.messageDigest?.algorithm ?? 0];
    if (!hash)
      throw userError('SIGNATURE_BUNDLE_MALFORMED', 'The bundle uses a message digest algorithm we do not support.');
    this.hash = hash;
    this.checkArtifact();
  }

  /** The bundle names the digest it signed: a different artifact is reported as such, not as a bad signature. */
  private checkArtifact(): void {
    let mine: Buffer;
    if ('bytes' in this.artifact) mine = createHash(this.hash).update(this.artifact.bytes).digest();
    else {
      if (this.artifact.digest.algorithm !== this.hash) {
        throw userError(
          'SIGNATURE_ARTIFACT_MISMATCH',
          `The bundle signs a ${this.hash} digest but the artifact was given as ${this.artifact.digest.algorithm}: give the file or its ${this.hash} digest.`,
        );
      }
      mine = Buffer.from(this.artifact.digest.hex, 'hex');
    }
    if (!same(mine, this.digest)) {
      throw userError(
        'SIGNATURE_ARTIFACT_MISMATCH',
        `The artifact does not match the signed one: its ${this.hash} is ${mine.toString('hex')}, the bundle signs ${this.digest.toString('hex')}.`,
      );
    }
  }

  compareSignature(signature: Buffer): boolean {
    return same(signature, this.signature);
  }

  compareDigest(digest: Buffer): boolean {
    return same(digest, this.digest);
  }

  verifySignature(key: KeyObject): boolean {
    try {
      if ('digest' in this.artifact) return verifyDigestSignature(key, this.hash, this.digest, this.signature);
      if (key.asymmetricKeyType === 'ed25519') return verify(null, this.artifact.bytes, key, this.signature);
      if (verify(this.hash, this.artifact.bytes, key, this.signature)) return true;
      // Signers using a P-384/P-521 key hash with the curve's own size (cosign, sigstore-go) while the
      // bundle may still name sha256: the signature covers the same bytes either way.
      const natural = NATURAL_HASH[key.asymmetricKeyDetails?.namedCurve ?? ''];
      return (
        natural !== undefined && natural !== this.hash && verify(natural, this.artifact.bytes, key, this.signature)
      );
    } catch (e) {
      if (e instanceof Error && 'kind' in e) throw e;
      return false;
    }
  }
}
