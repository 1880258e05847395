// The Actions rendering of a verdict, through the real @actions/core writing the runner's files.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineGate } from '../../../src/lib/gate/gate.js';
import { SUMMARY_BUDGET } from '../../../src/lib/report/markdown.js';
import { verdict } from '../../../src/lib/verdict/types.js';
import { ANNOTATIONS_SHOWN, readActionInputs, renderVerdict } from '../../../src/runtime/action.js';
import { FINDINGS_JSON_BUDGET } from '../../../src/runtime/findings-output.js';

let dir: string;
let stdout: string[];
const saved = { ...process.env };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rco-runtime-'));
  for (const f of ['out', 'summary']) writeFileSync(join(dir, f), '');
  process.env['GITHUB_OUTPUT'] = join(dir, 'out');
  process.env['GITHUB_STEP_SUMMARY'] = join(dir, 'summary');
  stdout = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    stdout.push(String(s));
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  process.env = { ...saved };
  process.exitCode = undefined;
});

describe('renderVerdict', () => {
  const v = verdict(
    'validate-evidence',
    [
      {
        rule: 'EVIDENCE_STATUS_BLOCKED',
        level: 'fail',
        message: 'status is BLOCKED token=abc123',
        file: 'docs/a.md',
        line: 7,
      },
      { rule: 'SUPPRESSION_STALE', level: 'warning', message: 'matches nothing' },
    ],
    { outputs: { 'blocking-count': '1' } },
  );

  it('writes outputs, annotations with file and line, one summary section, and fails the step', async () => {
    renderVerdict(v, (s) => s.replace('abc123', '***'));
    const out = readFileSync(join(dir, 'out'), 'utf8');
    expect(out).toMatch(/blocking-count<<.*\n1\n/);
    expect(out).toMatch(/outcome<<.*\nfail\n/);
    expect(out).toContain('"rule":"EVIDENCE_STATUS_BLOCKED"');
    const log = stdout.join('');
    expect(log).toContain('::error title=EVIDENCE_STATUS_BLOCKED,file=docs/a.md,line=7::status is BLOCKED token=***');
    expect(log).toContain('::warning title=SUPPRESSION_STALE::matches nothing');
    expect(log).toContain('::error::validate-evidence: FAIL (1 blocking finding)');
    expect(process.exitCode).toBe(1);
    const summary = readFileSync(join(dir, 'summary'), 'utf8');
    expect(summary.match(/^## /gm)).toHaveLength(1);
    expect(summary).not.toContain('abc123');
    // The outputs are redacted too: a later step may print them.
    expect(out).toContain('status is BLOCKED token=***');
    expect(out).not.toContain('abc123');
  });

  it('keeps the job summary under the 1 MiB GitHub accepts, saying what it left out', async () => {
    const many = Array.from({ length: 8000 }, (_, i) => ({
      rule: 'SCAN_VULNERABILITY',
      level: 'fail' as const,
      message: `CVE-2026-${i} (HIGH) in package-${i}@1.0.0 (fixed in 1.0.1): ${'upgrade to a fixed version. '.repeat(3)}`,
      file: 'report.json',
    }));
    const rows = Array.from({ length: 3000 }, (_, i) => [`pkg-${i}`, 'HIGH', '1.0.0', 'FAIL']);
    renderVerdict(
      verdict('scan-gate', many, {
        outputs: {},
        table: { headers: ['Package', 'Severity', 'Version', 'Verdict'], rows },
        details: [{ title: 'Suppressions', body: 'x'.repeat(50_000) }],
      }),
      (s) => s,
    );
    const summary = readFileSync(join(dir, 'summary'), 'utf8');
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_BUDGET);
    expect(Buffer.byteLength(summary)).toBeGreaterThan(SUMMARY_BUDGET - 2048); // filled, not emptied
    // Findings first: the table's rows and the details give way to them.
    const shownFindings = summary.match(/^\| fail \| SCAN_VULNERABILITY /gm)?.length ?? 0;
    expect(shownFindings).toBeGreaterThan(3000);
    expect(summary).toContain(
      `_${8000 - shownFindings} of 8000 rows are not shown: a job summary is limited to 1 MiB.`,
    );
    expect(summary).toContain('Every finding is in the file the `findings-file` output names._');
    const shownRows = summary.match(/^\| pkg-\d+ \| /gm)?.length ?? 0;
    expect(summary).toContain(`_${3000 - shownRows} of 3000 rows are not shown`);
    expect(summary).toContain('_Suppressions: not shown, a job summary is limited to 1 MiB._');
  });

  it('keeps findings-json within what an output may hold, blocking first, and writes every finding to findings-file', async () => {
    process.env['RUNNER_TEMP'] = dir;
    const finding = (level: 'fail' | 'notice', i: number) => ({ rule: `R${i}`, level, message: 'x'.repeat(200) });
    // Notices first in the verdict's order: the fails must still be the ones kept.
    const findings = [
      ...Array.from({ length: 3000 }, (_, i) => finding('notice', i)),
      ...Array.from({ length: 3000 }, (_, i) => finding('fail', 3000 + i)),
    ];
    renderVerdict(verdict('scan-gate', findings), (s) => s);
    const out = readFileSync(join(dir, 'out'), 'utf8');
    const json = /findings-json<<(\S+)\n(.*)\n\1/.exec(out)?.[2] ?? '';
    expect(json.length).toBeLessThanOrEqual(FINDINGS_JSON_BUDGET);
    const kept = JSON.parse(json) as { rule: string; level: string }[];
    expect(kept.length).toBeGreaterThan(1000);
    expect(kept.length).toBeLessThan(6000);
    expect(kept.slice(0, 3).map((f) => f.rule)).toEqual(['R3000', 'R3001', 'R3002']);
    expect(kept.every((f) => f.level === 'fail')).toBe(true);
    const file = /findings-file<<(\S+)\n(.*)\n\1/.exec(out)?.[2] ?? '';
    expect(file.startsWith(join(dir, 'scan-gate-findings-'))).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(findings);
    expect(stdout.join('')).toContain(
      `::warning::findings-json holds ${kept.length} of 6000 findings, the blocking ones first: GitHub limits an output to 1 MB. All are in findings-file (${file}).`,
    );
  });

  it('writes findings-json whole when it fits, and a file per step', async () => {
    process.env['RUNNER_TEMP'] = dir;
    renderVerdict(v, (s) => s);
    renderVerdict(v, (s) => s);
    const out = readFileSync(join(dir, 'out'), 'utf8');
    expect(/findings-json<<(\S+)\n(.*)\n\1/.exec(out)?.[2]).toBe(JSON.stringify(v.findings));
    const files = [...out.matchAll(/findings-file<<(\S+)\n(.*)\n\1/g)].map((m) => m[2]);
    expect(new Set(files).size).toBe(2);
    expect(stdout.join('')).not.toContain('findings-json holds');
  });

  it('annotates what GitHub shows of each kind, keeps one error for the verdict, and logs the rest', async () => {
    const f = (level: 'fail' | 'warning', i: number) => ({
      rule: `R${i}`,
      level,
      message: `m${i}`,
      file: 'a.md',
      line: i,
    });
    const findings = [
      ...Array.from({ length: 25 }, (_, i) => f('fail', i)),
      ...Array.from({ length: 12 }, (_, i) => f('warning', 100 + i)),
    ];
    renderVerdict(verdict('scan-gate', findings), (s) => s);
    const lines = stdout.join('').split('\n');
    const errors = lines.filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(ANNOTATIONS_SHOWN);
    expect(errors.slice(0, 9).map((l) => l.match(/title=(R\d+)/)?.[1])).toEqual([
      'R0',
      'R1',
      'R2',
      'R3',
      'R4',
      'R5',
      'R6',
      'R7',
      'R8',
    ]);
    expect(errors[9]).toBe(
      '::error::scan-gate: FAIL (25 blocking findings). 18 more findings are in the log and the job summary: GitHub shows 10 annotations of each kind per step.',
    );
    expect(lines.filter((l) => l.startsWith('::warning'))).toHaveLength(ANNOTATIONS_SHOWN);
    // The rest are plain log lines, none lost.
    expect(lines).toContain('FAIL R9 a.md:9: m9');
    expect(lines).toContain('FAIL R24 a.md:24: m24');
    expect(lines).toContain('WARNING R111 a.md:111: m111');
    expect(lines.filter((l) => /^(FAIL|WARNING) R\d+ /.test(l))).toHaveLength(18);
  });

  it('fails the step on unknown and says why', async () => {
    renderVerdict(verdict('scan-gate', [{ rule: 'REPORT_MISSING', level: 'unknown', message: 'no report' }]), (s) => s);
    expect(readFileSync(join(dir, 'out'), 'utf8')).toMatch(/outcome<<.*\nunknown\n/);
    expect(stdout.join('')).toContain('UNKNOWN: a check could not be performed');
    expect(process.exitCode).toBe(1);
  });

  it('passes quietly', async () => {
    renderVerdict(verdict('scan-gate', []), (s) => s);
    expect(process.exitCode).toBeUndefined();
  });
});

describe('readActionInputs', () => {
  it('reads INPUT_ variables the way the runner names them', () => {
    const gate = defineGate({
      name: 'g',
      spec: { 'fail-on': {}, path: {} },
      parse: (x) => x,
      run: async () => verdict('g', []),
    });
    expect(readActionInputs(gate, { 'INPUT_FAIL-ON': 'HIGH', INPUT_PATH: '', INPUT_OTHER: 'x' })).toEqual({
      'fail-on': 'HIGH',
    });
  });
});

describe('workflow commands', () => {
  it('escapes messages and properties so a finding cannot forge a command', async () => {
    renderVerdict(
      verdict('g', [{ rule: 'R', level: 'fail', message: 'line one\n::add-mask::x 100%', file: 'a,b:c.md', line: 2 }]),
      (s) => s,
    );
    expect(stdout.join('')).toContain('::error title=R,file=a%2Cb%3Ac.md,line=2::line one%0A::add-mask::x 100%25\n');
  });
});
