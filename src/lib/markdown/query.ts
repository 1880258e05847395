// Questions asked of a parsed Markdown document: the section under a heading, the value after a label,
// the first value of a section, the table of a section and its columns by header name. All answers
// carry line numbers; a question without an answer returns undefined, never throws.

import { isAscii } from '../text/ascii.js';
import { isSpace } from '../text/space.js';
import { normalizeText, sameText } from './compare.js';
import { afterSeparators, codeSpanAt, labelEnd } from './inline.js';
import type { Heading, MdDoc, MdTable } from './parse.js';

export { normalizeText } from './compare.js';

export interface Section {
  heading: Heading;
  /** First and last line of the section's body (start > end when it is empty). */
  start: number;
  end: number;
}

export interface Located {
  value: string;
  line: number;
  /** True when the value was written as inline code, the form evidence templates ask for. */
  code: boolean;
}

/** hay.toLowerCase().includes(needle) for an ASCII `hay`, without building the lower-cased copy. */
function includesLowered(hay: string, needle: string): boolean {
  const m = needle.length;
  for (let i = 0; i + m <= hay.length; i++) {
    let j = 0;
    for (; j < m; j++) {
      let c = hay.charCodeAt(i + j);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== needle.charCodeAt(j)) break;
    }
    if (j === m) return true;
  }
  return false;
}

/** The last heading asked for, normalised: a rule asks for the same heading in every document. */
let lastHeading = { text: '', want: '' };

