// Immutable images: every container and initContainer a release deploys is pinned by a real sha256
// digest on a real registry, so what was scanned and signed is exactly what runs.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import picomatch from 'picomatch';
import {
  imageName,
  isCleanPinnedRef,
  isPlaceholderDigest,
  parseImageRef,
  pinnedImageRef,
  placeholderRegistryReason,
} from '../../lib/k8s/image-ref.js';
import type { Aspect } from '../../lib/k8s/locate.js';
import { type Rendered, type Renderer, renderImages } from '../../lib/k8s/render.js';
import type { WorkloadImage } from '../../lib/k8s/workloads.js';
import { isDigest } from '../../lib/oci/digest.js';
import { isRcoError } from '../../lib/verdict/errors.js';
import type { Finding } from '../../lib/verdict/types.js';
import { rowVerdict } from '../summary.js';
import { asBool, asObject, invalid, oneOf, repoPath, strList, wholeNumber } from './config.js';
import type { Invariant, InvariantContext, InvariantResult, SummaryRow } from './types.js';

export interface ImagesConfig {
  directories: string[];
  allow: string[];
  placeholderRegistries: string[];
  renderer: Renderer;
  timeoutSeconds: number;
  enableHelm: boolean;
}

const KEYS = ['directories', 'allow', 'placeholder-registries', 'renderer', 'timeout-seconds', 'enable-helm'] as const;

export const images: Invariant<ImagesConfig> = {
  key: 'immutable-images',
  parse(raw, at) {
    const o = asObject(raw, at, KEYS);
    const directories = strList(o, 'directories', at);
    if (!directories || directories.length === 0) {
      throw invalid(`${at}.directories`, 'a non-empty list of directories to render');
    }
    return {
      directories: directories.map((d, i) => repoPath(d, `${at}.directories[${i}]`)),
      allow: strList(o, 'allow', at) ?? [],
      placeholderRegistries: strList(o, 'placeholder-registries', at) ?? [],
      renderer: oneOf(o, 'renderer', at, ['auto', 'kubectl', 'kustomize'] as const) ?? 'auto',
      timeoutSeconds: wholeNumber(o, 'timeout-seconds', at, 1, 3600) ?? 120,
      enableHelm: asBool(o, 'enable-helm', at) ?? false,
    };
  },
  check: checkImages,
};

async function checkImages(config: ImagesConfig, ctx: InvariantContext): Promise<InvariantResult> {
  const results = await Promise.all(config.directories.map((dir) => checkDirectory(dir, config, ctx)));
  return { findings: results.flatMap((r) => r.findings), rows: results.map((r) => r.row) };
}

/** The rule of a render that could not be done, by the renderer's error code. */
const RENDER_RULES: Record<string, string> = {
  K8S_RENDERER_MISSING: 'IMAGES_RENDERER_MISSING',
  K8S_RENDER_TIMEOUT: 'IMAGES_RENDER_TIMEOUT',
  K8S_HELM_NOT_ENABLED: 'IMAGES_HELM_NOT_ENABLED',
  K8S_HELM_MISSING: 'IMAGES_RENDERER_MISSING',
};

