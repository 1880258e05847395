// The built `rco` command as a user meets it: help, usage errors and the rehearsal's table.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const rco = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'bin', 'rco.mjs'), ...args], { encoding: 'utf8' });

describe('rco', () => {
  it('lists every action with what it checks, and exits 64 when no action is named', () => {
    const r = rco();
    expect(r.status).toBe(64);
    for (const a of ['validate-evidence', 'scan-gate', 'verify-signature', 'signed-tag-check'])
      expect(r.stdout).toContain(a);
    const help = rco('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('  scan-gate          Vulnerability gate over a Trivy JSON report');
    for (const line of help.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(96);
  });

  it('lists an action inputs with defaults from its action.yml', () => {
    const r = rco('scan-gate', '--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('  --fail-on (default: CRITICAL,HIGH)\n      Severities that fail the gate');
    expect(r.stdout).toContain('  --report\n');
    // Wrapped for a terminal: a long default or description no longer widens every line.
    for (const line of r.stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(96);
    // A default longer than a line (the DB registries) breaks after its commas, unchanged.
    expect(r.stdout).toContain(
      '  --db-repository\n      default: mirror.gcr.io/aquasec/trivy-db:2,\n               ghcr.io/aquasecurity/trivy-db:2,\n',
    );
  });

  it('refuses an unknown action and an unknown option with exit 64 and a pointer to help', () => {
    const a = rco('scan-gat');
    expect(a.status).toBe(64);
    expect(a.stderr).toContain('unknown action "scan-gat"');
    const o = rco('scan-gate', '--fail-onn', 'HIGH');
    expect(o.status).toBe(64);
    expect(o.stderr).toContain('unknown option --fail-onn. See rco scan-gate --help');
  });

  it('rehearses the release on the example repository and passes', () => {
    const r = rco('rehearse', '--json');
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(r.stdout) as { outcome: string; rows: { action: string; outcome: string }[] };
    expect(result.outcome).toBe('pass');
    expect(result.rows.map((x) => [x.action, x.outcome])).toEqual([
      ['validate-evidence', 'PASS'],
      ['scan-gate', 'PASS'],
      ['signed-tag-check', 'PASS'],
      ['verify-signature', 'PASS'],
    ]);
  });

  it('fails the rehearsal on a repository that does not exist', () => {
    const r = rco('rehearse', '--repo', '/nonexistent/repo');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('does not exist');
  });
});

describe('rco usage errors a user can make', () => {
  it('refuses an unknown rehearsal option with exit 64', () => {
    const r = rco('rehearse', '--rep', 'x');
    expect(r.status).toBe(64);
    expect(r.stderr).toContain('unknown option --rep');
  });

  it('says which summary file it cannot write, without a stack trace', () => {
    const r = rco(
      'scan-gate',
      '--report',
      join(ROOT, 'examples/release-repo/security/trivy-report.json'),
      '--summary-file',
      '/nonexistent/dir/s.md',
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Cannot write the summary to /nonexistent/dir/s.md');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
