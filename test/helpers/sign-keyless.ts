// Keyless signing for tests: a Fulcio-like CA with a CT log (@sigstore/mock) issues short-lived
// certificates for an identity and OIDC issuer, and a mock TSA timestamps each signature (RFC 3161).
// The test assembles the TrustedRoot naming exactly these authorities.
import { createHash, generateKeyPairSync, randomInt, sign } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initializeCA, initializeCTLog, initializeTLog, initializeTSA } from '@sigstore/mock';
import type { Signer } from './sign.js';
import { mockTrustedRoot } from './sigstore-root.js';

const OIDC_ISSUER_OID = '1.3.6.1.4.1.57264.1.8';
const SHA256_OID = '2.16.840.1.101.3.4.2.1';
const b64 = (b: ArrayBuffer | ArrayBufferView) => Buffer.from(b as ArrayBuffer).toString('base64');
const pem = (der: Buffer) =>
  `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`;

export interface KeylessAuthority {
  /** Path of the TrustedRoot JSON naming this CA, CT log and TSA. */
  trustedRootPath: string;
  /** A signer whose certificate names `identity` (a URI) and `issuer`. */
  /**
   * `timestamp` (default true): an RFC 3161 timestamp; `tlog`: a Rekor hashedrekord entry with its
   * signed entry timestamp, as cosign's legacy `bundle` annotation carries it (legacy scheme only).
   */
  signer(
    identity: string,
    issuer: string,
    opts?: { expired?: boolean; timestamp?: boolean; tlog?: boolean },
  ): Promise<Signer>;
}

/** Logs a hashedrekord entry and restates it as cosign's `dev.sigstore.cosign/bundle` annotation. */
async function rekorEntry(
  tlog: Awaited<ReturnType<typeof initializeTLog>>,
  data: Buffer,
  signature: Buffer,
  cert: Buffer,
): Promise<string> {
  const proposed = {
    apiVersion: '0.0.1',
    kind: 'hashedrekord',
    spec: {
      data: { hash: { algorithm: 'sha256', value: createHash('sha256').update(data).digest('hex') } },
      signature: {
        content: signature.toString('base64'),
        publicKey: { content: Buffer.from(pem(cert)).toString('base64') },
      },
    },
  };
  const entry = Object.values(await tlog.log(proposed))[0] as {
    body: string;
    integratedTime: number;
    logID: string;
    logIndex: number;
    verification: { signedEntryTimestamp: string };
  };
  return JSON.stringify({
    SignedEntryTimestamp: entry.verification.signedEntryTimestamp,
    Payload: { body: entry.body, integratedTime: entry.integratedTime, logIndex: entry.logIndex, logID: entry.logID },
  });
}

export async function keylessAuthority(dir: string): Promise<KeylessAuthority> {
  const ecKeys = () => generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const caKeys = ecKeys();
  const ctLog = await initializeCTLog(ecKeys());
  const ca = await initializeCA(caKeys, ctLog);
  // The same CA key with a clock an hour back: its certificates expired 50 minutes ago.
  const pastCa = await initializeCA(caKeys, await initializeCTLog(ecKeys()), new Date(Date.now() - 3600_000));
  // @sigstore/core reads only 3-digit fractions in GeneralizedTime, while the mock writes DER's
  // shortest form (".12Z" when the milliseconds end in 0): the TSA clock is set to a safe value.
  const tsaClock = new Date();
  const tsa = await initializeTSA(ecKeys(), tsaClock);
  const tlog = await initializeTLog('https://rekor.test', ecKeys());
  const start = new Date(Date.now() - 24 * 3600_000).toISOString();
  const root = mockTrustedRoot({ tlog, ca, ctLog, tsa }, start);
  const rekorBundle = (data: Buffer, signature: Buffer, cert: Buffer) => rekorEntry(tlog, data, signature, cert);
  const trustedRootPath = join(dir, 'trusted_root.json');
  writeFileSync(trustedRootPath, JSON.stringify(root));
  return {
    trustedRootPath,
    signer: async (identity, issuer, opts = {}) => {
      const keys = ecKeys();
      const issuing = opts.expired ? pastCa : ca;
      const cert = Buffer.from(
        (await issuing.issueCertificate({
          publicKey: keys.publicKey.export({ type: 'spki', format: 'der' }),
          subjectAltName: identity,
          extensions: [{ oid: OIDC_ISSUER_OID, value: issuer }],
        })) as unknown as ArrayBuffer,
      );
      return {
        sign: async (data) => {
          const signature = sign('sha256', data, keys.privateKey);
          const material: Record<string, unknown> = {
            certificate: { rawBytes: cert.toString('base64') },
            tlogEntries: [],
          };
          const annotations: Record<string, string> = { 'dev.sigstore.cosign/certificate': pem(cert) };
          if (opts.timestamp !== false) {
            tsaClock.setTime(Math.floor(Date.now() / 1000) * 1000 + 123);
            const ts = b64(
              await tsa.timestamp({
                artifactHash: createHash('sha256').update(signature).digest(),
                hashAlgorithmOID: SHA256_OID,
                nonce: randomInt(1e9),
                policyOID: '1.2.3.4',
                certReq: true,
              }),
            );
            material['timestampVerificationData'] = { rfc3161Timestamps: [{ signedTimestamp: ts }] };
            annotations['dev.sigstore.cosign/rfc3161timestamp'] = JSON.stringify({ SignedRFC3161Timestamp: ts });
          }
          if (opts.tlog) annotations['dev.sigstore.cosign/bundle'] = await rekorBundle(data, signature, cert);
          return { signature, material, annotations };
        },
      };
    },
  };
}
