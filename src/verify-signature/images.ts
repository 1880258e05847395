// The image path of verify-signature: run.ts (VS-1) calls verifyImages when `images` or `oci-layout`
// is given. Each image is resolved to a digest (a tag only with allow-tags), its manifest fetched and
// checked, an index's named platforms added, then every target's signatures found and verified.
// All images run concurrently; the registry client bounds the requests in flight by `concurrency`.
import type { Io } from '../lib/io/io.js';
import { RegistryClient } from '../lib/oci/client.js';
import { OciLayout, splitLayoutSpec } from '../lib/oci/layout.js';
import { formatRef, type ImageRef, parseImageRef } from '../lib/oci/ref.js';
import { type ImageSource, registrySource } from '../lib/oci/source.js';
import { type FetchedManifest, isIndex } from '../lib/oci/types.js';
import type { SignaturePolicy, Trust, Verified } from '../lib/sigstore/index.js';
import { findingOf, isRcoError, userError } from '../lib/verdict/errors.js';
import type { Finding } from '../lib/verdict/types.js';
import { type CheckContext, checkTarget, type Target } from './check.js';
import { type FoundIn, ReferrersSupport } from './discover.js';
import type { Inputs } from './inputs.js';

export interface ImageResult {
  ref: string;
  digest: string;
  platform?: string;
  /** Where the verified signature was found; for a rejected image, where the rejected one was (or the last place looked). */
  foundIn: FoundIn;
  verified?: Verified;
  error?: string;
}

/** An image's manifest, fetched at most once and only when something needs it. */
interface Top {
  digest: string;
  load(): Promise<FetchedManifest | undefined>;
}

function memo<T>(f: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => {
    p ??= f();
    return p;
  };
}

interface Outcome {
  results: ImageResult[];
  findings: Finding[];
}

function policyOf(inputs: Inputs): SignaturePolicy {
  // The key itself comes through trust (loadTrust parsed it once).
  return inputs.identity
    ? { identity: inputs.identity, requireTlog: inputs.requireTlog }
    : { requireTlog: inputs.requireTlog };
}

function platformOf(d: { platform?: { os: string; architecture: string; variant?: string } }): string | undefined {
  const p = d.platform;
  return p ? [p.os, p.architecture, p.variant].filter(Boolean).join('/') : undefined;
}

/** The targets of one image: its own digest, plus each requested platform of an index. */
async function targets(
  source: ImageSource,
  label: string,
  lazy: Top,
  platforms: string[],
): Promise<{ targets: (Target & { platform?: string })[]; findings: Finding[] }> {
  const out: (Target & { platform?: string })[] = [{ label, digest: lazy.digest, manifest: lazy.load }];
  const findings: Finding[] = [];
  if (!platforms.length) return { targets: out, findings };
  const top = await lazy.load();
  if (!top) throw userError('IMAGE_NOT_FOUND', `${lazy.digest} does not exist in the registry.`);
  if (!isIndex(top.manifest)) {
    findings.push({
      rule: 'IMAGE_NOT_INDEX',
      level: 'warning',
      message: `${label} is a single-platform image, not an index: "platforms" does not apply to it.`,
    });
    return { targets: out, findings };
  }
  for (const want of platforms) {
    const desc = top.manifest.manifests.find((d) => platformOf(d) === want);
    const m = desc ? await source.manifest(desc.digest) : undefined;
    if (!desc || !m) {
      const has = top.manifest.manifests.map(platformOf).filter(Boolean).join(', ') || 'none';
      findings.push({
        rule: 'IMAGE_PLATFORM_MISSING',
        level: 'fail',
        message: `${label} has no ${want} manifest (platforms in the index: ${has}). Fix "platforms" or publish that platform.`,
      });
      continue;
    }
    out.push({ label: `${label} [${want}]`, digest: m.digest, manifest: async () => m, platform: want });
  }
  return { targets: out, findings };
}

async function verifyAll(
  source: ImageSource,
  ref: string,
  top: Top,
  inputs: Inputs,
  ctx: CheckContext,
): Promise<Outcome> {
  const t = await targets(source, ref, top, inputs.platforms);
  const out: Outcome = { results: [], findings: t.findings };
  for (const target of t.targets) {
    const r = await checkTarget(source, target, ctx);
    const res: ImageResult = { ref, digest: target.digest, foundIn: r.foundIn };
    if (target.platform) res.platform = target.platform;
    if (r.verified) res.verified = r.verified;
    const blocking = r.findings.find((f) => f.level === 'fail' || f.level === 'unknown');
    if (blocking) res.error = blocking.message;
    out.results.push(res);
    out.findings.push(...r.findings);
  }
  return out;
}

