// One evidence document judged in memory: the reading rules the policy documents.
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/lib/markdown/parse.js';
import { DEFAULT_VOCABULARY } from '../../../src/lib/policy/vocabulary.js';
import { checkChecklist } from '../../../src/validate-evidence/checklist.js';
import { checkEvidence } from '../../../src/validate-evidence/evidence.js';
import type { ArtifactRule, ChecklistRule } from '../../../src/validate-evidence/policy.js';

const ctx = { vocab: DEFAULT_VOCABULARY, environments: ['prod'], file: 'e.md' };
const judge = (md: string, rule: Omit<ArtifactRule, 'name'>) =>
  checkEvidence(parseMarkdown(md), { name: 'e', ...rule }, ctx);
const rules = (md: string, rule: Omit<ArtifactRule, 'name'>) => judge(md, rule).findings.map((f) => [f.rule, f.line]);

const TABLE = `## Matrix

| Control | Notes | Result |
| --- | --- | --- |
| A | PENDING vendor reply | PASS |
| B | <fill in> | PASS |
`;

describe('checkEvidence', () => {
  it('searches every column for blocked values and placeholders unless check-columns narrows it', () => {
    const table = { heading: 'Matrix', rows: { kind: 'all' as const }, requiredKeys: [], result: 'Result' };
    expect(rules(TABLE, { file: 'e.md', table })).toEqual([
      ['EVIDENCE_STATUS_BLOCKED', 5],
      ['EVIDENCE_PLACEHOLDER', 6],
    ]);
    expect(rules(TABLE, { file: 'e.md', table: { ...table, checkColumns: ['Control'] } })).toEqual([]);
    expect(rules(TABLE, { file: 'e.md', table: { ...table, checkColumns: ['Owner'] } })).toEqual([
      ['EVIDENCE_COLUMN_NOT_FOUND', 3],
    ]);
  });

  it('summarises what it found', () => {
    const v = judge('Status: `READY`\n\n## Matrix\n\n| a | Result |\n|---|---|\n| x | PASS |\n| y | FAIL |\n', {
      file: 'e.md',
      status: { label: 'Status' },
      table: { heading: 'Matrix', rows: { kind: 'all' }, requiredKeys: [], result: 'Result' },
    });
    expect(v.value).toBe('READY; 1/2 rows accepted');
    expect(v.findings.map((f) => [f.rule, f.file, f.line])).toEqual([['EVIDENCE_STATUS_FAILED', 'e.md', 8]]);
  });

  it('takes a table anywhere in the document when no heading is given', () => {
    const md = 'intro\n\n| Result |\n| --- |\n| APPROVED |\n';
    expect(rules(md, { file: 'e.md', table: { rows: { kind: 'all' }, requiredKeys: [], result: 'Result' } })).toEqual(
      [],
    );
    expect(rules('no table', { file: 'e.md', table: { rows: { kind: 'all' }, requiredKeys: [] } })).toEqual([
      ['EVIDENCE_TABLE_NOT_FOUND', 1],
    ]);
  });

  it('checks the latest row of every key when no keys are required', () => {
    const md = '| Env | Result |\n|---|---|\n| a | FAIL |\n| b | PASS |\n| a | PASS |\n| b | BLOCKED |\n';
    const table = { rows: { kind: 'latest-per' as const, column: 'Env' }, requiredKeys: [], result: 'Result' };
    expect(rules(md, { file: 'e.md', table })).toEqual([['EVIDENCE_STATUS_BLOCKED', 6]]);
  });

  it('finds a required key whose latest row is the first row of the table', () => {
    // Rows are picked by index: row 0 is a row like any other, not "none".
    const table = { rows: { kind: 'latest-per' as const, column: 'Env' }, requiredKeys: ['prod'], result: 'Result' };
    const md = '| Env | Result |\n| --- | --- |\n| prod | PASS |\n| staging | FAIL |\n';
    expect(judge(md, { file: 'e.md', table })).toEqual({ findings: [], value: '1/1 rows accepted' });
    const first = '| Env | Result |\n| --- | --- |\n| prod | FAIL |\n';
    expect(rules(first, { file: 'e.md', table })).toEqual([['EVIDENCE_STATUS_FAILED', 3]]);
  });

  it('finds the columns of every template one rule covers, and reports a missing one each time', () => {
    // One rule object across documents, as a files glob judges them: columns are found per header row.
    const rule: ArtifactRule = {
      name: 'e',
      files: '*.md',
      table: { rows: { kind: 'all' }, requiredKeys: [], result: 'Result', signer: 'Reviewer' },
    };
    const findings = (md: string) => checkEvidence(parseMarkdown(md), rule, ctx).findings.map((f) => [f.rule, f.line]);
    const a = '| Check | Result | Reviewer |\n|---|---|---|\n| c | FAIL | Ann |\n';
    const b = '| Result | Reviewer | Check |\n|---|---|---|\n| PASS | | c |\n';
    const missing = '| Check | Reviewer |\n|---|---|\n| c | Ann |\n';
    for (let round = 0; round < 2; round++) {
      expect(findings(a)).toEqual([['EVIDENCE_STATUS_FAILED', 3]]);
      expect(findings(b)).toEqual([['EVIDENCE_SIGNER_MISSING', 3]]);
      expect(findings(missing)).toEqual([['EVIDENCE_COLUMN_NOT_FOUND', 1]]);
    }
  });

  it('needs a signer that is there and not a placeholder, whatever the rest of the row says', () => {
    const table = { rows: { kind: 'all' as const }, requiredKeys: [], result: 'Result', signer: 'Reviewer' };
    const md = [
      '| Check | Result | Reviewer |',
      '|---|---|---|',
      '| a | PASS | Ann Lee |', //  3
      '| b | PASS | TBD |', //      4
      '| c | PASS | <name> |', //   5
      '| d | PASS | \u2014 |', //  6
      '| e | PASS | `-` |', //      7
      '| f | PASS | 7th shift |', // 8
    ].join('\n');
    expect(rules(md, { file: 'e.md', table })).toEqual([
      ['EVIDENCE_PLACEHOLDER', 4],
      ['EVIDENCE_PLACEHOLDER', 5],
      ['EVIDENCE_SIGNER_MISSING', 6],
      ['EVIDENCE_SIGNER_MISSING', 7],
    ]);
  });

  it('reads a status under a heading that sits inside a fenced block', () => {
    expect(rules('## Status\n\n```\nPENDING\n```\n', { file: 'e.md', status: { heading: 'Status' } })).toEqual([
      ['EVIDENCE_STATUS_BLOCKED', 4],
    ]);
  });
});

