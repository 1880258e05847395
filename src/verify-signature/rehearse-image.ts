// The rehearsal's image: a tiny OCI image of the example repository (a config blob and one layer),
// written as an OCI image layout and signed the way `cosign sign --key` + `cosign save` leave it: a
// simple-signing payload at tag sha256-<hex>.sig, signed with a key made for this one run.
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REF_NAME } from '../lib/oci/layout.js';
import { MEDIA } from '../lib/oci/types.js';

interface Written {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
}

async function writeBlob(dir: string, mediaType: string, content: string | Buffer): Promise<Written> {
  const bytes = Buffer.from(content);
  const hex = createHash('sha256').update(bytes).digest('hex');
  await writeFile(join(dir, 'blobs', 'sha256', hex), bytes);
  return { mediaType, digest: `sha256:${hex}`, size: bytes.length };
}

async function writeManifest(dir: string, config: Written, layers: Written[], annotations?: Record<string, string>) {
  const m = { schemaVersion: 2, mediaType: MEDIA.ociManifest, config, layers, ...(annotations ? { annotations } : {}) };
  return writeBlob(dir, MEDIA.ociManifest, JSON.stringify(m));
}

export interface RehearsalImage {
  dir: string;
  tag: string;
  digest: string;
  publicKeyPem: string;
}

/** Writes the signed layout into `dir` (which must be empty) for the repository's name and version. */
export async function writeSignedLayout(dir: string, app: { name: string; version: string }): Promise<RehearsalImage> {
  await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
  const layer = await writeBlob(dir, 'application/vnd.oci.image.layer.v1.tar', `${app.name}@${app.version}\n`);
  const config = await writeBlob(
    dir,
    'application/vnd.oci.image.config.v1+json',
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: [layer.digest] },
      config: {},
    }),
  );
  const image = await writeManifest(dir, config, [layer], {
    'org.opencontainers.image.title': app.name,
    'org.opencontainers.image.version': app.version,
  });
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const payload = JSON.stringify({
    critical: {
      identity: { 'docker-reference': app.name.replace(/^@/, '') },
      image: { 'docker-manifest-digest': image.digest },
      type: 'cosign container image signature',
    },
    optional: null,
  });
  const sigLayer = await writeBlob(dir, MEDIA.simpleSigning, payload);
  sigLayer.annotations = {
    'dev.cosignproject.cosign/signature': sign('sha256', Buffer.from(payload), privateKey).toString('base64'),
  };
  const sigConfig = await writeBlob(
    dir,
    'application/vnd.oci.image.config.v1+json',
    '{"rootfs":{"type":"layers","diff_ids":[]}}',
  );
  const sig = await writeManifest(dir, sigConfig, [sigLayer]);
  const tagOf = (w: Written, tag: string) => ({ ...w, annotations: { [REF_NAME]: tag } });
  const index = {
    schemaVersion: 2,
    mediaType: MEDIA.ociIndex,
    manifests: [tagOf(image, app.version), tagOf(sig, `${image.digest.replace(':', '-')}.sig`)],
  };
  await writeFile(join(dir, 'index.json'), JSON.stringify(index));
  await writeFile(join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  return {
    dir,
    tag: app.version,
    digest: image.digest,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}
