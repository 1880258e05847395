// Inline reading of one line by character: code spans and labels. These run on the line of every
// document that holds its value, and the regexes (and lower-cased or backtick-free copies) they
// replace were a measured share of a run's allocations; a property test holds each to its regex.
import { isSpace } from '../text/space.js';
import { trimmedSlice } from './table.js';

const TICK = 96;

/** Where the run of backticks that starts at i ends. */
function runEnd(s: string, i: number): number {
  while (i < s.length && s.charCodeAt(i) === TICK) i++;
  return i;
}

/** Where the first run of exactly `n` backticks at or after `from` starts, or -1. */
function runOf(s: string, from: number, n: number): number {
  for (let p = s.indexOf('`', from); p !== -1; ) {
    const e = runEnd(s, p);
    if (e - p === n) return p;
    p = s.indexOf('`', e);
  }
  return -1;
}

/**
 * The text of the first inline code span in s from `from`, trimmed, or undefined: what
 * /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/ finds there. That regex may open at any backtick of a run (the
 * opener is the rest of the run, since its body starts with a non-backtick) and closes at the first
 * later run of the same length: a run, because the body ends with a non-backtick and `(?!`)` follows.
 */
export function codeSpanAt(s: string, from: number): string | undefined {
  for (let p = s.indexOf('`', from); p !== -1; ) {
    const body = runEnd(s, p);
    if (body === s.length) return undefined;
    for (let open = p; open < body; open++) {
      const close = runOf(s, body + 1, body - open);
      if (close !== -1) return trimmedSlice(s, body, close);
    }
    p = s.indexOf('`', body);
  }
  return undefined;
}

const WORD = /[\p{L}\p{N}]/u;

/** A letter or digit in any script (`\p{L}` or `\p{N}`), answered without the regex for ASCII. */
export function isWordChar(c: number, ch: string | undefined): boolean {
  if (Number.isNaN(c)) return false;
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD.test(ch ?? '');
}

/** The general test: the line without backticks, lower-cased, starts with `want` at a word boundary. */
function labelEndByCopy(line: string, want: string): number {
  const plain = line.includes('`') ? line.replace(/`/g, '') : line;
  if (!plain.toLowerCase().startsWith(want)) return -1;
  // "Status" must not match "Statusboard": the label ends at a word boundary.
  if (isWordChar(plain.charCodeAt(want.length), plain[want.length])) return -1;
  // Where the label ends in the line: backticks may sit inside it and are not counted.
  let cut = 0;
  for (let seen = 0; cut < line.length && seen < want.length; cut++) if (line[cut] !== '`') seen++;
  return cut;
}

/**
 * Where the label `want` (normalised, not empty) ends in `line` when the line starts with it,
 * backticks aside and at a word boundary; -1 when it does not. Compared in place while the label's
 * part of the line is ASCII (whose lower case is one character each, whatever follows); other text
 * takes the general test with its copies.
 */
export function labelEnd(line: string, want: string): number {
  let k = 0;
  for (let j = 0; j < want.length; k++) {
    if (k >= line.length) return -1;
    let c = line.charCodeAt(k);
    if (c === TICK) continue;
    if (c >= 128) return labelEndByCopy(line, want);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== want.charCodeAt(j)) return -1;
    j++;
  }
  let next = k;
  while (next < line.length && line.charCodeAt(next) === TICK) next++;
  return isWordChar(line.charCodeAt(next), line[next]) ? -1 : k;
}

/** s.slice(from).replace(/^[\s:=\-–—]+/, '').trim(), without the two copies. */
export function afterSeparators(s: string, from: number): string {
  let a = from;
  for (; a < s.length; a++) {
    const c = s.charCodeAt(a);
    if (!(c === 58 || c === 61 || c === 45 || c === 0x2013 || c === 0x2014 || isSpace(c))) break;
  }
  return trimmedSlice(s, a, s.length);
}
