// cosign's legacy .sig layers: annotations restated as a bundle and verified, the simple-signing claims
// checked, and the real signatures of the shared kit (when it is beside the project).
import { createHash, generateKeyPairSync } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkSimpleSigning, legacyLayerToBundle, type Trust, verifyBundle } from '../../../src/lib/sigstore/index.js';
import { parseTrustedRoot, readTrustedRoot } from '../../../src/lib/sigstore/trust.js';
import { isRcoError, userError } from '../../../src/lib/verdict/errors.js';
import { type Instance, instance, pemOf } from './fixture.js';

// Bundles are taken apart and mutated as free-form JSON here, field by field.
// biome-ignore lint/suspicious/noExplicitAny: any shape is the point of these tests
type FreeJson = Record<string, any>;

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const payload = (digest = DIGEST, type = 'cosign container image signature') =>
  Buffer.from(
    JSON.stringify({
      critical: {
        identity: { 'docker-reference': 'registry.test/app' },
        image: { 'docker-manifest-digest': digest },
        type,
      },
      optional: null,
    }),
  );

type B = {
  messageSignature: { signature: string };
  verificationMaterial: { certificate?: { rawBytes: string }; tlogEntries: Record<string, never>[] };
};

/** The annotations cosign writes for a signature, from the equivalent bundle. */
function annotationsOf(bundle: B): Record<string, string> {
  const a: Record<string, string> = { 'dev.cosignproject.cosign/signature': bundle.messageSignature.signature };
  const cert = bundle.verificationMaterial.certificate;
  if (cert) a['dev.sigstore.cosign/certificate'] = pemOf(Buffer.from(cert.rawBytes, 'base64'));
  const e = bundle.verificationMaterial.tlogEntries[0] as unknown as FreeJson | undefined;
  if (e) {
    a['dev.sigstore.cosign/bundle'] = JSON.stringify({
      SignedEntryTimestamp: e['inclusionPromise'].signedEntryTimestamp,
      Payload: {
        body: e['canonicalizedBody'],
        integratedTime: Number(e['integratedTime']),
        logIndex: Number(e['logIndex']),
        logID: Buffer.from(e['logId'].keyId, 'base64').toString('hex'),
      },
    });
  }
  return a;
}

async function rule(p: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    if (isRcoError(e)) return e.code;
    throw e;
  }
  return 'VERIFIED';
}

describe('legacyLayerToBundle', () => {
  let mock: Instance;
  let trust: Trust;
  const keyless = {
    identity: {
      subject: 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0',
      issuer: 'https://token.actions.githubusercontent.com',
    },
    requireTlog: false,
  };

  beforeAll(async () => {
    mock = await instance();
    const root = await parseTrustedRoot(mock.root, 'test');
    trust = { source: 'test', root: async () => root };
  });

  it('verifies a keyless layer with its Rekor bundle annotation', async () => {
    const p = payload();
    const ann = annotationsOf((await mock.signBlob(p)) as unknown as B);
    const v = await verifyBundle(legacyLayerToBundle(p, ann), { bytes: p }, keyless, trust);
    expect(v.signer).toBe(keyless.identity.subject);
    expect(v.logIndex).toMatch(/^\d+$/);
  });

  it('verifies a key-signed layer offline and rejects a tampered payload', async () => {
    const k = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = k.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const p = payload();
    const ann = annotationsOf((await mock.signBlob(p, { key: k.privateKey, tlog: false })) as unknown as B);
    const policy = { keyPem: pem, requireTlog: false };
    await expect(verifyBundle(legacyLayerToBundle(p, ann), { bytes: p }, policy, trust)).resolves.toMatchObject({
      keyId: expect.any(String),
    });
    const tampered = payload(`sha256:${'cd'.repeat(32)}`);
    expect(await rule(verifyBundle(legacyLayerToBundle(tampered, ann), { bytes: tampered }, policy, trust))).toBe(
      'SIGNATURE_KEY_MISMATCH',
    );
  });

  it('rejects malformed annotations cleanly', async () => {
    const p = payload();
    const cases: Record<string, string>[] = [
      {},
      { 'dev.cosignproject.cosign/signature': '***' },
      { 'dev.cosignproject.cosign/signature': 'AAAA', 'dev.sigstore.cosign/certificate': 'not a pem' },
      { 'dev.cosignproject.cosign/signature': 'AAAA', 'dev.sigstore.cosign/bundle': '{' },
      { 'dev.cosignproject.cosign/signature': 'AAAA', 'dev.sigstore.cosign/bundle': '{"Payload":{}}' },
      { 'dev.cosignproject.cosign/signature': 'AAAA', 'dev.sigstore.cosign/rfc3161timestamp': '[]' },
    ];
    for (const ann of cases) expect(await rule(() => legacyLayerToBundle(p, ann))).toBe('SIGNATURE_LEGACY_INVALID');
  });
});

describe('checkSimpleSigning', () => {
  it('accepts the payload of this image', () => {
    expect(() => checkSimpleSigning(payload(), DIGEST)).not.toThrow();
  });

  it.each([
    ['another image', payload(`sha256:${'00'.repeat(32)}`), 'SIGNATURE_WRONG_IMAGE'],
    ['another type', payload(DIGEST, 'atomic container signature'), 'SIGNATURE_PAYLOAD_INVALID'],
    ['not JSON', Buffer.from('{'), 'SIGNATURE_PAYLOAD_INVALID'],
    ['null', Buffer.from('null'), 'SIGNATURE_PAYLOAD_INVALID'],
  ])('rejects %s', async (_n, p, code) => {
    expect(await rule(() => checkSimpleSigning(p, DIGEST))).toBe(code);
  });
});

// The real cosign signatures of the shared conformance kit (signed on the public-good instance).
const KIT = join(import.meta.dirname, '../../../../shared/conformance/sigstore');
const kit = existsSync(join(KIT, 'cases.json'))
  ? (JSON.parse(readFileSync(join(KIT, 'cases.json'), 'utf8')) as { cases: FreeJson[] }).cases.filter(
      (c) => c['group'] === 'cosign-legacy',
    )
  : [];
if (!kit.length) console.log('legacy kit cases skipped: ../shared/conformance/sigstore is not beside the project');

describe.skipIf(!kit.length)('real cosign .sig layers (shared kit)', () => {
  it.each(kit.map((c) => [c['name'], c] as const))('%s', async (_name, c) => {
    const manifest = JSON.parse(readFileSync(join(KIT, c['signature_manifest']), 'utf8'));
    const layer = manifest.layers[c['signature_layer_index']];
    const p = readFileSync(join(KIT, c['payload']));
    const root = await readTrustedRoot(join(KIT, c['trusted_root']));
    const trust: Trust = { source: 'kit', root: async () => root };
    const policy = { identity: { subject: c['identity'], issuer: c['issuer'] }, requireTlog: false };
    const outcome = await rule(async () => {
      checkSimpleSigning(p, c['image_digest']);
      // The layer digest names the untampered payload: a changed payload must also fail that check.
      if (`sha256:${createHash('sha256').update(p).digest('hex')}` !== layer.digest) {
        throw userError('LAYER_DIGEST_MISMATCH', 'payload does not match the layer digest');
      }
      return verifyBundle(legacyLayerToBundle(p, layer.annotations), { bytes: p }, policy, trust);
    });
    expect(outcome === 'VERIFIED' ? 'pass' : 'fail').toBe(c['expect']);
  });
});
