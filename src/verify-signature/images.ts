// The image path of verify-signature: run.ts calls verifyImages when `images` or `oci-layout`
// is given. Each image is resolved to a digest (a tag only with allow-tags), its manifest fetched and
// checked, an index's named platforms added, then every target's signatures found and verified.
// All images run concurrently; the registry client bounds the requests in flight by `concurrency`.
import type { Io } from '../lib/io/io.js';
import { RegistryClient } from '../lib/oci/client.js';
import { OciLayout, splitLayoutSpec } from '../lib/oci/layout.js';
import { formatRef, type ImageRef, parseImageRef } from '../lib/oci/ref.js';
import { type ImageSource, registrySource } from '../lib/oci/source.js';
import { type FetchedManifest, isIndex } from '../lib/oci/types.js';
import type { Trust } from '../lib/sigstore/index.js';
import { findingOf, isRcoError, userError } from '../lib/verdict/errors.js';
import type { Finding } from '../lib/verdict/types.js';
import { type CheckContext, checkTarget, type Target } from './check.js';
import { ReferrersSupport } from './discover.js';
import { type Inputs, signaturePolicy } from './inputs.js';
import type { VerifyOutcome as Outcome, TargetResult } from './results.js';

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
    const res: TargetResult = { ref, digest: target.digest };
    if (r.foundIn) res.foundIn = r.foundIn;
    if (target.platform) res.platform = target.platform;
    if (r.verified) res.verified = r.verified;
    const blocking = r.findings.find((f) => f.level === 'fail' || f.level === 'unknown');
    if (blocking) res.error = blocking.message;
    if (blocking?.level === 'unknown') res.undecided = true;
    out.results.push(res);
    out.findings.push(...r.findings);
  }
  return out;
}

/** An image that could not be checked at all (bad reference, unreachable registry, missing image):
 * no signature was looked for, so its row names no place one was found in. */
function failed(ref: string, digest: string, e: unknown): Outcome {
  if (!isRcoError(e)) throw e;
  const f = findingOf(e);
  const finding = { ...f, message: `${ref}: ${f.message}` };
  const result: TargetResult = { ref, digest, error: finding.message };
  if (finding.level === 'unknown') result.undecided = true;
  return { results: [result], findings: [finding] };
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
    return failed(ref, parsed?.digest ?? '', e);
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
    return failed(ref, '', e);
  }
}

export async function verifyImages(inputs: Inputs, trust: Trust, io: Io): Promise<Outcome> {
  const ctx: CheckContext = { policy: signaturePolicy(inputs), trust, layout: false, support: new ReferrersSupport() };
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
