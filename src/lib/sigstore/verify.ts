// verifyBundle: one Sigstore bundle against one artifact, a policy and the trust anchors. The
// cryptography (certificate chain, SCTs, log inclusion, timestamps, signature) is @sigstore/verify's;
// what it leaves to the caller is done here: the identity policy with whole-value matching, the DSSE
// subject, the choice between key and keyless material, and turning every error into an RcoError.
import { createHash, type KeyObject, timingSafeEqual } from 'node:crypto';
import type { Bundle } from '@sigstore/bundle';
import type { X509Certificate } from '@sigstore/core';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import type { SignedEntity, TrustMaterial } from '@sigstore/verify';
import { describe, isRcoError, type RcoError, userError } from '../verdict/errors.js';
import { alignCheckpointNames } from './checkpoint.js';
import { MessageContent } from './content.js';
import { checkSubject, parseStatement } from './intoto.js';
import { type PublicKey, parsePublicKey } from './keys.js';
import { checkIdentity } from './policy.js';
import type { Trust } from './trust.js';
import type { ArtifactRef, SignaturePolicy, Verified } from './types.js';
import { translate } from './verify-errors.js';

type Lib = typeof import('@sigstore/verify');

const malformed = (what: string) => userError('SIGNATURE_BUNDLE_MALFORMED', `The bundle is malformed: ${what}`);

async function parseBundle(json: unknown): Promise<Bundle> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw malformed('not a JSON object.');
  const { bundleFromJSON } = await import('@sigstore/bundle');
  try {
    return bundleFromJSON(json);
  } catch (e) {
    const fields = (e as { fields?: string[] }).fields;
    throw malformed(fields?.length ? `invalid ${fields.join(', ')}.` : `${describe(e)}.`);
  }
}

/** The key the policy names, parsed once per PEM. */
const keyCache = new Map<string, PublicKey>();
function policyKey(policy: SignaturePolicy, trust: Trust): PublicKey | undefined {
  if (policy.keyPem === undefined) return trust.key;
  let k = keyCache.get(policy.keyPem);
  if (!k) {
    k = parsePublicKey(policy.keyPem);
    keyCache.set(policy.keyPem, k);
  }
  return k;
}

/** An empty root: key-signed material without log entries or timestamps needs no Sigstore root. */
const EMPTY_ROOT = { mediaType: '', tlogs: [], certificateAuthorities: [], ctlogs: [], timestampAuthorities: [] };

const materials = new WeakMap<TrustedRoot, Map<PublicKey | undefined, TrustMaterial>>();
function trustMaterial(lib: Lib, root: TrustedRoot, key: PublicKey | undefined): TrustMaterial {
  let byKey = materials.get(root);
  if (!byKey) {
    byKey = new Map();
    materials.set(root, byKey);
  }
  let m = byKey.get(key);
  if (!m) {
    const finder = () => {
      if (!key) throw userError('SIGNATURE_KEY_REQUIRED', 'The bundle is signed with a key: give "key".');
      return { publicKey: key.key, validFor: () => true };
    };
    m = lib.toTrustMaterial(root, finder);
    byKey.set(key, m);
  }
  return m;
}

function checkMaterialKind(bundle: Bundle, key: PublicKey | undefined, policy: SignaturePolicy): void {
  const kind = bundle.verificationMaterial.content.$case;
  if (key && kind !== 'publicKey') {
    throw userError(
      'SIGNATURE_KEY_MISMATCH',
      'The bundle is signed keyless (it carries a certificate) but a key was given: verify it with certificate-identity and certificate-oidc-issuer.',
    );
  }
  if (!key && kind === 'publicKey') {
    throw userError('SIGNATURE_KEY_REQUIRED', 'The bundle is signed with a key, not a certificate: give "key".');
  }
  // Keyless without both a subject and an issuer rule would accept any certificate the CA ever issued.
  const id = policy.identity;
  const complete =
    (id?.subject !== undefined || id?.subjectRegexp !== undefined) &&
    (id?.issuer !== undefined || id?.issuerRegexp !== undefined);
  if (!key && !complete) {
    throw userError(
      'SIGNATURE_POLICY_MISSING',
      'Keyless verification needs a certificate identity (or regexp) and an OIDC issuer (or regexp); key verification needs a key.',
    );
  }
}