/** An image that could not be checked at all (bad reference, unreachable registry, missing image). */
function failed(ref: string, digest: string, foundIn: FoundIn, e: unknown): Outcome {
  if (!isRcoError(e)) throw e;
  const f = findingOf(e);
  const finding = { ...f, message: `${ref}: ${f.message}` };
  return { results: [{ ref, digest, foundIn, error: finding.message }], findings: [finding] };
}

async function resolve(
  client: RegistryClient,
  r: ImageRef,
  allowTags: boolean,
): Promise<{ top: Top; findings: Finding[] }> {
  const repo = { registry: r.registry, repository: r.repository };
  if (!r.digest && !allowTags) {
    throw userError(
      'IMAGE_NOT_PINNED',
      'the reference names a tag, not a digest: a tag can be moved to other content after it was verified.',
      {
        hint: `use ${formatRef(repo)}@sha256:<digest> (e.g. from \`docker buildx imagetools inspect\`), or set allow-tags: true`,
      },
    );
  }
  // By digest, the manifest is read only if needed: the signature names the digest, and the floor of
  // work is the signature itself (bench/verify-signature).
  if (r.digest)
    return { top: { digest: r.digest, load: memo(() => client.manifest(repo, r.digest as string)) }, findings: [] };
  const reference = r.tag ?? 'latest';
  const top = await client.manifest(repo, reference);
  if (!top)
    throw userError('IMAGE_NOT_FOUND', `${formatRef({ ...repo, tag: reference })} does not exist in the registry.`);
  const findings: Finding[] = [
    {
      rule: 'IMAGE_TAG_RESOLVED',
      level: 'notice',
      message: `${r.original}: tag "${reference}" resolved to ${top.digest}; deploy ${formatRef({ ...repo, digest: top.digest })} so what runs is what was verified.`,
    },
  ];
  return { top: { digest: top.digest, load: async () => top }, findings };
}

async function verifyRemote(client: RegistryClient, ref: string, inputs: Inputs, ctx: CheckContext): Promise<Outcome> {
  let parsed: ImageRef | undefined;
  try {
    parsed = parseImageRef(ref);
    const { top, findings } = await resolve(client, parsed, inputs.allowTags);
    const source = registrySource(client, { registry: parsed.registry, repository: parsed.repository });
    const out = await verifyAll(source, ref, top, inputs, ctx);
    return { results: out.results, findings: [...findings, ...out.findings] };
  } catch (e) {
    return failed(ref, parsed?.digest ?? '', 'referrers-api', e);
  }
}

async function verifyLayout(spec: string, inputs: Inputs, io: Io, ctx: CheckContext): Promise<Outcome> {
  const ref = `oci-layout:${spec}`;
  try {
    const { dir, tag } = await splitLayoutSpec(spec, io.cwd);
    const layout = await OciLayout.open(dir);
    const desc = layout.resolveTag(tag);
    const top = await layout.manifest(desc.digest);
    if (!top) throw userError('OCI_LAYOUT_INVALID', `${dir} lists ${desc.digest} in index.json but has no such blob.`);
    return await verifyAll(layout, ref, { digest: top.digest, load: async () => top }, inputs, {
      ...ctx,
      layout: true,
    });
  } catch (e) {
    return failed(ref, '', 'oci-layout', e);
  }
}

export async function verifyImages(inputs: Inputs, trust: Trust, io: Io): Promise<Outcome> {
  const ctx: CheckContext = { policy: policyOf(inputs), trust, layout: false, support: new ReferrersSupport() };
  if (inputs.attestationType) ctx.attestationType = inputs.attestationType;
  const jobs: Promise<Outcome>[] = [];
  if (inputs.images.length) {
    if (inputs.password && !inputs.username) {
      throw userError('INPUT_INVALID', 'Input "password" needs "username": registries authenticate the pair.');
    }
    const credentials = inputs.username ? { username: inputs.username, password: inputs.password ?? '' } : undefined;
    const client = new RegistryClient(io, { concurrency: inputs.concurrency, ...(credentials ? { credentials } : {}) });
    for (const ref of inputs.images) jobs.push(verifyRemote(client, ref, inputs, ctx));
  }
  if (inputs.ociLayout) jobs.push(verifyLayout(inputs.ociLayout, inputs, io, ctx));
  const all = await Promise.all(jobs);
  return { results: all.flatMap((o) => o.results), findings: all.flatMap((o) => o.findings) };
}