/** The first heading with this text (any level), or undefined. */
function findHeading(doc: MdDoc, text: string): Heading | undefined {
  if (lastHeading.text !== text) {
    lastHeading = { text, want: normalizeText(text.charCodeAt(0) === 35 ? text.replace(/^#+\s*/, '') : text) };
  }
  return doc.headingNamed(lastHeading.want);
}

/** The body of a heading: up to the next heading of the same or a higher level. */
export function section(doc: MdDoc, text: string): Section | undefined {
  const heading = findHeading(doc, text);
  if (!heading) return undefined;
  const next = doc.headingAfter(heading.line, heading.level);
  return { heading, start: heading.line + 1, end: next === undefined ? doc.lineCount : next - 1 };
}

/** The text of the first inline code span, or undefined. */
export function codeSpan(text: string): string | undefined {
  return codeSpanAt(text, 0);
}

const QUOTES = /^\s*(?:>\s*)*/;
const LIST_MARK = /^(?:[-*+]|\d+[.)])\s+/;
const EMPHASIS = /\*\*|__/g;

/** A line without its block markers (quote, list, task box) and bold/underline emphasis. */
function stripLine(line: string): string {
  // Each replacement only where its first character (or pair) is there: most lines are plain text,
  // and this runs on the one line of every document that holds its value.
  let s = line;
  const c = s.charCodeAt(0);
  if (c === 62 || isSpace(c)) s = s.replace(QUOTES, '');
  const d = s.charCodeAt(0);
  if (d === 45 || d === 42 || d === 43 || (d >= 48 && d <= 57)) s = s.replace(LIST_MARK, '');
  if (s.includes('**') || s.includes('__')) s = s.replace(EMPHASIS, '');
  return s.trim();
}

type LabelHit = { found: boolean; line?: number; value?: Located; rest?: string };

/**
 * The answer when line n starts with the normalised label `want` (after markers), else undefined.
 * The value is the first code span after the label, else the text after it (`rest`), found in the
 * stripped line by offset rather than in copies of its end.
 */
function labelOnLine(raw: string, n: number, want: string): LabelHit | undefined {
  const stripped = stripLine(raw);
  const cut = labelEnd(stripped, want);
  if (cut < 0) return undefined;
  const rest = afterSeparators(stripped, cut);
  const code = codeSpanAt(stripped, cut);
  let value: Located | undefined;
  if (code !== undefined) value = { value: code, line: n, code: true };
  else if (rest) value = { value: rest, line: n, code: false };
  return { found: true, line: n, value, rest };
}

/** Case-insensitive searches for label words, compiled once per word (policies name a handful). */
const searches = new Map<string, RegExp>();

function searchFor(word: string): RegExp {
  let re = searches.get(word);
  if (!re) {
    if (searches.size >= 256) searches.clear();
    // Without the `u` flag, `i` folds ASCII letters only (no character of 128 or more folds to ASCII):
    // for ASCII text that is exactly includesLowered's test.
    re = new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
    searches.set(word, re);
  }
  return re;
}

/**
 * The line search below, run over the text itself without splitting it into lines. Only for ASCII
 * text without fences or carriage returns: its lines are then exactly the text between '\n's.
 */
function labelInText(text: string, want: string, first: string): LabelHit {
  const re = searchFor(first);
  let line = 1;
  let counted = 0; // newlines before this offset are counted in `line`
  re.lastIndex = 0;
  while (re.test(text)) {
    const at = re.lastIndex - first.length;
    const start = text.lastIndexOf('\n', at) + 1;
    for (let nl = text.indexOf('\n', counted); nl !== -1 && nl < start; nl = text.indexOf('\n', nl + 1)) line++;
    counted = start;
    const nl = text.indexOf('\n', at);
    const hit = labelOnLine(text.slice(start, nl === -1 ? text.length : nl), line, want);
    if (hit) return hit;
    if (nl === -1) break;
    re.lastIndex = nl + 1;
  }
  return { found: false };
}

/** The last label asked for, normalised: a rule asks for the same label in every document it covers. */
let lastLabel: { label: string; want: string; first: string } | undefined;

/** The label normalised, and its first word (most lines do not hold it: a cheap test skips them). */
function labelWords(label: string): { want: string; first: string } {
  if (lastLabel?.label !== label) {
    const want = normalizeText(label);
    const space = want.indexOf(' ');
    lastLabel = { label, want, first: space < 0 ? want : want.slice(0, space) };
  }
  return lastLabel;
}

/**
 * The value on the line that starts with `label` (after list and emphasis markers): its first inline
 * code span, else the text after the label; `rest` is all the text after it. `found` is false when no
 * line starts with the label.
 */
export function valueAfterLabel(doc: MdDoc, label: string, within?: { start: number; end: number }): LabelHit {
  const { want, first } = labelWords(label);
  if (want === '') return { found: false };
  const text = doc.text;
  // Substring tests and one length count: a regex alternation over the whole text cost more than
  // the search it guards.
  const plain = !text.includes('\r') && !text.includes('```') && !text.includes('~~~') && isAscii(text);
  if (!within && plain) return labelInText(text, want, first);
  const from = within?.start ?? 1;
  const to = within?.end ?? doc.lines.length;
  for (let n = from; n <= to; n++) {
    if (doc.inFence[n - 1]) continue;
    const raw = doc.lines[n - 1] ?? '';
    // Without a lower-cased copy of each line; non-ASCII lines (some of whose letters lower-case to
    // ASCII, e.g. the Kelvin sign) take the general test.
    if (isAscii(raw) ? !includesLowered(raw, first) : !raw.toLowerCase().includes(first)) continue;
    const hit = labelOnLine(raw, n, want);
    if (hit) return hit;
  }
  return { found: false };
}

// Regexes of the per-document path are made once: a literal in a function body is a new RegExp
// object each time it runs, a measured share of a run's allocations.
const COMMENT = /^\s*<!--.*-->\s*$/;
const LABELLED = /^[A-Za-z][\w \-/]{0,40}:\s+(.+)$/;

function isComment(line: string): boolean {
  return COMMENT.test(line);
}

/**
 * The first value written in a section: the first non-blank line (or the first line of a fenced block
 * there), read as its inline code span, else as the text after a short `Label:`, else the whole line.
 */
export function firstValue(doc: MdDoc, s: Section): Located | undefined {
  for (let n = s.start; n <= s.end; n++) {
    const raw = doc.line(n);
    if (raw.trim() === '' || isComment(raw)) continue;
    if (doc.inFence[n - 1]) {
      const fence = doc.fences.find((f) => f.line === n);
      if (fence) {
        const idx = fence.body.findIndex((l) => l.trim() !== '');
        if (idx < 0) return undefined;
        return { value: (fence.body[idx] as string).trim(), line: n + 1 + idx, code: true };
      }
      continue;
    }
    const text = stripLine(raw);
    const code = codeSpan(text);
    if (code !== undefined) return { value: code, line: n, code: true };
    const labelled = LABELLED.exec(text);
    return { value: (labelled ? (labelled[1] as string) : text).trim(), line: n, code: false };
  }
  return undefined;
}

/** The first table that starts inside the range (a section, or the whole document). */
export function tableIn(doc: MdDoc, within?: { start: number; end: number }): MdTable | undefined {
  // The tables first: reading them counts the lines, which spares a split of the text.
  const tables = doc.tables;
  const from = within?.start ?? 1;
  const to = within?.end ?? doc.lineCount;
  // A loop, not find(): a closure per call was a measured allocation.
  for (const t of tables) if (t.line >= from && t.line <= to) return t;
  return undefined;
}

/** The index of a column by its header name, or -1. Never by position: columns move between templates. */
export function columnIndex(table: MdTable, name: string): number {
  const want = normalizeText(name);
  return table.headers.findIndex((h) => sameText(h, want));
}
