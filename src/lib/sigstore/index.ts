// The Sigstore verification core: the one module callers import.

export { verifyAttestation } from './dsse.js';
export { type PublicKey, parsePublicKey } from './keys.js';
export { type CosignParts, checkSimpleSigning, cosignPartsToBundle, legacyLayerToBundle } from './legacy.js';
export { loadTrust, type Trust } from './trust.js';
export type { ArtifactRef, IdentityPolicy, SignaturePolicy, Verified } from './types.js';
export { verifyBundle } from './verify.js';
