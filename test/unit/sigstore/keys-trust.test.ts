// Public keys the user gives, the prehash signature check used for digest-only artifacts, and the
// trusted root checks (including the validity start @sigstore/verify does not demand).
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePublicKey, verifyDigestSignature } from '../../../src/lib/sigstore/keys.js';
import { loadTrust, parseTrustedRoot, readTrustedRoot } from '../../../src/lib/sigstore/trust.js';
import { isRcoError } from '../../../src/lib/verdict/errors.js';
import { testIo } from '../../helpers/io.js';

const pem = (k: { publicKey: { export(o: object): string | Buffer } }) =>
  k.publicKey.export({ type: 'spki', format: 'pem' }).toString();

async function code(f: () => unknown): Promise<string> {
  try {
    await f();
    return 'OK';
  } catch (e) {
    if (isRcoError(e)) return e.code;
    throw e;
  }
}

describe('parsePublicKey', () => {
  it.each([
    ['ecdsa-p256', generateKeyPairSync('ec', { namedCurve: 'P-256' })],
    ['ecdsa-p384', generateKeyPairSync('ec', { namedCurve: 'P-384' })],
    ['ed25519', generateKeyPairSync('ed25519')],
    ['rsa-2048', generateKeyPairSync('rsa', { modulusLength: 2048 })],
  ])('reads %s and names it by the sha256 of its SPKI', (type, k) => {
    const key = parsePublicKey(pem(k));
    expect(key.type).toBe(type);
    expect(key.id).toBe(
      createHash('sha256')
        .update(k.publicKey.export({ type: 'spki', format: 'der' }))
        .digest('hex'),
    );
  });

  it.each([
    [
      'a private key',
      () =>
        generateKeyPairSync('ec', { namedCurve: 'P-256' })
          .privateKey.export({ type: 'pkcs8', format: 'pem' })
          .toString(),
    ],
    ['garbage', () => 'not a key'],
    ['an unsupported curve', () => pem(generateKeyPairSync('ec', { namedCurve: 'secp256k1' }))],
    ['a short RSA key', () => pem(generateKeyPairSync('rsa', { modulusLength: 1024 }))],
  ])('refuses %s', async (_n, make) => {
    expect(await code(() => parsePublicKey(make()))).toBe('SIGNATURE_KEY_INVALID');
  });
});

describe('verifyDigestSignature', () => {
  const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' });

  it('agrees with node:crypto for ECDSA over any message, and rejects any other digest', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.boolean(), (msg, big) => {
        const k = big ? p384 : p256;
        const alg = big ? 'sha384' : 'sha256';
        const sig = sign(alg, msg, k.privateKey);
        const h = createHash(alg).update(msg).digest();
        expect(verifyDigestSignature(k.publicKey, alg, h, sig)).toBe(true);
        h[0] = (h[0] ?? 0) ^ 1;
        expect(verifyDigestSignature(k.publicKey, alg, h, sig)).toBe(false);
      }),
      { numRuns: 15 },
    );
  });

  it('rejects malformed DER signatures without throwing', () => {
    const h = createHash('sha256').update('x').digest();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (sig) => {
        expect(verifyDigestSignature(p256.publicKey, 'sha256', h, sig)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('cannot check Ed25519 from a digest and says so', async () => {
    const k = generateKeyPairSync('ed25519');
    expect(await code(() => verifyDigestSignature(k.publicKey, 'sha256', Buffer.alloc(32), Buffer.alloc(64)))).toBe(
      'SIGNATURE_DIGEST_ONLY_UNSUPPORTED',
    );
  });
});

describe('trusted root', () => {
  const start = '2024-01-01T00:00:00Z';
  const key = { rawBytes: 'AAAA', keyDetails: 'PKIX_ECDSA_P256_SHA_256' };
  const root = (validFor?: object) => ({
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: 'https://rekor.test',
        hashAlgorithm: 'SHA2_256',
        publicKey: { ...key, ...(validFor ? { validFor } : {}) },
        logId: { keyId: 'AAAA' },
      },
    ],
    certificateAuthorities: [],
    ctlogs: [],
    timestampAuthorities: [],
  });

  it('accepts a root whose keys have a validity start', async () => {
    expect((await parseTrustedRoot(root({ start }), 't')).tlogs).toHaveLength(1);
  });

  it('refuses a log key without a validity start (it would be trusted for all time)', async () => {
    for (const r of [root(), root({ end: start })]) {
      expect(await code(() => parseTrustedRoot(r, 't'))).toBe('SIGNATURE_TRUSTED_ROOT_INVALID');
    }
  });

  it('refuses files that are missing, not JSON or not an object', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rco-root-'));
    writeFileSync(join(dir, 'bad.json'), '{');
    writeFileSync(join(dir, 'list.json'), '[]');
    for (const f of ['missing.json', 'bad.json', 'list.json']) {
      expect(await code(() => readTrustedRoot(join(dir, f)))).toBe('SIGNATURE_TRUSTED_ROOT_INVALID');
    }
  });

  it('in key mode without a root, loads nothing until a bundle needs it', async () => {
    const k = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const trust = await loadTrust({ keyPem: pem(k) }, testIo());
    expect(trust.key?.type).toBe('ecdsa-p256');
    expect(trust.source).toMatch(/TUF/);
  });
});
