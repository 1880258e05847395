// Blob mode end to end through runGate (the path the CLI and the action take): files in a workspace,
// a private Sigstore instance (@sigstore/mock) and its trusted root, every rejection a finding.
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runGate } from '../../../src/lib/gate/gate.js';
import { gate } from '../../../src/verify-signature/gate.js';
import { testIo } from '../../helpers/io.js';
import { type Instance, instance, pemOf } from '../sigstore/fixture.js';

const ID = 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0';
const ISSUER = 'https://token.actions.githubusercontent.com';
const keyless = { 'certificate-identity': ID, 'certificate-oidc-issuer': ISSUER, 'trusted-root': 'root.json' };
const data = Buffer.from('offline kit v1\n');
const sha = createHash('sha256').update(data).digest('hex');

let dir: string;
let mock: Instance;
const key = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const keyPem = key.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const write = (name: string, content: string | Buffer | object) =>
  writeFileSync(
    join(dir, name),
    typeof content === 'object' && !Buffer.isBuffer(content) ? JSON.stringify(content) : content,
  );
const run = (raw: Record<string, string>) => runGate(gate, raw, testIo({ cwd: dir }));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rco-blob-'));
  mock = await instance();
  write('root.json', mock.root);
  write('kit.tgz', data);
  write('other.tgz', Buffer.from('something else'));
  write('kit.sigstore.json', await mock.signBlob(data));
  write(
    'wrong-id.sigstore.json',
    await mock.signBlob(data, { identity: 'https://github.com/evil/x/.github/workflows/a.yml@refs/heads/main' }),
  );
  write('key.sigstore.json', await mock.signBlob(data, { key: key.privateKey, tlog: false }));
  write('cosign.pub', keyPem);
  write('kit.sig', sign('sha256', data, key.privateKey).toString('base64'));
  write('broken.json', '{"mediaType": ');
});

