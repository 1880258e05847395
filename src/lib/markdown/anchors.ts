// The anchors GitHub gives a Markdown file, so `#fragment` links can be checked offline. GitHub slugs the
// rendered text of each heading: lowercase, punctuation and symbols removed except `-` and `_`, each
// space turned into `-`, and a repeated slug suffixed -1, -2, ... in document order. Explicit HTML
// anchors (`<a name="x">`, `id="x"`) count too.
import { fenceTracker } from './fence.js';
import { isWordChar } from './inline.js';

// Letters, marks, digits and connector punctuation (`_`) survive; so do space and hyphen.
const DROPPED = /[^\p{L}\p{M}\p{N}\p{Pc} -]/gu;

export function slug(text: string): string {
  return text.toLowerCase().replace(DROPPED, '').replace(/ /g, '-');
}

/** Hands out slugs the way GitHub does within one document: a taken slug gets the next free -N suffix. */
export class Slugger {
  private readonly seen = new Map<string, number>();

  slug(text: string): string {
    const base = slug(text);
    let result = base;
    let n = this.seen.get(base) ?? 0;
    while (this.seen.has(result)) {
      n += 1;
      result = `${base}-${n}`;
    }
    this.seen.set(base, n);
    this.seen.set(result, 0);
    return result;
  }
}

/**
 * The text GitHub renders for a heading's inline Markdown, as far as the slug can tell: HTML tags and
 * link targets render no text, `_` emphasis markers vanish. Other markup (`*`, `~`, backticks,
 * backslashes) is punctuation the slug drops anyway, so it is left alone. Every step is linear, so a
 * hostile heading cannot stall the check.
 */
export function headingText(inline: string): string {
  const text = inline
    .replace(/<[^<>]*>/g, '')
    // Bracket contents exclude `[` as well, which keeps these linear on text full of brackets.
    .replace(/!?\[([^[\]]*)\]\([^()]*\)/g, '$1')
    .replace(/\[([^[\]]*)\]\[[^[\]]*\]/g, '$1')
    .replace(/&amp;/g, '&');
  return stripUnderscoreEmphasis(text).trim();
}

/**
 * Removes `_` runs that open or close emphasis (GFM: never inside a word), pairing closers with the
 * nearest opener; an unpaired `_` stays literal, as `snake_case` and a lone `_` do on GitHub.
 */
function stripUnderscoreEmphasis(text: string): string {
  const runs: { start: number; end: number; open: boolean; close: boolean }[] = [];
  for (const m of text.matchAll(/_+/g)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1] ?? ' ';
    const after = text[end] ?? ' ';
    if (isWordChar(before.charCodeAt(0), before) && isWordChar(after.charCodeAt(0), after)) continue; // intraword: literal
    runs.push({ start, end, open: !/\s/.test(after), close: !/\s/.test(before) });
  }
  const drop = new Set<number>();
  const openers: number[] = [];
  runs.forEach((r, i) => {
    if (r.close && openers.length > 0) {
      drop.add(openers.pop()!);
      drop.add(i);
    } else if (r.open) openers.push(i);
  });
  if (drop.size === 0) return text;
  let out = '';
  let at = 0;
  runs.forEach((r, i) => {
    if (!drop.has(i)) return;
    out += text.slice(at, r.start);
    at = r.end;
  });
  return out + text.slice(at);
}

export interface Heading {
  text: string;
  level: number;
  line: number;
  anchor: string;
}

export interface AnchorIndex {
  headings: Heading[];
  /** Every fragment that resolves in the document: heading slugs and explicit HTML anchors. */
  anchors: Set<string>;
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const HTML_ANCHOR = /<[a-z][^<>]*?\s(?:name|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

/** Headings (ATX and setext, outside fenced code) and explicit anchors of a Markdown text. */
export function anchorIndex(markdown: string): AnchorIndex {
  const lines = markdown.split(/\r?\n/);
  const slugger = new Slugger();
  const headings: Heading[] = [];
  const anchors = new Set<string>();
  const inCode = fenceTracker();
  // YAML front matter is metadata, not text: its closing `---` would otherwise make a setext heading.
  const frontEnd = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  for (let i = frontEnd + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (inCode(line)) continue;
    if (line.includes('<')) for (const m of line.matchAll(HTML_ANCHOR)) anchors.add(m[1] ?? m[2] ?? m[3] ?? '');
    const atx = ATX.exec(line);
    let heading: { text: string; level: number } | undefined;
    if (atx) heading = { text: atx[2] ?? '', level: atx[1]!.length };
    else {
      const next = lines[i + 1];
      const setext = next === undefined ? null : SETEXT.exec(next);
      const isParagraph = line.trim() !== '' && !/^ {4}/.test(line) && !/^\s*([-*+>]|\d+[.)])\s/.test(line);
      if (setext && isParagraph && (setext[1]![0] === '=' || line.trim() !== '')) {
        heading = { text: line.trim(), level: setext[1]![0] === '=' ? 1 : 2 };
        i++;
      }
    }
    if (!heading) continue;
    const anchor = slugger.slug(headingText(heading.text));
    headings.push({ text: heading.text, level: heading.level, line: i + 1 - (atx ? 0 : 1), anchor });
    anchors.add(anchor);
  }
  return { headings, anchors };
}
