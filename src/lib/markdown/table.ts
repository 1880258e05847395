// Table rows of the Markdown reader: splitting a row into cells on unescaped pipes (GFM), and the row
// object that keeps its line until a rule reads a cell, since most rules read two or three columns.

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
  rows: TableRow[];
}

/** The characters String.prototype.trim removes and `\s` matches (White_Space plus line terminators). */
export function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
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
function rowStart(s: string, from: number, to: number): number {
  let a = from;
  while (a < to && isSpace(s.charCodeAt(a))) a++;
  return a < to && s.charCodeAt(a) === PIPE ? a + 1 : a;
}

function rowEnd(s: string, a: number, to: number): number {
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

/**
 * A table whose header cells are split on first use: a rule finds its columns once per header row
 * (see columnsOf in table-evidence.ts), and rows know the width from the delimiter row.
 */
export class Table implements MdTable {
  private split: string[] | undefined;

  constructor(
    readonly head: string,
    readonly line: number,
    readonly endLine: number,
    readonly rows: TableRow[],
  ) {}

  get headers(): string[] {
    this.split ??= splitRow(this.head);
    return this.split;
  }
}

/** Whether s.slice(from, to) holds `\\|`; by character, since a search could run past the row to the end of its document. */
function hasEscapedPipe(s: string, from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) if (s.charCodeAt(k) === BACKSLASH && s.charCodeAt(k + 1) === PIPE) return true;
  return false;
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

/**
 * A table row kept as its place in the text until a rule reads it: most rules read two or three
 * columns of a wide table, and evidence tables are the bulk of what a run parses, so cells are split
 * on demand, and the row's line is never cut out of the document unless the whole row is split.
 */
export class Row implements TableRow {
  private split: string[] | undefined;
  /** Where the last cell located starts, its column, and where the row's cells end (-1: not yet known). */
  private at = 0;
  private atColumn = 0;
  private end = -1;

  /**
   * The row is src.slice(from, to) (a line, or a line of its document). `escapes`: whether it holds
   * `\|`; false when its document holds none (then no row is tested), undefined to test it on first use.
   */
  constructor(
    private readonly src: string,
    private readonly from: number,
    private readonly to: number,
    readonly line: number,
    private readonly width: number,
    private escapes?: boolean,
  ) {}

  get cells(): string[] {
    if (this.split) return this.split;
    // The row cut out of its document (a whole line slices to itself): splitting is the rare path.
    const cells = splitRow(this.src.slice(this.from, this.to));
    // GFM: short rows are padded, long rows cut to the header's width.
    while (cells.length < this.width) cells.push('');
    this.split = cells.length > this.width ? cells.slice(0, this.width) : cells;
    return this.split;
  }

  cell(i: number): string {
    if (i < 0 || i >= this.width) return '';
    if (this.needsSplit()) return this.cells[i] ?? '';
    const end = this.locate(i);
    return end < 0 ? '' : trimmedSlice(this.src, this.at, end);
  }

  /**
   * Escaped pipes need the full split (a backslash before anything else splits as the fast path
   * does); so does a row already split.
   */
  private needsSplit(): boolean {
    this.escapes ??= hasEscapedPipe(this.src, this.from, this.to);
    return this.split !== undefined || this.escapes;
  }

  /**
   * Moves `at` to the start of cell i and returns where the cell ends (untrimmed), or -1 when the row
   * has no cell i. It continues from the last cell read when that lies to the left: a rule reads its
   * columns in order.
   */
  private locate(i: number): number {
    const src = this.src;
    if (this.end < 0) {
      this.at = rowStart(src, this.from, this.to);
      this.atColumn = 0;
      this.end = rowEnd(src, this.at, this.to);
    }
    let a = this.at;
    let n = this.atColumn;
    if (n > i) {
      a = rowStart(src, this.from, this.to);
      n = 0;
    }
    for (; n < i; n++) {
      const p = src.indexOf('|', a);
      if (p === -1 || p >= this.end) return -1;
      a = p + 1;
    }
    this.at = a;
    this.atColumn = i;
    const p = src.indexOf('|', a);
    return p === -1 || p >= this.end ? this.end : p;
  }
}
