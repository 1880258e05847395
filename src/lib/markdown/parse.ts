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
  lines: string[];
  headings: Heading[];
  fences: Fence[];
  tables: MdTable[];
  /** Non-zero for each line inside a fenced block (fence lines included); index = line - 1. */
  inFence: Uint8Array;
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

export function splitLines(text: string): string[] {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return t.includes('\r') ? t.split(/\r\n|\r|\n/) : t.split('\n');
}

/** Splits a table row on unescaped pipes (GFM), dropping the optional outer pipes. */
export function splitRow(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  if (!s.includes('\\')) return s.split('|').map((c) => c.trim());
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
function readFences(lines: string[]): { fences: Fence[]; inFence: Uint8Array } {
  const fences: Fence[] = [];
  const inFence = new Uint8Array(lines.length);
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
  return line === undefined || line.trim() === '';
}

function readHeading(lines: string[], i: number, inFence: Uint8Array): Heading | undefined {
  const line = lines[i] as string;
  const m = line.includes('#') ? ATX.exec(line) : null;
  if (m) return { level: (m[1] as string).length, text: (m[2] ?? '').trim(), line: i + 1 };
  // Setext: a paragraph line underlined with === or ---, never a table row or list item.
  const next = lines[i + 1];
  if (next === undefined || inFence[i + 1] || isBlank(line) || line.includes('|')) return undefined;
  const under = next.trimStart()[0];
  if (under !== '=' && under !== '-') return undefined;
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
    rows.push({ cells: cells.slice(0, headers.length), line: j + 1 });
    j++;
  }
  return { headers, line: i + 1, endLine: j, rows };
}

export function parseMarkdown(text: string): MdDoc {
  const lines = splitLines(typeof text === 'string' ? text : '');
  const { fences, inFence } = readFences(lines);
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
    const h = readHeading(lines, i, inFence);
    if (h) {
      headings.push(h);
      if (!(lines[i] as string).includes('#') || !ATX.test(lines[i] as string)) i++; // skip the setext underline
    }
  }
  return { lines, headings, fences, tables, inFence };
}
