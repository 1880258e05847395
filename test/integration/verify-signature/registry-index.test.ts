// Image indexes with platforms, and DSSE attestations (cosign v3 signatures, SLSA provenance) found
// as referrers on the real registry, key-signed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blob, descriptor, makeImage, Pusher, type TestImage } from '../../helpers/oci-push.js';
import { announceMissing, HAVE_REGISTRY, type Registry, startRegistry } from '../../helpers/registry.js';
import { COSIGN_SIGN_PREDICATE, keySigner, signImage } from '../../helpers/sign.js';
import { verify } from './fixture.js';

announceMissing();
const SLSA = 'https://slsa.dev/provenance/v1';

describe.skipIf(!HAVE_REGISTRY)('verify-signature image indexes and attestations', () => {
  let reg: Registry;
  const key = keySigner();
  let amd64: TestImage;
  let arm64: TestImage;
  let index: TestImage;
  const img: Record<string, TestImage> = {};
  const ref = (i: TestImage) => `${reg.host}/${i.repository}@${i.digest}`;

  beforeAll(async () => {
    reg = await startRegistry();
    const push = new Pusher(reg.url);
    amd64 = makeImage('team/multi');
    arm64 = makeImage('team/multi');
    for (const i of [amd64, arm64]) await push.image(i);
    const m = blob(
      'application/vnd.oci.image.index.v1+json',
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [
          descriptor(amd64.manifest, { platform: { os: 'linux', architecture: 'amd64' } }),
          descriptor(arm64.manifest, { platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } }),
        ],
      }),
    );
    await push.manifest('team/multi', m.digest, m);
    index = { ...amd64, manifest: m, digest: m.digest };
    await signImage(push, index, key, 'legacy-tag');
    await signImage(push, amd64, key, 'legacy-tag');

    for (const name of ['provenanced', 'signedOnly', 'attestedOnly', 'cosignV3', 'wrongSubject']) {
      img[name] = makeImage('team/att');
      await push.image(img[name] as TestImage);
    }
    await signImage(push, img['provenanced'] as TestImage, key, 'legacy-tag');
    await signImage(push, img['provenanced'] as TestImage, key, 'referrers-tag', { predicateType: SLSA });
    await signImage(push, img['signedOnly'] as TestImage, key, 'legacy-tag');
    await signImage(push, img['attestedOnly'] as TestImage, key, 'referrers-tag', { predicateType: SLSA });
    await signImage(push, img['cosignV3'] as TestImage, key, 'referrers-tag', { predicateType: COSIGN_SIGN_PREDICATE });
    await signImage(push, img['wrongSubject'] as TestImage, key, 'referrers-tag', {
      predicateType: SLSA,
      signedImage: img['signedOnly'] as TestImage,
    });
  });
  afterAll(async () => {
    await reg?.stop();
  });

  it('verifies the index digest and each named platform manifest', async () => {
    const r = await verify({ images: ref(index), key: key.publicKeyPem, platforms: 'linux/amd64' });
    expect(r.outcome).toBe('pass');
    expect(r.results.map((x) => [x.digest, x.platform])).toEqual([
      [index.digest, undefined],
      [amd64.digest, 'linux/amd64'],
    ]);
  });

  it('fails an unsigned platform manifest and a platform the index lacks', async () => {
    const r = await verify({ images: ref(index), key: key.publicKeyPem, platforms: 'linux/arm64/v8,windows/amd64' });
    expect(r.rules).toEqual(['IMAGE_PLATFORM_MISSING', 'SIGNATURE_NOT_FOUND']);
    expect(r.findings[0]?.message).toMatch(
      /no windows\/amd64 manifest \(platforms in the index: linux\/amd64, linux\/arm64\/v8\)/,
    );
    expect(r.findings[1]?.message).toContain('[linux/arm64/v8]');
  });

  it('requires an attestation of the given predicate type about the image', async () => {
    const ok = await verify({
      images: ref(img['provenanced'] as TestImage),
      key: key.publicKeyPem,
      'attestation-type': SLSA,
    });
    expect(ok.outcome).toBe('pass');
    expect(ok.results[0]?.foundIn).toBe('legacy-tag');
    const missing = await verify({
      images: ref(img['signedOnly'] as TestImage),
      key: key.publicKeyPem,
      'attestation-type': SLSA,
    });
    expect(missing.rules).toEqual(['SIGNATURE_ATTESTATION_NOT_FOUND']);
    expect(missing.findings[0]?.message).toContain(`"${SLSA}" attestation`);
  });

  it('accepts a verified attestation as the signature (actions/attest-build-provenance)', async () => {
    const r = await verify({
      images: ref(img['attestedOnly'] as TestImage),
      key: key.publicKeyPem,
      'attestation-type': SLSA,
    });
    expect(r.outcome).toBe('pass');
    expect(r.results[0]?.foundIn).toBe('referrers-tag');
    const without = await verify({ images: ref(img['attestedOnly'] as TestImage), key: key.publicKeyPem });
    expect(without.rules).toEqual(['SIGNATURE_NOT_FOUND']);
  });

  it('verifies a cosign v3 DSSE signature bundle', async () => {
    const r = await verify({ images: ref(img['cosignV3'] as TestImage), key: key.publicKeyPem });
    expect(r.outcome).toBe('pass');
    expect(r.results[0]?.verified?.method).toBe('bundle');
  });

  it('rejects an attestation whose subject is another image', async () => {
    const r = await verify({
      images: ref(img['wrongSubject'] as TestImage),
      key: key.publicKeyPem,
      'attestation-type': SLSA,
    });
    expect(r.outcome).toBe('fail');
    expect(r.findings.some((f) => f.message.includes('attestation in referrers-tag'))).toBe(true);
  });
});
