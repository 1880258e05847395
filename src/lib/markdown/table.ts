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
 * The bounds splitRow uses: the line trimmed, its optional outer pipes dropped. Two functions, not
 * one returning a pair: cell() runs for every cell a rule reads, and the pair was a measured share
 * of a run's allocations. `rowEnd` takes rowStart's answer.
 */
function rowStart(line: string): number {
  let a = 0;
  while (a < line.length && isSpace(line.charCodeAt(a))) a++;
  return line.charCodeAt(a) === PIPE ? a + 1 : a;
}

function rowEnd(line: string, a: number): number {
  let b = line.length;
  while (b > a && isSpace(line.charCodeAt(b - 1))) b--;
  return b > a && line.charCodeAt(b - 1) === PIPE ? b - 1 : b;
}

/** splitRow(line).length, without building the cells (the delimiter row's are never read). */
export function cellCount(line: string): number {
  if (line.includes('\\')) return splitRow(line).length;
  const a = rowStart(line);
  const b = rowEnd(line, a);
  let n = 1;
  for (let p = line.indexOf('|', a); p !== -1 && p < b; p = line.indexOf('|', p + 1)) n++;
  return n;
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
 * A table row kept as its line until a rule reads it: most rules read two or three columns of a wide
 * table, and evidence tables are the bulk of what a run parses, so cells are split on demand.
 */
export class Row implements TableRow {
  private split: string[] | undefined;
  /** Where the last cell located starts, its column, and where the row's cells end (-1: not yet known). */
  private at = 0;
  private atColumn = 0;
  private end = -1;

  /**
   * `escapes`: whether the line holds `\|`; false when its document holds none (then no row is
   * tested), undefined to test the line on first use.
   */
  constructor(
    private readonly text: string,
    readonly line: number,
    private readonly width: number,
    private escapes?: boolean,
  ) {}

  get cells(): string[] {
    if (this.split) return this.split;
    const cells = splitRow(this.text);
    // GFM: short rows are padded, long rows cut to the header's width.
    while (cells.length < this.width) cells.push('');
    this.split = cells.length > this.width ? cells.slice(0, this.width) : cells;
    return this.split;
  }

  cell(i: number): string {
    if (i < 0 || i >= this.width) return '';
    if (this.needsSplit()) return this.cells[i] ?? '';
    const end = this.locate(i);
    return end < 0 ? '' : trimmedSlice(this.text, this.at, end);
  }

  /**
   * Escaped pipes need the full split (a backslash before anything else splits as the fast path
   * does); so does a row already split.
   */
  private needsSplit(): boolean {
    this.escapes ??= this.text.includes('\\|');
    return this.split !== undefined || this.escapes;
  }

  /**
   * Moves `at` to the start of cell i and returns where the cell ends (untrimmed), or -1 when the row
   * has no cell i. It continues from the last cell read when that lies to the left: a rule reads its
   * columns in order.
   */
  private locate(i: number): number {
    const line = this.text;
    if (this.end < 0) {
      this.at = rowStart(line);
      this.atColumn = 0;
      this.end = rowEnd(line, this.at);
    }
    let a = this.at;
    let n = this.atColumn;
    if (n > i) {
      a = rowStart(line);
      n = 0;
    }
    for (; n < i; n++) {
      const p = line.indexOf('|', a);
      if (p === -1 || p >= this.end) return -1;
      a = p + 1;
    }
    this.at = a;
    this.atColumn = i;
    const p = line.indexOf('|', a);
    return p === -1 || p >= this.end ? this.end : p;
  }
}
