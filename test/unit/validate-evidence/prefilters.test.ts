// The allocation-free prefilters (mayFlag's regex path, valueAfterLabel's line test) must answer
// exactly as the upper/lower-casing definitions they replace, including for non-ASCII text whose case
// mapping crosses into ASCII (dotless i, long s, Kelvin sign).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/lib/markdown/parse.js';
import { columnIndex, normalizeText, valueAfterLabel } from '../../../src/lib/markdown/query.js';
import { DEFAULT_VOCABULARY, isPlainText, mayFlag, normalizeValue } from '../../../src/lib/policy/vocabulary.js';

const vocab = { ...DEFAULT_VOCABULARY };
const words = [...vocab.blocked, ...vocab.failed, ...vocab.placeholders].map((w) =>
  normalizeValue(w.replace(/\*$/, '')),
);

/** mayFlag as defined before the regex path: any flag word in the upper-cased text without markup. */
function reference(text: string): boolean {
  if (text.includes('<')) return true;
  const upper = text.toUpperCase().replace(/[`*]/g, '');
  return words.some((w) => upper.includes(w));
}

const piece = fc.constantFrom(
  'fail',
  'fa',
  'il',
  'FAILED',
  'tbd',
  'Pass',
  'fa\u0131led',
  '\u017F',
  'ok',
  '|',
  ' ',
  '`',
  '*',
  'x',
  'é',
);
const text = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));

describe('prefilters', () => {
  it('mayFlag answers as the upper-casing definition', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(mayFlag(t, vocab)).toBe(reference(t));
      }),
      { numRuns: 500 },
    );
    expect(mayFlag('| C-1 | run 7 | PASS | Ann |', vocab)).toBe(false);
    expect(mayFlag('| C-1 | run 7 | fa\u0131led | Ann |', vocab)).toBe(true);
    expect(mayFlag('| C-1 | `t`bd | PASS |', vocab)).toBe(true);
    expect(mayFlag('| C-1 | Fa*il | PASS |', vocab)).toBe(true);
  });

  it('mayFlag told that a line comes from plain text answers as when it tests the line itself', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), (lines) => {
        const plain = isPlainText(lines.join('\n')) || undefined;
        for (const l of lines) expect(mayFlag(l, vocab, plain)).toBe(mayFlag(l, vocab));
      }),
      { numRuns: 500 },
    );
  });

  it('valueAfterLabel finds a label whatever its case, also through non-ASCII case mapping', () => {
    const label = fc.constantFrom('Status', 'STATUS', 'status', 'StAtUs', 'Stat', 'Sta\u017Fus');
    fc.assert(
      fc.property(label, (l) => {
        const doc = parseMarkdown(`# T\n\n${l}: \`READY\`\n`);
        const found = valueAfterLabel(doc, 'Status').found;
        expect(found).toBe(l.toLowerCase() === 'status');
      }),
    );
    // The Kelvin sign lower-cases to k: the line is still considered, as with a lower-cased copy.
    const kelvin = parseMarkdown('\u212Aey owner: `ann`\n');
    expect(valueAfterLabel(kelvin, 'Key owner').found).toBe(true);
  });

  // Lines of label documents: labels in many hands, markup, values, and what keeps the text search off
  // (fences, carriage returns, non-ASCII) so both paths are exercised.
  const labelLine = fc.constantFrom(
    'Current gate status: `READY`',
    '- **Current gate status:** PENDING',
    '> current GATE status = `ok`',
    'Current gate statusboard: `X`',
    'The current gate status is fine',
    '```',
    '~~~text',
    'current',
    'Current gate status:\r',
    'Curr\u212Ant gate status: `A`',
    '\u212A',
    '',
    '1. Current  gate  status: `B`',
    '# Current gate status',
    'x',
  );
  const labelDoc = fc.array(labelLine, { maxLength: 8 }).map((l) => l.join('\n'));

  it('valueAfterLabel searching the text answers as the line-by-line search', () => {
    fc.assert(
      fc.property(labelDoc, fc.constantFrom('Current gate status', 'current', 'Gate'), (text, label) => {
        const whole = valueAfterLabel(parseMarkdown(text), label);
        const doc = parseMarkdown(text);
        // A range forces the line-by-line search over the same lines.
        expect(whole).toEqual(valueAfterLabel(doc, label, { start: 1, end: doc.lines.length }));
      }),
      { numRuns: 1000 },
    );
  });

  it('finds a column as the full normalisation of both names would', () => {
    const name = fc
      .array(
        fc.constantFrom('Re', 'sult', 'RESULT', ' ', '  ', '*', '**', '_', '__', '`', ':', '\t', '\u212A', 'é', 'x'),
        {
          maxLength: 6,
        },
      )
      .map((p) => p.join('').replace(/\|/g, ''));
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 4 }), name, (headers, want) => {
        const row = `| ${headers.map((h) => h.replace(/\|/g, '')).join(' | ')} |`;
        const doc = parseMarkdown(`${row}\n|${headers.map(() => ' --- ').join('|')}|\n| a |\n`);
        const table = doc.tables[0];
        if (!table) return;
        const expected = table.headers.findIndex((h) => normalizeText(h) === normalizeText(want));
        expect(columnIndex(table, want)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
