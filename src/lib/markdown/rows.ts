// The tables of the Markdown reader. A row stays a place in the text until a rule reads a cell: most
// rules read two or three columns of a wide table, and evidence tables are the bulk of what a run
// parses. A table read in place keeps where its rows end in one array of numbers and reads cells
// through one reusable cursor, so judging a table makes no object per row (see cellOf).
import { isSpace } from '../text/space.js';
import { type MdTable, rowEnd, rowStart, splitRow, type TableRow, trimmedSlice } from './table.js';

/** Whether s.slice(from, to) holds `\\|`; by character, since a search could run past the row to the end of its document. */
function hasEscapedPipe(s: string, from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) if (s.charCodeAt(k) === 92 && s.charCodeAt(k + 1) === 124) return true;
  return false;
}

/**
 * A table row kept as its place in the text: src.slice(from, to), a line or a line of its document.
 * Cells are split on demand, and the row is never cut out of its source unless it is split whole.
 */
export class Row implements TableRow {
  private split: string[] | undefined;
  /** Where the last cell located starts, its column, and where the row's cells end (-1: not yet known). */
  private at = 0;
  private atColumn = 0;
  private end = -1;

  /**
   * `escapes`: whether the row holds `\|`; false when its document holds none (then no row is tested),
   * undefined to test it on first use.
   */
  constructor(
    private readonly src: string,
    private from: number,
    private to: number,
    public line: number,
    private readonly width: number,
    private escapes?: boolean,
  ) {}

  /** Points this row at another row of the same source (a table's cursor; see TextTable). */
  moveTo(from: number, to: number, line: number, escapes: boolean | undefined): void {
    this.from = from;
    this.to = to;
    this.line = line;
    this.escapes = escapes;
    this.split = undefined;
    this.end = -1;
  }

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

  /** cell(i).charCodeAt(0), read in place: its first character that is not space. */
  cellCode(i: number): number {
    if (i < 0 || i >= this.width) return Number.NaN;
    if (this.needsSplit()) return (this.cells[i] ?? '').charCodeAt(0);
    const end = this.locate(i);
    let a = this.at;
    while (a < end && isSpace(this.src.charCodeAt(a))) a++;
    return a < end ? this.src.charCodeAt(a) : Number.NaN;
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

/** What both kinds of table share: the header row, split on first use (columns are found once per header; see columnsOf). */
abstract class Table {
  private split: string[] | undefined;

  constructor(
    readonly head: string,
    readonly line: number,
    readonly endLine: number,
  ) {}

  get headers(): string[] {
    this.split ??= splitRow(this.head);
    return this.split;
  }

  /** Rows are the lines after the header and delimiter rows, one each. */
  rowLine(r: number): number {
    return this.line + 2 + r;
  }
}

/** A table of the line reader, whose rows are lines of their own. */
export class LineTable extends Table implements MdTable {
  constructor(
    head: string,
    line: number,
    endLine: number,
    readonly rows: Row[],
  ) {
    super(head, line, endLine);
  }

  get rowCount(): number {
    return this.rows.length;
  }

  cellOf(r: number, i: number): string {
    return this.rows[r]?.cell(i) ?? '';
  }

  cellCodeOf(r: number, i: number): number {
    return this.rows[r]?.cellCode(i) ?? Number.NaN;
  }
}

/**
 * A table read in place: row r is text.slice(start, ends[r]), where it starts after the line before
 * it. `stop` is where its last line (a row, else the delimiter row) ends. `escapes` is false when the
 * document holds no `\|`, undefined to test each row on first use.
 */
export class TextTable extends Table implements MdTable {
  private made: Row[] | undefined;
  /** The row cellOf read last, and which it is (-1: none yet). */
  private cursor: Row | undefined;
  private cursorRow = -1;

  constructor(
    head: string,
    line: number,
    private readonly text: string,
    /** Where the delimiter row ends. */
    private readonly delimEnd: number,
    private readonly ends: number[],
    private readonly width: number,
    private readonly escapes: boolean | undefined,
  ) {
    super(head, line, line + 1 + ends.length);
  }

  get stop(): number {
    return this.ends.length === 0 ? this.delimEnd : (this.ends[this.ends.length - 1] as number);
  }

  get rowCount(): number {
    return this.ends.length;
  }

  private startOf(r: number): number {
    return (r === 0 ? this.delimEnd : (this.ends[r - 1] as number)) + 1;
  }

  get rows(): Row[] {
    if (!this.made) {
      const made: Row[] = [];
      for (let r = 0; r < this.ends.length; r++) {
        made.push(
          new Row(this.text, this.startOf(r), this.ends[r] as number, this.rowLine(r), this.width, this.escapes),
        );
      }
      this.made = made;
    }
    return this.made;
  }

  /** Row r to read cells from: the built row once rows are (a rule may have split it), else the cursor. */
  private reader(r: number): Row | undefined {
    if (r < 0 || r >= this.ends.length) return undefined;
    if (this.made) return this.made[r];
    if (r !== this.cursorRow) {
      const start = this.startOf(r);
      const end = this.ends[r] as number;
      if (this.cursor) this.cursor.moveTo(start, end, this.rowLine(r), this.escapes);
      else this.cursor = new Row(this.text, start, end, this.rowLine(r), this.width, this.escapes);
      this.cursorRow = r;
    }
    return this.cursor;
  }

  cellOf(r: number, i: number): string {
    return this.reader(r)?.cell(i) ?? '';
  }

  cellCodeOf(r: number, i: number): number {
    return this.reader(r)?.cellCode(i) ?? Number.NaN;
  }
}
