// The review checklist, its sign-offs and the policy file, one broken thing per case.
import { mkdirSync, symlinkSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blocking, ScratchRepo } from './repo.js';

let repo: ScratchRepo;
beforeEach(() => {
  repo = new ScratchRepo();
});
afterEach(() => repo.dispose());

const CL = 'docs/release-review-checklist.md';
const POL = '.github/release-evidence.yml';

describe('review checklist', () => {
  it('fails an item marked FAIL, on its row', async () => {
    repo.edit(CL, '| Lena Park | PASS |\n| 4', '| Lena Park | FAIL |\n| 4');
    expect(blocking(await repo.run())).toEqual([
      { rule: 'CHECKLIST_ITEM_FAILED', level: 'fail', file: CL, line: repo.lineOf(CL, 'Images pinned') },
    ]);
  });

  it('is unknown for an unmarked item', async () => {
    repo.edit(CL, '| Tomasz Nowak | PASS |', '| Tomasz Nowak |  |');
    const v = await repo.run();
    expect(blocking(v)).toEqual([
      { rule: 'CHECKLIST_ITEM_UNMARKED', level: 'unknown', file: CL, line: repo.lineOf(CL, 'Payment retry log') },
    ]);
    expect(v.outcome).toBe('unknown');
  });

  it('reads task-list boxes: ticked passes, unticked is unknown', async () => {
    repo.edit(CL, '## Sign-offs', '- [x] Load test reviewed\n- [ ] Status page updated\n\n## Sign-offs');
    expect(blocking(await repo.run())).toEqual([
      { rule: 'CHECKLIST_ITEM_UNMARKED', level: 'unknown', file: CL, line: repo.lineOf(CL, 'Status page') },
    ]);
  });

  it('is unknown when the checklist file is missing', async () => {
    repo.remove(CL);
    expect(blocking(await repo.run())).toEqual([
      { rule: 'CHECKLIST_FILE_MISSING', level: 'unknown', file: CL, line: undefined },
    ]);
  });

  it('is unknown when a sign-off line is missing or has no name', async () => {
    repo.edit(CL, /- Product Owner:.*\n/, '');
    expect(blocking(await repo.run())).toEqual([
      { rule: 'SIGNOFF_MISSING', level: 'unknown', file: CL, line: undefined },
    ]);
    repo.edit(CL, 'Tomasz Nowak — 2026', '2026');
    expect(blocking(await repo.run())).toContainEqual({
      rule: 'SIGNOFF_NAME_MISSING',
      level: 'unknown',
      file: CL,
      line: repo.lineOf(CL, 'Data-Privacy Officer:'),
    });
  });

  it('needs an ISO-8601 timestamp with time and zone', async () => {
    repo.edit(CL, '2026-11-16T09:30:00Z', '16/11/2026');
    const line = repo.lineOf(CL, 'Product Owner:');
    expect(blocking(await repo.run())).toEqual([{ rule: 'SIGNOFF_TIMESTAMP_INVALID', level: 'fail', file: CL, line }]);
    repo.edit(CL, '16/11/2026', 'signed in person');
    expect(blocking(await repo.run())).toEqual([
      { rule: 'SIGNOFF_TIMESTAMP_MISSING', level: 'unknown', file: CL, line },
    ]);
    repo.edit(CL, 'signed in person', '2026-02-30T09:30:00Z');
    expect(blocking(await repo.run())).toEqual([{ rule: 'SIGNOFF_TIMESTAMP_INVALID', level: 'fail', file: CL, line }]);
  });

  it('fails a sign-off later than the audit date, or older than the limit', async () => {
    repo.edit(CL, '2026-11-16T09:30:00Z', '2026-11-17T08:00:00Z');
    const line = repo.lineOf(CL, 'Product Owner:');
    expect(blocking(await repo.run())).toEqual([{ rule: 'SIGNOFF_AFTER_AS_OF', level: 'fail', file: CL, line }]);
    repo.edit(CL, '2026-11-17T08:00:00Z', '2026-10-01T08:00:00Z');
    expect(blocking(await repo.run())).toEqual([{ rule: 'SIGNOFF_STALE', level: 'fail', file: CL, line }]);
  });

  it('fails a placeholder sign-off', async () => {
    repo.edit(CL, 'Maria Keller — 2026-11-16T09:30:00Z', '<name> — <timestamp>');
    expect(blocking(await repo.run())).toEqual([
      { rule: 'EVIDENCE_PLACEHOLDER', level: 'fail', file: CL, line: repo.lineOf(CL, 'Product Owner:') },
    ]);
  });
});

