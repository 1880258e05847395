// The Actions rendering of a verdict, through the real @actions/core writing the runner's files.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineGate } from '../../../src/lib/gate/gate.js';
import { verdict } from '../../../src/lib/verdict/types.js';
import { readActionInputs, renderVerdict } from '../../../src/runtime/action.js';

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
