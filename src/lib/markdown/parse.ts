// A small Markdown reader for evidence documents: headings, fenced blocks and GFM tables, each with
// 1-based line numbers so every finding can point at the line a reviewer must fix. It reads what
// people write in release evidence, not all of CommonMark, and it never throws: any text is a document.
import { closesFence, fenceOpen } from './fence.js';
import { cellCount, type MdTable, Row, splitRow, type TableRow, trimmedSlice } from './table.js';

export type { MdTable, TableRow } from './table.js';
export { splitRow } from './table.js';

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

export interface MdDoc {
  /** Every line, without line endings; `lines[0]` is line 1. */
  readonly lines: string[];
  readonly headings: Heading[];
  readonly fences: Fence[];
  readonly tables: MdTable[];
  /**
   * Non-zero for each line inside a fenced block (fence lines included); index = line - 1. It may be
   * shorter than `lines` (empty when there is no fence): an index past its end is an unfenced line.
   */
  readonly inFence: Uint8Array;
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
/** The next line's first non-space character is `=` or `-` (what trimStart()[0] would say). */
const SETEXT_UNDER = /^\s*[=-]/;
const DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

function splitLines(text: string): string[] {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return t.includes('\r') ? t.split(/\r\n|\r|\n/) : t.split('\n');
}

/** No line is fenced: a length-0 array cannot be written to, so it is safe to share. */
const NOT_FENCED = new Uint8Array(0);

/** Marks fenced lines and collects the fences, so headings and tables inside code are not read as such. */
function readFences(lines: string[], text: string): { fences: Fence[]; inFence: Uint8Array } {
  // Most evidence has no fence: share one empty answer (an index past its end reads as "not fenced").
  if (!text.includes('```') && !text.includes('~~~')) return { fences: [], inFence: NOT_FENCED };
  const fences: Fence[] = [];
  const inFence = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!line.includes('```') && !line.includes('~~~')) continue;
    const m = fenceOpen(line);
    if (!m) continue;
    let j = i + 1;
    while (j < lines.length && !closesFence(lines[j] as string, m.marker)) j++;
    const end = Math.min(j, lines.length - 1);
    inFence.fill(1, i, end + 1);
    fences.push({ info: m.info, line: i + 1, endLine: end + 1, body: lines.slice(i + 1, j) });
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
function quickAtx(line: string, lineNo: number): Heading | null | undefined {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 32) i++;
  let n = 0;
  while (line.charCodeAt(i + n) === 35) n++;
  if (n === 0) return line.charCodeAt(i) === 32 ? undefined : null; // 4+ spaces: let ATX decide
  if (n > 6) return null;
  const after = i + n;
  if (after === line.length) return { level: n, text: '', line: lineNo };
  const c = line.charCodeAt(after);
  if (c !== 32 && c !== 9) return null;
  // ATX's `.` stops at U+2028/U+2029, so such a line is left to the regex.
  if (line.indexOf('#', after) !== -1 || line.includes('\u2028') || line.includes('\u2029')) return undefined;
  return { level: n, text: trimmedSlice(line, after + 1, line.length), line: lineNo };
}

/** An ATX heading (`## Status`) on this line, or undefined. */
function readAtx(line: string, i: number): Heading | undefined {
  const quick = quickAtx(line, i + 1);
  if (quick) return quick;
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
  if (cellCount(delim) !== headers.length) return undefined;
  const rows: TableRow[] = [];
  let j = i + 2;
  while (j < lines.length && !inFence[j] && !isBlank(lines[j]) && (lines[j] as string).includes('|')) {
    rows.push(new Row(lines[j] as string, j + 1, headers.length));
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
