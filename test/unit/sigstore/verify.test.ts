// verifyBundle against a private Sigstore instance the test assembles (@sigstore/mock): keyless and
// key signatures, message signatures and DSSE attestations, and every rejection with its own rule.
import { generateKeyPairSync } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Trust, verifyBundle } from '../../../src/lib/sigstore/index.js';
import { assemble, data, ID, type Instance, ISSUER, instance, keyless, rejection, sha256 } from './fixture.js';

let mock: Instance;
let trust: Trust;

beforeAll(async () => {
  ({ mock, trust } = await assemble());
});

describe('keyless message signatures', () => {
  it('verifies a logged signature and reports signer, issuer, log index and time', async () => {
    const bundle = await mock.signBlob(data);
    const v = await verifyBundle(bundle, { bytes: data }, keyless, trust);
    expect(v).toMatchObject({ method: 'bundle', signer: ID, issuer: ISSUER });
    expect(v.logIndex).toMatch(/^\d+$/);
    expect(Date.parse(v.signedAt ?? '')).toBeGreaterThan(Date.now() - 3600_000);
  });

  it('verifies from the sha256 digest alone', async () => {
    const bundle = await mock.signBlob(data);
    await expect(
      verifyBundle(bundle, { digest: { algorithm: 'sha256', hex: sha256(data) } }, keyless, trust),
    ).resolves.toMatchObject({ signer: ID });
  });

  it('verifies with an RFC 3161 timestamp and no log entry', async () => {
    const bundle = await mock.signBlob(data, { tlog: false, tsa: true });
    await expect(verifyBundle(bundle, { bytes: data }, keyless, trust)).resolves.toMatchObject({ signer: ID });
  });

  it('accepts an anchored identity regexp and rejects a partial match', async () => {
    const bundle = await mock.signBlob(data);
    const ok = { identity: { subjectRegexp: 'https://github\\.com/acme/app/.*', issuer: ISSUER }, requireTlog: false };
    await expect(verifyBundle(bundle, { bytes: data }, ok, trust)).resolves.toMatchObject({ signer: ID });
    const partial = { identity: { subjectRegexp: 'https://github\\.com/acme', issuer: ISSUER }, requireTlog: false };
    expect(await rejection(verifyBundle(bundle, { bytes: data }, partial, trust))).toMatchObject({
      rule: 'SIGNATURE_IDENTITY_MISMATCH',
    });
  });

  it('rejects the wrong identity, naming both', async () => {
    const bundle = await mock.signBlob(data, {
      identity: 'https://github.com/evil/fork/.github/workflows/x.yml@refs/heads/main',
    });
    const r = await rejection(verifyBundle(bundle, { bytes: data }, keyless, trust));
    expect(r.rule).toBe('SIGNATURE_IDENTITY_MISMATCH');
    expect(r.message).toContain('evil/fork');
    expect(r.message).toContain(ID);
  });

  it('rejects the wrong issuer', async () => {
    const bundle = await mock.signBlob(data, { issuer: 'https://accounts.google.com' });
    const r = await rejection(verifyBundle(bundle, { bytes: data }, keyless, trust));
    expect(r).toMatchObject({ rule: 'SIGNATURE_ISSUER_MISMATCH' });
    expect(r.message).toContain('https://accounts.google.com');
  });

  it('checks the GitHub certificate extensions', async () => {
    const bundle = await mock.signBlob(data, {
      extensions: [
        { oid: '1.3.6.1.4.1.57264.1.12', value: 'https://github.com/acme/app' },
        { oid: '1.3.6.1.4.1.57264.1.14', value: 'refs/tags/v1.0.0' },
        {
          oid: '1.3.6.1.4.1.57264.1.18',
          value: 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0',
        },
      ],
    });
    const github = { repository: 'acme/app', ref: 'refs/tags/v1.0.0', workflow: '.github/workflows/release.yml' };
    await expect(
      verifyBundle(bundle, { bytes: data }, { identity: { ...keyless.identity, github }, requireTlog: false }, trust),
    ).resolves.toMatchObject({ signer: ID });
    const wrong = { repository: 'acme/other', ref: 'refs/heads/main', workflow: '.github/workflows/ci.yml' };
    const r = await rejection(
      verifyBundle(
        bundle,
        { bytes: data },
        { identity: { ...keyless.identity, github: wrong }, requireTlog: false },
        trust,
      ),
    );
    expect(r.rule).toBe('SIGNATURE_GITHUB_MISMATCH');
    // every mismatch in one message
    expect(r.message).toMatch(/repository.*ref.*workflow/);
  });

  it('rejects a tampered artifact, with both digests', async () => {
    const bundle = await mock.signBlob(data);
    const tampered = Buffer.from('release-1.0.0.tar.gz contents, altered\n');
    const r = await rejection(verifyBundle(bundle, { bytes: tampered }, keyless, trust));
    expect(r.rule).toBe('SIGNATURE_ARTIFACT_MISMATCH');
    expect(r.message).toContain(sha256(tampered));
  });

  it('rejects an altered signature', async () => {
    const bundle = (await mock.signBlob(data, { tlog: false, tsa: true })) as {
      messageSignature: { signature: string };
    };
    const other = (await mock.signBlob(Buffer.from('other'), { tlog: false })) as {
      messageSignature: { signature: string };
    };
    bundle.messageSignature.signature = other.messageSignature.signature;
    expect(await rejection(verifyBundle(bundle, { bytes: data }, keyless, trust))).toMatchObject({
      rule: 'SIGNATURE_TIMESTAMP_INVALID',
    });
  });

  it('rejects an expired certificate without a timestamp', async () => {
    const bundle = await mock.signBlob(data, { expired: true, tlog: false });
    const r = await rejection(verifyBundle(bundle, { bytes: data }, keyless, trust));
    expect(r.rule).toBe('SIGNATURE_NO_TIMESTAMP');
    expect(r.message).toMatch(/certificate was valid from .* to /);
  });

  it('rejects an expired certificate whose log entry is later than its validity', async () => {
    const bundle = await mock.signBlob(data, { expired: true });
    expect(await rejection(verifyBundle(bundle, { bytes: data }, keyless, trust))).toMatchObject({
      rule: 'SIGNATURE_CERT_UNTRUSTED',
    });
  });

  it('rejects a certificate from another instance', async () => {
    const other = await instance();
    const bundle = await other.signBlob(data);
    expect(await rejection(verifyBundle(bundle, { bytes: data }, keyless, trust))).toMatchObject({
      rule: 'SIGNATURE_CERT_UNTRUSTED',
    });
  });

  it('rejects a key-signed bundle under a keyless policy', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const bundle = await mock.signBlob(data, { key: privateKey, tlog: false });
    expect(await rejection(verifyBundle(bundle, { bytes: data }, keyless, trust))).toMatchObject({
      rule: 'SIGNATURE_KEY_REQUIRED',
    });
  });
});