async function checkDirectory(dir: string, config: ImagesConfig, ctx: InvariantContext) {
  const repo = resolve(ctx.repo);
  const abs = resolve(repo, dir);
  const findings: Finding[] = [];
  const row = (value: string): SummaryRow => [`Images in ${dir}`, value, '', rowVerdict(findings)];
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    findings.push({
      rule: 'IMAGES_DIRECTORY_MISSING',
      level: 'unknown',
      message: `Directory ${dir} named in immutable-images.directories does not exist: fix the path or the policy.`,
      file: dir,
    });
    return { findings, row: row('missing') };
  }
  let rendered: Rendered;
  try {
    const r = renderImages(abs, ctx.io, {
      repo,
      renderer: config.renderer,
      timeoutSeconds: config.timeoutSeconds,
      enableHelm: config.enableHelm,
    });
    // Plain YAML comes back at once: judging it in the same turn frees the manifests read for it.
    rendered = r instanceof Promise ? await r : r;
  } catch (e) {
    if (!isRcoError(e)) throw e;
    const message = `Cannot check the images of ${dir}: ${e.message}${e.hint ? ` (${e.hint})` : ''}`;
    const rule = RENDER_RULES[e.code] ?? 'IMAGES_RENDERER_FAILED';
    findings.push({ rule, level: e.kind === 'user' ? 'fail' : 'unknown', message, file: dir });
    return { findings, row: row('not rendered') };
  }
  if (rendered.renderFailed) {
    // The kustomization belongs to the release being checked: if it does not build, `kubectl apply -k`
    // would not either, so this is a definite defect of the release (fail), not a tool outage.
    const { message, file } = rendered.renderFailed;
    findings.push({
      rule: 'IMAGES_RENDER_FAILED',
      level: 'fail',
      message: `kustomize cannot render ${dir}: ${message}. Fix the kustomization so it builds.`,
      file,
    });
    return { findings, row: row('render failed') };
  }
  for (const p of rendered.problems) {
    findings.push({
      rule: 'IMAGES_YAML_INVALID',
      level: 'fail',
      message: `${p.message}. Fix the manifest so its images can be checked.`,
      file: p.file,
      line: p.line,
    });
  }
  for (const u of rendered.unreadable ?? []) {
    findings.push({
      rule: 'IMAGES_FILE_UNREADABLE',
      level: 'unknown',
      message: `${u.message}, so its images are not checked: make it readable, or move it out of ${dir}.`,
      file: u.file,
    });
  }
  if (rendered.images.length === 0 && rendered.problems.length === 0 && !rendered.unreadable?.length) {
    findings.push({
      rule: 'IMAGES_NONE_FOUND',
      level: 'unknown',
      message: `No workload with a container image found in ${dir}: check that immutable-images.directories names the directory you deploy.`,
      file: dir,
    });
  }
  const allowed = config.allow.length > 0 ? picomatch(config.allow) : () => false;
  const seen = new Set<string>();
  let pinned = 0;
  // Each image is judged, shared ones too: for the common shape that is one expression over the
  // reference, measured cheaper than hashing the reference into a cache of verdicts.
  for (const img of rendered.images) {
    const v = judgeRef(img.image, allowed, config.placeholderRegistries);
    if (v.length === 0) {
      pinned++; // the common case: nothing to locate or report
      continue;
    }
    for (const { aspect, ...f } of v.map(([rule, text]) => located(img, rule, text))) {
      const at = rendered.locate?.(img.image, aspect);
      if (at) Object.assign(f, at);
      const key = `${f.rule}|${f.file}|${f.line}|${img.image}`;
      if (seen.has(key)) continue; // one override line rendered into several workloads is one problem
      seen.add(key);
      findings.push(f);
    }
  }
  return { findings, row: row(`${pinned} of ${rendered.images.length} images pinned by digest`) };
}

type Located = Finding & { aspect: Aspect };
/** Problems of one image reference: rule id and the message after the image's description. */
type Verdict = [rule: string, text: string][];

function located(img: WorkloadImage, rule: string, text: string): Located {
  const what = `${img.workload} ${img.init ? 'initContainer' : 'container'} "${img.container}" image "${img.image}"`;
  // Name problems point at the line that names the image, digest problems at the line that pins it.
  const aspect = rule === 'IMAGE_PLACEHOLDER_REGISTRY' || rule === 'IMAGE_REF_INVALID' ? 'name' : 'digest';
  return { rule, level: 'fail', message: `${what} ${text}`, file: img.file, line: img.line, aspect };
}

/** The verdict of a reference with no problem: shared, never changed. */
const NONE: Verdict = [];

function judgeRef(image: string, allowed: (name: string) => boolean, extra: string[]): Verdict {
  // Nearly every reference is clean, which is told without building its parts or any verdict (when no
  // placeholder registries are listed: those are names to compare, so they take the path below).
  if (extra.length === 0 && isCleanPinnedRef(image)) return NONE;
  // Most references have the common shape pinned by a well-formed digest: one expression reads the
  // reference and checks the digest at once (pinnedImageRef). Anything else is parsed by the rules.
  let ref = pinnedImageRef(image);
  const wellPinned = ref !== undefined;
  if (!ref) {
    const parsed = parseImageRef(image);
    if (!parsed.ok) return [['IMAGE_REF_INVALID', `is not a valid image reference: ${parsed.reason}.`]];
    ref = parsed.ref;
  }
  if (allowed(imageName(ref))) return NONE;
  const out: Verdict = [];
  const placeholder = placeholderRegistryReason(ref, extra);
  if (placeholder)
    out.push(['IMAGE_PLACEHOLDER_REGISTRY', `points at a placeholder (${placeholder}): use the real registry.`]);
  if (!ref.digest) {
    out.push([
      'IMAGE_NOT_PINNED',
      'is not pinned: set the digest, e.g. with kustomize images[].digest: sha256:<64 hex>.',
    ]);
  } else if (!wellPinned && !isDigest(ref.digest)) {
    out.push(['IMAGE_DIGEST_INVALID', `has digest "${ref.digest}": it must be sha256: and 64 lowercase hex.`]);
  } else if (isPlaceholderDigest(ref.digest)) {
    out.push(['IMAGE_DIGEST_PLACEHOLDER', 'has a placeholder digest: pin the digest the release built.']);
  }
  return out.length === 0 ? NONE : out;
}
