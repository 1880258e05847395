// A document read in place answers without objects where it can: headings kept as offsets (only the
// one asked for becomes an object), table rows kept as where they end (cells read through a cursor).
// Each of those answers must equal what the objects say, and what the line reader (CRLF) says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameTextAt } from '../../../src/lib/markdown/compare.js';
import { type MdDoc, parseMarkdown } from '../../../src/lib/markdown/parse.js';
import { normalizeText } from '../../../src/lib/markdown/query.js';

const piece = fc.constantFrom(
  '|',
  '| a | b |',
  '| Result | Reviewer |',
  '|---|---|',
  '| :-- | --: |',
  '---',
  '===',
  '# Status',
  '## Status ##',
  '### **Status**:',
  '## Validation Matrix',
  '#',
  '#\u2028x',
  '    # code',
  ' ',
  '\t',
  '\\|',
  '`',
  'PASS',
  ' Ann ',
  'é',
  'x',
);
const line = fc.array(piece, { maxLength: 4 }).map((p) => p.join(''));
const docText = fc
  .tuple(fc.array(line, { maxLength: 14 }), fc.boolean())
  .map(([ls, end]) => ls.join('\n') + (end ? '\n' : ''));

/** Tables with rows of every shape: empty and blank cells, escaped pipes, short and long rows, no outer pipes. */
const cell = fc.constantFrom('', ' ', '  x ', 'PASS', '\\|', 'a \\| b', '\\', '`|`', 'é', '\u00a0');
const row = fc
  .tuple(fc.array(cell, { minLength: 1, maxLength: 5 }), fc.boolean(), fc.boolean())
  .map(([cs, lead, trail]) => `${lead ? '|' : ''}${cs.join('|')}${trail ? '|' : ''}`);
const tableText = fc
  .tuple(
    fc.constantFrom('| a | b | c |', 'a | b', '| a |'),
    fc.array(row, { maxLength: 6 }),
    fc.array(line, { maxLength: 2 }),
  )
  .map(([head, rows, after]) => [head, head.replace(/[^|]+/g, '---'), ...rows, ...after].join('\n'));

/** The headings' questions asked of a fresh document (no heading objects yet), and their answers by the objects of `ref`. */
function headingAnswers(fresh: MdDoc, ref: MdDoc) {
  const wants = [...ref.headings.map((h) => normalizeText(h.text)), 'absent'];
  return {
    named: wants.map((w) => [fresh.headingNamed(w), ref.headings.find((h) => normalizeText(h.text) === w)]),
    after: ref.headings.map((h) => [
      fresh.headingAfter(h.line, h.level),
      ref.headings.find((o) => o.line > h.line && o.level <= h.level)?.line,
    ]),
  };
}

describe('answers without objects', () => {
  it('finds headings as the heading objects do, in place and by lines', () => {
    fc.assert(
      fc.property(docText, (text) => {
        for (const t of [text, text.replace(/\n/g, '\r\n')]) {
          const { named, after } = headingAnswers(parseMarkdown(t), parseMarkdown(t));
          for (const [got, want] of [...named, ...after]) expect(got).toEqual(want);
        }
        // And the in-place heading objects are the line reader's.
        expect(parseMarkdown(text).headings).toEqual(parseMarkdown(text.replace(/\n/g, '\r\n')).headings);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads cells through the cursor in any order before the rows exist', () => {
    const asks = fc.array(fc.tuple(fc.integer({ min: -1, max: 4 }), fc.integer({ min: -1, max: 4 })), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(fc.oneof(docText, tableText), asks, (text, pairs) => {
        const cheap = parseMarkdown(text).tables;
        const full = parseMarkdown(text).tables;
        const byLines = parseMarkdown(text.replace(/\n/g, '\r\n')).tables;
        expect(byLines.map((t) => t.rowCount)).toEqual(full.map((t) => t.rows.length));
        cheap.forEach((t, n) => {
          expect(t.rowCount).toBe(full[n]!.rows.length);
          const ref = full[n]!;
          for (const [r, i] of pairs) {
            const want = ref.rows[r]?.cell(i) ?? '';
            expect(t.cellOf(r, i)).toBe(want);
            expect(t.cellCodeOf(r, i)).toEqual(want.charCodeAt(0));
            expect(byLines[n]!.cellOf(r, i)).toBe(want);
            expect(byLines[n]!.cellCodeOf(r, i)).toEqual(want.charCodeAt(0));
            if (ref.rows[r]) expect(t.rowLine(r)).toBe(ref.rows[r]!.line);
          }
        });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('sameTextAt', () => {
  it('compares as normalising the cut-out text does', () => {
    const text = fc
      .array(fc.constantFrom('Status', 'status', ' ', '  ', ':', '*', '`', '_', '\t', 'é', 'K', '\u212a', 'x'), {
        maxLength: 6,
      })
      .map((p) => p.join(''));
    const want = fc.constantFrom('status', 'status x', 'k', 'é', '', 'x');
    fc.assert(
      fc.property(text, text, text, want, (pre, mid, post, w) => {
        const src = pre + mid + post;
        expect(sameTextAt(src, pre.length, pre.length + mid.length, w)).toBe(normalizeText(mid) === w);
      }),
      { numRuns: 5000 },
    );
  });
});
