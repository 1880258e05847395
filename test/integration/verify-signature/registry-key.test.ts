// verify-signature against the real registry with key signatures, in every storage scheme, and every
// rejection a user can hit. The referrers API is served by a loopback proxy (distribution 2.8 has none),
// which also corrupts, truncates and rate-limits on demand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toVerdict } from '../../../src/verify-signature/run.js';
import { testIo } from '../../helpers/io.js';
import { makeImage, Pusher, type TestImage } from '../../helpers/oci-push.js';
import { announceMissing, HAVE_REGISTRY, type Registry, startRegistry } from '../../helpers/registry.js';
import { type RegistryProxy, startProxy } from '../../helpers/registry-proxy.js';
import { keySigner, signImage } from '../../helpers/sign.js';
import { verify } from './fixture.js';

announceMissing();

describe.skipIf(!HAVE_REGISTRY)('verify-signature images with key signatures', () => {
  let reg: Registry;
  let proxy: RegistryProxy;
  let push: Pusher;
  const key = keySigner();
  const other = keySigner();
  const img: Record<string, TestImage> = {};
  const ref = (name: string, host = reg.host) => `${host}/team/app@${img[name]?.digest}`;

  beforeAll(async () => {
    reg = await startRegistry();
    proxy = await startProxy(reg.url);
    push = new Pusher(reg.url);
    for (const name of [
      'legacy',
      'tagSchema',
      'api',
      'unsigned',
      'tampered',
      'stolen',
      'stolenRef',
      'tagged',
      'flaky',
      'garbage',
    ]) {
      img[name] = makeImage('team/app');
      await push.image(img[name] as TestImage, name === 'tagged' ? 'v1' : undefined);
    }
    await signImage(push, img['legacy'] as TestImage, key, 'legacy-tag');
    await signImage(push, img['tagSchema'] as TestImage, key, 'referrers-tag');
    const d = await signImage(push, img['api'] as TestImage, key, 'referrers-api');
    proxy.referrers.set(img['api']?.digest as string, [d as NonNullable<typeof d>]);
    await signImage(push, img['tampered'] as TestImage, key, 'legacy-tag', { tamper: true });
    await signImage(push, img['stolen'] as TestImage, key, 'legacy-tag', { signedImage: img['legacy'] as TestImage });
    await signImage(push, img['stolenRef'] as TestImage, key, 'referrers-tag', {
      signedImage: img['legacy'] as TestImage,
    });
    await signImage(push, img['tagged'] as TestImage, key, 'legacy-tag');
    await signImage(push, img['flaky'] as TestImage, key, 'legacy-tag');
    for (const raw of [
      '{not json',
      '{"mediaType":"application/vnd.dev.sigstore.bundle.v0.3+json","verificationMaterial":7}',
      '[]',
    ]) {
      await signImage(push, img['garbage'] as TestImage, key, 'referrers-tag', { rawBundle: raw });
    }
  });
  afterAll(async () => {
    await proxy?.stop();
    await reg?.stop();
  });

  it('verifies the legacy cosign tag and the referrers tag schema, reporting where each was found', async () => {
    const r = await verify({ images: `${ref('legacy')}\n${ref('tagSchema')}`, key: key.publicKeyPem });
    expect(r.outcome).toBe('pass');
    expect(r.results.map((x) => [x.foundIn, x.verified?.method, x.digest])).toEqual([
      ['legacy-tag', 'legacy', img['legacy']?.digest],
      ['referrers-tag', 'bundle', img['tagSchema']?.digest],
    ]);
    expect(r.results[0]?.verified?.signer).toMatch(/^key:[0-9a-f]{16}$/);
  });

  it('uses the referrers API when the registry has one', async () => {
    proxy.referrersApi = true;
    try {
      const r = await verify({ images: ref('api', proxy.host), key: key.publicKeyPem });
      expect(r.outcome).toBe('pass');
      expect(r.results[0]?.foundIn).toBe('referrers-api');
      expect(proxy.seen.some((l) => l.includes(`/referrers/${img['api']?.digest}?artifactType=`))).toBe(true);
    } finally {
      proxy.referrersApi = false;
    }
  });

  it('asks a registry without the referrers API once per run, then uses the tag schema', async () => {
    proxy.seen.length = 0;
    const r = await verify({
      images: [ref('legacy', proxy.host), ref('tagSchema', proxy.host), ref('flaky', proxy.host)].join('\n'),
      key: key.publicKeyPem,
    });
    expect(r.outcome).toBe('pass');
    expect(proxy.seen.filter((l) => l.includes('/referrers/')).length).toBe(1);
    expect(proxy.seen.filter((l) => /manifests\/sha256-[0-9a-f]{64}$/.test(l)).length).toBe(3);
  });

  it('rejects malformed bundles cleanly, one finding each', async () => {
    const r = await verify({ images: ref('garbage'), key: key.publicKeyPem });
    expect(r.outcome).toBe('fail');
    expect(r.rules).toEqual(['SIGNATURE_BUNDLE_MALFORMED', 'SIGNATURE_BUNDLE_MALFORMED', 'SIGNATURE_BUNDLE_MALFORMED']);
    expect(r.findings.map((f) => f.message).join('\n')).toMatch(/not JSON/);
  });

  it('runs through the gate: outputs verified-count and results-json', async () => {
    const { runGate } = await import('../../../src/lib/gate/gate.js');
    const { gate } = await import('../../../src/verify-signature/gate.js');
    const v = await runGate(gate, { images: `${ref('legacy')}\n${ref('unsigned')}`, key: key.publicKeyPem }, testIo());
    expect(v.outcome).toBe('fail');
    expect(v.outputs['verified-count']).toBe('1');
    const rows = JSON.parse(v.outputs['results-json'] as string);
    expect(rows).toMatchObject([
      { digest: img['legacy']?.digest, verified: true, foundIn: 'legacy-tag' },
      { digest: img['unsigned']?.digest, verified: false },
    ]);
  });

  it('rejects a signature made with another key', async () => {
    const r = await verify({ images: ref('legacy'), key: other.publicKeyPem });
    expect(r.outcome).toBe('fail');
    expect(r.rules).toEqual(['SIGNATURE_KEY_MISMATCH']);
    expect(r.findings[0]?.message).toContain(ref('legacy'));
    expect(r.results[0]?.error).toMatch(/does not verify with the given key/);
  });

  it('rejects a tampered payload', async () => {
    const r = await verify({ images: ref('tampered'), key: key.publicKeyPem });
    expect(r.rules).toEqual(['SIGNATURE_KEY_MISMATCH']);
    expect(r.findings[0]?.message).toMatch(/altered/);
  });

  it('rejects a signature made for another image, in the legacy tag and as a referrer', async () => {
    const r = await verify({ images: `${ref('stolen')}\n${ref('stolenRef')}`, key: key.publicKeyPem });
    expect(r.outcome).toBe('fail');
    expect(r.rules[0]).toBe('SIGNATURE_WRONG_IMAGE');
    expect(r.findings[0]?.message).toContain(`it signs ${img['legacy']?.digest}`);
    expect(r.rules[1]).toBe('SIGNATURE_ARTIFACT_MISMATCH');
    expect(r.findings[1]?.message).toMatch(/referrers-tag.*the bundle signs/);
    expect(r.results.every((x) => x.verified === undefined)).toBe(true);
  });

  it('refuses a tag unless allow-tags, and then reports the digest it verified', async () => {
    const tagRef = `${reg.host}/team/app:v1`;
    const refused = await verify({ images: tagRef, key: key.publicKeyPem });
    expect(refused.rules).toEqual(['IMAGE_NOT_PINNED']);
    expect(refused.findings[0]?.message).toMatch(/names a tag, not a digest.*allow-tags: true/);
    const allowed = await verify({ images: tagRef, key: key.publicKeyPem, 'allow-tags': 'true' });
    expect(allowed.outcome).toBe('pass');
    expect(allowed.results[0]?.digest).toBe(img['tagged']?.digest);
    expect(allowed.findings).toMatchObject([{ rule: 'IMAGE_TAG_RESOLVED', level: 'notice' }]);
  });

  it('fails an image without any signature and says where it looked', async () => {
    const r = await verify({ images: ref('unsigned'), key: key.publicKeyPem });
    expect(r.rules).toEqual(['SIGNATURE_NOT_FOUND']);
    expect(r.findings[0]?.message).toMatch(/referrers API.*sha256-[0-9a-f]{64}.*\.sig/);
  });

  it('fails an image the registry does not have', async () => {
    const missing = makeImage('team/app');
    const r = await verify({ images: `${reg.host}/team/app@${missing.digest}`, key: key.publicKeyPem });
    expect(r.rules).toEqual(['IMAGE_NOT_FOUND']);
  });

  it('rejects a manifest and a payload that do not match their digests', async () => {
    // The .sig manifest is fetched by tag: it is checked against the registry's Docker-Content-Digest.
    proxy.rules.push({ match: /GET \/v2\/team\/app\/manifests\/sha256-[0-9a-f]+\.sig/, action: 'corrupt', times: 1 });
    const r1 = await verify({ images: ref('legacy', proxy.host), key: key.publicKeyPem });
    expect(r1.rules).toEqual(['OCI_DIGEST_MISMATCH']);
    expect(r1.findings[0]?.level).toBe('fail');
    expect(r1.findings[0]?.message).toMatch(/served content with digest sha256:[0-9a-f]{64}, not the/);
    // A tag resolved with allow-tags: the image manifest itself.
    proxy.rules.push({ match: /GET \/v2\/team\/app\/manifests\/v1$/, action: 'corrupt', times: 1 });
    const r3 = await verify({ images: `${proxy.host}/team/app:v1`, key: key.publicKeyPem, 'allow-tags': 'true' });
    expect(r3.rules).toEqual(['OCI_DIGEST_MISMATCH']);
    proxy.rules.push({ match: /GET \/v2\/team\/app\/blobs\//, action: 'corrupt', times: 1 });
    const r2 = await verify({ images: ref('legacy', proxy.host), key: key.publicKeyPem });
    expect(r2.rules).toEqual(['OCI_DIGEST_MISMATCH']);
    expect(r2.findings[0]?.message).toMatch(/cosign \.sig tag.*blob/);
  });

  it('ends unknown when the registry keeps cutting a body short', async () => {
    proxy.rules.push({ match: /GET \/v2\/team\/app\/blobs\//, action: 'truncate', times: 4 });
    const r = await verify({ images: ref('legacy', proxy.host), key: key.publicKeyPem });
    proxy.rules.length = 0;
    expect(r.outcome).toBe('unknown');
    expect(r.rules).toEqual(['OCI_BODY_TRUNCATED']);
    expect(r.findings[0]?.message).toMatch(/connection ended before \d+ bytes|got \d+ of \d+ bytes/);
  });

  it('retries 429 and 500 answers and then verifies', async () => {
    const m = new RegExp(`GET /v2/team/app/manifests/${img['flaky']?.digest.replace(':', '-')}\\.sig`);
    proxy.seen.length = 0;
    proxy.rules.push({ match: m, action: { status: 429, headers: { 'retry-after': '0' } }, times: 1 });
    proxy.rules.push({ match: m, action: { status: 500 }, times: 1 });
    const r = await verify({ images: ref('flaky', proxy.host), key: key.publicKeyPem });
    expect(r.outcome).toBe('pass');
    expect(proxy.seen.filter((l) => m.test(l)).length).toBe(3);
  });

  it('ends unknown when the registry keeps failing', async () => {
    proxy.rules.push({
      match: /GET \/v2\/team\/app\/manifests\//,
      action: { status: 503, headers: { 'retry-after': '0' } },
    });
    const r = await verify({ images: ref('flaky', proxy.host), key: key.publicKeyPem });
    proxy.rules.length = 0;
    expect(r.outcome).toBe('unknown');
    expect(r.rules).toEqual(['REGISTRY_UNAVAILABLE']);
    expect(r.findings[0]?.message).toMatch(/failed after 4 attempts: HTTP 503/);
    // An outage is not a rejected signature: the summary row says unknown.
    expect(r.results[0]?.undecided).toBe(true);
    expect(toVerdict(r).table?.rows[0]?.at(-1)).toBe('unknown');
  });

  it('reports every image, not only the first problem', async () => {
    const r = await verify({
      images: [ref('legacy'), ref('unsigned'), ref('stolen'), 'Not A Ref'].join('\n'),
      key: key.publicKeyPem,
    });
    expect(r.results).toHaveLength(4);
    expect(r.rules).toEqual(['SIGNATURE_NOT_FOUND', 'SIGNATURE_WRONG_IMAGE', 'IMAGE_REF_INVALID']);
    expect(r.results[0]?.verified).toBeDefined();
    // Where nothing was found, or nothing was looked for, no place is named; each row is rejected.
    expect(r.results.map((x) => x.foundIn)).toEqual(['legacy-tag', undefined, 'legacy-tag', undefined]);
    expect(toVerdict(r).table?.rows.map((row) => row.at(-1))).toEqual(['verified', 'rejected', 'rejected', 'rejected']);
  });
});
