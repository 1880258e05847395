// Finds an image's signatures in every place cosign and GitHub store them, in this order:
// 1. the OCI referrers API, 2. the referrers tag schema (index at tag sha256-<hex>) when the registry
// has no API, 3. cosign's legacy tag sha256-<hex>.sig. Each manifest and blob is read by digest
// through the source, which checks it; nothing here verifies a signature (see check.ts).
import { digestTag } from '../lib/oci/digest.js';
import type { ImageSource } from '../lib/oci/source.js';
import { type Descriptor, isIndex, MEDIA } from '../lib/oci/types.js';
import { describe, isRcoError, type RcoError, userError } from '../lib/verdict/errors.js';

export type FoundIn = 'referrers-api' | 'referrers-tag' | 'legacy-tag' | 'oci-layout';

export type Candidate =
  | { kind: 'bundle'; foundIn: FoundIn; manifest: string; bundle: unknown; predicateType?: string }
  | { kind: 'legacy'; foundIn: FoundIn; manifest: string; payload: Uint8Array; annotations: Record<string, string> };

export interface Discovery {
  candidates: Candidate[];
  /** A signature that could not be read (bad bundle JSON, wrong subject, unreadable blob). */
  problems: { foundIn: FoundIn; manifest: string; error: RcoError }[];
  /** Where we looked, for the "no signature" message. */
  looked: string[];
}

const isBundleType = (t: string | undefined) => !!t && /^application\/vnd\.dev\.sigstore\.bundle/.test(t);

/** The predicate type of a DSSE bundle, read without verifying, to pick the check it needs. */
function predicateTypeOf(bundle: unknown): string | undefined {
  const env = (bundle as { dsseEnvelope?: { payload?: unknown } } | null)?.dsseEnvelope;
  if (!env || typeof env.payload !== 'string') return undefined;
  try {
    const t = (JSON.parse(Buffer.from(env.payload, 'base64').toString('utf8')) as { predicateType?: unknown })
      .predicateType;
    return typeof t === 'string' ? t : '';
  } catch {
    return '';
  }
}

/**
 * Per registry: whether it has the referrers API. The first image asks; the others wait for that
 * answer, so a registry without the API costs one 404 per run, not one per image.
 */
export class ReferrersSupport {
  private readonly known = new Map<string, Promise<boolean>>();

  async list(source: ImageSource, digest: string): Promise<Descriptor[] | undefined> {
    const registry = source.name.split('/')[0] as string;
    const answer = this.known.get(registry);
    if (answer && !(await answer)) return undefined;
    const p = source.referrers(digest, MEDIA.sigstoreBundle);
    // A failed probe says nothing about the API: the others then ask for themselves.
    if (!answer)
      this.known.set(
        registry,
        p.then(
          (l) => l !== undefined,
          () => true,
        ),
      );
    return p;
  }
}

async function referrerList(
  source: ImageSource,
  digest: string,
  layout: boolean,
  support: ReferrersSupport,
  out: Discovery,
): Promise<{ list: Descriptor[]; foundIn: FoundIn }> {
  if (layout) {
    out.looked.push('index.json referrers');
    return { list: (await source.referrers(digest, MEDIA.sigstoreBundle)) ?? [], foundIn: 'oci-layout' };
  }
  out.looked.push('the referrers API');
  const list = await support.list(source, digest);
  if (list) return { list, foundIn: 'referrers-api' };
  const tag = digestTag(digest);
  out.looked.push(`the referrers tag ${tag}`);
  const index = await source.manifest(tag);
  if (!index || !isIndex(index.manifest)) return { list: [], foundIn: 'referrers-tag' };
  return { list: index.manifest.manifests, foundIn: 'referrers-tag' };
}

async function readBundle(source: ImageSource, desc: Descriptor, digest: string): Promise<unknown> {
  const m = await source.manifest(desc.digest);
  if (!m || isIndex(m.manifest)) {
    throw userError('SIGNATURE_REFERRER_INVALID', `referrer ${desc.digest} is missing or not an image manifest.`);
  }
  if (m.manifest.subject?.digest !== digest) {
    throw userError(
      'SIGNATURE_WRONG_IMAGE',
      `referrer ${desc.digest} is attached to ${m.manifest.subject?.digest ?? 'no image'}, not to ${digest}.`,
    );
  }
  const layer = m.manifest.layers.find((l) => isBundleType(l.mediaType));
  if (!layer) throw userError('SIGNATURE_REFERRER_INVALID', `referrer ${desc.digest} has no Sigstore bundle layer.`);
  const bytes = await source.blob(layer);
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (e) {
    throw userError('SIGNATURE_BUNDLE_MALFORMED', `The bundle in referrer ${desc.digest} is not JSON: ${describe(e)}.`);
  }
}

/** cosign's legacy signatures (tag sha256-<hex>.sig); a blob that cannot be read is a problem of that signature. */
export async function discoverLegacy(
  source: ImageSource,
  digest: string,
  layout: boolean,
  out: Discovery,
): Promise<void> {
  const tag = `${digestTag(digest)}.sig`;
  out.looked.push(`the cosign tag ${tag}`);
  const m = await source.manifest(tag);
  if (!m) return;
  const foundIn: FoundIn = layout ? 'oci-layout' : 'legacy-tag';
  if (isIndex(m.manifest)) {
    out.problems.push({
      foundIn,
      manifest: m.digest,
      error: userError('SIGNATURE_LEGACY_INVALID', `${tag} is an index, not a signature manifest.`),
    });
    return;
  }
  for (const layer of m.manifest.layers) {
    if (layer.mediaType !== MEDIA.simpleSigning) continue;
    try {
      const payload = await source.blob(layer);
      out.candidates.push({
        kind: 'legacy',
        foundIn,
        manifest: m.digest,
        payload,
        annotations: layer.annotations ?? {},
      });
    } catch (e) {
      if (!isRcoError(e)) throw e;
      out.problems.push({ foundIn, manifest: m.digest, error: e });
    }
  }
}

export function emptyDiscovery(): Discovery {
  return { candidates: [], problems: [], looked: [] };
}

/** Sigstore bundles attached as referrers (API, tag schema, or a layout's index.json). */
export async function discoverBundles(
  source: ImageSource,
  digest: string,
  opts: { layout: boolean; support: ReferrersSupport },
  out: Discovery,
): Promise<void> {
  const { list, foundIn } = await referrerList(source, digest, opts.layout, opts.support, out);
  await Promise.all(
    list
      .filter((d) => isBundleType(d.artifactType))
      .map(async (d) => {
        try {
          const bundle = await readBundle(source, d, digest);
          const predicateType = predicateTypeOf(bundle);
          out.candidates.push({
            kind: 'bundle',
            foundIn,
            manifest: d.digest,
            bundle,
            ...(predicateType !== undefined ? { predicateType } : {}),
          });
        } catch (e) {
          if (!isRcoError(e)) throw e;
          out.problems.push({ foundIn, manifest: d.digest, error: e });
        }
      }),
  );
}
