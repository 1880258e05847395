// The scan-gate end to end through runGate: policy, outputs, suppressions, baseline, bad reports,
// inputs, and the conformance cases in-process when the shared data is present.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGate } from '../../../src/lib/gate/gate.js';
import { gate } from '../../../src/scan-gate/gate.js';
import { testIo } from '../../helpers/io.js';
import { CONF, misconf, report, result, secret, tmp, vuln, write } from './fixtures.js';

const NOW = '2026-11-23T10:00:00Z';
const io = (cwd: string) => testIo({ cwd, now: NOW });

function sample() {
  return report([
    result('img (alpine 3.20.3)', 'os-pkgs', 'alpine', {
      Vulnerabilities: [
        vuln('CVE-2024-0001', 'libssl3', { sev: 'CRITICAL', fixed: '3.3.2' }),
        vuln('CVE-2024-0001', 'libcrypto3', { sev: 'CRITICAL', fixed: '3.3.2' }),
        vuln('CVE-2024-0002', 'busybox', { sev: 'HIGH' }),
        vuln('CVE-2024-0003', 'zlib', { sev: 'MEDIUM', fixed: '1.3' }),
      ],
    }),
    result('app/package-lock.json', 'lang-pkgs', 'npm', {
      Vulnerabilities: [
        vuln('CVE-2024-0001', 'libssl3', { sev: 'CRITICAL', fixed: '3.3.2' }),
        vuln('CVE-2024-0004', 'braces', { sev: 'LOW', fixed: '3.0.3' }),
      ],
    }),
    result('Dockerfile', 'config', 'dockerfile', {
      Misconfigurations: [misconf('DS002', 'AVD-DS-0002', { sev: 'HIGH', line: 4 })],
    }),
    result('app/.env', 'secret', '', { Secrets: [secret('aws-access-key-id', { line: 7 })] }),
  ]);
}

