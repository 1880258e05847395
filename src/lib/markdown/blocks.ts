// Headings and tables read from a document's lines: the reference reader, used for every document
// with carriage returns or fenced blocks, and the rules the in-place reader (in-text.ts) shares.
import { addSetext, type HeadingList, ListedHeadings, readAtxAt, setextLevel } from './headings.js';
import { LineTable, Row } from './rows.js';
import { delimiterCells, firstNonSpace, type MdTable, opensTable } from './table.js';

export type { Heading } from './headings.js';

/** The line's first non-space character is `=` or `-`: it may underline a setext heading. */
function mayUnderline(line: string): boolean {
  // By character, not by a regex call per line, which was a measured share of the parse.
  const c = line.charCodeAt(firstNonSpace(line));
  return c === 61 || c === 45;
}

/** The level of a setext heading on line i (1 or 2), or 0: a paragraph line underlined with === or ---. */
function readSetext(lines: string[], i: number, inFence: Uint8Array): number {
  const next = lines[i + 1];
  if (next === undefined || !mayUnderline(next) || inFence[i + 1]) return 0;
  return setextLevel(lines[i] as string, next);
}

/** The GFM table whose header row is line i, or undefined; `escapes`: the document holds `\|` somewhere. */
function readTable(lines: string[], i: number, inFence: Uint8Array, escapes: boolean): MdTable | undefined {
  const head = lines[i] as string;
  const delim = lines[i + 1];
  if (!head.includes('|') || delim === undefined || inFence[i + 1]) return undefined;
  const width = delimiterCells(delim, 0, delim.length);
  if (width === 0 || !opensTable(head, width, delim.includes('|'))) return undefined;
  const rows: Row[] = [];
  let j = i + 2;
  // A row holds a pipe, so it is never blank.
  while (j < lines.length && !inFence[j] && (lines[j] as string).includes('|')) {
    const line = lines[j] as string;
    rows.push(new Row(line, 0, line.length, j + 1, width, escapes ? undefined : false));
    j++;
  }
  return new LineTable(head, i + 1, j, rows);
}

/** The headings and tables of a document, and how many lines it has. */
export interface Blocks {
  headings: HeadingList;
  tables: MdTable[];
  lineCount: number;
}

/** Headings and tables, found in one pass because a table row is never read as a heading. */
export function readBlocks(lines: string[], inFence: Uint8Array, escapes: boolean): Blocks {
  const headings = new ListedHeadings();
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
    if (line.includes('#') && readAtxAt(line, 0, line.length, i + 1, headings)) continue;
    const level = readSetext(lines, i, inFence);
    if (level) {
      addSetext(line, 0, line.length, i + 1, level, headings);
      i++; // skip the underline
    }
  }
  return { headings, tables, lineCount: lines.length };
}
