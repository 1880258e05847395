// The reader never throws and keeps its line numbers inside the document, whatever it is given;
// a table written from cells reads back as those cells.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/lib/markdown/parse.js';
import { columnIndex, firstValue, section, tableIn, valueAfterLabel } from '../../../src/lib/markdown/query.js';

const CORPUS = [
  '',
  '\uFEFF',
  '\n\n\n',
  '#',
  '#######  too deep',
  '```',
  '~~~~\n```\n~~~',
  '| only a header |',
  '|',
  '||\n||',
  '| a |\n|---|\n|',
  '| a | b |\n|:-:|:-:|\n| \\| | \\',
  '---\n---\n===',
  'text\n===\n| x |\n| - |',
  '``` `\n# heading',
  '<!-- unclosed comment\n## Status',
  '## Status\n',
  '\u0000\u0001\u0002',
  '# ' + 'x'.repeat(100_000),
  '|'.repeat(5000) + '\n' + '|-'.repeat(2500) + '|',
  'Current gate status:',
  '> - **Current gate status:** ``',
  '\r\r\r# a\r| b |\r|---|\r| c |',
];

function exercise(text: string): void {
  const doc = parseMarkdown(text);
  const n = doc.lines.length;
  for (const h of doc.headings) expect(h.line >= 1 && h.line <= n).toBe(true);
  for (const t of doc.tables) {
    for (const r of t.rows) {
      expect(r.line > t.line && r.line <= n).toBe(true);
      // One cell read alone (before the row is split) is that cell of the whole split.
      const alone = t.headers.map((_, i) => r.cell(i));
      expect(r.cells).toHaveLength(t.headers.length);
      expect(alone).toEqual(r.cells);
      expect(r.cell(t.headers.length)).toBe('');
    }
  }
  for (const f of doc.fences) expect(f.line <= f.endLine && f.endLine <= n).toBe(true);
  const s = section(doc, 'Status');
  if (s) firstValue(doc, s);
  valueAfterLabel(doc, 'Current gate status');
  const t = tableIn(doc);
  if (t) columnIndex(t, 'Result');
}

describe('Markdown reader robustness', () => {
  it.each(CORPUS.map((c, i) => [i, c]))('reads malformed input %i without throwing', (_, text) => {
    expect(() => exercise(text as string)).not.toThrow();
  });

  it('never throws on arbitrary text built from Markdown punctuation', () => {
    const piece = fc.constantFrom(
      '#',
      '|',
      '-',
      '`',
      '~',
      ':',
      '\n',
      '\r\n',
      ' ',
      '*',
      '_',
      '>',
      '[x]',
      'a',
      '<b>',
      '\\',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (parts) => {
        exercise(parts.join(''));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => exercise(s)),
      { numRuns: 200 },
    );
  });

  it('reads cells in any order of columns as the full split does', () => {
    const cell = fc.constantFrom('PASS', ' PASS ', '', 'a\\|b', 'x y', '\u00a0PASS', 'Ann');
    fc.assert(
      fc.property(
        fc.array(cell, { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        fc.array(fc.nat(6), { maxLength: 8 }),
        (cells, outer, asks) => {
          const row = outer ? `| ${cells.join(' | ')} |` : cells.join(' | ');
          const head = `| ${cells.map((_, i) => `h${i}`).join(' | ')} |\n|${cells.map(() => '-').join('|')}|\n`;
          const r = parseMarkdown(`${head}${row}\n`).tables[0]?.rows[0];
          const whole = parseMarkdown(`${head}${row}\n`).tables[0]?.rows[0]?.cells;
          if (!r || !whole) return;
          // Cells read one by one, left or right of the last one read, are the cells of the whole split.
          for (const i of asks) expect(r.cell(i)).toBe(whole[i] ?? '');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads back any table written from plain cells, with the right lines', () => {
    const text = fc.stringMatching(/^[A-Za-z0-9 .,<>-]{0,12}$/).map((s) => s.trim());
    const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,8}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { minLength: 1, maxLength: 5, comparator: (a, b) => a.toLowerCase() === b.toLowerCase() }),
        fc.nat(3),
        fc.array(fc.array(text, { minLength: 5, maxLength: 5 }), { maxLength: 6 }),
        (headers, pad, rows) => {
          const body = rows.map((r) => `| ${r.slice(0, headers.length).join(' | ')} |`);
          const md = [
            ...Array(pad).fill('intro'),
            '',
            `| ${headers.join(' | ')} |`,
            `|${headers.map(() => '---').join('|')}|`,
            ...body,
          ].join('\n');
          const t = parseMarkdown(md).tables[0]!;
          expect(t.headers).toEqual(headers);
          expect(t.line).toBe(pad + 2);
          expect(t.rows.map((r) => r.cells)).toEqual(rows.map((r) => r.slice(0, headers.length)));
          expect(t.rows.map((r) => r.line)).toEqual(rows.map((_, i) => pad + 4 + i));
          expect(headers.map((h) => columnIndex(t, h.toUpperCase()))).toEqual(headers.map((_, i) => i));
        },
      ),
      { numRuns: 200 },
    );
  });
});
