// A private Sigstore instance for tests: @sigstore/mock's CA (with a CT log), Rekor-like log and TSA,
// and the TrustedRoot naming exactly them. Signs blobs keyless (certificate) or with a node:crypto key,
// as message signatures or DSSE in-toto attestations, with or without a log entry and a timestamp.
import { createHash, createPublicKey, generateKeyPairSync, type KeyObject, randomInt, sign } from 'node:crypto';
import { initializeCA, initializeCTLog, initializeTLog, initializeTSA } from '@sigstore/mock';
import type { Trust } from '../../../src/lib/sigstore/index.js';
import { parseTrustedRoot } from '../../../src/lib/sigstore/trust.js';
import { isRcoError } from '../../../src/lib/verdict/errors.js';
import { mockTrustedRoot } from '../../helpers/sigstore-root.js';

const ISSUER_OID = '1.3.6.1.4.1.57264.1.8';
const SHA256_OID = '2.16.840.1.101.3.4.2.1';
export const INTOTO = 'application/vnd.in-toto+json';
const HOUR = 3600_000;

const b64 = (b: ArrayBuffer | ArrayBufferView | Buffer) => Buffer.from(b as ArrayBuffer).toString('base64');
const ec = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });
const spki = (k: KeyObject) => k.export({ type: 'spki', format: 'der' });
export const pemOf = (der: Buffer, label = 'CERTIFICATE') =>
  `-----BEGIN ${label}-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END ${label}-----\n`;

export interface SignOptions {
  identity?: string;
  issuer?: string;
  extensions?: { oid: string; value: string }[];
  /** Log the signature (hashedrekord or dsse entry with SET and inclusion proof). Default true. */
  tlog?: boolean;
  /** Add an RFC 3161 timestamp. Default false. */
  tsa?: boolean;
  /** Issue the certificate an hour ago (expired by now). */
  expired?: boolean;
  /** Sign with this key instead of a certificate (key mode). */
  key?: KeyObject;
  /** DSSE in-toto statement instead of a message signature. */
  dsse?: { predicateType: string; subjects: { name: string; digest: Record<string, string> }[] };
}

export interface Instance {
  root: Record<string, unknown>;
  signBlob(data: Buffer, opts?: SignOptions): Promise<Record<string, unknown>>;
}

