// A document without carriage returns or fences is read in place (by offsets into its text); any
// other is split into lines. The line reader is the reference: the same lines with CRLF endings take
// it, and must give the same headings, tables, rows, cells and lines. The character tests that replaced
// regexes are held to those regexes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MdDoc, parseMarkdown, splitRow } from '../../../src/lib/markdown/parse.js';
import { firstValue, section, tableIn } from '../../../src/lib/markdown/query.js';
import { delimiterCells } from '../../../src/lib/markdown/table.js';

/** Everything the reader answers, cells read one by one (before any full split) and then all at once. */
function reading(doc: MdDoc) {
  return {
    headings: doc.headings,
    lineCount: doc.lineCount,
    tables: doc.tables.map((t) => ({
      headers: t.headers,
      head: t.head,
      line: t.line,
      endLine: t.endLine,
      rows: t.rows.map((r) => ({
        line: r.line,
        alone: [2, 0, 1, 5, 3, -1].map((i) => r.cell(i)),
        cells: r.cells,
      })),
    })),
  };
}

/** Line pieces chosen to sit on every boundary of the reader: pipes, delimiters, headings, underlines, markup. */
const piece = fc.constantFrom(
  '|',
  '||',
  '| a | b |',
  '| Result | Reviewer |',
  'x | y',
  '|---|---|',
  '| :-- | --: |',
  ' --- ',
  '-',
  ':-:',
  '| - |',
  '---',
  '===',
  '  ==',
  '# Status',
  '## Validation Matrix ##',
  '####### deep',
  '#',
  '    # code',
  ' ',
  '\t',
  '\u00a0',
  '\\|',
  'a \\| b',
  '\\',
  '`',
  '```',
  '~~~',
  '<b>',
  '<!-- c -->',
  '- item',
  '> quote',
  'PASS',
  'TODO',
  'é',
  '\u2028',
  'Ann',
);
const line = fc.array(piece, { maxLength: 4 }).map((p) => p.join(''));
const doc = fc
  .tuple(fc.array(line, { maxLength: 14 }), fc.boolean())
  .map(([ls, end]) => ls.join('\n') + (end ? '\n' : ''));
const chars = fc
  .array(fc.constantFrom('|', '-', ':', '=', '#', ' ', '\t', '\\', '`', '~', '\n', 'x', 'é', '\u00a0', '\u2029'), {
    maxLength: 120,
  })
  .map((p) => p.join(''));

/** What the reader gives for the same lines with CRLF endings: the line reader's answer. */
function byLines(text: string) {
  return reading(parseMarkdown(text.replace(/\n/g, '\r\n')));
}

describe('reading a document in place', () => {
  it('gives the line reader’s headings, tables, rows and cells', () => {
    for (const gen of [doc, chars]) {
      fc.assert(
        fc.property(gen, (text) => {
          expect(reading(parseMarkdown(text))).toEqual(byLines(text));
        }),
        { numRuns: 3000 },
      );
    }
  });

  it('cuts out any line as the split does, in any order, and counts lines as it does', () => {
    fc.assert(
      fc.property(doc, fc.array(fc.integer({ min: -1, max: 18 }), { maxLength: 10 }), (text, asks) => {
        const d = parseMarkdown(text);
        const lines = text.split('\n');
        for (const n of asks) expect(d.line(n)).toBe(lines[n - 1] ?? '');
        expect(d.lineCount).toBe(lines.length);
      }),
      { numRuns: 1000 },
    );
  });

  it('answers section, first-value and table questions as the line reader does', () => {
    fc.assert(
      fc.property(doc, fc.constantFrom('Status', 'Validation Matrix', 'deep'), (text, heading) => {
        const ask = (d: MdDoc) => {
          const s = section(d, heading);
          return { s, first: s && firstValue(d, s), table: tableIn(d, s)?.line, any: tableIn(d)?.line };
        };
        expect(ask(parseMarkdown(text))).toEqual(ask(parseMarkdown(text.replace(/\n/g, '\r\n'))));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a plain evidence table with its lines', () => {
    const d = parseMarkdown('# T\n\n## M\n\n| a | Result |\n| --- | :-: |\n| x | PASS |\n|y|FAIL\n\nafter | x\n');
    expect(d.tables).toHaveLength(1);
    const t = d.tables[0]!;
    expect([t.line, t.endLine, t.head]).toEqual([5, 8, '| a | Result |']);
    expect(t.rows.map((r) => [r.line, r.cell(1), r.cells])).toEqual([
      [7, 'PASS', ['x', 'PASS']],
      [8, 'FAIL', ['y', 'FAIL']],
    ]);
    expect(d.lineCount).toBe(11);
  });
});

/** The delimiter-row regex and splitRow count that delimiterCells replaced. */
const DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

describe('delimiterCells', () => {
  it('matches the delimiter regex and counts cells as splitRow does', () => {
    const text = fc
      .array(fc.constantFrom('|', '-', ':', ' ', '\t', '\u00a0', '\u3000', 'x', '\\', '--', '| --- '), {
        maxLength: 12,
      })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.nat(3), fc.nat(3), (s, pre, post) => {
        // The row inside a longer text: its neighbours must not be read.
        const src = `${'|-'.repeat(pre)}${s}${'-|'.repeat(post)}`;
        const at = pre * 2;
        expect(delimiterCells(src, at, at + s.length)).toBe(DELIMITER.test(s) ? splitRow(s).length : 0);
      }),
      { numRuns: 5000 },
    );
  });

  it('opens a table exactly when the former rule (regex, pipe and width tests) says so', () => {
    const part = fc.constantFrom('|', 'a', ' ', '\\|', '-', ':', '---', '| --- ');
    const cellsOf = (l: string) => fc.array(part, { maxLength: 6 }).map((p) => `${l}${p.join('')}`);
    fc.assert(
      fc.property(cellsOf(''), cellsOf(''), (head, delim) => {
        const former =
          head.includes('|') &&
          DELIMITER.test(delim) &&
          !(!delim.includes('|') && !head.trim().startsWith('|') && splitRow(head).length < 2) &&
          splitRow(delim).length === splitRow(head).length;
        for (const text of [`${head}\n${delim}`, `${head}\r\n${delim}`]) {
          expect(parseMarkdown(text).tables.length).toBe(former ? 1 : 0);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
