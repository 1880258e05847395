// Judging a table takes shortcuts: one flag-word search of the whole document instead of one per table
// line, and a document read in place instead of split into lines. Both must answer as the long way:
// the search must never rule out a line that could flag, and a document judged with LF endings must
// get the findings it gets with CRLF endings (which take the line reader).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, splitRow } from '../../../src/lib/markdown/parse.js';
import { DEFAULT_VOCABULARY, isPlainText, mayFlag } from '../../../src/lib/policy/vocabulary.js';
import { checkEvidence } from '../../../src/validate-evidence/evidence.js';
import { type ArtifactRule, ENVIRONMENT_KEY, type TableRule } from '../../../src/validate-evidence/policy.js';

const vocab = { ...DEFAULT_VOCABULARY };
const ctx = { vocab, environments: ['prod'], file: 'e.md' };

/** Cell text with flag words, markup, placeholders and odd spacing in every position. */
const cell = fc.constantFrom(
  'PASS',
  'pass',
  '`PASS`',
  '**Pass**',
  'FAIL',
  'fa\u0131led',
  'PENDING review',
  'TBD',
  '<date>',
  'x <br> y',
  '',
  ' ',
  '-',
  '—',
  'Ann',
  '  Bob ',
  'prod',
  'staging',
  'a \\| b',
  'é',
  'TODO: later',
);
const row = fc
  .tuple(fc.array(cell, { minLength: 1, maxLength: 5 }), fc.boolean())
  .map(([cs, outer]) => (outer ? `| ${cs.join(' | ')} |` : cs.join(' | ')));
const prose = fc.constantFrom('', 'Notes: TODO', 'all good', '## Other', 'Matrix', '---', '# Title', '\t', '```', 'x');
const headers = fc.constantFrom(
  '| Env | Result | Reviewer |',
  '| Control | Check | Result | Reviewer |',
  '| Result |',
  'Env | Result',
  '| Env | Outcome |',
);
const docText = fc
  .tuple(
    fc.array(prose, { maxLength: 4 }),
    fc.boolean(),
    headers,
    fc.array(row, { maxLength: 8 }),
    fc.array(prose, { maxLength: 3 }),
  )
  .map(([before, heading, head, rows, after]) =>
    [
      ...before,
      ...(heading ? ['## Matrix', ''] : []),
      head,
      `|${'---|'.repeat(splitRow(head).length)}`,
      ...rows,
      ...after,
    ].join('\n'),
  );

const tables: TableRule[] = [
  { heading: 'Matrix', rows: { kind: 'all' }, requiredKeys: [], result: 'Result', signer: 'Reviewer' },
  { rows: { kind: 'all' }, requiredKeys: [], result: 'Result', checkColumns: ['Env'] },
  { rows: { kind: 'latest-per', column: 'Env' }, requiredKeys: [], result: 'Result', signer: 'Reviewer' },
  { rows: { kind: 'latest-per', column: 'Env' }, requiredKeys: ['staging', ENVIRONMENT_KEY], result: 'Result' },
];

describe('judging tables the short way', () => {
  it('a text without a flag word has no line with one', () => {
    const line = fc.array(cell, { maxLength: 4 }).map((cs) => cs.join('|'));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol);
        const plain = isPlainText(text) || undefined;
        if (mayFlag(text, vocab, plain)) return;
        for (const l of lines) expect(mayFlag(l, vocab)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the same findings, lines and values in a document read in place as by lines', () => {
    fc.assert(
      fc.property(docText, fc.constantFrom(...tables), (text, table) => {
        const rule: ArtifactRule = { name: 'e', file: 'e.md', table };
        const inPlace = checkEvidence(parseMarkdown(text), rule, ctx);
        const byLines = checkEvidence(parseMarkdown(text.replace(/\n/g, '\r\n')), rule, ctx);
        expect(inPlace).toEqual(byLines);
      }),
      { numRuns: 3000 },
    );
  });

  it('reports a flagged cell outside the result column, in the last row', () => {
    const text =
      '# T\n\n## Matrix\n\n| Env | Notes | Result | Reviewer |\n|---|---|---|---|\n| prod | ok | PASS | Ann |\n| dev | TBD | PASS | Bob |\n';
    const v = checkEvidence(parseMarkdown(text), { name: 'e', file: 'e.md', table: tables[0] as TableRule }, ctx);
    expect(v.findings.map((f) => [f.rule, f.line])).toEqual([['EVIDENCE_PLACEHOLDER', 8]]);
  });
});
