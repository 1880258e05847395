// An OCI image layout on disk (image-spec "image-layout"): oci-layout, index.json, blobs/sha256/<hex>.
// Tags are the org.opencontainers.image.ref.name annotations of index.json; referrers are the
// manifests in index.json whose subject is the digest, as the spec's 1.1 layout guidance has it.
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { describe, userError } from '../verdict/errors.js';
import { checkDigest, isDigest } from './digest.js';
import { manifestMediaType, parseManifest } from './manifest.js';
import type { ImageSource } from './source.js';
import { type Descriptor, type FetchedManifest, type ImageIndex, isIndex, LIMITS } from './types.js';

export const REF_NAME = 'org.opencontainers.image.ref.name';

/** `DIR` or `DIR:tag`; a colon belongs to the directory when the whole string is one. */
export async function splitLayoutSpec(spec: string, cwd: string): Promise<{ dir: string; tag?: string }> {
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(cwd, p));
  const whole = await stat(join(abs(spec), 'oci-layout')).catch(() => undefined);
  const colon = spec.lastIndexOf(':');
  if (whole || colon <= 0 || spec.slice(colon + 1).includes('/')) return { dir: abs(spec) };
  return { dir: abs(spec.slice(0, colon)), tag: spec.slice(colon + 1) };
}

async function readCapped(path: string, cap: number, what: string): Promise<Buffer> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw userError('OCI_LAYOUT_INVALID', `${what}: ${path} does not exist.`);
  }
  if (size > cap) throw userError('OCI_TOO_LARGE', `${what}: ${path} is ${size} bytes, over the ${cap}-byte limit.`);
  return readFile(path);
}

export class OciLayout implements ImageSource {
  private constructor(
    readonly dir: string,
    readonly index: ImageIndex,
  ) {}

  get name(): string {
    return this.dir;
  }

  static async open(dir: string): Promise<OciLayout> {
    const marker = await readCapped(join(dir, 'oci-layout'), 4096, 'oci-layout').catch(() => {
      throw userError('OCI_LAYOUT_INVALID', `${dir} is not an OCI image layout: it has no oci-layout file.`, {
        hint: 'write one with `skopeo copy … oci:DIR` or `docker buildx build --output type=oci,tar=false,dest=DIR`',
      });
    });
    try {
      const v = (JSON.parse(marker.toString('utf8')) as { imageLayoutVersion?: unknown }).imageLayoutVersion;
      if (typeof v !== 'string' || !v.startsWith('1.')) throw new Error(`imageLayoutVersion ${JSON.stringify(v)}`);
    } catch (e) {
      throw userError('OCI_LAYOUT_INVALID', `${join(dir, 'oci-layout')} is invalid: ${describe(e)}.`);
    }
    const where = join(dir, 'index.json');
    const index = parseManifest(await readCapped(where, LIMITS.manifestBytes, 'index.json'), where);
    if (!isIndex(index)) throw userError('OCI_LAYOUT_INVALID', `${where} is not an image index.`);
    return new OciLayout(dir, index);
  }

  /** The manifest descriptor a tag names, or the only image when no tag is given. */
  resolveTag(tag: string | undefined): Descriptor {
    const named = this.index.manifests.filter((d) => d.annotations?.[REF_NAME] !== undefined);
    if (tag !== undefined) {
      const hit = named.filter((d) => d.annotations?.[REF_NAME] === tag);
      if (hit.length === 1) return hit[0] as Descriptor;
      const known = named.map((d) => d.annotations?.[REF_NAME]).join(', ') || 'none';
      throw userError(
        'OCI_LAYOUT_TAG',
        `${this.dir} has ${hit.length ? 'several images' : 'no image'} tagged "${tag}" (tags: ${known}).`,
      );
    }
    // Signature and referrer manifests sit in index.json too; they are not "the image".
    const images = this.index.manifests.filter(
      (d) => !/^sha256-[a-f0-9]{64}/.test(d.annotations?.[REF_NAME] ?? '') && !d.artifactType,
    );
    if (images.length === 1) return images[0] as Descriptor;
    throw userError('OCI_LAYOUT_TAG', `${this.dir} holds ${images.length} images; name one as oci-layout: DIR:tag.`);
  }

  private blobPath(digest: string): string {
    if (!isDigest(digest)) throw userError('OCI_DIGEST_INVALID', `${this.dir}: "${digest}" is not a sha256 digest.`);
    return join(this.dir, 'blobs', 'sha256', digest.slice('sha256:'.length));
  }

  async blob(desc: Descriptor, cap: number = LIMITS.blobBytes): Promise<Uint8Array> {
    const what = `${this.dir} blob ${desc.digest}`;
    const bytes = await readCapped(this.blobPath(desc.digest), Math.min(cap, desc.size), what);
    checkDigest(bytes, desc.digest, what);
    return bytes;
  }

  async manifest(reference: string): Promise<FetchedManifest | undefined> {
    const desc = isDigest(reference)
      ? (this.index.manifests.find((d) => d.digest === reference) ?? {
          mediaType: '',
          digest: reference,
          size: LIMITS.manifestBytes,
        })
      : this.index.manifests.find((d) => d.annotations?.[REF_NAME] === reference);
    if (!desc) return undefined;
    const what = `${this.dir} manifest ${desc.digest}`;
    const exists = await stat(this.blobPath(desc.digest)).catch(() => undefined);
    if (!exists) return undefined;
    const bytes = await readCapped(this.blobPath(desc.digest), LIMITS.manifestBytes, what);
    checkDigest(bytes, desc.digest, what);
    const manifest = parseManifest(bytes, what);
    return { digest: desc.digest, bytes, manifest, mediaType: manifestMediaType(manifest, desc.mediaType) };
  }

  async referrers(digest: string, artifactType?: string): Promise<Descriptor[]> {
    const out: Descriptor[] = [];
    for (const d of this.index.manifests) {
      if (d.digest === digest || (artifactType && d.artifactType && d.artifactType !== artifactType)) continue;
      const m = await this.manifest(d.digest);
      if (!m?.manifest.subject || m.manifest.subject.digest !== digest) continue;
      const at = d.artifactType ?? (m.manifest as { artifactType?: string }).artifactType;
      out.push({ ...d, ...(at ? { artifactType: at } : {}) });
    }
    return out;
  }
}