describe('the gate', () => {
  it('counts entries (duplicates across Results too) and distinct ids; fails with one finding per id', async () => {
    const dir = tmp();
    write(dir, 'r.json', sample());
    const v = await runGate(gate, { report: 'r.json' }, io(dir));
    expect(v.outcome).toBe('fail');
    expect(v.outputs).toMatchObject({
      critical: '4',
      high: '2',
      medium: '1',
      low: '1',
      unknown: '0',
      'blocking-count': '6',
      'blocking-ids-count': '4',
      'suppressed-count': '0',
      'new-count': '',
    });
    expect(v.outputs['report-path']).toBe(join(dir, 'r.json'));
    const byRule = v.findings.map((f) => [f.rule, f.file, f.line]);
    expect(byRule).toEqual([
      ['SCAN_VULNERABILITY', undefined, undefined],
      ['SCAN_VULNERABILITY', undefined, undefined],
      ['SCAN_MISCONFIGURATION', 'Dockerfile', 4],
      ['SCAN_SECRET', 'app/.env', 7],
    ]);
    expect(v.findings[0]!.message).toMatch(
      /CVE-2024-0001 \(CRITICAL\) in libssl3@1\.0\.0 \(fixed in 3\.3\.2\).*upgrade/,
    );
    expect(v.table?.rows.at(-1)).toEqual(['Total', '8', '0', '6']);
  });

  it('ignore-unfixed gates only on fixable vulnerabilities; fail-on narrows severities', async () => {
    const dir = tmp();
    write(dir, 'r.json', sample());
    const a = await runGate(gate, { report: 'r.json', 'ignore-unfixed': 'true' }, io(dir));
    expect(a.outputs['blocking-count']).toBe('5'); // busybox has no fix
    const b = await runGate(gate, { report: 'r.json', 'fail-on': 'LOW' }, io(dir));
    expect([b.outcome, b.outputs['blocking-count'], b.outputs['blocking-ids-count']]).toEqual(['fail', '1', '1']);
  });

  it('passes on a clean report and on an empty Results list', async () => {
    const dir = tmp();
    write(dir, 'r.json', report([result('img (alpine 3.17.7)', 'os-pkgs', 'alpine')]));
    const v = await runGate(gate, { report: 'r.json' }, io(dir));
    expect([v.outcome, v.outputs['blocking-count'], v.findings]).toEqual(['pass', '0', []]);
  });

  it('applies suppressions and governs them: suppressed-count, summary with owner and days left', async () => {
    const dir = tmp();
    write(dir, 'r.json', sample());
    write(
      dir,
      '.trivyignore',
      '# owner: sec-team\n# expires: 2026-12-01\nCVE-2024-0001\n# owner: sec-team\n# expires: 2027-12-01\nCVE-2024-0002\nDS002 exp:2027-01-01\n# owner: x\n# expires: 2027-01-01\nCVE-2000-0000',
    );
    write(
      dir,
      'ignore.yaml',
      'secrets:\n  - id: aws-access-key-id\n    statement: test fixture key, rotated\n    expired_at: 2027-01-01\n',
    );
    const v = await runGate(gate, { report: 'r.json', 'ignore-files': '.trivyignore\nignore.yaml' }, io(dir));
    expect(v.outputs).toMatchObject({ 'blocking-count': '0', 'suppressed-count': '6', critical: '0' });
    expect(v.findings.map((f) => [f.rule, f.level, f.file, f.line])).toEqual([
      ['SUPPRESSION_EXPIRING', 'warning', '.trivyignore', 3],
      ['SUPPRESSION_OWNER_MISSING', 'fail', '.trivyignore', 7],
      ['SUPPRESSION_STALE', 'warning', '.trivyignore', 10],
    ]);
    expect(v.outcome).toBe('fail');
    const sup = v.details?.find((d) => d.title.startsWith('Suppressions'));
    expect(sup?.body).toContain('| CVE-2024-0001 | .trivyignore:3 | sec-team | 2026-12-01 | 8 | 3 |');
  });

  it('reads ignore files saved with a byte-order mark', async () => {
    const dir = tmp();
    write(dir, 'r.json', sample());
    write(dir, 'bom', '\uFEFF# owner: a\n# expires: 2027-06-01\nCVE-2024-0002\n');
    const v = await runGate(gate, { report: 'r.json', 'ignore-files': 'bom' }, io(dir));
    expect(v.findings.filter((f) => f.rule.startsWith('SUPPRESSION'))).toEqual([]);
    expect(v.outputs['suppressed-count']).toBe('1');
  });

  it('a declared ignore file that does not exist fails', async () => {
    const dir = tmp();
    write(dir, 'r.json', report([]));
    const v = await runGate(gate, { report: 'r.json', 'ignore-files': 'missing/.trivyignore' }, io(dir));
    expect(v.outcome).toBe('fail');
    expect(v.findings[0]).toMatchObject({ rule: 'SUPPRESSION_FILE_MISSING', file: 'missing/.trivyignore' });
  });

  it('suppressions-only checks governance without a report', async () => {
    const dir = tmp();
    write(dir, 'ok', '# owner: a\n# expires: 2027-06-01\nCVE-2024-0001\n');
    write(dir, 'old', '# owner: a\n# expires: 2026-01-01\nCVE-2024-0001\n');
    expect((await runGate(gate, { 'suppressions-only': 'true', 'ignore-files': 'ok' }, io(dir))).outcome).toBe('pass');
    const bad = await runGate(gate, { 'suppressions-only': 'true', 'ignore-files': 'old' }, io(dir));
    expect(bad.findings.map((f) => f.rule)).toEqual(['SUPPRESSION_EXPIRED']);
  });

  it('with a baseline gates only on new findings and lists resolved ones', async () => {
    const dir = tmp();
    write(dir, 'r.json', sample());
    const before = report([
      result('img (alpine 3.20.2)', 'os-pkgs', 'alpine', {
        Vulnerabilities: [
          vuln('CVE-2024-0001', 'libssl3', { sev: 'CRITICAL', installed: '0.9' }),
          vuln('CVE-2024-0001', 'libcrypto3', { sev: 'CRITICAL' }),
          vuln('CVE-2023-9999', 'old', { sev: 'HIGH' }),
        ],
      }),
    ]);
    write(dir, 'base.json', before);
    const v = await runGate(gate, { report: 'r.json', baseline: 'base.json' }, io(dir));
    expect(v.outputs).toMatchObject({
      'new-count': '6',
      'resolved-count': '1',
      'blocking-count': '4',
      'blocking-ids-count': '4',
    });
    expect(v.findings[0]!.message).toContain('new since the baseline');
    expect(v.details?.find((d) => d.title.startsWith('Resolved'))?.body).toContain('CVE-2023-9999');
    const missing = await runGate(gate, { report: 'r.json', baseline: 'nope.json' }, io(dir));
    expect(missing.outcome).toBe('fail'); // the definite failures outrank the unknown baseline
    expect(missing.findings[0]).toMatchObject({ rule: 'REPORT_MISSING', level: 'unknown' });
  });

  it('a bad report is unknown, never pass, and names the file and line', async () => {
    const dir = tmp();
    write(dir, 'cut.json', JSON.stringify(sample(), null, 2).slice(0, 500));
    write(dir, 'empty.json', '');
    for (const [file, rule] of [
      ['cut.json', 'REPORT_INVALID_JSON'],
      ['empty.json', 'REPORT_EMPTY'],
      ['none.json', 'REPORT_MISSING'],
    ]) {
      const v = await runGate(gate, { report: file as string }, io(dir));
      expect(v.outcome).toBe('unknown');
      expect(v.findings).toEqual([expect.objectContaining({ rule, level: 'unknown', file })]);
    }
  });

  it('refuses bad inputs with a clear message', async () => {
    const dir = tmp();
    const cases: [Record<string, string>, string][] = [
      [{}, 'INPUT_REQUIRED'],
      [{ image: 'alpine:3.20' }, 'INPUT_INVALID'],
      [{ image: `a@sha256:${'0'.repeat(64)}`, report: 'r.json' }, 'INPUT_CONFLICT'],
      [{ report: 'r.json', 'fail-on': 'HIGH,SEVERE' }, 'INPUT_INVALID'],
      [{ report: 'r.json', 'expiry-warning-days': '-1' }, 'INPUT_INVALID'],
    ];
    for (const [raw, rule] of cases) {
      const v = await runGate(gate, raw, io(dir));
      expect(v.findings[0]?.rule, JSON.stringify(raw)).toBe(rule);
    }
  });
});

