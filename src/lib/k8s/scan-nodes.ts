// The small YAML tree the fast manifest scanner builds (scan.ts, scan-flow.ts), and the character
// rules both share. Only what the scanner reads with certainty ever becomes a node.

/** Keys and values side by side: manifests' mappings are small, a linear search beats a Map. */
export interface YMap {
  t: 'map';
  keys: string[];
  values: YNode[];
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

export const NULL: YScalar = { t: 'scalar', value: undefined, line: 0 };

/**
 * Whether a plain scalar is one the core schema reads as a boolean or null rather than a string:
 * true, false or null, all lowercase, capitalised or all uppercase. Compared word by word after the
 * length and first letter, which was measured cheaper than a regular expression (keys such as `name`
 * reach here on every container).
 */
export function isBoolOrNull(s: string): boolean {
  const c = s.charCodeAt(0);
  if (s.length === 4) {
    if (c === 116 || c === 84) return s === 'true' || s === 'True' || s === 'TRUE';
    return (c === 110 || c === 78) && (s === 'null' || s === 'Null' || s === 'NULL');
  }
  return s.length === 5 && (c === 102 || c === 70) && (s === 'false' || s === 'False' || s === 'FALSE');
}

export function get(map: YMap, key: string): YNode | undefined {
  const i = map.keys.indexOf(key);
  return i < 0 ? undefined : map.values[i];
}

export function newMap(): YMap {
  return { t: 'map', keys: [], values: [] };
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
