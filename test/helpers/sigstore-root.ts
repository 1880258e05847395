// The TrustedRoot JSON naming a private @sigstore/mock instance: its Rekor-like log, CA, CT log and
// TSA. Shared by the unit fixture (test/unit/sigstore/fixture.ts) and the keyless signer
// (sign-keyless.ts), so both test the verifier against the same root shape.
import { createHash } from 'node:crypto';

const bytes = (b: ArrayBufferView) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);
const b64 = (b: ArrayBufferView) => bytes(b).toString('base64');

export interface MockAuthorities {
  tlog: { publicKey: ArrayBufferView };
  ca: { rootCertificate: ArrayBufferView };
  ctLog: { publicKey: ArrayBufferView; logID: ArrayBufferView };
  tsa: { intCertificate: ArrayBufferView; rootCertificate: ArrayBufferView };
}

/** Every authority is valid from `start` (an ISO time) on, with no end. */
export function mockTrustedRoot({ tlog, ca, ctLog, tsa }: MockAuthorities, start: string): Record<string, unknown> {
  const logKey = (der: ArrayBufferView) => ({
    rawBytes: b64(der),
    keyDetails: 'PKIX_ECDSA_P256_SHA_256',
    validFor: { start },
  });
  return {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: 'https://rekor.test',
        hashAlgorithm: 'SHA2_256',
        publicKey: logKey(tlog.publicKey),
        logId: {
          keyId: createHash('sha256').update(bytes(tlog.publicKey)).digest('base64'),
        },
      },
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: 'https://fulcio.test',
        certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] },
        validFor: { start },
      },
    ],
    ctlogs: [
      {
        baseUrl: 'https://ct.test',
        hashAlgorithm: 'SHA2_256',
        publicKey: logKey(ctLog.publicKey),
        logId: { keyId: b64(ctLog.logID) },
      },
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: 'https://tsa.test',
        certChain: { certificates: [{ rawBytes: b64(tsa.intCertificate) }, { rawBytes: b64(tsa.rootCertificate) }] },
        validFor: { start },
      },
    ],
  };
}
