// Signs test images the three ways they are stored in registries: a Sigstore bundle attached as a
// referrer (served by the referrers API or by the sha256-<hex> tag schema), and cosign's legacy
// sha256-<hex>.sig tag with simple-signing payloads. Key signatures use node:crypto; keyless ones
// take a Signer from sign-keyless.ts (certificates and log entries from @sigstore/mock).
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { blob, descriptor, type Pusher, sha256, type TestImage } from './oci-push.js';

export const BUNDLE_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
export const SIMPLE_SIGNING = 'application/vnd.dev.cosign.simplesigning.v1+json';
export const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';

export interface SignatureMaterial {
  signature: Buffer;
  /** The bundle's verificationMaterial (publicKey hint or certificate, tlog entries, timestamps). */
  material: Record<string, unknown>;
  /** The same proofs as cosign's legacy layer annotations. */
  annotations: Record<string, string>;
}

export interface Signer {
  /** Signs `data`; `kind` says what the log entry records (hashedrekord over data, or dsse). */
  sign(data: Buffer, kind: 'message' | 'dsse'): Promise<SignatureMaterial>;
}

export interface KeySigner extends Signer {
  publicKeyPem: string;
  privateKey: KeyObject;
}

export function keySigner(curve: 'P-256' | 'P-384' = 'P-256'): KeySigner {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: curve });
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const hash = curve === 'P-384' ? 'sha384' : 'sha256';
  return {
    publicKeyPem,
    privateKey,
    sign: async (data) => ({
      signature: sign(hash, data, privateKey),
      material: { publicKey: { hint: '' }, tlogEntries: [], timestampVerificationData: { rfc3161Timestamps: [] } },
      annotations: {},
    }),
  };
}