/** The signed content, with the artifact bound: the message digest or the in-toto subject. */
function entityFor(lib: Lib, bundle: Bundle, artifact: ArtifactRef): SignedEntity {
  const c = bundle.content;
  if (c.$case === 'dsseEnvelope') {
    checkSubject(parseStatement(c.dsseEnvelope.payloadType, c.dsseEnvelope.payload), artifact);
    const entity = lib.toSignedEntity(bundle);
    // Rekor v2 logs a DSSE envelope as a hashedrekord over its pre-authentication encoding (the bytes
    // actually signed); @sigstore/verify 3 compares the payload digest instead and rejects it.
    const hashedrekord = bundle.verificationMaterial.tlogEntries.some((e) => e.kindVersion?.kind === 'hashedrekord');
    return hashedrekord ? { ...entity, signature: paeContent(entity.signature, c.dsseEnvelope) } : entity;
  }
  const content = new MessageContent(c.messageSignature, artifact);
  const bytes = 'bytes' in artifact ? Buffer.from(artifact.bytes) : undefined;
  return { ...lib.toSignedEntity(bundle, bytes), signature: content };
}

function paeContent(inner: SignedEntity['signature'], env: { payloadType: string; payload: Buffer }) {
  const pae = Buffer.concat([
    Buffer.from(`DSSEv1 ${Buffer.byteLength(env.payloadType)} ${env.payloadType} ${env.payload.length} `),
    env.payload,
  ]);
  const digest = createHash('sha256').update(pae).digest();
  return {
    signature: inner.signature,
    compareSignature: (s: Buffer) => inner.compareSignature(s),
    compareDigest: (d: Buffer) => d.length === digest.length && timingSafeEqual(d, digest),
    verifySignature: (k: KeyObject) => inner.verifySignature(k),
  };
}

/** The earliest verified time the signature is known to have existed. */
function signedAt(entity: SignedEntity): string | undefined {
  const times = entity.timestamps.map((t) =>
    t.$case === 'transparency-log' ? new Date(Number(t.tlogEntry.integratedTime) * 1000) : t.timestamp.signingTime,
  );
  const first = times.filter((d) => !Number.isNaN(d.getTime())).sort((a, b) => a.getTime() - b.getTime())[0];
  return first?.toISOString();
}

export async function verifyBundle(
  bundleJson: unknown,
  artifact: ArtifactRef,
  policy: SignaturePolicy,
  trust: Trust,
): Promise<Verified> {
  const bundle = await parseBundle(bundleJson);
  const key = policyKey(policy, trust);
  checkMaterialKind(bundle, key, policy);
  const lib = await import('@sigstore/verify');
  const vm = bundle.verificationMaterial;
  const needsRoot =
    !key ||
    policy.requireTlog ||
    vm.tlogEntries.length > 0 ||
    (vm.timestampVerificationData?.rfc3161Timestamps.length ?? 0) > 0;
  const root = needsRoot ? await trust.root() : (EMPTY_ROOT as unknown as TrustedRoot);
  let entity: SignedEntity;
  let cert: X509Certificate | undefined;
  try {
    entity = entityFor(lib, bundle, artifact);
    cert = entity.key.$case === 'certificate' ? entity.key.certificate : undefined;
    // Keyless: a certificate lives minutes, so a verified time (log entry or TSA) must fall inside it,
    // and the certificate must have been logged (SCT). Key signatures need neither, unless require-tlog.
    const verifier = new lib.Verifier(alignCheckpointNames(trustMaterial(lib, root, key), bundle), {
      tlogThreshold: policy.requireTlog ? 1 : 0,
      ctlogThreshold: key ? 0 : 1,
      timestampThreshold: key ? 0 : 1,
    });
    verifier.verify(entity);
  } catch (e) {
    throw isRcoError(e) ? e : (translate(e, { keyMode: key !== undefined, certificate: cert }) as RcoError);
  }
  const identity = cert ? checkIdentity(cert, policy.identity ?? {}) : undefined;
  const out: Verified = { method: 'bundle', signer: identity?.subject ?? `key:${key?.id.slice(0, 16)}` };
  if (identity?.issuer) out.issuer = identity.issuer;
  if (key) out.keyId = key.id;
  const logIndex = vm.tlogEntries[0]?.logIndex;
  if (logIndex !== undefined) out.logIndex = logIndex;
  const at = signedAt(entity);
  if (at) out.signedAt = at;
  return out;
}
