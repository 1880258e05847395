// The CLI contract of the built bundle: `rco scan-gate --report FILE --fail-on SEVERITIES
// [--ignore-unfixed true] --json` exits 0 on PASS, 1 on FAIL, 2 on UNKNOWN and prints the verdict
// whose outputs hold blocking-count and blocking-ids-count.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { report, result, tmp, vuln, write } from '../unit/scan-gate/fixtures.js';

const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli', 'index.js');
if (!existsSync(cli)) console.log('scan-gate e2e: dist/cli/index.js missing (npm run build); skipped');

describe.skipIf(!existsSync(cli))('rco scan-gate (dist)', () => {
  const dir = tmp();
  write(
    dir,
    'r.json',
    report([
      result('t', 'lang-pkgs', 'npm', {
        Vulnerabilities: [
          vuln('CVE-2024-0001', 'a', { sev: 'HIGH' }),
          vuln('CVE-2024-0001', 'b', { sev: 'HIGH', fixed: '2.0' }),
        ],
      }),
    ]),
  );
  write(dir, 'cut.json', '{"SchemaVersion": 2, "Results": [');
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [cli, 'scan-gate', ...args, '--json'], { cwd: dir, encoding: 'utf8' });
    return { status: r.status, v: JSON.parse(r.stdout) as { outcome: string; outputs: Record<string, string> } };
  };

  it('FAIL exits 1 with the counts', () => {
    const { status, v } = run('--report', 'r.json', '--fail-on', 'CRITICAL,HIGH');
    expect([status, v.outcome, v.outputs['blocking-count'], v.outputs['blocking-ids-count']]).toEqual([
      1,
      'fail',
      '2',
      '1',
    ]);
  });

  it('ignore-unfixed narrows the gate; PASS exits 0', () => {
    expect(run('--report', 'r.json', '--fail-on', 'HIGH', '--ignore-unfixed', 'true').v.outputs['blocking-count']).toBe(
      '1',
    );
    const { status, v } = run('--report', 'r.json', '--fail-on', 'CRITICAL');
    expect([status, v.outcome, v.outputs['blocking-count']]).toEqual([0, 'pass', '0']);
  });

  it('a truncated report exits 2 (unknown), never 0', () => {
    const { status, v } = run('--report', 'cut.json', '--fail-on', 'CRITICAL,HIGH');
    expect([status, v.outcome]).toEqual([2, 'unknown']);
  });
});
