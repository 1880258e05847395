// One-line flow collections as manifests write them (`labels: {app: api}`, `ports: [{containerPort:
// 80}]`, `args: []`), for the fast manifest scanner. Only a strict subset is read: keys as in block
// style followed by `: `, values that are nested collections, quoted strings without escapes, or
// plain words of [A-Za-z0-9_./@+-] with inner colons (no spaces); no trailing comma, no duplicate key, the
// closing bracket on the same line. Anything else is undefined and the full parser decides.
import {
  add,
  COLON,
  DASH,
  has,
  isBoolOrNull,
  isKeyChar,
  isKeyStart,
  newMap,
  plainIsString,
  restIsEmpty,
  SPACE,
  type YMap,
  type YNode,
  type YScalar,
  type YSeq,
} from './scan-nodes.js';

const OPEN_MAP = 123;
const CLOSE_MAP = 125;
const OPEN_SEQ = 91;
const CLOSE_SEQ = 93;
const COMMA = 44;

/** Position in the text, advanced by the readers below, and where the line ends (its newline or the text's end). */
interface Cursor {
  i: number;
  end: number;
}

function isWordChar(c: number): boolean {
  return isKeyChar(c) || c === 64 || c === 43; // key characters plus @ and +
}

function skip(text: string, cur: Cursor): number {
  while (text.charCodeAt(cur.i) === SPACE) cur.i++;
  return text.charCodeAt(cur.i);
}

function quoted(text: string, cur: Cursor, lineNo: number): YScalar | undefined {
  const q = text[cur.i] as string;
  const end = text.indexOf(q, cur.i + 1);
  if (end < 0 || end >= cur.end) return undefined;
  const value = text.slice(cur.i + 1, end);
  // Escapes (`\` in double quotes) and doubled single quotes are left to the parser.
  if ((q === '"' && value.includes('\\')) || (q === "'" && text.charCodeAt(end + 1) === 39)) return undefined;
  cur.i = end + 1;
  return { t: 'scalar', value, line: lineNo };
}

function word(text: string, cur: Cursor, lineNo: number): YScalar | undefined {
  const start = cur.i;
  const c = text.charCodeAt(start);
  // `-` may only start a word when a word character follows (`- x` is a block sequence).
  if (!(isKeyStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 47 || c === DASH)) return undefined;
  let j = start + 1;
  // A colon inside a word (`nginx:1.25`, `@sha256:...`) is part of it; before a space or bracket it is not.
  while (j < cur.end) {
    const d = text.charCodeAt(j);
    if (isWordChar(d) || (d === COLON && isWordChar(text.charCodeAt(j + 1)))) j++;
    else break;
  }
  if (c === DASH && j === start + 1) return undefined;
  cur.i = j;
  const value = text.slice(start, j);
  return { t: 'scalar', value: plainIsString(value) ? value : undefined, line: lineNo };
}

function node(text: string, cur: Cursor, lineNo: number, depth: number): YNode | undefined {
  if (depth > 32) return undefined;
  const c = text.charCodeAt(cur.i);
  if (c === OPEN_MAP) return map(text, cur, lineNo, depth);
  if (c === OPEN_SEQ) return seq(text, cur, lineNo, depth);
  if (c === 34 || c === 39) return quoted(text, cur, lineNo);
  return word(text, cur, lineNo);
}

/** After an entry: `,` and another entry, or the closing bracket. Undefined on anything else. */
function next(text: string, cur: Cursor, close: number): 'more' | 'end' | undefined {
  const c = skip(text, cur);
  if (c === close) {
    cur.i++;
    return 'end';
  }
  if (c !== COMMA) return undefined;
  cur.i++;
  const d = skip(text, cur);
  return d === close || d === COMMA ? undefined : 'more'; // a trailing or doubled comma: the parser decides
}

function map(text: string, cur: Cursor, lineNo: number, depth: number): YMap | undefined {
  const m = newMap();
  cur.i++;
  if (skip(text, cur) === CLOSE_MAP) {
    cur.i++;
    return m;
  }
  for (;;) {
    const start = cur.i;
    if (!isKeyStart(text.charCodeAt(start))) return undefined;
    let j = start + 1;
    while (j < cur.end && isKeyChar(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) !== COLON || text.charCodeAt(j + 1) !== SPACE) return undefined;
    const key = text.slice(start, j);
    if (isBoolOrNull(key) || has(m, key)) return undefined;
    cur.i = j + 1;
    skip(text, cur);
    const v = node(text, cur, lineNo, depth + 1);
    if (!v) return undefined;
    add(m, key, v);
    const after = next(text, cur, CLOSE_MAP);
    if (after !== 'more') return after === 'end' ? m : undefined;
  }
}

function seq(text: string, cur: Cursor, lineNo: number, depth: number): YSeq | undefined {
  const s: YSeq = { t: 'seq', items: [] };
  cur.i++;
  if (skip(text, cur) === CLOSE_SEQ) {
    cur.i++;
    return s;
  }
  for (;;) {
    const v = node(text, cur, lineNo, depth + 1);
    if (!v) return undefined;
    s.items.push(v);
    const after = next(text, cur, CLOSE_SEQ);
    if (after !== 'more') return after === 'end' ? s : undefined;
  }
}

/**
 * The flow collection starting at k (`{` or `[`), which must end the line (bar a comment); `text` is
 * the whole text and `end` the position of the line's end in it.
 */
export function flowValue(text: string, k: number, end: number, lineNo: number): YNode | undefined {
  const cur: Cursor = { i: k, end };
  const v = node(text, cur, lineNo, 0);
  return v && restIsEmpty(text, cur.i, end) ? v : undefined;
}
