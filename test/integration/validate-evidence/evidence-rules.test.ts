// One broken thing per case in a copy of the example repository: the rule id, file and line a user
// sees. The untouched example passes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { basename } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blocking, OPS, ScratchRepo } from './repo.js';

let repo: ScratchRepo;
beforeEach(() => {
  repo = new ScratchRepo();
});
afterEach(() => repo.dispose());

const CAP = `${OPS}/capacity-baselines.md`;
const DR = `${OPS}/dr-drill-20261112.md`;
const SEC = `${OPS}/security-controls-validation.md`;
const EGR = `${OPS}/controller-egress-handoff.md`;

describe('validate-evidence on the example repository', () => {
  it('passes untouched, with one summary row per artifact', async () => {
    const v = await repo.run();
    expect(blocking(v)).toEqual([]);
    expect(v.outcome).toBe('pass');
    expect(v.table?.rows.map((r) => r[0])).toEqual(
      expect.arrayContaining([CAP, DR, SEC, EGR, 'docs/release-review-checklist.md', 'sign-off: Product Owner']),
    );
    expect(v.table?.rows.find((r) => r[0] === DR)).toEqual([DR, 'COMPLETED', '2026-11-12 (4 days)', 'PASS']);
    expect(v.outputs).toMatchObject({ 'fail-count': '0', 'unknown-count': '0' });
  });

  it.each([
    ['BLOCKED', '`BLOCKED`', 'EVIDENCE_STATUS_BLOCKED', 'fail'],
    ['PENDING-anything', '`Pending sign-off`', 'EVIDENCE_STATUS_BLOCKED', 'fail'],
    ['FAIL', '`FAIL`', 'EVIDENCE_STATUS_FAILED', 'fail'],
    ['a placeholder', '`<status>`', 'EVIDENCE_PLACEHOLDER', 'fail'],
    ['an unknown word', '`IN REVIEW`', 'EVIDENCE_STATUS_NOT_ACCEPTED', 'fail'],
  ])('fails a capacity status that is %s', async (_, value, rule, level) => {
    repo.edit(CAP, '`READY`', value);
    const v = await repo.run();
    expect(blocking(v)).toEqual([{ rule, level, file: CAP, line: repo.lineOf(CAP, 'Current gate status') }]);
    expect(v.outcome).toBe('fail');
  });

  it('reads status words in any case and markup', async () => {
    repo.edit(CAP, '`READY`', '**ready**');
    expect((await repo.run()).outcome).toBe('pass');
  });

  it('is unknown when the status label is gone or empty', async () => {
    repo.edit(CAP, 'Current gate status: `READY`', 'Gate: `READY`');
    expect(blocking(await repo.run())).toEqual([
      { rule: 'EVIDENCE_LABEL_NOT_FOUND', level: 'unknown', file: CAP, line: undefined },
    ]);
    repo.edit(CAP, 'Gate: `READY`', 'Current gate status:');
    const v = await repo.run();
    expect(blocking(v)).toEqual([
      { rule: 'EVIDENCE_VALUE_NOT_FOUND', level: 'unknown', file: CAP, line: repo.lineOf(CAP, 'Current gate') },
    ]);
    expect(v.outcome).toBe('unknown');
  });

  it('judges the newest DR drill by the date in its name, and only that one', async () => {
    repo.edit(DR, '`COMPLETED`', '`PENDING`');
    expect(blocking(await repo.run())).toEqual([
      { rule: 'EVIDENCE_STATUS_BLOCKED', level: 'fail', file: DR, line: repo.lineOf(DR, '`PENDING`') },
    ]);
    repo.remove(DR);
    const older = `${OPS}/dr-drill-20261019.md`;
    expect(blocking(await repo.run())).toEqual([
      { rule: 'EVIDENCE_STATUS_BLOCKED', level: 'fail', file: older, line: repo.lineOf(older, '`BLOCKED`') },
    ]);
  });

  it('requires the DR drill to say COMPLETED, not just any accepted word', async () => {
    repo.edit(DR, '`COMPLETED`', '`READY`');
    expect(blocking(await repo.run())).toMatchObject([{ rule: 'EVIDENCE_STATUS_NOT_ACCEPTED', file: DR, line: 8 }]);
  });

  it('is unknown when no DR drill exists', async () => {
    repo.remove(DR);
    repo.remove(`${OPS}/dr-drill-20261019.md`);
    const v = await repo.run();
    expect(blocking(v)).toEqual([{ rule: 'EVIDENCE_FILE_MISSING', level: 'unknown', file: OPS, line: undefined }]);
    expect(v.outcome).toBe('unknown');
  });

  it('fails a DR drill older than max-age-days as of the audit date', async () => {
    const v = await repo.run({ 'as-of': '2026-12-13' });
    expect(blocking(v)).toContainEqual({ rule: 'EVIDENCE_STALE', level: 'fail', file: DR, line: 1 });
    expect(v.findings.find((f) => f.rule === 'EVIDENCE_STALE')?.message).toContain('31 days old (limit 30');
  });

  it('ignores drills dated after the as-of date and names with impossible dates', async () => {
    repo.write(`${OPS}/dr-drill-20261120.md`, '# DR Drill\n\n## Status\n\n`FAILED`\n');
    repo.write(`${OPS}/dr-drill-20261399.md`, '# DR Drill\n\n## Status\n\n`FAILED`\n');
    const v = await repo.run();
    expect(v.outcome).toBe('pass');
    expect(v.findings.map((f) => [f.rule, f.level, f.file])).toEqual(
      expect.arrayContaining([
        ['EVIDENCE_DATED_AFTER_AS_OF', 'notice', `${OPS}/dr-drill-20261120.md`],
        ['EVIDENCE_DATE_INVALID', 'warning', `${OPS}/dr-drill-20261399.md`],
      ]),
    );
  });

  it('fails a security control whose Result is FAIL, on that row', async () => {
    repo.edit(SEC, '| 2026-11-11 | PASSED |', '| 2026-11-11 | FAIL |');
    expect(blocking(await repo.run())).toEqual([
      { rule: 'EVIDENCE_STATUS_FAILED', level: 'fail', file: SEC, line: repo.lineOf(SEC, 'SC-03') },
    ]);
  });

  it('fails a placeholder in any column of a security row', async () => {
    repo.edit(SEC, 'CI run 9812', '<link to CI run>');
    expect(blocking(await repo.run())).toEqual([
      { rule: 'EVIDENCE_PLACEHOLDER', level: 'fail', file: SEC, line: repo.lineOf(SEC, 'SC-01') },
    ]);
  });

  it('is unknown when a Result cell is empty', async () => {
    repo.edit(SEC, '| 2026-11-13 | APPROVED |', '| 2026-11-13 |  |');
    expect(blocking(await repo.run())).toEqual([
      { rule: 'EVIDENCE_RESULT_MISSING', level: 'unknown', file: SEC, line: repo.lineOf(SEC, 'SC-05') },
    ]);
  });

  it('finds the Result column by its name wherever it moves, and reports it when renamed', async () => {
    repo.edit(
      SEC,
      '| Control | Check | Evidence | Validated on | Result |',
      '| Control | Check | Evidence | Validated on | Outcome |',
    );
    expect(blocking(await repo.run())).toEqual([
      { rule: 'EVIDENCE_COLUMN_NOT_FOUND', level: 'unknown', file: SEC, line: repo.lineOf(SEC, '| Control |') },
    ]);
  });

  it('is unknown when the Validation Matrix heading or its rows are gone', async () => {
    repo.edit(SEC, '## Validation Matrix', '## Controls');
    expect(blocking(await repo.run())).toMatchObject([{ rule: 'EVIDENCE_SECTION_NOT_FOUND', file: SEC }]);
    repo.edit(SEC, '## Controls', '## Validation Matrix');
    repo.edit(SEC, /\| SC-[\s\S]*APPROVED \|\n/, '');
    expect(blocking(await repo.run())).toEqual([
      { rule: 'EVIDENCE_TABLE_EMPTY', level: 'unknown', file: SEC, line: repo.lineOf(SEC, '| Control |') },
    ]);
  });

  it('takes the last row per environment: a newer failing prod row fails', async () => {
    repo.edit(
      EGR,
      '| prod | egw-prod-01 | PASS | Lena Park | 2026-11-13 |',
      '$&\n| prod | egw-prod-02 | FAIL | Lena Park | 2026-11-14 |',
    );
    expect(blocking(await repo.run())).toEqual([
      { rule: 'EVIDENCE_STATUS_FAILED', level: 'fail', file: EGR, line: repo.lineOf(EGR, 'egw-prod-02') },
    ]);
  });

  it('needs a Reviewer on the latest prod row', async () => {
    repo.edit(EGR, '| PASS | Lena Park | 2026-11-13 |', '| PASS |  | 2026-11-13 |');
    expect(blocking(await repo.run())).toEqual([
      { rule: 'EVIDENCE_SIGNER_MISSING', level: 'unknown', file: EGR, line: repo.lineOf(EGR, '2026-11-13') },
    ]);
  });

  it('is unknown for a target environment without a row', async () => {
    const v = await repo.run({ environment: 'staging\nprod\ndr' });
    expect(blocking(v)).toEqual([
      { rule: 'EVIDENCE_ROW_MISSING', level: 'unknown', file: EGR, line: repo.lineOf(EGR, '| Environment |') },
    ]);
    expect(v.findings.find((f) => f.rule === 'EVIDENCE_ROW_MISSING')?.message).toContain('"dr"');
  });

  it('fails a handoff whose Current Status is pending', async () => {
    repo.edit(EGR, '`APPROVED`', '`PENDING`');
    expect(blocking(await repo.run())).toMatchObject([{ rule: 'EVIDENCE_STATUS_BLOCKED', file: EGR, line: 9 }]);
  });

  it('reports every problem in one run', async () => {
    repo.edit(CAP, '`READY`', '`BLOCKED`');
    repo.remove(SEC);
    repo.edit(EGR, '`APPROVED`', '`TBD`');
    const v = await repo.run();
    expect(blocking(v).map((f) => f.rule)).toEqual([
      'EVIDENCE_STATUS_BLOCKED',
      'EVIDENCE_FILE_MISSING',
      'EVIDENCE_PLACEHOLDER',
    ]);
    expect(v.outcome).toBe('fail');
    expect(v.outputs).toMatchObject({ 'fail-count': '2', 'unknown-count': '1' });
  });

  it('reads a binary or garbled document as a clean finding, and a folder as unreadable', async () => {
    repo.write(CAP, '\u0000\u00ff\ufffd|||\n```\n# x');
    repo.remove(SEC);
    mkdirSync(repo.path(SEC));
    const v = await repo.run();
    expect(blocking(v)).toEqual([
      { rule: 'EVIDENCE_LABEL_NOT_FOUND', level: 'unknown', file: CAP, line: undefined },
      { rule: 'EVIDENCE_FILE_UNREADABLE', level: 'unknown', file: SEC, line: undefined },
    ]);
    expect(v.findings.find((f) => f.file === SEC)?.message).toBe(
      `security-controls-validation: ${SEC} is a directory, not a file, so its evidence cannot be judged; fix the path or make it readable.`,
    );
    expect(v.table?.rows).toContainEqual(['security-controls-validation', '(unreadable)', '', 'UNKNOWN']);
  });

  it('never reads a device or a FIFO where a document or the newest drill should be', async () => {
    repo.remove(CAP);
    symlinkSync('/dev/zero', repo.path(CAP)); // a read would never end
    repo.remove(DR);
    execFileSync('mkfifo', [repo.path(DR)]); // a read would wait for a writer forever
    const v = await repo.run();
    expect(blocking(v)).toEqual([
      { rule: 'EVIDENCE_FILE_UNREADABLE', level: 'unknown', file: CAP, line: undefined },
      { rule: 'EVIDENCE_FILE_UNREADABLE', level: 'unknown', file: DR, line: undefined },
    ]);
    for (const f of v.findings) expect(f.message).toContain('is not a regular file (a device, FIFO or socket)');
  });

  it('reports a link that loops where a document, the newest drill or the checklist should be', async () => {
    const loop = (rel: string) => {
      repo.remove(rel);
      symlinkSync(basename(rel), repo.path(rel)); // points at itself
    };
    loop(SEC);
    loop(DR);
    loop('docs/release-review-checklist.md');
    const v = await repo.run();
    expect(blocking(v)).toEqual([
      { rule: 'EVIDENCE_FILE_UNREADABLE', level: 'unknown', file: DR, line: undefined },
      { rule: 'EVIDENCE_FILE_UNREADABLE', level: 'unknown', file: SEC, line: undefined },
      {
        rule: 'CHECKLIST_FILE_UNREADABLE',
        level: 'unknown',
        file: 'docs/release-review-checklist.md',
        line: undefined,
      },
    ]);
    for (const f of v.findings.filter((x) => x.rule.endsWith('_UNREADABLE'))) {
      expect(f.message).toContain('is a symbolic link that loops');
    }
  });

  it('refuses a path that is not a directory', async () => {
    const v = await repo.run({ path: repo.path('nowhere') });
    expect(v.findings).toMatchObject([{ rule: 'INPUT_INVALID', level: 'fail' }]);
    expect(v.findings[0]?.message).toContain('is not a directory');
  });
});
