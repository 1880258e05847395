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

export function markdownLinks(markdown: string): MdLink[] {
  const out: MdLink[] = [];
  const inCode = fenceTracker();
  let comment = false;
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
    if (inCode(raw)) return;
    // Most prose lines hold no link: skip them before the costlier expressions run.
    if (!raw.includes('](') && !raw.includes(']:') && !raw.includes('<')) return;
    const line = raw.includes('`') ? raw.replace(/(`+)(?:(?!\1).)+?\1/g, '') : raw;
    const push = (t: string | undefined) => {
      if (t === undefined) return;
      const target = t.startsWith('<') && t.endsWith('>') ? t.slice(1, -1) : t;
      if (target.trim() !== '') out.push({ target: target.trim(), line: i + 1 });
    };
    const def = DEFINITION.exec(line);
    if (def) push(def[1]);
    for (const m of line.matchAll(INLINE)) push(m[1]);
    if (line.includes('<')) for (const m of line.matchAll(HTML)) push(m[1] ?? m[2]);
  });
  return out;
}

/** External targets (a scheme such as https: or mailto:, or a protocol-relative //host) are not ours to check. */
export function isExternal(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');
}
