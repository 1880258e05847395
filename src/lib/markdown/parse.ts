// A small Markdown reader for evidence documents: headings, fenced blocks and GFM tables, each with
// 1-based line numbers so every finding can point at the line a reviewer must fix. It reads what
// people write in release evidence, not all of CommonMark, and it never throws: any text is a document.
import { type Blocks, type Heading, readBlocks } from './blocks.js';
import { closesFence, fenceOpen } from './fence.js';
import { lineEnd, readBlocksInText } from './in-text.js';
import type { MdTable } from './table.js';

export type { Heading } from './blocks.js';
export type { MdTable, TableRow } from './table.js';
export { splitRow } from './table.js';

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
  /** lines.length, which a document read without splitting it knows without building `lines`. */
  readonly lineCount: number;
  /**
   * lines[n - 1] ('' past either end), cut out of the text when it has no carriage return instead of
   * splitting all of it; cheapest when lines are asked for in order.
   */
  line(n: number): string;
  readonly headings: Heading[];
  /** The first heading whose text, normalised (normalizeText), is `want`; other headings need no object. */
  headingNamed(want: string): Heading | undefined;
  /** The line of the first heading after `line` of `level` or a higher one (a lower number), or undefined. */
  headingAfter(line: number, level: number): number | undefined;
  readonly fences: Fence[];
  readonly tables: MdTable[];
  /**
   * Non-zero for each line inside a fenced block (fence lines included); index = line - 1. It may be
   * shorter than `lines` (empty when there is no fence): an index past its end is an unfenced line.
   */
  readonly inFence: Uint8Array;
}

/** No line is fenced: a length-0 array cannot be written to, so it is safe to share. */
const NOT_FENCED = new Uint8Array(0);

/** Whether the text may hold a fence: most evidence has none, and then no line needs marking. */
function mayHoldFence(text: string): boolean {
  return text.includes('```') || text.includes('~~~');
}

/** Marks fenced lines and collects the fences, so headings and tables inside code are not read as such. */
function readFences(doc: MdDoc): { fences: Fence[]; inFence: Uint8Array } {
  // An index past the end of NOT_FENCED reads as "not fenced".
  if (!mayHoldFence(doc.text)) return { fences: [], inFence: NOT_FENCED };
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

/**
 * Everything is read on first use: a status after a label is found in the text itself (see
 * valueAfterLabel), many rules never ask for headings or tables, and thousands of documents are read per
 * run, so lines, fences and blocks are each built only when a question needs them.
 */
class Doc implements MdDoc {
  private split: string[] | undefined;
  private fenced: { fences: Fence[]; inFence: Uint8Array } | undefined;
  /** The text holds no fence marker (undefined: not tested yet); then inFence needs no fence list. */
  private unfenced: boolean | undefined;
  private blocks: Blocks | undefined;
  /** Whether the text holds a carriage return (undefined: not tested yet). */
  private cr: boolean | undefined;
  /** The last line cut out by line(): its index from 0, and where it starts. */
  private cursor = 0;
  private cursorAt = 0;

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
    this.unfenced ??= !mayHoldFence(this.text);
    return this.unfenced ? NOT_FENCED : this.fencing.inFence;
  }

  line(n: number): string {
    this.cr ??= this.text.includes('\r');
    // Asked for a line before the last one: split once rather than walk from the start each time.
    if (this.split || this.cr || n - 1 < this.cursor) return this.lines[n - 1] ?? '';
    const text = this.text;
    let i = this.cursor;
    let s = this.cursorAt;
    for (; i < n - 1; i++) {
      const nl = text.indexOf('\n', s);
      if (nl === -1) return '';
      s = nl + 1;
    }
    this.cursor = i;
    this.cursorAt = s;
    return text.slice(s, lineEnd(text, s));
  }

  get lineCount(): number {
    return this.split?.length ?? this.blocks?.lineCount ?? this.lines.length;
  }

  private get block(): Blocks {
    if (!this.blocks) {
      // One test of the text spares every row its own test for escaped pipes.
      const escapes = this.text.includes('\\|');
      // Without carriage returns or fences, the text is read in place, without splitting it.
      this.cr ??= this.text.includes('\r');
      const inPlace = this.inFence.length === 0 && !this.cr;
      this.blocks = inPlace ? readBlocksInText(this.text, escapes) : readBlocks(this.lines, this.inFence, escapes);
    }
    return this.blocks;
  }

  get headings(): Heading[] {
    return this.block.headings.all;
  }

  headingNamed(want: string): Heading | undefined {
    return this.block.headings.named(want);
  }

  headingAfter(line: number, level: number): number | undefined {
    return this.block.headings.after(line, level);
  }

  get tables(): MdTable[] {
    return this.block.tables;
  }
}

export function parseMarkdown(text: string): MdDoc {
  const src = typeof text === 'string' ? text : '';
  return new Doc(src.charCodeAt(0) === 0xfeff ? src.slice(1) : src);
}
