// SARIF output: Trivy's conventions (compared with its own golden file when present), security-severity
// from CVSS, one category per image, stable fingerprints, and GitHub's limits with the least severe cut first.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runGate } from '../../../src/lib/gate/gate.js';
import { parseReport } from '../../../src/lib/trivy/reader.js';
import { gate } from '../../../src/scan-gate/gate.js';
import { buildSarif, categoryOf } from '../../../src/scan-gate/sarif.js';
import { testIo } from '../../helpers/io.js';
import { CONF, misconf, report, result, tmp, vuln, write } from './fixtures.js';

type Sarif = {
  runs: {
    tool: {
      driver: {
        rules: {
          id: string;
          name: string;
          properties: Record<string, unknown>;
          defaultConfiguration: { level: string };
        }[];
      };
    };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      partialFingerprints: Record<string, string>;
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[];
    }[];
    automationDetails: { id: string };
    properties: Record<string, unknown>;
  }[];
};

const rep = () =>
  parseReport(
    Buffer.from(
      JSON.stringify(
        report([
          result('img (alpine 3.20.3)', 'os-pkgs', 'alpine', {
            Vulnerabilities: [
              vuln('CVE-2024-0001', 'libssl3', { sev: 'CRITICAL', score: 9.8 }),
              vuln('CVE-2024-0001', 'libcrypto3', { sev: 'CRITICAL', score: 9.8 }),
              vuln('CVE-2024-0002', 'zlib', { sev: 'LOW', score: 3.1 }),
            ],
          }),
          result('Dockerfile', 'config', 'dockerfile', {
            Misconfigurations: [misconf('DS002', 'AVD-DS-0002', { sev: 'MEDIUM', line: 4 })],
          }),
        ]),
      ),
    ),
    'r.json',
  );

