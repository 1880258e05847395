// With --path naming a subdirectory of the working directory, every finding (evidence, notes about
// dated files, invariants) names its file relative to the working directory, so annotations land on
// the right file of the checked-out repository.
import { basename, dirname } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runGate } from '../../../src/lib/gate/gate.js';
import { gate } from '../../../src/validate-evidence/gate.js';
import { testIo } from '../../helpers/io.js';
import { OPS, ScratchRepo } from './repo.js';

let repo: ScratchRepo;
beforeEach(() => {
  repo = new ScratchRepo();
});
afterEach(() => repo.dispose());

describe('validate-evidence with path in a subdirectory', () => {
  it('names every finding file relative to the working directory', async () => {
    const sub = basename(repo.dir);
    repo.edit(`${OPS}/capacity-baselines.md`, '`READY`', '`BLOCKED`');
    repo.write(`${OPS}/dr-drill-20261399.md`, '## Status\n\n`COMPLETED`\n');
    repo.edit('README.md', '(docs/runbooks/release.md)', '(docs/runbooks/gone.md)');
    repo.edit('CHANGELOG.md', /## \[(\d+\.\d+\.\d+)\]/, '## [9.9.9]');
    // Only the invariants that need no kubectl, so the test runs everywhere.
    repo.edit('.github/release-evidence.yml', /\nimmutable-images:\n.*\n/, '\n');
    const io = testIo({ cwd: dirname(repo.dir), now: '2026-11-23T10:00:00Z' });
    const v = await runGate(gate, { path: repo.dir, 'as-of': '2026-11-16' }, io);
    const byRule = (rule: string) => v.findings.filter((f) => f.rule === rule).map((f) => [f.file, f.line]);
    expect(byRule('EVIDENCE_STATUS_BLOCKED')).toEqual([
      [`${sub}/${OPS}/capacity-baselines.md`, repo.lineOf(`${OPS}/capacity-baselines.md`, '`BLOCKED`')],
    ]);
    expect(byRule('EVIDENCE_DATE_INVALID')).toEqual([[`${sub}/${OPS}/dr-drill-20261399.md`, undefined]]);
    expect(byRule('DOC_LINK_BROKEN')).toEqual([[`${sub}/README.md`, repo.lineOf('README.md', 'gone.md')]]);
    const metadata = v.findings.filter((f) => f.rule.startsWith('RELEASE_'));
    expect(metadata.length).toBeGreaterThan(0);
    for (const f of v.findings) if (f.file !== undefined) expect(f.file.startsWith(`${sub}/`)).toBe(true);
  });
});
