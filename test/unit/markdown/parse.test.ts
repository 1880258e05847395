import { describe, expect, it } from 'vitest';
import { parseMarkdown, splitRow } from '../../../src/lib/markdown/parse.js';
import {
  codeSpan,
  columnIndex,
  firstValue,
  section,
  tableIn,
  valueAfterLabel,
} from '../../../src/lib/markdown/query.js';

const DOC = [
  '# Title', //                      1
  '',
  'Current gate status: `READY` (since Monday)', // 3
  '',
  '## Status', //                    5
  '',
  '<!-- one of COMPLETED, BLOCKED -->',
  '**COMPLETED**', //                8
  '',
  '```text', //                      10
  '## not a heading',
  '| a | b |',
  '|---|---|',
  '```',
  '',
  'Matrix', //                       16
  '------',
  '',
  '| Env | Result \\| note | Reviewer |', // 19
  '| :-- | --- | --: |',
  '| prod | PASS |', //              21
  '| dev | FAIL | x | extra |',
  'after',
].join('\r\n');

describe('parseMarkdown', () => {
  const doc = parseMarkdown(DOC);

  it('reads ATX and setext headings with their lines, never inside fences', () => {
    expect(doc.headings).toEqual([
      { level: 1, text: 'Title', line: 1 },
      { level: 2, text: 'Status', line: 5 },
      { level: 2, text: 'Matrix', line: 16 },
    ]);
  });

  it('reads fenced blocks with their body', () => {
    expect(doc.fences).toEqual([
      { info: 'text', line: 10, endLine: 14, body: ['## not a heading', '| a | b |', '|---|---|'] },
    ]);
  });

  it('reads tables by header, with a line per row, escaped pipes, padding and cut rows', () => {
    expect(doc.tables).toHaveLength(1);
    const t = doc.tables[0]!;
    expect(t.headers).toEqual(['Env', 'Result | note', 'Reviewer']);
    // Rows split lazily: all cells at once, or one cell alone, give the same values.
    expect(t.rows.map((r) => ({ cells: r.cells, line: r.line }))).toEqual([
      { cells: ['prod', 'PASS', ''], line: 21 },
      { cells: ['dev', 'FAIL', 'x'], line: 22 },
    ]);
    const fresh = parseMarkdown(DOC).tables[0]!.rows;
    expect(fresh.map((r) => [0, 1, 2, 3, -1].map((i) => r.cell(i)))).toEqual([
      ['prod', 'PASS', '', '', ''],
      ['dev', 'FAIL', 'x', '', ''],
    ]);
    expect(columnIndex(t, 'reviewer')).toBe(2);
    expect(columnIndex(t, '`Result | Note`')).toBe(1);
    expect(columnIndex(t, 'Missing')).toBe(-1);
  });

  it('answers section, label and first-value questions with lines', () => {
    const s = section(doc, '## status')!;
    expect(s).toMatchObject({ start: 6, end: 15 });
    expect(firstValue(doc, s)).toEqual({ value: 'COMPLETED', line: 8, code: false });
    expect(valueAfterLabel(doc, 'Current gate status')).toMatchObject({
      found: true,
      line: 3,
      value: { value: 'READY', code: true, line: 3 },
    });
    expect(valueAfterLabel(doc, 'Current gate').found).toBe(true);
    expect(valueAfterLabel(doc, 'Current gat').found).toBe(false);
    expect(tableIn(doc, section(doc, 'Matrix'))?.line).toBe(19);
    expect(tableIn(doc, s)).toBeUndefined();
    expect(section(doc, 'Nope')).toBeUndefined();
  });

  it('reads a status from a fenced block and after a short label', () => {
    const d = parseMarkdown('## Status\n\n```\nCOMPLETED\n```\n## Next\nStatus: BLOCKED\n');
    expect(firstValue(d, section(d, 'Status')!)).toEqual({ value: 'COMPLETED', line: 4, code: true });
    expect(firstValue(d, section(d, 'Next')!)).toEqual({ value: 'BLOCKED', line: 7, code: false });
  });

  it('treats an unclosed fence as running to the end', () => {
    const d = parseMarkdown('# A\n```\n# B\n| x | y |\n|---|---|\n');
    expect(d.headings.map((h) => h.text)).toEqual(['A']);
    expect(d.tables).toEqual([]);
    expect(d.fences[0]).toMatchObject({ line: 2, endLine: 6 });
  });

  it('does not take a delimiter of another width for a table', () => {
    expect(parseMarkdown('| a | b |\n| --- |\n| 1 | 2 |').tables).toEqual([]);
  });

  it('splits rows on unescaped pipes only', () => {
    expect(splitRow('| a \\| b | `c` |')).toEqual(['a | b', '`c`']);
    expect(splitRow('a | b')).toEqual(['a', 'b']);
  });

  it('reads inline code spans, including double-backtick ones', () => {
    expect(codeSpan('x `READY` y')).toBe('READY');
    expect(codeSpan('``a ` b``')).toBe('a ` b');
    expect(codeSpan('no code')).toBeUndefined();
  });
});
