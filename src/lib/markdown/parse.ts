// A small Markdown reader for evidence documents: headings, fenced blocks and GFM tables, each with
// 1-based line numbers so every finding can point at the line a reviewer must fix. It reads what
// people write in release evidence, not all of CommonMark, and it never throws: any text is a document.

export interface Heading {
  level: number;
  /** The heading text with closing #s and surrounding space removed (inline markup kept). */
  text: string;
  line: number;
}

export interface Fence {
  /** The info string after the opening fence, e.g. `text` or `yaml`. */
  info: string;
  /** Line of the opening fence. */
  line: number;
  /** Line of the closing fence, or the last line when the fence is never closed. */
  endLine: number;
  /** The lines between the fences. */
  body: string[];
}

export interface TableRow {
  cells: string[];
  line: number;
}

export interface MdTable {
  headers: string[];
  /** Line of the header row. */
  line: number;
  /** Line of the last row (or of the delimiter row when there are none). */
  endLine: number;
  rows: TableRow[];
}

export interface MdDoc {
  /** Every line, without line endings; `lines[0]` is line 1. */
  readonly lines: string[];
  readonly headings: Heading[];
  readonly fences: Fence[];
  readonly tables: MdTable[];
  /** Non-zero for each line inside a fenced block (fence lines included); index = line - 1. */
  readonly inFence: Uint8Array;
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
/** The next line's first non-space character is `=` or `-` (what trimStart()[0] would say). */
const SETEXT_UNDER = /^\s*[=-]/;
const DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

export function splitLines(text: string): string[] {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return t.includes('\r') ? t.split(/\r\n|\r|\n/) : t.split('\n');
}

/** The characters String.prototype.trim removes (Unicode White_Space plus line terminators). */
function isSpace(c: number): boolean {
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

const PIPE = 124;
const BACKSLASH = 92;

/** line.slice(a, b).trim(), without the intermediate string. */
function trimmedSlice(line: string, a: number, b: number): string {
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

function isClosingFence(line: string, open: string): boolean {
  const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
  return m !== null && (m[1] as string)[0] === open[0] && (m[1] as string).length >= open.length;
}

/** Marks fenced lines and collects the fences, so headings and tables inside code are not read as such. */
function readFences(lines: string[], text: string): { fences: Fence[]; inFence: Uint8Array } {
  const fences: Fence[] = [];
  const inFence = new Uint8Array(lines.length);
  if (!text.includes('```') && !text.includes('~~~')) return { fences, inFence };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!line.includes('```') && !line.includes('~~~')) continue;
    const m = FENCE_OPEN.exec(line);
    // A backtick fence's info string may not contain backticks (CommonMark), else it is inline code.
    if (!m || ((m[1] as string)[0] === '`' && (m[2] as string).includes('`'))) continue;
    const open = m[1] as string;
    let j = i + 1;
    while (j < lines.length && !isClosingFence(lines[j] as string, open)) j++;
    const end = Math.min(j, lines.length - 1);
    inFence.fill(1, i, end + 1);
    fences.push({ info: (m[2] as string).trim(), line: i + 1, endLine: end + 1, body: lines.slice(i + 1, j) });
    i = end;
  }
  return { fences, inFence };
}

function isBlank(line: string | undefined): boolean {
  return line === undefined || !/\S/.test(line);
}

/**
 * An ATX heading read without the regex when its text holds no `#` (then ATX's capture, trimmed, is
 * simply the rest of the line trimmed); undefined when the line needs the full ATX rule.
 */
function quickAtx(line: string): { level: number; text: string } | null | undefined {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 32) i++;
  let n = 0;
  while (line.charCodeAt(i + n) === 35) n++;
  if (n === 0) return line.charCodeAt(i) === 32 ? undefined : null; // 4+ spaces: let ATX decide
  if (n > 6) return null;
  const after = i + n;
  if (after === line.length) return { level: n, text: '' };
  const c = line.charCodeAt(after);
  if (c !== 32 && c !== 9) return null;
  // ATX's `.` stops at U+2028/U+2029, so such a line is left to the regex.
  if (line.indexOf('#', after) !== -1 || line.includes('\u2028') || line.includes('\u2029')) return undefined;
  return { level: n, text: line.slice(after + 1).trim() };
}