const casesFile = join(CONF, 'cases.json');
describe.skipIf(!existsSync(casesFile))('conformance cases in-process', () => {
  const kit = existsSync(casesFile) ? JSON.parse(readFileSync(casesFile, 'utf8')) : { cases: [] };
  const rows: [string, string, string, { decision: string; matching: number; uniqueIds: number }][] = [];
  for (const c of kit.cases)
    for (const [policy, want] of Object.entries(c.facts.gate ?? {})) rows.push([c.id, policy, c.file, want as never]);
  it.each(rows)('%s %s', async (_id, policy, file, want) => {
    const m = /^failOn=([A-Z,]+)(;ignoreUnfixed)?$/.exec(policy)!;
    const v = await runGate(
      gate,
      { report: join(CONF, file), 'fail-on': m[1]!, 'ignore-unfixed': m[2] ? 'true' : 'false' },
      io(tmp()),
    );
    expect([
      v.outcome.toUpperCase(),
      Number(v.outputs['blocking-count']),
      Number(v.outputs['blocking-ids-count']),
    ]).toEqual([want.decision, want.matching, want.uniqueIds]);
  });

  it('counts what Trivy suppressed before the gate (ExperimentalModifiedFindings)', async () => {
    const v = await runGate(gate, { report: join(CONF, 'reports/golden/npm-with-suppressed.json') }, io(tmp()));
    expect(v.outputs['suppressed-count']).toBe('1');
    expect(v.details?.some((d) => d.title.startsWith('Suppressed by Trivy'))).toBe(true);
  });
});
if (!existsSync(casesFile))
  console.log('scan-gate: ../shared/conformance/trivy not present; conformance cases skipped');