describe('verify-signature, blob mode', () => {
  it('verifies a keyless bundle: outputs, table row, pass', async () => {
    const v = await run({ artifact: 'kit.tgz', bundle: 'kit.sigstore.json', ...keyless });
    expect(v.findings).toEqual([]);
    expect(v.outcome).toBe('pass');
    expect(v.outputs['verified-count']).toBe('1');
    const [r] = JSON.parse(v.outputs['results-json'] ?? '[]');
    expect(r).toMatchObject({
      ref: 'kit.tgz',
      digest: `sha256:${sha}`,
      verified: true,
      foundIn: 'bundle',
      signer: ID,
      issuer: ISSUER,
    });
    expect(v.table?.headers).toEqual([
      'ref',
      'digest',
      'found in',
      'signer',
      'issuer / key',
      'log index',
      'signed at',
      'result',
    ]);
    expect(v.table?.rows[0]?.[7]).toBe('verified');
  });

  it('verifies from the digest alone', async () => {
    const v = await run({ artifact: `sha256:${sha}`, bundle: 'kit.sigstore.json', ...keyless });
    expect(v.outcome).toBe('pass');
  });

  it('verifies a key-signed bundle, and a bare signature with the key (PEM path or text)', async () => {
    expect((await run({ artifact: 'kit.tgz', bundle: 'key.sigstore.json', key: 'cosign.pub' })).outcome).toBe('pass');
    const v = await run({ artifact: 'kit.tgz', signature: 'kit.sig', key: keyPem });
    expect(v.outcome).toBe('pass');
    expect(JSON.parse(v.outputs['results-json'] ?? '')[0]).toMatchObject({
      foundIn: 'signature',
      keyId: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it.each([
    [
      'a tampered artifact',
      { artifact: 'other.tgz', bundle: 'kit.sigstore.json', ...keyless },
      'SIGNATURE_ARTIFACT_MISMATCH',
    ],
    [
      'the wrong identity',
      { artifact: 'kit.tgz', bundle: 'wrong-id.sigstore.json', ...keyless },
      'SIGNATURE_IDENTITY_MISMATCH',
    ],
    [
      'the wrong issuer',
      {
        artifact: 'kit.tgz',
        bundle: 'kit.sigstore.json',
        ...keyless,
        'certificate-oidc-issuer': 'https://accounts.google.com',
      },
      'SIGNATURE_ISSUER_MISMATCH',
    ],
    [
      'the wrong key',
      {
        artifact: 'kit.tgz',
        signature: 'kit.sig',
        key: pemOf(
          Buffer.from(
            generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'der' }),
          ),
          'PUBLIC KEY',
        ),
      },
      'SIGNATURE_KEY_MISMATCH',
    ],
    [
      'a malformed bundle file',
      { artifact: 'kit.tgz', bundle: 'broken.json', ...keyless },
      'SIGNATURE_BUNDLE_MALFORMED',
    ],
  ])('rejects %s with one finding on the bundle file', async (_n, raw, rule) => {
    const v = await run(raw as Record<string, string>);
    expect(v.outcome).toBe('fail');
    expect(v.findings).toHaveLength(1);
    expect(v.findings[0]).toMatchObject({
      rule,
      level: 'fail',
      file: (raw as Record<string, string>)['bundle'] ?? 'kit.sig',
    });
    expect(v.outputs['verified-count']).toBe('0');
    expect(v.table?.rows[0]?.[7]).toBe('rejected');
  });

  it('reports a missing artifact or key file as a finding naming the input', async () => {
    const v = await run({ artifact: 'missing.tgz', bundle: 'kit.sigstore.json', ...keyless });
    expect(v.findings[0]).toMatchObject({ rule: 'SIGNATURE_INPUT_UNREADABLE', level: 'fail' });
    expect(v.findings[0]?.message).toContain('"artifact"');
    // The bundle is fine: the annotation must not point at it.
    expect(v.findings[0]?.file).toBeUndefined();
    const k = await run({ artifact: 'kit.tgz', signature: 'kit.sig', key: 'nope.pub' });
    expect(k.findings[0]?.message).toContain('"key"');
  });

  it('refuses a trusted root that does not exist', async () => {
    const v = await run({ artifact: 'kit.tgz', bundle: 'kit.sigstore.json', ...keyless, 'trusted-root': 'none.json' });
    expect(v.findings[0]).toMatchObject({ rule: 'SIGNATURE_TRUSTED_ROOT_INVALID', level: 'fail' });
  });

  it('requires the attestation type when asked', async () => {
    write(
      'att.sigstore.json',
      await mock.signBlob(data, {
        dsse: {
          predicateType: 'https://slsa.dev/provenance/v1',
          subjects: [{ name: 'kit.tgz', digest: { sha256: sha } }],
        },
      }),
    );
    const ok = await run({
      artifact: 'kit.tgz',
      bundle: 'att.sigstore.json',
      ...keyless,
      'attestation-type': 'https://slsa.dev/provenance/v1',
    });
    expect(ok.outcome).toBe('pass');
    const wrong = await run({
      artifact: 'kit.tgz',
      bundle: 'att.sigstore.json',
      ...keyless,
      'attestation-type': 'https://spdx.dev/Document',
    });
    expect(wrong.findings[0]?.rule).toBe('SIGNATURE_ATTESTATION_TYPE_MISMATCH');
  });

  it('accepts the cosign sign-blob bundle format', async () => {
    const b = (await mock.signBlob(data, { key: key.privateKey, tlog: false })) as {
      messageSignature: { signature: string };
    };
    write('cosign.bundle', { base64Signature: b.messageSignature.signature });
    expect((await run({ artifact: 'kit.tgz', bundle: 'cosign.bundle', key: 'cosign.pub' })).outcome).toBe('pass');
  });
});

describe('cosign sign-blob bundle, keyless', () => {
  it('verifies {base64Signature, cert, rekorBundle} and rejects it for another artifact', async () => {
    type E = Record<string, string | Record<string, string>>;
    const b = (await mock.signBlob(data)) as {
      messageSignature: { signature: string };
      verificationMaterial: { certificate: { rawBytes: string }; tlogEntries: E[] };
    };
    const e = b.verificationMaterial.tlogEntries[0] as E;
    const cosign = {
      base64Signature: b.messageSignature.signature,
      cert: Buffer.from(pemOf(Buffer.from(b.verificationMaterial.certificate.rawBytes, 'base64'))).toString('base64'),
      rekorBundle: {
        SignedEntryTimestamp: (e['inclusionPromise'] as Record<string, string>)['signedEntryTimestamp'],
        Payload: {
          body: e['canonicalizedBody'],
          integratedTime: Number(e['integratedTime']),
          logIndex: Number(e['logIndex']),
          logID: Buffer.from((e['logId'] as Record<string, string>)['keyId'] as string, 'base64').toString('hex'),
        },
      },
    };
    write('keyless.cosign.bundle', cosign);
    const v = await run({ artifact: 'kit.tgz', bundle: 'keyless.cosign.bundle', ...keyless });
    expect(v.findings).toEqual([]);
    expect(JSON.parse(v.outputs['results-json'] ?? '')[0]).toMatchObject({ signer: ID, logIndex: e['logIndex'] });
    const other = await run({ artifact: 'other.tgz', bundle: 'keyless.cosign.bundle', ...keyless });
    expect(other.findings[0]?.rule).toMatch(/^SIGNATURE_(INVALID|TLOG_INVALID)$/);
  });
});
