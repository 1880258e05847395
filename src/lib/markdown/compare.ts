// How headings, labels and column names are compared: the way a reader does, markup, case and spacing
// aside. Every heading and header of every document is compared, so the common case (ASCII text that
// only needs its case changed) is answered by character, in place, without a copy.
import { isSpace } from '../text/space.js';

/**
 * What the full normalisation would change besides case: markup, a colon, runs or ends of space, or
 * space other than ' ' (the regex /[*_`:]|\s\s|[^\S ]|^\s|\s$/, by character: every header and
 * heading of every document is normalised, and a regex call each was a measured cost).
 */
function needsNormalizing(s: string): boolean {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c === 42 || c === 95 || c === 96 || c === 58) return true;
    if (c === 32) {
      if (i === 0 || i === last || s.charCodeAt(i + 1) === 32) return true;
    } else if (isSpace(c)) return true;
  }
  return false;
}

/** Compares headings, labels and column names the way a reader does: markup, case and spacing aside. */
export function normalizeText(s: string): string {
  // Plain words with single spaces (most headers and labels) only need the case change.
  if (!needsNormalizing(s)) return s.toLowerCase();
  return s
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/:$/, '')
    .trim()
    .toLowerCase();
}

/**
 * normalizeText(src.slice(from, to)) === want for a normalised `want`. One pass, no copy, for ASCII
 * text that needs only its case changed (most headings and column names); anything else (markup, a
 * colon, odd spacing, non-ASCII) is cut out and normalised in full.
 */
export function sameTextAt(src: string, from: number, to: number, want: string): boolean {
  const last = to - 1;
  let equal = to - from === want.length;
  for (let i = from; i <= last; i++) {
    let c = src.charCodeAt(i);
    if (c >= 128 || c === 42 || c === 95 || c === 96 || c === 58 || (c >= 9 && c <= 13)) {
      return normalizeText(src.slice(from, to)) === want;
    }
    if (c === 32 && (i === from || i === last || src.charCodeAt(i + 1) === 32)) {
      return normalizeText(src.slice(from, to)) === want;
    }
    if (c >= 65 && c <= 90) c += 32;
    if (equal && c !== want.charCodeAt(i - from)) equal = false;
  }
  return equal;
}

/** normalizeText(raw) === want for a normalised `want` (see sameTextAt). */
export function sameText(raw: string, want: string): boolean {
  return sameTextAt(raw, 0, raw.length, want);
}