export async function instance(): Promise<Instance> {
  const caKeys = ec();
  const ctKeys = ec();
  // Fixed whole-second clocks: @sigstore/core 3 cannot parse a GeneralizedTime whose fraction lost a
  // trailing zero (".86Z"), which a live clock produces one time in ten. Certificates are valid from t0
  // for ten minutes; the TSA stamps t0 + 2 s, inside that window and after the authorities were made.
  const t0 = Math.floor(Date.now() / 1000) * 1000;
  const ctLog = await initializeCTLog(ctKeys);
  const ca = await initializeCA(caKeys, ctLog, new Date(t0));
  const pastCa = await initializeCA(
    caKeys,
    await initializeCTLog(ctKeys, new Date(Date.now() - HOUR)),
    new Date(Date.now() - HOUR),
  );
  const tlogKeys = ec();
  const tlog = await initializeTLog('https://rekor.test', tlogKeys);
  const tsa = await initializeTSA(ec(), new Date(t0 + 2000));
  const start = new Date(Date.now() - 24 * HOUR).toISOString();
  const root = mockTrustedRoot({ tlog, ca, ctLog, tsa }, start);

  async function certificate(pub: KeyObject, o: SignOptions): Promise<Buffer> {
    const der = await (o.expired ? pastCa : ca).issueCertificate({
      publicKey: spki(pub),
      subjectAltName: o.identity ?? 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0',
      extensions: [
        { oid: ISSUER_OID, value: o.issuer ?? 'https://token.actions.githubusercontent.com' },
        ...(o.extensions ?? []),
      ],
    });
    return Buffer.from(der as unknown as ArrayBuffer);
  }

  async function logEntry(body: Record<string, unknown>): Promise<Record<string, unknown>> {
    const e = Object.values(await tlog.log(body))[0] as unknown as {
      body: string;
      integratedTime: number;
      logID: string;
      logIndex: number;
      verification: {
        signedEntryTimestamp: string;
        inclusionProof: { treeSize: number; rootHash: string; checkpoint: string };
      };
    };
    const p = e.verification.inclusionProof;
    return {
      logIndex: String(e.logIndex),
      logId: { keyId: Buffer.from(e.logID, 'hex').toString('base64') },
      kindVersion: { kind: body['kind'], version: body['apiVersion'] },
      integratedTime: String(e.integratedTime),
      inclusionPromise: { signedEntryTimestamp: e.verification.signedEntryTimestamp },
      inclusionProof: {
        logIndex: '0',
        rootHash: Buffer.from(p.rootHash, 'hex').toString('base64'),
        treeSize: String(p.treeSize),
        hashes: [],
        checkpoint: { envelope: p.checkpoint },
      },
      canonicalizedBody: e.body,
    };
  }

  return {
    root,
    async signBlob(data, o = {}) {
      const keys = o.key ? undefined : ec();
      const signingKey = o.key ?? (keys as ReturnType<typeof ec>).privateKey;
      const cert = keys ? await certificate(keys.publicKey, o) : undefined;
      const verifierPem = cert ? pemOf(cert) : pemOf(spki(createPublicKey(signingKey)), 'PUBLIC KEY');
      const hashAlg = signingKey.asymmetricKeyType === 'ed25519' ? null : 'sha256';
      let content: Record<string, unknown>;
      let body: Record<string, unknown>;
      let signature: Buffer;
      if (o.dsse) {
        const payload = Buffer.from(
          JSON.stringify({
            _type: 'https://in-toto.io/Statement/v1',
            subject: o.dsse.subjects,
            predicateType: o.dsse.predicateType,
            predicate: {},
          }),
        );
        const pae = Buffer.concat([Buffer.from(`DSSEv1 ${INTOTO.length} ${INTOTO} ${payload.length} `), payload]);
        signature = sign(hashAlg, pae, signingKey);
        content = {
          dsseEnvelope: {
            payload: b64(payload),
            payloadType: INTOTO,
            signatures: [{ sig: b64(signature), keyid: '' }],
          },
        };
        const env = JSON.stringify(content['dsseEnvelope']);
        body = {
          apiVersion: '0.0.1',
          kind: 'dsse',
          spec: {
            envelopeHash: { algorithm: 'sha256', value: createHash('sha256').update(env).digest('hex') },
            payloadHash: { algorithm: 'sha256', value: createHash('sha256').update(payload).digest('hex') },
            signatures: [{ signature: b64(signature), verifier: b64(Buffer.from(verifierPem)) }],
          },
        };
      } else {
        const digest = createHash('sha256').update(data).digest();
        signature = sign(hashAlg, data, signingKey);
        content = {
          messageSignature: {
            messageDigest: { algorithm: 'SHA2_256', digest: b64(digest) },
            signature: b64(signature),
          },
        };
        body = {
          apiVersion: '0.0.1',
          kind: 'hashedrekord',
          spec: {
            data: { hash: { algorithm: 'sha256', value: digest.toString('hex') } },
            signature: { content: b64(signature), publicKey: { content: b64(Buffer.from(verifierPem)) } },
          },
        };
      }
      const material: Record<string, unknown> = cert
        ? { certificate: { rawBytes: b64(cert) } }
        : { publicKey: { hint: '' } };
      material['tlogEntries'] = o.tlog === false ? [] : [await logEntry(body)];
      if (o.tsa) {
        const ts = await tsa.timestamp({
          artifactHash: createHash('sha256').update(signature).digest(),
          hashAlgorithmOID: SHA256_OID,
          nonce: randomInt(1e9),
          policyOID: '1.2.3.4',
          certReq: true,
        });
        material['timestampVerificationData'] = { rfc3161Timestamps: [{ signedTimestamp: b64(ts) }] };
      }
      return { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', verificationMaterial: material, ...content };
    },
  };
}

export const ID = 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0';
export const ISSUER = 'https://token.actions.githubusercontent.com';
export const keyless = { identity: { subject: ID, issuer: ISSUER }, requireTlog: false };
export const data = Buffer.from('release-1.0.0.tar.gz contents\n');
export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A fresh instance and the trust that verifies what it signs. */
export async function assemble(): Promise<{ mock: Instance; trust: Trust }> {
  const mock = await instance();
  const root = await parseTrustedRoot(mock.root, 'test root');
  return { mock, trust: { source: 'test', root: async () => root } };
}

/** The rule id and message of a rejection. */
export async function rejection(p: Promise<unknown>): Promise<{ rule: string; message: string }> {
  try {
    await p;
  } catch (e) {
    if (isRcoError(e)) return { rule: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a rejection, got a verified signature');
}
