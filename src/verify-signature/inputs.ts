// Inputs of verify-signature. actions/verify-signature/action.yml is the source of truth for names,
// required-ness and defaults; test/unit/action-manifests.test.ts keeps `spec` equal to it.
import { asBool, asInt, asLines, asList, type InputSpec } from '../lib/inputs/spec.js';
import type { IdentityPolicy, SignaturePolicy } from '../lib/sigstore/types.js';
import { userError } from '../lib/verdict/errors.js';

export const spec: InputSpec = {
  images: {},
  'allow-tags': { default: 'false' },
  'oci-layout': {},
  platforms: {},
  artifact: {},
  bundle: {},
  signature: {},
  certificate: {},
  'attestation-type': {},
  'certificate-identity': {},
  'certificate-identity-regexp': {},
  'certificate-oidc-issuer': {},
  'certificate-oidc-issuer-regexp': {},
  'certificate-github-repository': {},
  'certificate-github-ref': {},
  'certificate-github-workflow': {},
  key: {},
  'trusted-root': {},
  'require-tlog': { default: 'false' },
  username: {},
  password: { secret: true },
  concurrency: { default: '8' },
};

export interface Inputs {
  /** Image references, each pinned by digest unless allowTags. */
  images: string[];
  allowTags: boolean;
  /** A local OCI image layout: `DIR` or `DIR:tag`. */
  ociLayout?: string;
  /** Platforms (`os/arch[/variant]`) of an image index whose manifests are verified too. */
  platforms: string[];
  /** Blob mode: a file path, or `sha256:<hex>` / `sha512:<hex>`. */
  artifact?: string;
  /** Path of a Sigstore bundle (blob mode). */
  bundle?: string;
  /** Path of a base64 signature (blob mode, the `cosign verify-blob --signature` form). */
  signature?: string;
  /** Path (or PEM text) of the signing certificate that goes with `signature`. */
  certificate?: string;
  /** Require a DSSE in-toto attestation of this predicate type (e.g. https://slsa.dev/provenance/v1). */
  attestationType?: string;
  /** Keyless policy; undefined in key mode. */
  identity?: IdentityPolicy;
  /** Path or PEM text of the public key (key mode). */
  key?: string;
  /** Path of a TrustedRoot JSON; without it the public-good root is fetched through TUF. */
  trustedRoot?: string;
  requireTlog: boolean;
  username?: string;
  password?: string;
  concurrency: number;
}

const opt = (v: Record<string, string>, name: string): string | undefined => v[name]?.trim() || undefined;

/** Refuses a regexp that does not compile, naming the input, so a typo never reads as "no match". */
function regexpInput(v: Record<string, string>, name: string): string | undefined {
  const re = opt(v, name);
  if (re === undefined) return undefined;
  try {
    new RegExp(re, 'u');
  } catch (e) {
    throw userError('INPUT_INVALID', `Input "${name}" is not a valid regular expression: ${(e as Error).message}`);
  }
  return re;
}

/** The fields that are set: an absent input leaves no key behind, so "is anything set" is a key count. */
function defined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, val]) => val !== undefined)) as Partial<T>;
}

function parseIdentity(v: Record<string, string>): IdentityPolicy | undefined {
  const github = defined({
    repository: opt(v, 'certificate-github-repository'),
    ref: opt(v, 'certificate-github-ref'),
    workflow: opt(v, 'certificate-github-workflow'),
  });
  const id: IdentityPolicy = defined({
    subject: opt(v, 'certificate-identity'),
    subjectRegexp: regexpInput(v, 'certificate-identity-regexp'),
    issuer: opt(v, 'certificate-oidc-issuer'),
    issuerRegexp: regexpInput(v, 'certificate-oidc-issuer-regexp'),
    github: Object.keys(github).length ? github : undefined,
  });
  return Object.keys(id).length ? id : undefined;
}

/** The policy must name who may sign: a key, or both an identity and an issuer (as cosign demands). */
function checkPolicy(identity: IdentityPolicy | undefined, key: string | undefined): void {
  if (key !== undefined) {
    // Any certificate-* input with a key would be a check that cannot apply: refused, not ignored.
    if (identity) {
      throw userError(
        'INPUT_INVALID',
        'Give either "key" or the certificate-* inputs (identity, issuer, github), not both: a key signature has no certificate.',
      );
    }
    return;
  }
  const hasSubject = identity?.subject !== undefined || identity?.subjectRegexp !== undefined;
  const hasIssuer = identity?.issuer !== undefined || identity?.issuerRegexp !== undefined;
  if (!hasSubject || !hasIssuer) {
    throw userError(
      'INPUT_INVALID',
      'Keyless verification needs "certificate-identity" (or "certificate-identity-regexp") and "certificate-oidc-issuer" (or "certificate-oidc-issuer-regexp"); key verification needs "key".',
    );
  }
}

function checkMode(i: Inputs): void {
  const imageMode = i.images.length > 0 || i.ociLayout !== undefined;
  const blobMode = i.artifact !== undefined;
  if (imageMode === blobMode) {
    throw userError(
      'INPUT_INVALID',
      imageMode
        ? 'Give images/oci-layout or artifact, not both: run the action once per mode.'
        : 'Nothing to verify: give "images" (or "oci-layout") or "artifact".',
    );
  }
  if (blobMode && (i.bundle === undefined) === (i.signature === undefined)) {
    throw userError(
      'INPUT_INVALID',
      'Blob verification needs exactly one of "bundle" or "signature" (with "certificate" or "key").',
    );
  }
  if (blobMode && i.signature !== undefined && i.certificate === undefined && i.key === undefined) {
    throw userError('INPUT_INVALID', 'Input "signature" needs "certificate" (keyless) or "key".');
  }
}

/** Who may sign. A key travels in the trust (loadTrust parses it once), so a key policy names no identity. */
export function signaturePolicy(i: Inputs): SignaturePolicy {
  return i.identity ? { identity: i.identity, requireTlog: i.requireTlog } : { requireTlog: i.requireTlog };
}

export function parseInputs(v: Record<string, string>): Inputs {
  const key = opt(v, 'key');
  const identity = parseIdentity(v);
  const i: Inputs = {
    images: asLines(v['images'] ?? ''),
    allowTags: asBool(v['allow-tags'] ?? 'false', 'allow-tags'),
    platforms: asList(v['platforms'] ?? ''),
    requireTlog: asBool(v['require-tlog'] ?? 'false', 'require-tlog'),
    concurrency: asInt(v['concurrency'] || '8', 'concurrency', { min: 1, max: 64 }),
    ...defined({
      ociLayout: opt(v, 'oci-layout'),
      artifact: opt(v, 'artifact'),
      bundle: opt(v, 'bundle'),
      signature: opt(v, 'signature'),
      certificate: opt(v, 'certificate'),
      attestationType: opt(v, 'attestation-type'),
      identity,
      key,
      trustedRoot: opt(v, 'trusted-root'),
      username: opt(v, 'username'),
      password: v['password'] || undefined,
    }),
  };
  checkMode(i);
  checkPolicy(identity, key);
  return i;
}