describe('SARIF', () => {
  it('one result per entry, one rule per id, security-severity from CVSS, levels by severity', () => {
    const r = rep();
    const s = JSON.parse(buildSarif(r, r.findings, 'scan-gate/ghcr.io/example/app').text) as Sarif;
    const run = s.runs[0]!;
    expect(run.results.map((x) => [x.ruleId, x.level, x.ruleIndex])).toEqual([
      ['CVE-2024-0001', 'error', 0],
      ['CVE-2024-0001', 'error', 0],
      ['DS002', 'warning', 1],
      ['CVE-2024-0002', 'note', 2],
    ]);
    expect(run.tool.driver.rules.map((x) => [x.id, x.name, x.properties['security-severity']])).toEqual([
      ['CVE-2024-0001', 'OsPackageVulnerability', '9.8'],
      ['DS002', 'Misconfiguration', '5.5'],
      ['CVE-2024-0002', 'OsPackageVulnerability', '3.1'],
    ]);
    expect(run.automationDetails.id).toBe('scan-gate/ghcr.io/example/app/');
    expect(run.results[2]!.locations[0]!.physicalLocation.artifactLocation).toEqual({
      uri: 'Dockerfile',
      uriBaseId: 'ROOTPATH',
    });
  });

  it('fingerprints are stable across runs and distinct per entry', () => {
    const a = JSON.parse(buildSarif(rep(), rep().findings, 'c').text) as Sarif;
    const b = JSON.parse(buildSarif(rep(), [...rep().findings].reverse(), 'c').text) as Sarif;
    const fp = (s: Sarif) => s.runs[0]!.results.map((x) => Object.values(x.partialFingerprints)[0]).sort();
    expect(fp(a)).toEqual(fp(b));
    expect(new Set(fp(a)).size).toBe(4);
  });

  it('one category per image, without tag or digest', () => {
    const r = rep();
    expect(categoryOf(`ghcr.io/org/app:1.2@sha256:${'a'.repeat(64)}`, r)).toBe('scan-gate/ghcr.io/org/app');
    expect(categoryOf('localhost:5000/app:1', r)).toBe('scan-gate/localhost-5000/app');
  });

  it('cuts the least severe first to fit the result and size limits, and says so', () => {
    const r = rep();
    const byCount = buildSarif(r, r.findings, 'c', { maxResults: 2 });
    expect(byCount.results).toBe(2);
    expect(byCount.dropped).toMatchObject({ LOW: 1, MEDIUM: 1, CRITICAL: 0 });
    const run = (JSON.parse(byCount.text) as Sarif).runs[0]!;
    expect(run.results.every((x) => x.level === 'error')).toBe(true);
    expect(run.properties['truncated']).toMatchObject({ droppedBySeverity: { LOW: 1, MEDIUM: 1 } });
    const full = buildSarif(r, r.findings, 'c');
    const bySize = buildSarif(r, r.findings, 'c', { maxGzipBytes: gzipSync(full.text).length - 1 });
    expect(bySize.results).toBeLessThan(4);
    expect(gzipSync(bySize.text).length).toBeLessThanOrEqual(gzipSync(full.text).length - 1);
    expect(gunzipSync(gzipSync(bySize.text)).toString()).toBe(bySize.text);
  });

  it('the gate writes it to sarif-path and outputs the path; a cut is a warning finding', async () => {
    const dir = tmp();
    write(
      dir,
      'r.json',
      report([result('t', 'lang-pkgs', 'npm', { Vulnerabilities: [vuln('CVE-2024-0003', 'a', { sev: 'LOW' })] })]),
    );
    const v = await runGate(gate, { report: 'r.json', 'sarif-path': 'out/scan.sarif' }, testIo({ cwd: dir }));
    expect(v.outputs['sarif-path']).toBe(join(dir, 'out/scan.sarif'));
    expect((JSON.parse(readFileSync(join(dir, 'out/scan.sarif'), 'utf8')) as Sarif).runs[0]!.results).toHaveLength(1);
    const inActions = await runGate(gate, { report: 'r.json' }, testIo({ cwd: dir, env: { RUNNER_TEMP: dir } }));
    expect(inActions.outputs['sarif-path']).toBe(join(dir, 'scan-gate.sarif'));
    expect((await runGate(gate, { report: 'r.json' }, testIo({ cwd: dir, env: {} }))).outputs['sarif-path']).toBe('');
  });

  it('an unwritable sarif-path is a finding naming the input; the gate still decides', async () => {
    const dir = tmp();
    write(dir, 'r.json', report([result('t', 'lang-pkgs', 'npm', { Vulnerabilities: [vuln('CVE-2024-0004', 'a')] })]));
    // A regular file where a folder should be: mkdir cannot make it, on any platform and as root.
    const v = await runGate(gate, { report: 'r.json', 'sarif-path': 'r.json/scan.sarif' }, testIo({ cwd: dir }));
    expect(v.outcome).toBe('fail');
    expect(v.outputs['sarif-path']).toBe('');
    const out = v.findings.find((f) => f.rule === 'OUTPUT_UNWRITABLE');
    expect(out?.level).toBe('fail');
    expect(out?.message).toContain('"sarif-path"');
    expect(v.findings.some((f) => f.rule === 'SCAN_VULNERABILITY')).toBe(true);
  });

  const debian = join(CONF, 'reports', 'real', 'debian-13-python-large.json');
  it.skipIf(!existsSync(debian))('a real report: one result per entry, one rule per distinct id', async () => {
    const r = parseReport(readFileSync(debian), 'debian.json');
    const run = (JSON.parse(buildSarif(r, r.findings, categoryOf(undefined, r)).text) as Sarif).runs[0]!;
    expect(run.results).toHaveLength(185);
    expect(run.tool.driver.rules).toHaveLength(82);
    expect(run.automationDetails.id).toBe('scan-gate/container-security-app/');
    for (const rule of run.tool.driver.rules)
      expect(Number(rule.properties['security-severity'])).toBeGreaterThanOrEqual(0);
  });

  const golden = join(CONF, 'sarif', 'alpine-310.sarif');
  it.skipIf(!existsSync(golden))("follows the conventions of Trivy's own SARIF golden file", () => {
    const g = JSON.parse(readFileSync(golden, 'utf8')) as Sarif;
    const r = rep();
    const ours = (JSON.parse(buildSarif(r, r.findings, 'c').text) as Sarif).runs[0]!;
    const theirs = g.runs[0]!;
    const keys = (o: object) => Object.keys(o).sort();
    // Same rule and result shapes (we add partialFingerprints and automationDetails for code scanning).
    expect(keys(ours.tool.driver.rules[0]!)).toEqual(keys(theirs.tool.driver.rules[0]!));
    expect(keys(ours.results[0]!).filter((k) => k !== 'partialFingerprints')).toEqual(keys(theirs.results[0]!));
    expect(ours.results[0]!.locations[0]!.physicalLocation.artifactLocation.uriBaseId).toBe(
      theirs.results[0]!.locations[0]!.physicalLocation.artifactLocation.uriBaseId,
    );
    expect(theirs.tool.driver.rules[0]!.properties['security-severity']).toBe('5.3');
    expect(theirs.results[0]!.level).toBe(theirs.tool.driver.rules[0]!.defaultConfiguration.level);
  });
});