describe('key signatures', () => {
  const pair = (type: 'ec' | 'ed25519' | 'rsa', opts: object = {}) => {
    const k = generateKeyPairSync(type as 'ec', opts as { namedCurve: string });
    return { priv: k.privateKey, pem: k.publicKey.export({ type: 'spki', format: 'pem' }).toString() };
  };

  it.each([
    ['ECDSA P-256', pair('ec', { namedCurve: 'P-256' })],
    ['ECDSA P-384', pair('ec', { namedCurve: 'P-384' })],
    ['Ed25519', pair('ed25519')],
    ['RSA 2048', pair('rsa', { modulusLength: 2048 })],
  ])('verifies %s without a log entry, offline', async (_name, k) => {
    const bundle = await mock.signBlob(data, { key: k.priv, tlog: false });
    const offline: Trust = { source: 'none', root: () => Promise.reject(new Error('must not be fetched')) };
    const v = await verifyBundle(bundle, { bytes: data }, { keyPem: k.pem, requireTlog: false }, offline);
    expect(v.signer).toMatch(/^key:[0-9a-f]{16}$/);
    expect(v.keyId).toMatch(/^[0-9a-f]{64}$/);
  });

  it('verifies P-256 and RSA from the digest alone', async () => {
    for (const k of [pair('ec', { namedCurve: 'P-256' }), pair('rsa', { modulusLength: 2048 })]) {
      const bundle = await mock.signBlob(data, { key: k.priv, tlog: false });
      await expect(
        verifyBundle(
          bundle,
          { digest: { algorithm: 'sha256', hex: sha256(data) } },
          { keyPem: k.pem, requireTlog: false },
          trust,
        ),
      ).resolves.toMatchObject({ keyId: expect.stringMatching(/^[0-9a-f]{64}$/) });
    }
  });

  it('rejects the wrong key', async () => {
    const signer = pair('ec', { namedCurve: 'P-256' });
    const bundle = await mock.signBlob(data, { key: signer.priv, tlog: false });
    const r = await rejection(
      verifyBundle(
        bundle,
        { bytes: data },
        { keyPem: pair('ec', { namedCurve: 'P-256' }).pem, requireTlog: false },
        trust,
      ),
    );
    expect(r.rule).toBe('SIGNATURE_KEY_MISMATCH');
    expect(r.message).toContain('given key');
  });

  it('rejects the wrong key from the digest alone', async () => {
    const bundle = await mock.signBlob(data, { key: pair('ec', { namedCurve: 'P-256' }).priv, tlog: false });
    const art = { digest: { algorithm: 'sha256' as const, hex: sha256(data) } };
    expect(
      await rejection(
        verifyBundle(bundle, art, { keyPem: pair('ec', { namedCurve: 'P-256' }).pem, requireTlog: false }, trust),
      ),
    ).toMatchObject({ rule: 'SIGNATURE_KEY_MISMATCH' });
  });

  it('with require-tlog, rejects an unlogged key signature and accepts a logged one', async () => {
    const k = pair('ec', { namedCurve: 'P-256' });
    const policy = { keyPem: k.pem, requireTlog: true };
    const bare = await mock.signBlob(data, { key: k.priv, tlog: false });
    expect(await rejection(verifyBundle(bare, { bytes: data }, policy, trust))).toMatchObject({
      rule: 'SIGNATURE_TLOG_MISSING',
    });
    const logged = await mock.signBlob(data, { key: k.priv });
    await expect(verifyBundle(logged, { bytes: data }, policy, trust)).resolves.toMatchObject({
      logIndex: expect.any(String),
    });
  });

  it('rejects a keyless bundle when a key is given', async () => {
    const bundle = await mock.signBlob(data);
    const r = await rejection(
      verifyBundle(bundle, { bytes: data }, { keyPem: pair('ed25519').pem, requireTlog: false }, trust),
    );
    expect(r.rule).toBe('SIGNATURE_KEY_MISMATCH');
  });
});
