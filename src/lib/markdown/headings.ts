// Headings of the Markdown reader: the ATX and setext rules, and the lists that keep what was found. A
// document read in place keeps its headings as numbers (line, level, where the text is) and makes a
// heading object only for one a rule asks for: most rules ask for one heading of three or more.

import { isSpace } from '../text/space.js';
import { sameTextAt } from './compare.js';

export interface Heading {
  level: number;
  /** The heading text with closing #s and surrounding space removed (inline markup kept). */
  text: string;
  line: number;
}

/** Takes headings as found: the text is src.slice(from, to). */
export interface HeadingSink {
  add(line: number, level: number, src: string, from: number, to: number): void;
}

/** The headings of a document, and the questions a section asks of them. */
export interface HeadingList extends HeadingSink {
  /** Every heading, in order. */
  readonly all: Heading[];
  /** The first heading whose text, normalised (normalizeText), is `want`. */
  named(want: string): Heading | undefined;
  /** The line of the first heading after `line` of `level` or a higher one (a lower number), or undefined. */
  after(line: number, level: number): number | undefined;
}

/** The indices `d` gives the text group: only lines the quick reading leaves to the regex take it. */
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/d;

/** Where src.slice(from, to).trim() starts; trimEnd: where it ends. */
function trimStart(src: string, from: number, to: number): number {
  while (from < to && isSpace(src.charCodeAt(from))) from++;
  return from;
}

function trimEnd(src: string, from: number, to: number): number {
  while (to > from && isSpace(src.charCodeAt(to - 1))) to--;
  return to;
}

/** The ATX heading on line src.slice(s, e) by the full rule; false when there is none. */
function atxByRegex(src: string, s: number, e: number, line: number, sink: HeadingSink): boolean {
  const m = ATX.exec(src.slice(s, e));
  if (!m) return false;
  const span = m.indices?.[2];
  const from = span ? trimStart(src, s + span[0], s + span[1]) : e;
  sink.add(line, (m[1] as string).length, src, from, span ? trimEnd(src, from, s + span[1]) : e);
  return true;
}

/**
 * The ATX heading (`## Status`) on line src.slice(s, e), given to the sink; false when there is none.
 * Read by character when its text holds no `#` (then ATX's text, trimmed, is simply the rest of the
 * line trimmed); other lines take the regex.
 */
export function readAtxAt(src: string, s: number, e: number, line: number, sink: HeadingSink): boolean {
  let i = s;
  while (i < s + 3 && i < e && src.charCodeAt(i) === 32) i++;
  let n = 0;
  while (i + n < e && src.charCodeAt(i + n) === 35) n++;
  // Four spaces or more: let ATX decide.
  if (n === 0) return i < e && src.charCodeAt(i) === 32 && atxByRegex(src, s, e, line, sink);
  if (n > 6) return false;
  const after = i + n;
  if (after === e) {
    sink.add(line, n, src, e, e);
    return true;
  }
  const c = src.charCodeAt(after);
  if (c !== 32 && c !== 9) return false;
  // ATX's `.` stops at U+2028/U+2029, so such a line is left to the regex, as is one with a closing `#`.
  for (let k = after; k < e; k++) {
    const d = src.charCodeAt(k);
    if (d === 35 || d === 0x2028 || d === 0x2029) return atxByRegex(src, s, e, line, sink);
  }
  const from = trimStart(src, after + 1, e);
  sink.add(line, n, src, from, trimEnd(src, from, e));
  return true;
}

// Made once: a regex literal in a function body is a new RegExp object each time it runs.
const BLOCK_START = /^ {0,3}(?:[-*+]\s|\d+[.)]\s|>|#)/;
const CODE_INDENT = /^ {4}/;
const EQUALS_RULE = /^ {0,3}=+[ \t]*$/;
const DASH_RULE = /^ {0,3}-+[ \t]*$/;

/** The level of the setext heading of `line` underlined by `next` (1 or 2), or 0; never a table row or list item. */
export function setextLevel(line: string, next: string): number {
  if (trimStart(line, 0, line.length) === line.length || line.includes('|')) return 0;
  if (BLOCK_START.test(line) || CODE_INDENT.test(line)) return 0;
  if (EQUALS_RULE.test(next)) return 1;
  return DASH_RULE.test(next) ? 2 : 0;
}

/** A setext heading, given to the sink: src.slice(s, e) is its line, trimmed for its text. */
export function addSetext(src: string, s: number, e: number, line: number, level: number, sink: HeadingSink): void {
  const from = trimStart(src, s, e);
  sink.add(line, level, src, from, trimEnd(src, from, e));
}

/** Headings as objects: the line reader's list, whose lines are strings of their own. */
export class ListedHeadings implements HeadingList {
  readonly all: Heading[] = [];

  add(line: number, level: number, src: string, from: number, to: number): void {
    this.all.push({ level, text: src.slice(from, to), line });
  }

  named(want: string): Heading | undefined {
    for (const h of this.all) if (sameTextAt(h.text, 0, h.text.length, want)) return h;
    return undefined;
  }

  after(line: number, level: number): number | undefined {
    for (const h of this.all) if (h.line > line && h.level <= level) return h.line;
    return undefined;
  }
}

/**
 * Headings of a document read in place, four numbers each: line, level, and where the text starts and
 * ends in `src`, the document. Heading objects are made on demand (all of them once `all` is asked).
 */
export class HeadingMarks implements HeadingList {
  /**
   * Room for three headings, what most evidence has: a list grown from empty by push reserves room
   * for seventeen numbers at once. `count` numbers of it are used.
   */
  private readonly marks: number[] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  private count = 0;
  private made: Heading[] | undefined;

  constructor(private readonly src: string) {}

  /** `src` is the document's text, the one this list was made for. */
  add(line: number, level: number, _src: string, from: number, to: number): void {
    const m = this.marks;
    const k = this.count;
    m[k] = line;
    m[k + 1] = level;
    m[k + 2] = from;
    m[k + 3] = to;
    this.count = k + 4;
  }

  get all(): Heading[] {
    if (!this.made) {
      const made: Heading[] = [];
      for (let k = 0; k < this.count; k += 4) made.push(this.heading(k));
      this.made = made;
    }
    return this.made;
  }

  /** The heading whose numbers start at marks[k]: the one made for `all` when there is one. */
  private heading(k: number): Heading {
    const m = this.marks;
    if (this.made) return this.made[k / 4] as Heading;
    return { level: m[k + 1] as number, text: this.src.slice(m[k + 2], m[k + 3]), line: m[k] as number };
  }

  named(want: string): Heading | undefined {
    const m = this.marks;
    for (let k = 0; k < this.count; k += 4) {
      if (sameTextAt(this.src, m[k + 2] as number, m[k + 3] as number, want)) return this.heading(k);
    }
    return undefined;
  }

  after(line: number, level: number): number | undefined {
    const m = this.marks;
    for (let k = 0; k < this.count; k += 4) if ((m[k] as number) > line && (m[k + 1] as number) <= level) return m[k];
    return undefined;
  }
}