/** DSSE pre-authentication encoding: what a DSSE signature covers. */
export function pae(type: string, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(type)} ${type} ${body.length} `), body]);
}

export function statement(
  img: { repository: string; digest: string },
  predicateType: string,
  predicate: unknown = {},
): Buffer {
  return Buffer.from(
    JSON.stringify({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: img.repository, digest: { sha256: img.digest.slice('sha256:'.length) } }],
      predicateType,
      predicate,
    }),
  );
}

/** A v0.3 bundle over the image manifest bytes (messageSignature) or over an in-toto statement (DSSE). */
export async function makeBundle(
  signer: Signer,
  content: { message: Buffer } | { statement: Buffer },
): Promise<Record<string, unknown>> {
  if ('message' in content) {
    const s = await signer.sign(content.message, 'message');
    return {
      mediaType: BUNDLE_TYPE,
      verificationMaterial: s.material,
      messageSignature: {
        messageDigest: {
          algorithm: 'SHA2_256',
          digest: Buffer.from(sha256(content.message).slice(7), 'hex').toString('base64'),
        },
        signature: s.signature.toString('base64'),
      },
    };
  }
  const type = 'application/vnd.in-toto+json';
  const s = await signer.sign(pae(type, content.statement), 'dsse');
  return {
    mediaType: BUNDLE_TYPE,
    verificationMaterial: s.material,
    dsseEnvelope: {
      payload: content.statement.toString('base64'),
      payloadType: type,
      signatures: [{ sig: s.signature.toString('base64'), keyid: '' }],
    },
  };
}

export type Scheme = 'referrers-api' | 'referrers-tag' | 'legacy-tag';

export interface SignOptions {
  /** Store the signature of this other image (a signature for another image). */
  signedImage?: TestImage;
  /** Alter the signed content after signing (a tampered payload). */
  tamper?: boolean;
  /** Sign an in-toto statement of this predicate type instead of the manifest. */
  predicateType?: string;
  /** Store this text as the bundle instead of a real one (malformed bundles). */
  rawBundle?: string;
}

const EMPTY = blob('application/vnd.oci.empty.v1+json', '{}');

/** Attaches a bundle as a referrer; returns its descriptor (the referrers API proxy serves it). */
async function pushReferrer(pusher: Pusher, img: TestImage, bundle: unknown, scheme: Scheme) {
  const b = blob(BUNDLE_TYPE, typeof bundle === 'string' ? bundle : JSON.stringify(bundle));
  await pusher.blob(img.repository, b);
  await pusher.blob(img.repository, EMPTY);
  const m = blob(
    'application/vnd.oci.image.manifest.v1+json',
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      artifactType: BUNDLE_TYPE,
      config: descriptor(EMPTY),
      layers: [descriptor(b)],
      subject: descriptor(img.manifest),
    }),
  );
  await pusher.manifest(img.repository, m.digest, m);
  const desc = descriptor(m, { artifactType: BUNDLE_TYPE });
  if (scheme === 'referrers-tag') {
    const tag = img.digest.replace(':', '-');
    const prev = await fetch(`${pusher.url}/v2/${img.repository}/manifests/${tag}`, {
      headers: { Accept: 'application/vnd.oci.image.index.v1+json' },
    });
    let manifests: unknown[] = [];
    if (prev.ok) manifests = ((await prev.json()) as { manifests: unknown[] }).manifests;
    else await prev.body?.cancel();
    const index = blob(
      'application/vnd.oci.image.index.v1+json',
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [...manifests, desc],
      }),
    );
    await pusher.manifest(img.repository, tag, index);
  }
  return desc;
}

export function simpleSigningPayload(img: { repository: string; digest: string }, host = 'registry'): Buffer {
  return Buffer.from(
    JSON.stringify({
      critical: {
        identity: { 'docker-reference': `${host}/${img.repository}` },
        image: { 'docker-manifest-digest': img.digest },
        type: 'cosign container image signature',
      },
      optional: null,
    }),
  );
}

async function pushLegacy(pusher: Pusher, img: TestImage, payload: Buffer, s: SignatureMaterial): Promise<void> {
  const layer = blob(SIMPLE_SIGNING, payload);
  const config = blob(
    'application/vnd.oci.image.config.v1+json',
    JSON.stringify({ architecture: '', os: '', rootfs: { type: 'layers', diff_ids: [layer.digest] }, config: {} }),
  );
  await pusher.blob(img.repository, layer);
  await pusher.blob(img.repository, config);
  const annotations = { 'dev.cosignproject.cosign/signature': s.signature.toString('base64'), ...s.annotations };
  const m = blob(
    'application/vnd.oci.image.manifest.v1+json',
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: descriptor(config),
      layers: [descriptor(layer, { annotations })],
    }),
  );
  await pusher.manifest(img.repository, `${img.digest.replace(':', '-')}.sig`, m);
}

/** Signs `img` with `signer` and stores the signature in `scheme`; returns a referrer descriptor if any. */
export async function signImage(
  pusher: Pusher,
  img: TestImage,
  signer: Signer,
  scheme: Scheme,
  opts: SignOptions = {},
) {
  const signed = opts.signedImage ?? img;
  if (scheme === 'legacy-tag') {
    const payload = simpleSigningPayload(signed);
    const s = await signer.sign(payload, 'message');
    const stored = opts.tamper
      ? Buffer.from(payload.toString().replace('"optional":null', '"optional":{"x":"1"}'))
      : payload;
    await pushLegacy(pusher, img, stored, s);
    return undefined;
  }
  if (opts.rawBundle !== undefined) return pushReferrer(pusher, img, opts.rawBundle, scheme);
  let bundle = opts.predicateType
    ? await makeBundle(signer, { statement: statement(signed, opts.predicateType) })
    : await makeBundle(signer, { message: signed.manifest.bytes });
  if (opts.tamper) bundle = tamperBundle(bundle);
  return pushReferrer(pusher, img, bundle, scheme);
}

/** Changes the signed content but keeps the signature: the envelope payload, or the message digest. */
function tamperBundle(b: Record<string, unknown>): Record<string, unknown> {
  const dsse = b['dsseEnvelope'] as { payload: string } | undefined;
  if (dsse) {
    const text = Buffer.from(dsse.payload, 'base64').toString().replace('"predicate":{}', '"predicate":{"x":1}');
    return { ...b, dsseEnvelope: { ...dsse, payload: Buffer.from(text).toString('base64') } };
  }
  const ms = b['messageSignature'] as { signature: string };
  const sig = Buffer.from(ms.signature, 'base64');
  sig[sig.length - 1] = (sig[sig.length - 1] as number) ^ 1;
  return { ...b, messageSignature: { ...ms, signature: sig.toString('base64') } };
}
