// The link targets a Markdown file holds, with their lines: inline links and images, reference
// definitions and HTML href/src. Code (fenced blocks and inline spans) is skipped: a link shown as
// code is an example, not a link.
import { fenceTracker } from './fence.js';

export interface MdLink {
  target: string;
  line: number;
}

// [text](target "title") and ![alt](src); the text may hold one level of brackets, the target one
// level of balanced parentheses (as in wiki-style file names). Nested brackets may not nest again,
// which keeps the scan linear on lines full of `[`.
const INLINE =
  /!?\[(?:[^[\]]|\[[^[\]]*\])*\]\(\s*(<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
const DEFINITION = /^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/;
const HTML = /<(?:a|img|source)\b[^<>]*?\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/** How many earlier lines of a paragraph a link's text may start on. */
const WRAP_LINES = 3;

export function markdownLinks(markdown: string): MdLink[] {
  const out: MdLink[] = [];
  const inCode = fenceTracker();
  let comment = false;
  // The paragraph's earlier lines, for link text that wraps: `[see the\nrunbook](runbook.md)`.
  let para: string[] = [];
  markdown.split(/\r?\n/).forEach((text, i) => {
    // HTML comments render nothing, so links in them (often commented-out drafts) are not links.
    let raw = text;
    if (comment) {
      const end = raw.indexOf('-->');
      if (end === -1) return;
      comment = false;
      raw = raw.slice(end + 3);
    }
    if (raw.includes('<!--')) {
      raw = raw.replace(/<!--.*?-->/g, '');
      const open = raw.indexOf('<!--');
      if (open !== -1) {
        comment = true;
        raw = raw.slice(0, open);
      }
    }
    if (inCode(raw) || raw.trim() === '') {
      para = [];
      return;
    }
    const line = raw.includes('`') ? raw.replace(/(`+)(?:(?!\1).)+?\1/g, '') : raw;
    const push = (t: string | undefined) => {
      if (t === undefined) return;
      const target = t.startsWith('<') && t.endsWith('>') ? t.slice(1, -1) : t;
      if (target.trim() !== '') out.push({ target: target.trim(), line: i + 1 });
    };
    if (para.length > 0 && line.includes('](')) for (const t of wrappedTargets(para, line)) push(t);
    para.push(line);
    if (para.length > WRAP_LINES) para.shift();
    // Most prose lines hold no link: skip them before the costlier expressions run.
    if (!line.includes('](') && !line.includes(']:') && !line.includes('<')) return;
    const def = DEFINITION.exec(line);
    if (def) push(def[1]);
    for (const m of line.matchAll(INLINE)) push(m[1]);
    if (line.includes('<')) for (const m of line.matchAll(HTML)) push(m[1] ?? m[2]);
  });
  return out;
}

/**
 * Targets of inline links whose text starts on an earlier line of the paragraph and ends on `line`
 * (a line break inside link text reads as a space); links wholly on one line are found there.
 */
function wrappedTargets(earlier: string[], line: string): (string | undefined)[] {
  const before = earlier.join(' ');
  const cut = before.length + 1;
  const out: (string | undefined)[] = [];
  for (const m of `${before} ${line}`.matchAll(INLINE)) {
    if (m.index < cut && m.index + m[0].length > cut) out.push(m[1]);
  }
  return out;
}

/** External targets (a scheme such as https: or mailto:, or a protocol-relative //host) are not ours to check. */
export function isExternal(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');
}
