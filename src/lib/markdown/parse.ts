// A small Markdown reader for evidence documents: headings, fenced blocks and GFM tables, each with
// 1-based line numbers so every finding can point at the line a reviewer must fix. It reads what
// people write in release evidence, not all of CommonMark, and it never throws: any text is a document.
import { closesFence, fenceOpen } from './fence.js';
import { cellCount, firstNonSpace, type MdTable, Row, splitRow, type TableRow, trimmedSlice } from './table.js';

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
  /** The document as given, without a leading byte-order mark. */
  readonly text: string;
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
const DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** No line is fenced: a length-0 array cannot be written to, so it is safe to share. */
const NOT_FENCED = new Uint8Array(0);

/** Marks fenced lines and collects the fences, so headings and tables inside code are not read as such. */
function readFences(doc: MdDoc): { fences: Fence[]; inFence: Uint8Array } {
  // Most evidence has no fence: share one empty answer (an index past its end reads as "not fenced").
  if (!doc.text.includes('```') && !doc.text.includes('~~~')) return { fences: [], inFence: NOT_FENCED };
  const lines = doc.lines;
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

// Blank lines and underline candidates are tested on every line of every document: by character, not
// by a regex call per line, which was a measured share of the parse.
function isBlank(line: string | undefined): boolean {
  return line === undefined || firstNonSpace(line) === -1;
}

/** The line's first non-space character is `=` or `-`: it may underline a setext heading. */
function mayUnderline(line: string): boolean {
  const c = line.charCodeAt(firstNonSpace(line));
  return c === 61 || c === 45;
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
  if (next === undefined || !mayUnderline(next)) return undefined;
  if (inFence[i + 1] || isBlank(line) || line.includes('|')) return undefined;
  if (/^ {0,3}(?:[-*+]\s|\d+[.)]\s|>|#)/.test(line) || /^ {4}/.test(line)) return undefined;
  if (/^ {0,3}=+[ \t]*$/.test(next)) return { level: 1, text: line.trim(), line: i + 1 };
  if (/^ {0,3}-+[ \t]*$/.test(next)) return { level: 2, text: line.trim(), line: i + 1 };
  return undefined;
}

/** The GFM table whose header row is line i, or undefined; `escapes`: the document holds `\|` somewhere. */
function readTable(lines: string[], i: number, inFence: Uint8Array, escapes: boolean): MdTable | undefined {
  const head = lines[i] as string;
  const delim = lines[i + 1];
  if (!head.includes('|') || delim === undefined || inFence[i + 1] || !DELIMITER.test(delim)) return undefined;
  if (!delim.includes('|') && !head.trim().startsWith('|') && splitRow(head).length < 2) return undefined;
  const headers = splitRow(head);
  if (cellCount(delim) !== headers.length) return undefined;
  const rows: TableRow[] = [];
  let j = i + 2;
  while (j < lines.length && !inFence[j] && !isBlank(lines[j]) && (lines[j] as string).includes('|')) {
    rows.push(new Row(lines[j] as string, j + 1, headers.length, escapes ? undefined : false));
    j++;
  }
  return { headers, line: i + 1, endLine: j, rows };
}

/** Headings and tables, found in one pass because a table row is never read as a heading. */
function readBlocks(
  lines: string[],
  inFence: Uint8Array,
  escapes: boolean,
): { headings: Heading[]; tables: MdTable[] } {
  const headings: Heading[] = [];
  const tables: MdTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (inFence[i]) continue;
    const table = readTable(lines, i, inFence, escapes);
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
 * Everything is read on first use: a status after a label is found in the text itself (see
 * valueAfterLabel), many rules never ask for headings or tables, and thousands of documents are read per
 * run, so lines, fences and blocks are each built only when a question needs them.
 */
class Doc implements MdDoc {
  private split: string[] | undefined;
  private fenced: { fences: Fence[]; inFence: Uint8Array } | undefined;
  private blocks: { headings: Heading[]; tables: MdTable[] } | undefined;

  /** `text` is the document without a leading byte-order mark. */
  constructor(readonly text: string) {}

  get lines(): string[] {
    this.split ??= this.text.includes('\r') ? this.text.split(/\r\n|\r|\n/) : this.text.split('\n');
    return this.split;
  }

  private get fencing(): { fences: Fence[]; inFence: Uint8Array } {
    this.fenced ??= readFences(this);
    return this.fenced;
  }

  get fences(): Fence[] {
    return this.fencing.fences;
  }

  get inFence(): Uint8Array {
    return this.fencing.inFence;
  }

  private get block(): { headings: Heading[]; tables: MdTable[] } {
    // One test of the text spares every row its own test for escaped pipes.
    this.blocks ??= readBlocks(this.lines, this.inFence, this.text.includes('\\|'));
    return this.blocks;
  }

  get headings(): Heading[] {
    return this.block.headings;
  }

  get tables(): MdTable[] {
    return this.block.tables;
  }
}

export function parseMarkdown(text: string): MdDoc {
  const src = typeof text === 'string' ? text : '';
  return new Doc(src.charCodeAt(0) === 0xfeff ? src.slice(1) : src);
}
