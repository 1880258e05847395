// OCI image layouts on disk (oci-layout: DIR[:tag]): the rehearsal's signed layout, a layout with a
// Sigstore bundle referrer, the rejections, and skopeo copying the layout into the real registry
// (proving the layout is one other tools read, and that its signature tag travels with it).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { step } from '../../../src/verify-signature/rehearse.js';
import { writeSignedLayout } from '../../../src/verify-signature/rehearse-image.js';
import { testIo } from '../../helpers/io.js';
import { blob, descriptor } from '../../helpers/oci-push.js';
import { announceMissing, HAVE_REGISTRY, type Registry, startRegistry } from '../../helpers/registry.js';
import { BUNDLE_TYPE, keySigner, makeBundle } from '../../helpers/sign.js';
import { verify } from './fixture.js';

const HAVE_SKOPEO = existsSync('/usr/bin/skopeo');
const app = { name: '@acme/shop-api', version: '1.4.2' };
const fresh = () => join(mkdtempSync(join(tmpdir(), 'rco-layout-')), 'layout');

describe('verify-signature oci-layout', () => {
  it('passes the rehearsal step on the example repository', async () => {
    const v = await step.run(join(import.meta.dirname, '../../../examples/release-repo'), testIo());
    expect(v.outcome).toBe('pass');
    expect(JSON.parse(v.outputs['results-json'] as string)[0]).toMatchObject({ verified: true, foundIn: 'oci-layout' });
  });

  it('verifies DIR:tag and DIR alone when it holds one image', async () => {
    const img = await writeSignedLayout(fresh(), app);
    for (const spec of [`${img.dir}:${img.tag}`, img.dir]) {
      const r = await verify({ 'oci-layout': spec, key: img.publicKeyPem });
      expect(r.outcome).toBe('pass');
      expect(r.results[0]).toMatchObject({ digest: img.digest, foundIn: 'oci-layout', verified: { method: 'legacy' } });
    }
  });

  it('rejects another key, an unknown tag, a folder that is no layout, and a corrupted blob', async () => {
    const img = await writeSignedLayout(fresh(), app);
    const wrongKey = await verify({ 'oci-layout': img.dir, key: keySigner().publicKeyPem });
    expect(wrongKey.rules).toEqual(['SIGNATURE_KEY_MISMATCH']);
    const tag = await verify({ 'oci-layout': `${img.dir}:2.0.0`, key: img.publicKeyPem });
    expect(tag.rules).toEqual(['OCI_LAYOUT_TAG']);
    expect(tag.findings[0]?.message).toContain('no image tagged "2.0.0" (tags: 1.4.2, sha256-');
    const none = await verify({ 'oci-layout': tmpdir(), key: img.publicKeyPem });
    expect(none.rules).toEqual(['OCI_LAYOUT_INVALID']);
    const index = JSON.parse(readFileSync(join(img.dir, 'index.json'), 'utf8'));
    const sigManifest = JSON.parse(
      readFileSync(join(img.dir, 'blobs/sha256', index.manifests[1].digest.slice(7)), 'utf8'),
    );
    const payloadPath = join(img.dir, 'blobs/sha256', sigManifest.layers[0].digest.slice(7));
    writeFileSync(payloadPath, readFileSync(payloadPath, 'utf8').replace('cosign', 'cosigN'));
    const corrupt = await verify({ 'oci-layout': img.dir, key: img.publicKeyPem });
    expect(corrupt.rules).toEqual(['OCI_DIGEST_MISMATCH']);
  });

  it('finds a Sigstore bundle referrer listed in index.json', async () => {
    const img = await writeSignedLayout(fresh(), app);
    const key = keySigner();
    const manifestBytes = readFileSync(join(img.dir, 'blobs/sha256', img.digest.slice(7)));
    const b = blob(BUNDLE_TYPE, JSON.stringify(await makeBundle(key, { message: manifestBytes })));
    const empty = blob('application/vnd.oci.empty.v1+json', '{}');
    const subject = {
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      digest: img.digest,
      size: manifestBytes.length,
    };
    const m = blob(
      'application/vnd.oci.image.manifest.v1+json',
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        artifactType: BUNDLE_TYPE,
        config: descriptor(empty),
        layers: [descriptor(b)],
        subject,
      }),
    );
    for (const x of [b, empty, m]) writeFileSync(join(img.dir, 'blobs/sha256', x.digest.slice(7)), x.bytes);
    const index = JSON.parse(readFileSync(join(img.dir, 'index.json'), 'utf8'));
    index.manifests.push(descriptor(m, { artifactType: BUNDLE_TYPE }));
    writeFileSync(join(img.dir, 'index.json'), JSON.stringify(index));
    const r = await verify({ 'oci-layout': `${img.dir}:${img.tag}`, key: key.publicKeyPem });
    expect(r.outcome).toBe('pass');
    expect(r.results[0]?.verified?.method).toBe('bundle');
  });
});

announceMissing();
if (!HAVE_SKOPEO) console.log('skipped: skopeo not installed (apt-get install skopeo)');

describe.skipIf(!HAVE_REGISTRY || !HAVE_SKOPEO)('verify-signature layout copied by skopeo', () => {
  let reg: Registry;
  beforeAll(async () => {
    reg = await startRegistry();
  });
  afterAll(async () => {
    await reg?.stop();
  });

  it('verifies the image after skopeo copies it and its .sig tag into the registry', async () => {
    const img = await writeSignedLayout(fresh(), app);
    const sigTag = `${img.digest.replace(':', '-')}.sig`;
    for (const tag of [img.tag, sigTag]) {
      execFileSync('skopeo', [
        'copy',
        '--quiet',
        '--preserve-digests',
        '--dest-tls-verify=false',
        `oci:${img.dir}:${tag}`,
        `docker://${reg.host}/acme/shop-api:${tag}`,
      ]);
    }
    const r = await verify({ images: `${reg.host}/acme/shop-api@${img.digest}`, key: img.publicKeyPem });
    expect(r.outcome).toBe('pass');
    expect(r.results[0]?.foundIn).toBe('legacy-tag');
  });
});
