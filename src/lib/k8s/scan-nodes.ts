// The small YAML tree the fast manifest scanner's flow reader builds for a flow collection where images
// are read (scan-flow.ts; block style is never built as a tree, see scan-reader.ts), and the character
// rules and key stack the scanner's readers share. Only what is read with certainty ever becomes a node.

/**
 * Keys and values in one array, alternating: manifests' mappings are small, a linear search beats a
 * Map, and one array grows half as often as two (growing was a measured share of the scan).
 */
export interface YMap {
  t: 'map';
  entries: (string | YNode)[];
}
export interface YSeq {
  t: 'seq';
  items: YNode[];
}
/** `value` is undefined when the scalar is not certainly that string (a number, bool, null, empty). */
export interface YScalar {
  t: 'scalar';
  value: string | undefined;
  line: number;
}
export type YNode = YMap | YSeq | YScalar;

/**
 * Whether a plain scalar (the `len` characters of s at k, by default all of s) is one the core schema
 * reads as a boolean or null rather than a string: true, false or null, all lowercase, capitalised or
 * all uppercase. Compared in place, word by word after the length and first letter, which was measured
 * cheaper than a regular expression (keys such as `name` reach here on every container).
 */
export function isBoolOrNull(s: string, k = 0, len = s.length): boolean {
  if (len !== 4 && len !== 5) return false;
  // The second letter sets most keys apart (`name` from `null`) before any word is compared.
  const c = s.charCodeAt(k);
  const d = s.charCodeAt(k + 1) | 32;
  if (len === 4) {
    if (c === 116 || c === 84)
      return d === 114 && (s.startsWith('true', k) || s.startsWith('True', k) || s.startsWith('TRUE', k));
    return (
      (c === 110 || c === 78) &&
      d === 117 &&
      (s.startsWith('null', k) || s.startsWith('Null', k) || s.startsWith('NULL', k))
    );
  }
  return (
    (c === 102 || c === 70) &&
    d === 97 &&
    (s.startsWith('false', k) || s.startsWith('False', k) || s.startsWith('FALSE', k))
  );
}

/** The value of `key`: a loop over the keys (the even places), measured cheaper than indexOf here. */
export function get(map: YMap, key: string): YNode | undefined {
  const e = map.entries;
  for (let i = 0; i < e.length; i += 2) if (e[i] === key) return e[i + 1] as YNode;
  return undefined;
}

export function add(map: YMap, key: string, value: YNode): void {
  map.entries.push(key, value);
}

export function newMap(): YMap {
  return { t: 'map', entries: [] };
}

/**
 * The keys of the open mappings, each as its start and length in the text, so a duplicate is found
 * without cutting keys out as strings. A mapping's keys follow those of the mappings around it, and
 * are dropped when it closes.
 */
export class KeyStack {
  private keys: number[] = [];
  private top = 0;

  /** Where the next mapping's keys start. */
  get mark(): number {
    return this.top;
  }

  /** Drops the keys from `mark` on (the mapping that started there has closed). */
  release(mark: number): void {
    this.top = mark;
  }

  /** Adds the key at k, `len` long, to the mapping whose keys start at `mark`; false if it has it already. */
  add(s: string, mark: number, k: number, len: number): boolean {
    const keys = this.keys;
    for (let i = mark; i < this.top; i += 2)
      if (keys[i + 1] === len && sameText(s, keys[i] as number, k, len)) return false;
    keys[this.top++] = k;
    keys[this.top++] = len;
    return true;
  }
}

function sameText(s: string, a: number, b: number, len: number): boolean {
  for (let i = 0; i < len; i++) if (s.charCodeAt(a + i) !== s.charCodeAt(b + i)) return false;
  return true;
}

export const SPACE = 32;
export const HASH = 35;
export const DASH = 45;
export const COLON = 58;

// Character classes as lookup tables: the scanner asks them for nearly every key character.
const KEY_START = new Uint8Array(128);
const KEY_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  KEY_START[c] = +((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95);
  KEY_CHAR[c] = +(KEY_START[c] === 1 || (c >= 48 && c <= 57) || c === 46 || c === 47 || c === DASH);
}

/** Letters and `_` (NaN, past the end of the text, is none). */
export function isKeyStart(c: number): boolean {
  return KEY_START[c] === 1;
}
/** Key characters: letters, digits, `_ . / -`. */
export function isKeyChar(c: number): boolean {
  return KEY_CHAR[c] === 1;
}

/**
 * True when only spaces, then nothing or a comment, follow position j up to the line's end (a comment
 * needs a space before it).
 */
export function restIsEmpty(text: string, j: number, end: number): boolean {
  const start = j;
  while (text.charCodeAt(j) === SPACE) j++;
  return j >= end || (text.charCodeAt(j) === HASH && j > start);
}

/**
 * Whether a plain scalar is certainly the string it spells: core-schema numbers, infinities and NaN
 * all start with a digit, sign, dot or tilde and never hold a slash (image names often do), and
 * booleans and nulls are a few words.
 */
export function plainIsString(value: string): boolean {
  const first = value.charCodeAt(0);
  const numeric = (first >= 48 && first <= 57) || first === 43 || first === DASH || first === 46 || first === 126;
  return !(numeric && !value.includes('/')) && !isBoolOrNull(value);
}

// Characters whose presence anywhere makes a certain reading harder than it is worth: tabs, CR,
// control and format characters, BOM, non-characters, line separators. (Global: searched from a
// position, see hasUnsafe.)
const UNSAFE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g;
// Lines of printable ASCII, what nearly every manifest is made of: matched from the start (sticky)
// as far as they go, never failing.
const PLAIN_TEXT = /[ -~]*(?:\n[ -~]*)*/y;

/**
 * Whether the text holds an UNSAFE character. Printable ASCII and newlines are passed over first by
 * PLAIN_TEXT: one tight loop per line, measured a third cheaper (Node 20; nearly half on Node 24)
 * than searching for UNSAFE from every position. Only a text with other characters is searched, from
 * the first of them on.
 */
export function hasUnsafe(text: string): boolean {
  PLAIN_TEXT.lastIndex = 0;
  PLAIN_TEXT.test(text);
  if (PLAIN_TEXT.lastIndex === text.length) return false;
  UNSAFE.lastIndex = PLAIN_TEXT.lastIndex;
  return UNSAFE.test(text);
}
