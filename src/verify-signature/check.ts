// Verifies the signatures discovery found for one image digest, under the policy, and turns every
// rejection into a finding. Referrer bundles are tried first; cosign's legacy tag is read only when no
// bundle verified, so the common case costs no extra round trips.

import type { ImageSource } from '../lib/oci/source.js';
import type { FetchedManifest } from '../lib/oci/types.js';
import {
  checkSimpleSigning,
  legacyLayerToBundle,
  type SignaturePolicy,
  type Trust,
  type Verified,
  verifyAttestation,
  verifyBundle,
} from '../lib/sigstore/index.js';
import { describe, findingOf, isRcoError, type RcoError, userError } from '../lib/verdict/errors.js';
import type { Finding } from '../lib/verdict/types.js';
import {
  type Candidate,
  type Discovery,
  discoverBundles,
  discoverLegacy,
  emptyDiscovery,
  type FoundIn,
  type ReferrersSupport,
} from './discover.js';

/** The predicate cosign v3 signs an image with when it stores a Sigstore bundle (DSSE). */
export const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';

export interface CheckContext {
  policy: SignaturePolicy;
  trust: Trust;
  attestationType?: string;
  layout: boolean;
  support: ReferrersSupport;
}

export interface Target {
  /** What messages call the image: the reference, with the platform when there is one. */
  label: string;
  digest: string;
  /**
   * The image manifest, read only when needed (a message signature signs its bytes; a missing
   * signature may mean a missing image): a legacy or DSSE signature names the digest itself.
   */
  manifest(): Promise<FetchedManifest | undefined>;
}

export interface TargetCheck {
  /** Where the verified signature, or else the first rejected one, was found; unset when none was. */
  foundIn?: FoundIn;
  verified?: Verified;
  findings: Finding[];
}

type Rejection = { foundIn: FoundIn; manifest: string; error: RcoError };

/** A malformed bundle may make a library throw anything: that is a rejection, not a crash. */
async function attempt(fn: () => Promise<Verified>): Promise<Verified | RcoError> {
  try {
    return await fn();
  } catch (e) {
    if (isRcoError(e)) return e;
    return userError('SIGNATURE_BUNDLE_MALFORMED', `The signature cannot be verified: ${describe(e)}.`);
  }
}

function signatureCheck(c: Candidate, t: Target, ctx: CheckContext): (() => Promise<Verified>) | undefined {
  if (c.kind === 'legacy') {
    return async () => {
      checkSimpleSigning(c.payload, t.digest);
      const v = await verifyBundle(
        legacyLayerToBundle(c.payload, c.annotations),
        { bytes: c.payload },
        ctx.policy,
        ctx.trust,
      );
      return { ...v, method: 'legacy' };
    };
  }
  if (c.predicateType === undefined) {
    return async () => {
      const m = await t.manifest();
      if (!m) throw userError('IMAGE_NOT_FOUND', `${t.digest} does not exist in the registry.`);
      return verifyBundle(c.bundle, { bytes: m.bytes }, ctx.policy, ctx.trust);
    };
  }
  if (c.predicateType === COSIGN_SIGN_PREDICATE) {
    return () => verifyAttestation(c.bundle, t.digest, COSIGN_SIGN_PREDICATE, ctx.policy, ctx.trust);
  }
  return undefined; // an attestation of another kind: see attestationChecks
}

/** Tries each candidate in turn; the first that verifies wins, the others' errors are kept. */
async function firstVerified(
  candidates: Candidate[],
  check: (c: Candidate) => (() => Promise<Verified>) | undefined,
  rejected: Rejection[],
): Promise<{ verified: Verified; foundIn: FoundIn } | undefined> {
  for (const c of candidates) {
    const fn = check(c);
    if (!fn) continue;
    const r = await attempt(fn);
    if (!isRcoError(r)) return { verified: r, foundIn: c.foundIn };
    rejected.push({ foundIn: c.foundIn, manifest: c.manifest, error: r });
  }
  return undefined;
}

const where = (r: Rejection) =>
  `the signature in ${r.foundIn === 'legacy-tag' ? 'the cosign .sig tag' : r.foundIn} (manifest ${r.manifest.slice(0, 19)}…)`;

function rejectionFindings(label: string, rejected: Rejection[], what: string): Finding[] {
  return rejected.map((r) => {
    const f = findingOf(r.error);
    return { ...f, message: `${label}: ${where(r).replace('signature', what)} is rejected: ${f.message}` };
  });
}

export async function checkTarget(source: ImageSource, t: Target, ctx: CheckContext): Promise<TargetCheck> {
  const d: Discovery = emptyDiscovery();
  await discoverBundles(source, t.digest, ctx, d);
  const rejected: Rejection[] = [...d.problems];
  let sig = await firstVerified(d.candidates, (c) => signatureCheck(c, t, ctx), rejected);
  const bundles = d.candidates.length;
  if (!sig) {
    const before = d.problems.length;
    await discoverLegacy(source, t.digest, ctx.layout, d);
    rejected.push(...d.problems.slice(before));
    sig = await firstVerified(d.candidates.slice(bundles), (c) => signatureCheck(c, t, ctx), rejected);
  }
  const findings: Finding[] = [];
  let att: { verified: Verified; foundIn: FoundIn } | undefined;
  if (ctx.attestationType) {
    const type = ctx.attestationType;
    const attRejected: Rejection[] = [];
    att = await firstVerified(
      d.candidates,
      (c) =>
        c.kind === 'bundle' && c.predicateType === type
          ? () => verifyAttestation(c.bundle, t.digest, type, ctx.policy, ctx.trust)
          : undefined,
      attRejected,
    );
    if (!att) {
      findings.push(...rejectionFindings(t.label, attRejected, 'attestation'));
      if (!attRejected.length) {
        findings.push({
          rule: 'SIGNATURE_ATTESTATION_NOT_FOUND',
          level: 'fail',
          message: `${t.label}: no "${type}" attestation is attached (looked in ${d.looked.slice(0, -1).join(', ')}). Attest the image by digest (e.g. actions/attest-build-provenance with push-to-registry) or drop attestation-type.`,
        });
      }
    }
  }
  // An attestation verified under the same policy is a signature of the image by that signer
  // (docs/adr/0007-image-signature-discovery.md).
  sig ??= att;
  if (sig) return { foundIn: sig.foundIn, verified: sig.verified, findings };
  findings.unshift(...rejectionFindings(t.label, rejected, 'signature'));
  if (!rejected.length && !(await t.manifest())) {
    findings.unshift({
      rule: 'IMAGE_NOT_FOUND',
      level: 'fail',
      message: `${t.label}: the registry has no such image (and no signature for it). Check the digest: it must be the one pushed.`,
    });
  } else if (!rejected.length) {
    findings.unshift({
      rule: 'SIGNATURE_NOT_FOUND',
      level: 'fail',
      message: `${t.label}: no signature found (looked in ${d.looked.join(', ')}). Sign the image by digest (cosign sign) and push the signature to the same repository.`,
    });
  }
  const foundIn = rejected[0]?.foundIn;
  return foundIn ? { foundIn, findings } : { findings };
}
