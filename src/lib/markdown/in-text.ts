// The in-place reader: headings and tables of a document without carriage returns or fences, read
// from the text by offset, with no string per line. blocks.ts (the line reader) stays the reference,
// and a differential property test holds the two to the same answers.

import { isSpace } from '../text/space.js';
import type { Blocks } from './blocks.js';
import { addSetext, HeadingMarks, readAtxAt, setextLevel } from './headings.js';
import { TextTable } from './rows.js';
import { delimiterCells, type MdTable, opensTable } from './table.js';

/** Where the line that starts at s ends: at its '\n', or at the end of the text for the last line. */
export function lineEnd(text: string, s: number): number {
  const e = text.indexOf('\n', s);
  return e === -1 ? text.length : e;
}

function hasPipe(s: string, from: number, to: number): boolean {
  const p = s.indexOf('|', from);
  return p !== -1 && p < to;
}

/**
 * The GFM table whose header row is line i, text.slice(s, e) (it holds a pipe and a line follows it),
 * read in place in a text without carriage returns or fences (see readBlocksInText). Its rows are kept
 * as where each ends, one number per row.
 */
function tableInText(text: string, i: number, s: number, e: number, escapes: boolean): TextTable | undefined {
  const de = lineEnd(text, e + 1);
  const width = delimiterCells(text, e + 1, de);
  if (width === 0) return undefined;
  const head = text.slice(s, e);
  if (!opensTable(head, width, hasPipe(text, e + 1, de))) return undefined;
  const ends: number[] = [];
  let end = de; // where the last line read ends
  while (end < text.length) {
    const re = lineEnd(text, end + 1);
    // A row holds a pipe, so it is never blank.
    if (!hasPipe(text, end + 1, re)) break;
    ends.push(re);
    end = re;
  }
  return new TextTable(head, i + 1, text, de, ends, width, escapes ? undefined : false);
}

/** Whether the line text.slice(from, to) may underline a setext heading: mayUnderline, in place. */
function mayUnderlineAt(text: string, from: number, to: number): boolean {
  let k = from;
  while (k < to && isSpace(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  return k < to && (c === 61 || c === 45);
}

/** The blocks found; `tables` is undefined until the first table, so a document without one allocates no list for it. */
function blocks(headings: HeadingMarks, tables: MdTable[] | undefined, lineCount: number): Blocks {
  return { headings, tables: tables ?? [], lineCount };
}

/**
 * readBlocks over the text itself, for a document without carriage returns or fences: its lines are
 * then exactly the text between '\n's, none of them fenced. Lines are visited by offset and only one
 * that may start a block is cut out (a table's header holds a pipe, a setext heading has an underline
 * below it), instead of a string per line; headings are kept as offsets (see HeadingMarks).
 * readBlocks stays the reference: a differential test holds the two to the same answers.
 */
export function readBlocksInText(text: string, escapes: boolean): Blocks {
  const headings = new HeadingMarks(text);
  let tables: MdTable[] | undefined;
  let pipe = text.indexOf('|');
  let hash = text.indexOf('#');
  let i = 0; // the line visited, from 0, and where it starts
  let s = 0;
  for (;;) {
    const e = lineEnd(text, s);
    const last = e === text.length;
    if (pipe !== -1 && pipe < s) pipe = text.indexOf('|', s);
    if (hash !== -1 && hash < s) hash = text.indexOf('#', s);
    const table = !last && pipe !== -1 && pipe < e ? tableInText(text, i, s, e, escapes) : undefined;
    if (table) {
      if (tables) tables.push(table);
      else tables = [table];
      if (table.stop === text.length) return blocks(headings, tables, table.endLine);
      i = table.endLine;
      s = table.stop + 1;
      continue;
    }
    const atx = hash !== -1 && hash < e && readAtxAt(text, s, e, i + 1, headings);
    if (!atx && !last) {
      const ne = lineEnd(text, e + 1);
      const level = mayUnderlineAt(text, e + 1, ne) ? setextLevel(text.slice(s, e), text.slice(e + 1, ne)) : 0;
      if (level) {
        addSetext(text, s, e, i + 1, level, headings);
        if (ne === text.length) return blocks(headings, tables, i + 2);
        i += 2; // past the underline
        s = ne + 1;
        continue;
      }
    }
    if (last) return blocks(headings, tables, i + 1);
    i++;
    s = e + 1;
  }
}
