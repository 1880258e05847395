// Doc links: every relative link and #anchor in the repository's Markdown resolves, as GitHub would
// resolve it, so a runbook never sends an operator to a page or section that is not there.
import { type Dirent, readdirSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import {
  type ReadFailure,
  readFailure,
  statFollowing,
  tryReadRegularFile,
  tryReadUtf8,
} from '../../lib/io/read-text.js';
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
  private readonly kinds = new Map<string, Kind>();
  private readonly anchorSets = new Map<string, Set<string>>();
  readonly texts = new Map<string, string>();

  kind(abs: string): Kind {
    if (!this.kinds.has(abs)) {
      const st = statFollowing(abs);
      this.kinds.set(abs, st === undefined || 'reason' in st ? st : st.isDirectory() ? 'dir' : 'file');
    }
    return this.kinds.get(abs);
  }

  /** The anchors of a Markdown file, or why it cannot be read. */
  anchors(abs: string): Set<string> | ReadFailure {
    let a = this.anchorSets.get(abs);
    if (!a) {
      const text = this.texts.get(abs) ?? tryReadRegularFile(abs);
      if (typeof text !== 'string') return text;
      a = anchorIndex(text).anchors;
      this.anchorSets.set(abs, a);
    }
    return a;
  }
}

/**
 * What is at a path a link names: undefined when nothing a link can reach is there (absent, or a
 * symbolic link that loops), a failure when that cannot be told (no permission).
 */
type Kind = 'file' | 'dir' | undefined | ReadFailure;

async function checkDocLinks(config: DocLinksConfig, ctx: InvariantContext): Promise<InvariantResult> {
  const repo = resolve(ctx.repo);
  const findings: Finding[] = [];
  const files = markdownFiles(repo, config, findings);
  const targets = new Targets();
  let checked = 0;
  for (const file of files) {
    const abs = join(repo, file);
    const text = tryReadUtf8(abs);
    if (typeof text !== 'string') {
      findings.push(unreadable(file, text.reason));
      continue;
    }
    targets.texts.set(abs, text);
    for (const link of markdownLinks(text)) {
      if (isExternal(link.target)) continue;
      checked++;
      const f = checkLink(link.target, abs, repo, targets);
      if (f) {
        const message = `Link "${link.target}": ${f.message}`;
        findings.push({
          rule: f.rule,
          level: f.rule === UNREADABLE ? 'unknown' : 'fail',
          message,
          file,
          line: link.line,
        });
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
  const shown = rel.split(sep).join('/');
  if (typeof kind === 'object') return { rule: UNREADABLE, message: `${shown} ${kind.reason}, so it is not checked.` };
  if (!kind) {
    return {
      rule: 'DOC_LINK_BROKEN',
      message: `${shown} does not exist: fix the path or restore the file.`,
    };
  }
  if (fragment === undefined || fragment === '' || fragment === 'top') return undefined;
  if (kind === 'dir' || !/^\.(md|markdown)$/i.test(extname(abs))) return undefined;
  const known = targets.anchors(abs);
  if (!(known instanceof Set))
    return { rule: UNREADABLE, message: `${shown} ${known.reason}, so the anchor is not checked.` };
  if (known.has(fragment)) return undefined;
  const near = [...known].find((a) => a.toLowerCase() === fragment.toLowerCase());
  const where = path === '' ? 'this file' : shown;
  return {
    rule: 'DOC_ANCHOR_BROKEN',
    message: `no heading or anchor "#${fragment}" in ${where}${near ? `: did you mean "#${near}"?` : ': fix the anchor or the heading.'}`,
  };
}

/** What could not be read: the links in it, or the link to it, are unknown. */
const UNREADABLE = 'DOC_LINKS_UNREADABLE';

/** A Markdown file or folder the check could not read: its links are unknown. */
function unreadable(file: string, reason: string): Finding {
  return {
    rule: UNREADABLE,
    level: 'unknown',
    message: `${file} ${reason}, so its links are not checked: make it readable or exclude it.`,
    file,
  };
}

/**
 * Repository-relative POSIX paths of the Markdown files the policy selects, sorted; a folder that
 * cannot be listed is a finding.
 */
function markdownFiles(repo: string, config: DocLinksConfig, findings: Finding[]): string[] {
  const include = picomatch(config.include, { dot: true });
  const exclude = config.exclude.length > 0 ? picomatch(config.exclude, { dot: true }) : () => false;
  const out: string[] = [];
  const walk = (dir: string, prefix: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    } catch (e) {
      findings.push(unreadable(prefix || '.', readFailure(e).reason));
      return;
    }
    for (const entry of entries) {
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      // A symlinked directory is not followed (a link to a parent would never end); a symlinked file
      // counts when its target exists (a dangling or looping link is no document).
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(join(dir, entry.name), rel);
      } else if (include(rel) && !exclude(rel)) {
        if (entry.isFile()) {
          out.push(rel);
          continue;
        }
        const st = statFollowing(join(dir, entry.name));
        if (st && 'reason' in st) findings.push(unreadable(rel, st.reason));
        else if (st?.isFile()) out.push(rel);
      }
    }
  };
  walk(repo, '');
  return out;
}
