// The contract between the Sigstore core and its callers (blob mode here, the image path in
// src/verify-signature/images.ts). Kept free of @sigstore/* imports so callers stay cheap to load.

export interface IdentityPolicy {
  /** Exact certificate subject (SAN): an email, URI or other name. */
  subject?: string;
  /** Anchored regular expression the subject must match in full. */
  subjectRegexp?: string;
  /** Exact OIDC issuer (certificate extension 1.3.6.1.4.1.57264.1.8, or .1.1 on older certificates). */
  issuer?: string;
  issuerRegexp?: string;
  /** GitHub certificate extensions, for signatures made in GitHub Actions. */
  github?: { repository?: string; ref?: string; workflow?: string };
}

export interface SignaturePolicy {
  identity?: IdentityPolicy;
  /** A public key in PEM: when set, only key-signed material is accepted. */
  keyPem?: string;
  /** Demand a transparency-log entry even for key signatures. */
  requireTlog: boolean;
}

export type ArtifactRef = { bytes: Uint8Array } | { digest: { algorithm: 'sha256' | 'sha512'; hex: string } };

export interface Verified {
  method: 'bundle' | 'legacy';
  /** The certificate subject, or `key:<key id>` for key signatures. */
  signer: string;
  issuer?: string;
  keyId?: string;
  logIndex?: string;
  /** ISO 8601 time the signature was proven to exist (tlog integrated time or RFC 3161 timestamp). */
  signedAt?: string;
}
