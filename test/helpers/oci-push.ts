// Test-only writer side of the registry: pushes blobs and manifests over the Distribution API, and
// builds tiny images (a config blob and one layer). The product is read-only; only tests push.
import { createHash, randomBytes } from 'node:crypto';

export const sha256 = (b: Uint8Array | string) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

export interface Blob {
  mediaType: string;
  bytes: Buffer;
  digest: string;
  size: number;
}

export function blob(mediaType: string, content: Buffer | string): Blob {
  const bytes = Buffer.from(content);
  return { mediaType, bytes, digest: sha256(bytes), size: bytes.length };
}

export const descriptor = (b: Blob, extra: Record<string, unknown> = {}) => ({
  mediaType: b.mediaType,
  digest: b.digest,
  size: b.size,
  ...extra,
});

export interface TestImage {
  repository: string;
  config: Blob;
  layer: Blob;
  /** The manifest as a blob: its bytes are what the digest covers. */
  manifest: Blob;
  digest: string;
}

/** A tiny OCI image; `seed` makes each image's digest distinct. */
export function makeImage(
  repository: string,
  seed = randomBytes(8).toString('hex'),
  annotations?: Record<string, string>,
): TestImage {
  const layer = blob('application/vnd.oci.image.layer.v1.tar', `rco test layer ${seed}\n`);
  const config = blob(
    'application/vnd.oci.image.config.v1+json',
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: [layer.digest] },
      config: {},
    }),
  );
  const m: Record<string, unknown> = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: descriptor(config),
    layers: [descriptor(layer)],
  };
  if (annotations) m['annotations'] = annotations;
  const manifest = blob('application/vnd.oci.image.manifest.v1+json', JSON.stringify(m));
  return { repository, config, layer, manifest, digest: manifest.digest };
}

export class Pusher {
  constructor(
    readonly url: string,
    private readonly auth?: { user: string; password: string },
  ) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    if (!this.auth) return extra;
    const basic = Buffer.from(`${this.auth.user}:${this.auth.password}`).toString('base64');
    return { Authorization: `Basic ${basic}`, ...extra };
  }

  async blob(repository: string, b: Blob): Promise<void> {
    const start = await fetch(`${this.url}/v2/${repository}/blobs/uploads/`, {
      method: 'POST',
      headers: this.headers(),
    });
    await start.body?.cancel();
    if (start.status !== 202) throw new Error(`upload start: HTTP ${start.status}`);
    const loc = new URL(start.headers.get('location') as string, this.url);
    loc.searchParams.set('digest', b.digest);
    const put = await fetch(loc, {
      method: 'PUT',
      headers: this.headers({ 'Content-Type': 'application/octet-stream' }),
      body: new Uint8Array(b.bytes),
    });
    await put.body?.cancel();
    if (put.status !== 201) throw new Error(`blob put ${b.digest}: HTTP ${put.status}`);
  }

  async manifest(repository: string, reference: string, m: Blob): Promise<void> {
    const r = await fetch(`${this.url}/v2/${repository}/manifests/${reference}`, {
      method: 'PUT',
      headers: this.headers({ 'Content-Type': m.mediaType }),
      body: new Uint8Array(m.bytes),
    });
    const text = await r.text();
    if (r.status !== 201) throw new Error(`manifest put ${repository}:${reference}: HTTP ${r.status} ${text}`);
  }

  async image(img: TestImage, tag?: string): Promise<void> {
    await this.blob(img.repository, img.config);
    await this.blob(img.repository, img.layer);
    await this.manifest(img.repository, tag ?? img.digest, img.manifest);
  }
}
