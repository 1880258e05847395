// Table rows of the Markdown reader: splitting a row into cells on unescaped pipes (GFM), and the
// character tests that find a table (delimiter rows, header widths). The tables themselves, which keep
// their rows as places in the text until a rule reads a cell, are in rows.ts.
import { isSpace } from '../text/space.js';

export interface TableRow {
  line: number;
  /** Every cell, trimmed, padded or cut to the header's width (GFM); split on first use. */
  readonly cells: string[];
  /** Cell i alone ('' past the row's end), without splitting the rest of the row. */
  cell(i: number): string;
}

export interface MdTable {
  headers: string[];
  /** The header row as written (the line itself, without its line ending). */
  head: string;
  /** Line of the header row. */
  line: number;
  /** Line of the last row (or of the delimiter row when there are none). */
  endLine: number;
  /** Every row; built on first use by a table read in place (rule checks use rowCount and cellOf). */
  readonly rows: TableRow[];
  readonly rowCount: number;
  /** rows[r].cell(i), without a row object: most rules read two or three columns of every row. */
  cellOf(r: number, i: number): string;
  /** The first character code of rows[r].cell(i) (NaN when it is empty), without cutting the cell out. */
  cellCodeOf(r: number, i: number): number;
  /** rows[r].line. */
  rowLine(r: number): number;
}

/** The index of the first character that is not `\s`, or -1: what `/\S/` finds, without a regex per line. */
export function firstNonSpace(line: string): number {
  for (let i = 0; i < line.length; i++) if (!isSpace(line.charCodeAt(i))) return i;
  return -1;
}

const PIPE = 124;
const BACKSLASH = 92;
const COLON = 58;
const DASH = 45;

/** line.slice(a, b).trim(), without the intermediate string. */
export function trimmedSlice(line: string, a: number, b: number): string {
  while (a < b && isSpace(line.charCodeAt(a))) a++;
  while (b > a && isSpace(line.charCodeAt(b - 1))) b--;
  return line.slice(a, b);
}

/** Splits a table row on unescaped pipes (GFM), dropping the optional outer pipes. */
export function splitRow(line: string): string[] {
  // Index arithmetic instead of trim/slice/split/map: rows are the bulk of what evidence holds.
  let a = 0;
  let b = line.length;
  while (a < b && isSpace(line.charCodeAt(a))) a++;
  while (b > a && isSpace(line.charCodeAt(b - 1))) b--;
  if (a < b && line.charCodeAt(a) === PIPE) a++;
  if (b > a && line.charCodeAt(b - 1) === PIPE && !(b - 2 >= a && line.charCodeAt(b - 2) === BACKSLASH)) b--;
  const slash = line.indexOf('\\', a);
  if (slash !== -1 && slash < b) return splitEscaped(line.slice(a, b));
  const cells: string[] = [];
  for (;;) {
    const p = line.indexOf('|', a);
    if (p === -1 || p >= b) break;
    cells.push(trimmedSlice(line, a, p));
    a = p + 1;
  }
  cells.push(trimmedSlice(line, a, b));
  return cells;
}

/**
 * The bounds splitRow uses for the row s.slice(from, to): trimmed, its optional outer pipes dropped.
 * Two functions, not one returning a pair: cell() runs for every cell a rule reads, and the pair was
 * a measured share of a run's allocations. `rowEnd` takes rowStart's answer.
 */
export function rowStart(s: string, from: number, to: number): number {
  let a = from;
  while (a < to && isSpace(s.charCodeAt(a))) a++;
  return a < to && s.charCodeAt(a) === PIPE ? a + 1 : a;
}

export function rowEnd(s: string, a: number, to: number): number {
  let b = to;
  while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
  return b > a && s.charCodeAt(b - 1) === PIPE ? b - 1 : b;
}

/** One cell of a delimiter row: `\s*:?-+:?\s*` from a; where it ends, or -1 when there is none. */
function delimiterCell(s: string, a: number, b: number): number {
  while (a < b && isSpace(s.charCodeAt(a))) a++;
  if (a < b && s.charCodeAt(a) === COLON) a++;
  if (a >= b || s.charCodeAt(a) !== DASH) return -1;
  while (a < b && s.charCodeAt(a) === DASH) a++;
  if (a < b && s.charCodeAt(a) === COLON) a++;
  while (a < b && isSpace(s.charCodeAt(a))) a++;
  return a;
}

/**
 * The cell count of s.slice(from, to) when it is a GFM delimiter row (what
 * /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/ matches), else 0. By character, in the same pass
 * that counts its cells: every line under a line with a pipe is tested, and the regex and a separate
 * count were a measured share of reading tables. Such a row holds no backslash, so the count is
 * splitRow's.
 */
export function delimiterCells(s: string, from: number, to: number): number {
  let b = to;
  while (b > from && isSpace(s.charCodeAt(b - 1))) b--;
  let a = rowStart(s, from, b);
  for (let n = 1; ; n++) {
    a = delimiterCell(s, a, b);
    if (a < 0) return 0;
    if (a === b || (a === b - 1 && s.charCodeAt(a) === PIPE)) return n;
    if (s.charCodeAt(a) !== PIPE) return 0;
    a++;
  }
}

/** splitRow(line).length, without building the cells. */
function cellCount(line: string): number {
  if (line.includes('\\')) return splitRow(line).length;
  const a = rowStart(line, 0, line.length);
  const b = rowEnd(line, a, line.length);
  let n = 1;
  for (let p = line.indexOf('|', a); p !== -1 && p < b; p = line.indexOf('|', p + 1)) n++;
  return n;
}

/**
 * Whether `head` (holding a pipe) opens a table over a delimiter row of `width` cells (delimiterCells,
 * not 0): the delimiter row has a cell per header, and a one-column table needs a pipe outside its
 * only cell, leading the header or in the delimiter row.
 */
export function opensTable(head: string, width: number, delimHasPipe: boolean): boolean {
  if (cellCount(head) !== width) return false;
  return width > 1 || delimHasPipe || head.charCodeAt(firstNonSpace(head)) === PIPE;
}

/** The slow path of splitRow: `\|` is a pipe inside a cell. */
function splitEscaped(s: string): string[] {
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if (ch === '\\' && s[i + 1] === '|') {
      cur += '|';
      i++;
    } else if (ch === '|') {
      cells.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  cells.push(cur.trim());
  return cells;
}
