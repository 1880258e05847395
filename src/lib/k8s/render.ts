// The workloads a directory deploys: rendered with kustomize when it holds a kustomization (what
// `kubectl apply -k` would send), otherwise the YAML files as they are.
import { type Dirent, existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Io } from '../io/io.js';
import { type ReadFailure, readFailure, statFollowing, tryReadUtf8 } from '../io/read-text.js';
import { envError, isRcoError } from '../verdict/errors.js';
import { type Aspect, KustomizeSources, type Location } from './locate.js';
import { ManifestScanner } from './scan.js';
import { type Extracted, extractImages, type K8sProblem, parseImages } from './workloads.js';

export type Renderer = 'auto' | 'kubectl' | 'kustomize';

const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;

export interface RenderOptions {
  /** Repository root: file names in results are relative to it. */
  repo: string;
  renderer?: Renderer;
  /** How long one render may take; default 120. */
  timeoutSeconds?: number;
  /** Pass --enable-helm, so kustomizations that inflate Helm charts render (helm must be installed). */
  enableHelm?: boolean;
}

export interface Rendered extends Extracted {
  /** Problems of the render itself (kustomize exited non-zero): the images are then unknown. */
  renderFailed?: K8sProblem;
  mode: 'kustomize' | 'plain';
  /** Plain YAML files or folders that could not be read: the images in them are unknown. */
  unreadable?: K8sProblem[];
  /**
   * For rendered images: where the image was written in the sources (repository-relative), by the
   * aspect a finding is about. Plain YAML images already carry their file and line.
   */
  locate?: (image: string, aspect: Aspect) => Location | undefined;
}

function kustomizationIn(dir: string): string | undefined {
  return KUSTOMIZATION_FILES.map((n) => join(dir, n)).find((p) => existsSync(p));
}

/**
 * The images of `dir` (absolute). Plain YAML is read at once, synchronously: a caller judges those
 * images and lets them go before other work starts, rather than holding every manifest it read (a
 * measured share of garbage collection) until its next turn. A kustomization is rendered by a child
 * process; that rejects with an environment RcoError when no kustomize renderer can be started.
 */
export function renderImages(dir: string, io: Io, opts: RenderOptions): Rendered | Promise<Rendered> {
  const kustomization = kustomizationIn(dir);
  if (!kustomization) return renderPlain(dir, relative(opts.repo, dir) || '.');
  return renderKustomization(dir, kustomization, io, opts);
}

async function renderKustomization(dir: string, kustomization: string, io: Io, opts: RenderOptions): Promise<Rendered> {
  const rel = (p: string) => relative(opts.repo, p) || '.';
  const result = await runKustomize(dir, io, opts);
  // A renderer stopped from outside says nothing about the kustomization: the images are unknown.
  if (result.timedOut) {
    throw envError('K8S_RENDER_TIMEOUT', `Rendering ${rel(dir)} did not finish within ${renderSeconds(opts)} s.`, {
      hint: 'check remote bases and the network, or raise immutable-images.timeout-seconds',
    });
  }
  if (result.signal) {
    throw envError('K8S_RENDER_KILLED', `Rendering ${rel(dir)} was stopped by ${result.signal}.`, {
      hint: 'the renderer was killed from outside (out of memory?); run the gate again',
    });
  }
  if (result.code !== 0) {
    // Helm charts the policy did not let kustomize inflate, or no helm to inflate them: the images
    // could not be checked, which says nothing against the kustomization.
    if (/must specify --enable-helm/.test(result.stderr)) {
      throw envError('K8S_HELM_NOT_ENABLED', `${rel(kustomization)} inflates Helm charts.`, {
        hint: 'set immutable-images.enable-helm: true, with helm installed, so they are rendered and checked',
      });
    }
    if (opts.enableHelm && /"helm": executable file not found|is 'helm' installed/.test(result.stderr)) {
      throw envError('K8S_HELM_MISSING', `Rendering ${rel(dir)} needs helm, which is not installed.`, {
        hint: 'install helm on the runner',
      });
    }
    const detail = cleanError(result.stderr) || `exit code ${result.code}`;
    return { images: [], problems: [], mode: 'kustomize', renderFailed: { message: detail, file: rel(kustomization) } };
  }
  // Rendered output has no source lines: name the kustomization, and let callers ask the sources.
  const got = extractImages(result.stdout, rel(dir), { lines: false });
  for (const img of got.images) img.file = rel(kustomization);
  const sources = new KustomizeSources(kustomization);
  const locate = (image: string, aspect: Aspect) => {
    const at = sources.locate(image, aspect);
    return at ? { file: rel(at.file), line: at.line } : undefined;
  };
  return { ...got, mode: 'kustomize', locate };
}

