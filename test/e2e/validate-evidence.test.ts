// The built validate-evidence bundle and the rco CLI, started as the runner and a user start them,
// on a copy of the example repository and on broken copies.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ScratchRepo } from '../integration/validate-evidence/repo.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BUNDLE = join(ROOT, 'dist', 'validate-evidence', 'index.js');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const built = existsSync(BUNDLE) && existsSync(CLI);
if (!built) console.log('skipping validate-evidence e2e: dist/ not built (run npm run build)');

const CAP = 'docs/operations-artifacts/capacity-baselines.md';

let repo: ScratchRepo;
beforeEach(() => {
  repo = new ScratchRepo();
});
afterEach(() => repo.dispose());

/** Reads the `name<<delimiter` blocks @actions/core writes to GITHUB_OUTPUT. */
function outputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of readFileSync(file, 'utf8').matchAll(re)) out[m[1] as string] = m[3] as string;
  return out;
}

function runAction(inputs: Record<string, string>) {
  const out = repo.path('.gh-output');
  const summary = repo.path('.gh-summary');
  writeFileSync(out, '');
  writeFileSync(summary, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? '',
    GITHUB_OUTPUT: out,
    GITHUB_STEP_SUMMARY: summary,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [BUNDLE], { cwd: repo.dir, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, outputs: outputs(out), summary: readFileSync(summary, 'utf8') };
}

describe.skipIf(!built)('dist/validate-evidence/index.js', () => {
  it('passes on the example repository, writing outputs and the job summary', () => {
    const r = runAction({ path: '.', environment: 'prod', 'as-of': '2026-11-16' });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ outcome: 'pass', 'findings-json': '[]', 'fail-count': '0' });
    expect(r.summary).toContain('## validate-evidence: ✅ PASS');
    expect(r.summary).toContain('| Artifact | Value found | Date (age) | Verdict |');
    expect(r.summary).toContain(
      '| docs/operations-artifacts/dr-drill-20261112.md | COMPLETED | 2026-11-12 (4 days) | PASS |',
    );
  });

  it('fails a broken copy with the rule id, file and line as an annotation', () => {
    repo.edit(CAP, '`READY`', '`BLOCKED`');
    repo.edit('docs/release-review-checklist.md', '| Maria Keller | PASS |', '| Maria Keller | FAIL |');
    const r = runAction({ 'as-of': '2026-11-16' });
    expect(r.code).toBe(1);
    expect(r.outputs['outcome']).toBe('fail');
    const rules = (JSON.parse(r.outputs['findings-json'] ?? '[]') as { rule: string }[]).map((f) => f.rule);
    expect(rules).toEqual(['EVIDENCE_STATUS_BLOCKED', 'CHECKLIST_ITEM_FAILED']);
    expect(r.stdout).toContain(`::error title=EVIDENCE_STATUS_BLOCKED,file=${CAP},line=6::`);
    expect(r.summary).toContain('## validate-evidence: ❌ FAIL');
    expect(r.summary).toContain(
      '| fail | EVIDENCE_STATUS_BLOCKED | docs/operations-artifacts/capacity-baselines.md:6 |',
    );
  });

  it('reports unknown when evidence is missing, and fails the step', () => {
    repo.remove('docs/operations-artifacts/security-controls-validation.md');
    const r = runAction({ 'as-of': '2026-11-16' });
    expect(r.code).toBe(1);
    expect(r.outputs).toMatchObject({ outcome: 'unknown', 'unknown-count': '1' });
    expect(r.stdout).toContain('EVIDENCE_FILE_MISSING');
  });

  it('turns a bad as-of into a clean failure, not a stack trace', () => {
    const r = runAction({ 'as-of': 'last tuesday' });
    expect(r.code).toBe(1);
    expect(r.outputs['outcome']).toBe('fail');
    expect(r.stdout).toContain('Input "as-of" must be an ISO-8601 date');
    expect(r.stdout).not.toMatch(/\n\s+at /);
  });
});

describe.skipIf(!built)('rco validate-evidence (dist/cli)', () => {
  // The example's evidence is dated; the CLI audits as of now, so the copy lifts the age limits.
  const timeless = () => {
    repo.edit('.github/release-evidence.yml', /max-age-days: 30/g, 'max-age-days: false');
  };
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [CLI, 'validate-evidence', '--path', repo.dir, ...args], {
      encoding: 'utf8',
      timeout: 120_000,
    });

  it('prints the verdict as JSON and exits 0 on the example', () => {
    timeless();
    const r = cli('--environment', 'prod', '--json');
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ action: 'validate-evidence', outcome: 'pass', findings: [] });
  });

  it('exits 1 on a failure and 2 on an unknown', () => {
    timeless();
    repo.edit(CAP, '`READY`', '`<status>`');
    const failed = cli('--environment', 'prod', '--json');
    expect(failed.status).toBe(1);
    expect(JSON.parse(failed.stdout).findings).toMatchObject([{ rule: 'EVIDENCE_PLACEHOLDER', file: CAP, line: 6 }]);
    repo.edit(CAP, '`<status>`', '`READY`');
    const unknown = cli('--environment', 'prod\nqa', '--json');
    expect(unknown.status).toBe(2);
    expect(JSON.parse(unknown.stdout).findings).toMatchObject([{ rule: 'EVIDENCE_ROW_MISSING' }]);
  });
});
