// Headings and tables read from a document's lines: the reference reader, used for every document
// with carriage returns or fenced blocks, and the rules the in-place reader (in-text.ts) shares.
import {
  delimiterCells,
  firstNonSpace,
  type MdTable,
  opensTable,
  Row,
  Table,
  type TableRow,
  trimmedSlice,
} from './table.js';

export interface Heading {
  level: number;
  /** The heading text with closing #s and surrounding space removed (inline markup kept). */
  text: string;
  line: number;
}

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;

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
export function readAtx(line: string, i: number): Heading | undefined {
  const quick = quickAtx(line, i + 1);
  if (quick) return quick;
  const m = quick === null ? null : ATX.exec(line);
  return m ? { level: (m[1] as string).length, text: (m[2] ?? '').trim(), line: i + 1 } : undefined;
}

/** A setext heading: a paragraph line underlined with === or ---, never a table row or list item. */
function readSetext(lines: string[], i: number, inFence: Uint8Array): Heading | undefined {
  const next = lines[i + 1];
  if (next === undefined || !mayUnderline(next) || inFence[i + 1]) return undefined;
  return setextOver(lines[i] as string, next, i);
}

/** The setext heading of line i, given the next line, which may underline it (mayUnderline). */
export function setextOver(line: string, next: string, i: number): Heading | undefined {
  if (isBlank(line) || line.includes('|')) return undefined;
  if (/^ {0,3}(?:[-*+]\s|\d+[.)]\s|>|#)/.test(line) || /^ {4}/.test(line)) return undefined;
  if (/^ {0,3}=+[ \t]*$/.test(next)) return { level: 1, text: line.trim(), line: i + 1 };
  if (/^ {0,3}-+[ \t]*$/.test(next)) return { level: 2, text: line.trim(), line: i + 1 };
  return undefined;
}

/** The GFM table whose header row is line i, or undefined; `escapes`: the document holds `\|` somewhere. */
function readTable(lines: string[], i: number, inFence: Uint8Array, escapes: boolean): MdTable | undefined {
  const head = lines[i] as string;
  const delim = lines[i + 1];
  if (!head.includes('|') || delim === undefined || inFence[i + 1]) return undefined;
  const width = delimiterCells(delim, 0, delim.length);
  if (width === 0 || !opensTable(head, width, delim.includes('|'))) return undefined;
  const rows: TableRow[] = [];
  let j = i + 2;
  // A row holds a pipe, so it is never blank.
  while (j < lines.length && !inFence[j] && (lines[j] as string).includes('|')) {
    const line = lines[j] as string;
    rows.push(new Row(line, 0, line.length, j + 1, width, escapes ? undefined : false));
    j++;
  }
  return new Table(head, i + 1, j, rows);
}

/** The headings and tables of a document, and how many lines it has. */
export interface Blocks {
  headings: Heading[];
  tables: MdTable[];
  lineCount: number;
}

/** Headings and tables, found in one pass because a table row is never read as a heading. */
export function readBlocks(lines: string[], inFence: Uint8Array, escapes: boolean): Blocks {
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
  return { headings, tables, lineCount: lines.length };
}