/** An ATX heading (`## Status`) on this line, or undefined. */
function readAtx(line: string, i: number): Heading | undefined {
  const quick = quickAtx(line);
  if (quick) return { level: quick.level, text: quick.text, line: i + 1 };
  const m = quick === null ? null : ATX.exec(line);
  return m ? { level: (m[1] as string).length, text: (m[2] ?? '').trim(), line: i + 1 } : undefined;
}

/** A setext heading: a paragraph line underlined with === or ---, never a table row or list item. */
function readSetext(lines: string[], i: number, inFence: Uint8Array): Heading | undefined {
  const line = lines[i] as string;
  const next = lines[i + 1];
  if (next === undefined || !SETEXT_UNDER.test(next)) return undefined;
  if (inFence[i + 1] || isBlank(line) || line.includes('|')) return undefined;
  if (/^ {0,3}(?:[-*+]\s|\d+[.)]\s|>|#)/.test(line) || /^ {4}/.test(line)) return undefined;
  if (/^ {0,3}=+[ \t]*$/.test(next)) return { level: 1, text: line.trim(), line: i + 1 };
  if (/^ {0,3}-+[ \t]*$/.test(next)) return { level: 2, text: line.trim(), line: i + 1 };
  return undefined;
}

/** Reads a GFM table whose header row is line i; undefined when line i does not start one. */
function readTable(lines: string[], i: number, inFence: Uint8Array): MdTable | undefined {
  const head = lines[i] as string;
  const delim = lines[i + 1];
  if (!head.includes('|') || delim === undefined || inFence[i + 1] || !DELIMITER.test(delim)) return undefined;
  if (!delim.includes('|') && !head.trim().startsWith('|') && splitRow(head).length < 2) return undefined;
  const headers = splitRow(head);
  if (splitRow(delim).length !== headers.length) return undefined;
  const rows: TableRow[] = [];
  let j = i + 2;
  while (j < lines.length && !inFence[j] && !isBlank(lines[j]) && (lines[j] as string).includes('|')) {
    const cells = splitRow(lines[j] as string);
    // GFM: short rows are padded, long rows cut to the header's width.
    while (cells.length < headers.length) cells.push('');
    rows.push({ cells: cells.length > headers.length ? cells.slice(0, headers.length) : cells, line: j + 1 });
    j++;
  }
  return { headers, line: i + 1, endLine: j, rows };
}

/** Headings and tables, found in one pass because a table row is never read as a heading. */
function readBlocks(lines: string[], inFence: Uint8Array): { headings: Heading[]; tables: MdTable[] } {
  const headings: Heading[] = [];
  const tables: MdTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (inFence[i]) continue;
    const table = readTable(lines, i, inFence);
    if (table) {
      tables.push(table);
      i = table.endLine - 1;
      continue;
    }
    const line = lines[i] as string;
    const atx = line.includes('#') ? readAtx(line, i) : undefined;
    if (atx) {
      headings.push(atx);
      continue;
    }
    const setext = readSetext(lines, i, inFence);
    if (setext) {
      headings.push(setext);
      i++; // skip the underline
    }
  }
  return { headings, tables };
}

/**
 * Lines and fences are read at once; headings and tables on first use, because many evidence rules
 * (a status after a label) never ask for them and thousands of documents are read per run.
 */
class Doc implements MdDoc {
  private blocks: { headings: Heading[]; tables: MdTable[] } | undefined;

  constructor(
    readonly lines: string[],
    readonly fences: Fence[],
    readonly inFence: Uint8Array,
  ) {}

  get headings(): Heading[] {
    this.blocks ??= readBlocks(this.lines, this.inFence);
    return this.blocks.headings;
  }

  get tables(): MdTable[] {
    this.blocks ??= readBlocks(this.lines, this.inFence);
    return this.blocks.tables;
  }
}

export function parseMarkdown(text: string): MdDoc {
  const src = typeof text === 'string' ? text : '';
  const lines = splitLines(src);
  const { fences, inFence } = readFences(lines, src);
  return new Doc(lines, fences, inFence);
}