describe('checkChecklist', () => {
  const rule: ChecklistRule = { file: 'c.md', item: 'Item', mark: 'Result', signOffs: ['QA Lead'] };
  const asOf = new Date('2026-11-16T23:59:59Z');
  const run = (md: string) =>
    checkChecklist(parseMarkdown(md), rule, 'c.md', asOf, DEFAULT_VOCABULARY).findings.map((f) => [f.rule, f.line]);

  it('accepts ticked boxes and PASS marks, in a table or a task list', () => {
    expect(
      run('| Item | Result |\n|---|---|\n| a | [x] |\n| b | ✅ |\n\n- [X] c\n\nQA Lead: Ana Silva, 2026-11-15T08:00Z'),
    ).toEqual([]);
  });

  it('reads the sign-off name around the timestamp', () => {
    const r = checkChecklist(
      parseMarkdown('- [x] a\n\n**QA Lead:** `2026-11-15T08:00:00+02:00` (Ana Silva)'),
      rule,
      'c.md',
      asOf,
      DEFAULT_VOCABULARY,
    );
    expect(r.findings).toEqual([]);
    expect(r.rows[1]?.row).toEqual(['sign-off: QA Lead', 'Ana Silva', '2026-11-15 (1 day)', '']);
  });

  it('is unknown for an empty checklist and a missing section', () => {
    expect(run('QA Lead: Ana Silva 2026-11-15T08:00:00Z')).toEqual([['CHECKLIST_EMPTY', undefined]]);
    const withHeading = { ...rule, heading: 'Items' };
    const r = checkChecklist(parseMarkdown('# x'), withHeading, 'c.md', asOf, DEFAULT_VOCABULARY);
    expect(r.findings.map((f) => f.rule)).toEqual(['CHECKLIST_SECTION_NOT_FOUND', 'SIGNOFF_MISSING']);
  });
});