describe('policy file', () => {
  it('reports a bad key with its path and line, and checks nothing else', async () => {
    repo.edit(POL, '      rows: all', '      rows: every');
    repo.edit(POL, '  - name: dr-drill', '  - nmae: dr-drill');
    const v = await repo.run();
    expect(blocking(v)).toEqual([
      { rule: 'POLICY_INVALID', level: 'fail', file: POL, line: repo.lineOf(POL, 'nmae') },
      { rule: 'POLICY_INVALID', level: 'fail', file: POL, line: repo.lineOf(POL, 'rows: every') },
    ]);
    expect(v.findings[0]?.message).toContain('evidence[1].nmae');
    expect(v.findings[1]?.message).toContain('evidence[2].table.rows');
  });

  it('reports YAML that does not parse', async () => {
    repo.write(POL, 'evidence:\n  - name: x\n   file: [unclosed\n');
    const found = blocking(await repo.run());
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toEqual({ rule: 'POLICY_YAML_INVALID', level: 'fail', file: POL, line: 3 });
    expect(found.every((f) => f.rule === 'POLICY_YAML_INVALID')).toBe(true);
  });

  it('applies the built-in default when the default policy file is absent', async () => {
    repo.remove(POL);
    const v = await repo.run();
    expect(v.outcome).toBe('pass');
    expect(v.findings).toMatchObject([{ rule: 'POLICY_DEFAULT', level: 'notice' }]);
    expect(v.table?.rows).toHaveLength(4);
    repo.edit('docs/operations-artifacts/capacity-baselines.md', '`READY`', '`BLOCKED`');
    expect(blocking(await repo.run())).toMatchObject([{ rule: 'EVIDENCE_STATUS_BLOCKED', line: 6 }]);
  });

  it('fails when a policy file named explicitly does not exist', async () => {
    const v = await repo.run({ policy: 'ci/evidence.yml' });
    expect(blocking(v)).toEqual([{ rule: 'POLICY_MISSING', level: 'fail', file: 'ci/evidence.yml', line: undefined }]);
    expect(v.findings[0]?.message).toBe('The policy file ci/evidence.yml does not exist; fix input "policy".');
  });

  it('refuses a policy path that leads to a device', async () => {
    repo.remove(POL);
    symlinkSync('/dev/zero', repo.path(POL));
    const v = await repo.run();
    expect(blocking(v)).toEqual([{ rule: 'POLICY_MISSING', level: 'fail', file: POL, line: undefined }]);
    expect(v.findings[0]?.message).toContain('is not a regular file (a device, FIFO or socket)');
  });

  it('fails, never falling back to the default, when the policy path is a folder', async () => {
    repo.remove(POL);
    mkdirSync(repo.path(POL));
    const v = await repo.run();
    expect(blocking(v)).toEqual([{ rule: 'POLICY_MISSING', level: 'fail', file: POL, line: undefined }]);
    expect(v.findings[0]?.message).toBe(`The policy file ${POL} is a directory, not a file; fix input "policy".`);
  });

  it('honours a custom vocabulary and placeholder words', async () => {
    repo.edit(POL, 'placeholders: [TBD, TODO]', 'placeholders: [TBD, TODO, Lena Park]');
    expect(blocking(await repo.run())).toMatchObject([
      { rule: 'EVIDENCE_PLACEHOLDER', file: 'docs/operations-artifacts/controller-egress-handoff.md' },
    ]);
  });

  it('judges every file a files glob matches, and is unknown when it matches none', async () => {
    const rule = (glob: string) =>
      `evidence:\n  - name: status pages\n    files: ${glob}\n    status: {label: Current gate status}\n`;
    repo.write(POL, rule("'docs/**/capacity-*.md'"));
    repo.write('docs/operations-artifacts/capacity-eu.md', 'Current gate status: `PENDING`\n');
    const v = await repo.run();
    expect(v.table?.rows.map((r) => [r[0], r[3]])).toEqual([
      ['docs/operations-artifacts/capacity-baselines.md', 'PASS'],
      ['docs/operations-artifacts/capacity-eu.md', 'FAIL'],
    ]);
    expect(blocking(v)).toEqual([
      { rule: 'EVIDENCE_STATUS_BLOCKED', level: 'fail', file: 'docs/operations-artifacts/capacity-eu.md', line: 1 },
    ]);
    repo.write(POL, rule("'docs/none/*.md'"));
    expect(blocking(await repo.run())).toMatchObject([{ rule: 'EVIDENCE_FILE_MISSING', level: 'unknown' }]);
  });

  it('judges only regular files a files glob matches: not a folder or a symbolic link named like one', async () => {
    repo.write(
      POL,
      'evidence:\n  - files: docs/operations-artifacts/capacity-*.md\n    status: {label: Current gate status}\n',
    );
    mkdirSync(repo.path('docs/operations-artifacts/capacity-old.md'));
    repo.write('docs/operations-artifacts/capacity-old.md/capacity-x.md', 'Current gate status: `PENDING`\n');
    symlinkSync('capacity-baselines.md', repo.path('docs/operations-artifacts/capacity-link.md'));
    const v = await repo.run();
    expect(v.table?.rows.map((r) => [r[0], r[3]])).toEqual([
      ['docs/operations-artifacts/capacity-baselines.md', 'PASS'],
    ]);
    expect(blocking(v)).toEqual([]);
  });

  it('notes a tag it cannot compare when release-metadata is off, and checks it when on', async () => {
    const notice = (v: { findings: { rule: string }[] }) =>
      v.findings.filter((f) => f.rule === 'RELEASE_TAG_NOT_CHECKED');
    expect(notice(await repo.run({ tag: 'v9.9.9' }))).toEqual([]);
    repo.edit(POL, /release-metadata:\n(?: {2}.*\n)+/, '');
    expect(notice(await repo.run({ tag: 'v9.9.9' }))).toMatchObject([{ level: 'notice', file: POL }]);
    expect(notice(await repo.run())).toEqual([]);
  });
});