/** The images of the plain YAML files under `dir` (`relDir` is its name relative to the repository). */
function renderPlain(dir: string, relDir: string): Rendered {
  const unreadable: K8sProblem[] = [];
  const out: Rendered = { images: [], problems: [], mode: 'plain', unreadable };
  const files = yamlFiles(dir, relDir, unreadable);
  // All files are read before any is scanned: measured faster than alternating the two (each loop
  // stays hot), and a manifests directory is small enough to hold at once.
  const texts = files.abs.map((file) => tryReadUtf8(file));
  const scanner = new ManifestScanner();
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i] as string | ReadFailure;
    const name = files.rel[i] as string;
    if (typeof text !== 'string') {
      unreadable.push({ file: name, message: `${name} ${text.reason}` });
      continue;
    }
    // Parsing is the whole cost; a file that cannot spell the key `image` (not even through a
    // backslash escape in a quoted key) holds no container image, so it is not parsed.
    if (!text.includes('image') && !text.includes('\\')) continue;
    // What extractImages does, with one scanner for the whole directory, writing straight into the
    // results: no working arrays or result objects per file.
    if (scanner.scan(text, name, true, out.images)) continue;
    const got = parseImages(text, name);
    for (const img of got.images) out.images.push(img);
    for (const p of got.problems) out.problems.push(p);
  }
  return out;
}

function renderSeconds(opts: RenderOptions): number {
  return opts.timeoutSeconds ?? 120;
}

async function runKustomize(dir: string, io: Io, opts: RenderOptions) {
  const renderer = opts.renderer ?? 'auto';
  const execOpts = { cwd: opts.repo, env: { ...io.env }, timeoutMs: renderSeconds(opts) * 1000 };
  const tries: [string, string[]][] = [];
  const helm = opts.enableHelm ? ['--enable-helm'] : [];
  if (renderer !== 'kustomize') tries.push(['kubectl', ['kustomize', ...helm, dir]]);
  if (renderer !== 'kubectl') tries.push(['kustomize', ['build', ...helm, dir]]);
  for (const [file, args] of tries) {
    try {
      return await io.exec(file, args, execOpts);
    } catch (e) {
      // Only "not installed" moves on to the next renderer; any other failure is reported as is.
      if (!isRcoError(e) || e.code !== 'TOOL_MISSING') throw e;
    }
  }
  throw envError('K8S_RENDERER_MISSING', `Cannot render ${dir}: ${tries.map((t) => t[0]).join(' or ')} not found.`, {
    hint: 'install kubectl (Debian package kubectl or kubernetes-client) or kustomize',
  });
}

/** kubectl wraps kustomize's error in a klog line (`E1123 10:49:55.3 123 run.go:72] "command failed" err="..."`). */
export function cleanError(stderr: string): string {
  // A multi-line message comes as a klog block, `... err=<` then the lines, then ` >`: keep the lines.
  const block = /err=<\n([\s\S]*?)\n\s*>\s*$/.exec(stderr.trim());
  if (block) {
    const text = (block[1] as string).replace(/\s+/g, ' ').trim();
    return text.replace(/^Error:\s*/, '').slice(0, 600);
  }
  const lines = stderr.trim().split('\n').slice(-3);
  return lines
    .map((l) =>
      l.replace(/^[EWIF]\d{4} [\d:.]+\s+\d+ [\w.-]+:\d+\]\s*/, '').replace(/^"command failed" err="(.*)"$/, '$1'),
    )
    .join(' ')
    .replace(/^Error:\s*/, '')
    .slice(0, 600);
}

/** YAML files as two parallel lists: absolute paths, and names relative to the repository. */
interface YamlFiles {
  abs: string[];
  rel: string[];
}

/**
 * YAML files under dir, sorted so results do not depend on the file system's order (`relDir` is dir's
 * name relative to the repository), built by joining names because path.relative per file was a
 * measured cost over hundreds of manifests; held as two lists, not a pair per file, which was a
 * measured share of what listing allocates.
 */
function yamlFiles(dir: string, relDir: string, unreadable: K8sProblem[]): YamlFiles {
  const out: YamlFiles = { abs: [], rel: [] };
  const walk = (d: string, r: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    } catch (e) {
      unreadable.push({ file: r, message: `${r} ${readFailure(e).reason}` });
      return;
    }
    // Concatenated, not path.join'ed: `d` is already normal (absolute, from resolve) and join's
    // normalisation per manifest was a measured cost. Each folder's prefixes are made once, so a
    // name costs one concatenation per path.
    const dirPrefix = d.endsWith(sep) ? d : d + sep;
    const relPrefix = r === '.' ? '' : r + sep;
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const p = dirPrefix + entry.name;
      const q = relPrefix + entry.name;
      // A symlinked directory is not followed (a link to a parent would never end); a symlinked file
      // is read when its target exists (a dangling or looping link is passed over).
      if (entry.isDirectory()) walk(p, q);
      else if (!/\.ya?ml$/.test(entry.name)) continue;
      else if (entry.isFile()) add(out, p, q);
      else {
        const st = statFollowing(p);
        if (st && 'reason' in st) unreadable.push({ file: q, message: `${q} ${st.reason}` });
        else if (st?.isFile()) add(out, p, q);
      }
    }
  };
  walk(dir, relDir);
  return out;
}

function add(files: YamlFiles, abs: string, rel: string): void {
  files.abs.push(abs);
  files.rel.push(rel);
}
