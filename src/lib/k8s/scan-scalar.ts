// One-line keys and scalars for the fast manifest scanner (scan.ts). Every reader here works on the
// whole text with absolute positions and the position `end` where the current line ends (its newline,
// or the text's end): no line is cut out as a string of its own, and reading one character past a line
// gives the newline (or NaN), which no rule below accepts. A scalar is checked in place and cut out as
// a string only where the scanner keeps it.

import { isSpace } from '../text/space.js';
import { COLON, DASH, isKeyChar, isKeyStart, plainIsString, restIsEmpty, SPACE } from './scan-nodes.js';
import { type Held, OTHER } from './scan-places.js';

// Characters that cannot start a plain scalar (or start a construct this scanner leaves to the parser),
// as a lookup table: asked once per value, where a Set's hashing was a measured cost.
const BAD_START = new Uint8Array(128);
for (const c of ',[]{}#&*!|>%@`?:') BAD_START[c.charCodeAt(0)] = 1;

/** The end of a plain key at k when a `key:` entry starts there, else -1. */
export function keyEnd(s: string, k: number, end: number): number {
  if (!isKeyStart(s.charCodeAt(k))) return -1;
  let j = k + 1;
  while (j < end && isKeyChar(s.charCodeAt(j))) j++;
  if (s.charCodeAt(j) !== COLON) return -1;
  return j + 1 === end || s.charCodeAt(j + 1) === SPACE ? j : -1;
}

/**
 * Where the text holds `what` next, kept across calls that ask from ever later positions: searching
 * each value with indexOf would run on to the text's end whenever the rest of its line has none.
 */
class Seeker {
  private s = '';
  private at = -1;
  constructor(private readonly what: string) {}

  /** Starts over on a new text. */
  reset(s: string): void {
    this.s = s;
    this.at = -1;
  }

  /** The first `what` at or after k, or the text's length when there is none. */
  from(k: number): number {
    if (this.at < k) {
      const at = this.s.indexOf(this.what, k);
      this.at = at < 0 ? this.s.length : at;
    }
    return this.at;
  }
}

/** The searches a text's scalars need, each kept across the text's lines (reset for each text). */
export class Seekers {
  private readonly hashes = new Seeker('#');
  private readonly colons = new Seeker(': ');

  reset(s: string): void {
    this.hashes.reset(s);
    this.colons.reset(s);
  }

  /** Where ` #` (a comment) starts in [k, end), or -1: what `line.indexOf(' #', k)` gives on the line. */
  comment(s: string, k: number, end: number): number {
    let h = this.hashes.from(k);
    while (h < end && !(h > k && s.charCodeAt(h - 1) === SPACE)) h = this.hashes.from(h + 1);
    return h < end ? h - 1 : -1;
  }

  /** Whether `: ` occurs within [k, e). */
  colonSpace(k: number, e: number): boolean {
    return this.colons.from(k) + 2 <= e;
  }
}

/** indexOf within the line: -1 when `what` is not found before `end`. */
function find(s: string, what: string, from: number, end: number): number {
  const at = s.indexOf(what, from);
  return at < 0 || at + what.length > end ? -1 : at;
}

/**
 * A one-line scalar starting at k: what a slot holds of it, where `keep` says the value is wanted
 * (otherwise OTHER stands for any scalar read with certainty); undefined when it is not one this
 * scanner reads with certainty.
 */
export function scalar(s: string, k: number, end: number, seek: Seekers, keep: boolean): Held {
  const c = s.charCodeAt(k);
  if (c === 34) {
    const close = find(s, '"', k + 1, end);
    if (close < 0) return undefined;
    for (let j = k + 1; j < close; j++) if (s.charCodeAt(j) === 92) return undefined; // escapes: the parser's
    if (!restIsEmpty(s, close + 1, end)) return undefined;
    return keep ? s.slice(k + 1, close) : OTHER;
  }
  if (c === 39) return singleQuoted(s, k, end, keep);
  if (BAD_START[c] === 1 || (c === DASH && (k + 1 === end || s.charCodeAt(k + 1) === SPACE))) return undefined;
  const hash = seek.comment(s, k, end);
  // The value ends before the spaces that end the line (s[k] is no space, so it is never empty).
  let e = hash < 0 ? end : hash;
  while (s.charCodeAt(e - 1) === SPACE) e--;
  // YAML ends a plain value at spaces, not at other white space (no-break, ideographic spaces), which
  // trimming would also drop: such a value is left to the parser.
  if (isSpace(s.charCodeAt(e - 1))) return undefined;
  // `a: b: c` and `a: b:` are errors (or keys) to a YAML parser, never a plain value.
  if (s.charCodeAt(e - 1) === COLON) return undefined;
  if (!keep) return seek.colonSpace(k, e) ? undefined : OTHER;
  // A kept value is cut out anyway, and searching it was measured cheaper than seeking in the text.
  const value = s.slice(k, e);
  if (value.includes(': ')) return undefined;
  return plainIsString(value) ? value : OTHER;
}

/** A single-quoted scalar at k, where `''` stands for one quote. */
function singleQuoted(s: string, k: number, end: number, keep: boolean): Held {
  let value = '';
  let j = k + 1;
  for (;;) {
    const q = find(s, "'", j, end);
    if (q < 0) return undefined;
    const doubled = s.charCodeAt(q + 1) === 39;
    if (keep) value += s.slice(j, doubled ? q + 1 : q);
    j = doubled ? q + 2 : q + 1;
    if (!doubled) break;
  }
  return restIsEmpty(s, j, end) ? (keep ? value : OTHER) : undefined;
}
