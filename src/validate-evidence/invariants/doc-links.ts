// Doc links: every relative link and #anchor in the repository's Markdown resolves, as GitHub would
// resolve it, so a runbook never sends an operator to a page or section that is not there.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { anchorIndex } from '../../lib/markdown/anchors.js';
import { isExternal, markdownLinks } from '../../lib/markdown/links.js';
import type { Finding } from '../../lib/verdict/types.js';
import { rowVerdict } from '../summary.js';
import { asObject, strList } from './config.js';
import type { Invariant, InvariantContext, InvariantResult } from './types.js';

export interface DocLinksConfig {
  include: string[];
  exclude: string[];
}

/** Directories never scanned: dependencies and VCS data are not the repository's documentation. */
const SKIP_DIRS = new Set(['node_modules', '.git']);

export const docLinks: Invariant<DocLinksConfig> = {
  key: 'doc-links',
  parse(raw, at) {
    // `doc-links: true` switches the check on with the defaults.
    if (raw === true || raw === null) return { include: ['**/*.md'], exclude: [] };
    const o = asObject(raw, at, ['include', 'exclude']);
    return { include: strList(o, 'include', at) ?? ['**/*.md'], exclude: strList(o, 'exclude', at) ?? [] };
  },
  check: checkDocLinks,
};

/**
 * What links point at, each path looked up once: thousands of links share a few hundred targets, and
 * a Markdown file already read for its links is not read again for its anchors.
 */
class Targets {
  private readonly kinds = new Map<string, 'file' | 'dir' | undefined>();
  private readonly anchorSets = new Map<string, Set<string>>();
  readonly texts = new Map<string, string>();

  kind(abs: string): 'file' | 'dir' | undefined {
    if (!this.kinds.has(abs)) {
      const st = statSync(abs, { throwIfNoEntry: false });
      this.kinds.set(abs, st ? (st.isDirectory() ? 'dir' : 'file') : undefined);
    }
    return this.kinds.get(abs);
  }

  anchors(abs: string): Set<string> {
    let a = this.anchorSets.get(abs);
    if (!a) {
      a = anchorIndex(this.texts.get(abs) ?? readFileSync(abs, 'utf8')).anchors;
      this.anchorSets.set(abs, a);
    }
    return a;
  }
}

async function checkDocLinks(config: DocLinksConfig, ctx: InvariantContext): Promise<InvariantResult> {
  const repo = resolve(ctx.repo);
  const files = markdownFiles(repo, config);
  const targets = new Targets();
  const findings: Finding[] = [];
  let checked = 0;
  for (const file of files) {
    const abs = join(repo, file);
    const text = readFileSync(abs, 'utf8');
    targets.texts.set(abs, text);
    for (const link of markdownLinks(text)) {
      if (isExternal(link.target)) continue;
      checked++;
      const f = checkLink(link.target, abs, repo, targets);
      if (f) {
        const message = `Link "${link.target}": ${f.message}`;
        findings.push({ rule: f.rule, level: 'fail', message, file, line: link.line });
      }
    }
  }
  const value = `${checked} relative links in ${files.length} Markdown files`;
  return { findings, rows: [['Doc links', value, '', rowVerdict(findings)]] };
}

function checkLink(
  target: string,
  from: string,
  repo: string,
  targets: Targets,
): { rule: string; message: string } | undefined {
  const hash = target.indexOf('#');
  const rawPath = (hash === -1 ? target : target.slice(0, hash)).replace(/\?.*$/, '');
  const rawFragment = hash === -1 ? undefined : target.slice(hash + 1);
  let path: string;
  let fragment: string | undefined;
  try {
    path = decodeURI(rawPath);
    fragment = rawFragment === undefined ? undefined : decodeURIComponent(rawFragment);
  } catch {
    return { rule: 'DOC_LINK_BROKEN', message: 'malformed percent-encoding: fix the link.' };
  }
  // GitHub resolves a leading / against the repository root, anything else against the linking file.
  const abs = path === '' ? from : path.startsWith('/') ? join(repo, path) : resolve(dirname(from), path);
  const rel = relative(repo, abs);
  if (rel.startsWith(`..${sep}`) || rel === '..') {
    return { rule: 'DOC_LINK_OUTSIDE_REPO', message: 'points outside the repository: link inside it or use a URL.' };
  }
  const kind = targets.kind(abs);
  if (!kind) {
    return {
      rule: 'DOC_LINK_BROKEN',
      message: `${rel.split(sep).join('/')} does not exist: fix the path or restore the file.`,
    };
  }
  if (fragment === undefined || fragment === '' || fragment === 'top') return undefined;
  if (kind === 'dir' || !/^\.(md|markdown)$/i.test(extname(abs))) return undefined;
  const known = targets.anchors(abs);
  if (known.has(fragment)) return undefined;
  const near = [...known].find((a) => a.toLowerCase() === fragment.toLowerCase());
  const where = path === '' ? 'this file' : rel.split(sep).join('/');
  return {
    rule: 'DOC_ANCHOR_BROKEN',
    message: `no heading or anchor "#${fragment}" in ${where}${near ? `: did you mean "#${near}"?` : ': fix the anchor or the heading.'}`,
  };
}

/** Repository-relative POSIX paths of the Markdown files the policy selects, sorted. */
function markdownFiles(repo: string, config: DocLinksConfig): string[] {
  const include = picomatch(config.include, { dot: true });
  const exclude = config.exclude.length > 0 ? picomatch(config.exclude, { dot: true }) : () => false;
  const out: string[] = [];
  const walk = (dir: string, prefix: string) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      // A symlinked directory is not followed (a link to a parent would never end); a symlinked file
      // counts when its target exists.
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(join(dir, entry.name), rel);
      } else if (include(rel) && !exclude(rel)) {
        if (entry.isFile() || statSync(join(dir, entry.name), { throwIfNoEntry: false })?.isFile()) out.push(rel);
      }
    }
  };
  walk(repo, '');
  return out;
}
