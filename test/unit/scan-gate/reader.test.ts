// The report reader over the real format: every kind of finding, old reports, empty results,
// the shared real-world reports (when present), and a corpus of bad reports that must end in a
// clear ReportError with a line, never a crash and never an empty (passing) report.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringEnd, valueEnd } from '../../../src/lib/trivy/json-scan.js';
import { parseReport, ReportError, readReport } from '../../../src/lib/trivy/reader.js';
import { CONF, license, misconf, report, result, secret, vuln } from './fixtures.js';

const parse = (o: unknown) =>
  parseReport(Buffer.from(typeof o === 'string' ? o : JSON.stringify(o, null, 2)), 'r.json');

describe('reading the real format', () => {
  it('reads vulnerabilities, misconfigurations, secrets and licenses with their Result context', () => {
    const r = parse(
      report([
        result('img (alpine 3.20.3)', 'os-pkgs', 'alpine', {
          Vulnerabilities: [vuln('CVE-2024-0001', 'openssl', { fixed: '3.3.2', purl: 'pkg:apk/alpine/openssl@1.0.0' })],
        }),
        result('Dockerfile', 'config', 'dockerfile', {
          MisconfSummary: { Successes: 20, Failures: 1 },
          Misconfigurations: [
            misconf('DS002', 'AVD-DS-0002', { line: 4 }),
            misconf('DS001', 'AVD-DS-0001', { status: 'PASS' }),
          ],
        }),
        result('/app/.env', 'secret', '', { Secrets: [secret('aws-access-key-id', { line: 7 })] }),
        result('OS Packages', 'license', '', { Licenses: [license('GPL-3.0', { filePath: 'usr/lib/x' })] }),
      ]),
    );
    expect(r.findings.map((f) => [f.kind, f.id, f.severity, f.target, f.line])).toEqual([
      ['vulnerability', 'CVE-2024-0001', 'HIGH', 'img (alpine 3.20.3)', undefined],
      ['misconfiguration', 'DS002', 'HIGH', 'Dockerfile', 4],
      ['secret', 'aws-access-key-id', 'CRITICAL', '/app/.env', 7],
      ['license', 'GPL-3.0', 'HIGH', 'OS Packages', undefined],
    ]);
    const v = r.findings[0]!;
    expect(v).toMatchObject({
      pkgName: 'openssl',
      installed: '1.0.0',
      fixed: '3.3.2',
      status: 'fixed',
      score: 7.5,
      resultClass: 'os-pkgs',
    });
    expect(r.findings[1]!.aliasId).toBe('AVD-DS-0002');
    expect(r.ruleText.get('CVE-2024-0001')?.description).toContain('"quotes"');
    expect(r.trivyVersion).toBe('0.58.1');
  });

  it('reads old reports without Trivy, ReportID, ArtifactID, Status or PkgIdentifier', () => {
    const v = vuln('CVE-2019-1', 'zlib', { fixed: '1.2' });
    delete v['Status'];
    delete v['PkgIdentifier'];
    const r = parse({
      SchemaVersion: 2,
      ArtifactName: 'x',
      ArtifactType: 'container_image',
      Results: [result('x (debian 10)', 'os-pkgs', 'debian', { Vulnerabilities: [v] })],
    });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.status).toBeUndefined();
    expect(r.trivyVersion).toBeUndefined();
  });

  it('reads null finding arrays, as older Trivy versions wrote them', () => {
    const r = parse(
      report([result('x', 'os-pkgs', 'debian', { Vulnerabilities: null, Misconfigurations: null, Packages: null })]),
    );
    expect([r.findings, r.resultsCount]).toEqual([[], 1]);
  });

  it('reads empty results: no Vulnerabilities key, empty Results, no Results', () => {
    expect(parse(report([result('x (alpine 3.17.7)', 'os-pkgs', 'alpine')])).findings).toEqual([]);
    expect(parse(report([])).findings).toEqual([]);
    expect(parse({ SchemaVersion: 2, ArtifactName: 'x' }).findings).toEqual([]);
  });

  it('keeps an unknown or empty severity as UNKNOWN, as Trivy does', () => {
    const r = parse(
      report([
        result('t', 'lang-pkgs', 'npm', {
          Vulnerabilities: [vuln('CVE-2024-1', 'a', { sev: '' }), vuln('CVE-2024-2', 'b', { sev: 'SEVERE' })],
        }),
      ]),
    );
    expect(r.findings.map((f) => f.severity)).toEqual(['UNKNOWN', 'UNKNOWN']);
  });
});

const reports = join(CONF, 'reports');
describe.skipIf(!existsSync(reports))('the shared real-world reports', () => {
  const cases = existsSync(reports)
    ? (JSON.parse(readFileSync(join(CONF, 'cases.json'), 'utf8')).cases as {
        id: string;
        file: string;
        facts: { vulnerabilities: { bySeverity: Record<string, number> }; resultsCount: number };
      }[])
    : [];
  it.each(cases.map((c) => [c.id, c] as const))('%s: counts per severity as computed from the file', async (_id, c) => {
    const r = await readReport(join(CONF, c.file));
    const got: Record<string, number> = { CRITICAL: 0, HIGH: 0, MEDIUM: 0, LOW: 0, UNKNOWN: 0 };
    for (const f of r.findings) got[f.severity] = (got[f.severity] ?? 0) + 1;
    expect(got).toEqual(c.facts.vulnerabilities.bySeverity);
    expect(r.resultsCount).toBe(c.facts.resultsCount);
  });
});
if (!existsSync(reports))
  console.log('scan-gate reader: ../shared/conformance/trivy not present; real-report checks skipped');

describe('bad reports end in a clear error, never a crash or a pass', () => {
  const good = JSON.stringify(
    report([result('t', 'lang-pkgs', 'npm', { Vulnerabilities: [vuln('CVE-2024-1', 'a'), vuln('CVE-2024-2', 'b')] })]),
    null,
    2,
  );
  const corpus: [string, string, string][] = [
    ['empty file', '', 'REPORT_EMPTY'],
    ['only whitespace', ' \n\t\n', 'REPORT_EMPTY'],
    ['not JSON', 'trivy: error: no such image\n', 'REPORT_NOT_JSON'],
    ['HTML', '<html>429 Too Many Requests</html>', 'REPORT_NOT_JSON'],
    ['a table report', 'Total: 3 (HIGH: 1)\n', 'REPORT_NOT_JSON'],
    ['SchemaVersion 1 array', '[{"Target":"x","Vulnerabilities":[]}]', 'REPORT_SCHEMA_UNSUPPORTED'],
    ['another SchemaVersion', '{"SchemaVersion":3,"Results":[]}', 'REPORT_SCHEMA_UNSUPPORTED'],
    ['no SchemaVersion', '{"Results":[]}', 'REPORT_SCHEMA_UNSUPPORTED'],
    ['SchemaVersion as a string', '{"SchemaVersion":"2","Results":[]}', 'REPORT_SCHEMA_UNSUPPORTED'],
    ['truncated in a string', good.slice(0, good.indexOf('Description') + 20), 'REPORT_INVALID_JSON'],
    ['truncated between elements', good.slice(0, good.lastIndexOf('},') + 2), 'REPORT_INVALID_JSON'],
    ['truncated at the end', good.slice(0, -1), 'REPORT_INVALID_JSON'],
    ['truncated right after "["', '{"SchemaVersion":2,"Results":[\n', 'REPORT_INVALID_JSON'],
    ['truncated after a comma', '{"SchemaVersion":2,"Results":[{"Target":"x"},', 'REPORT_INVALID_JSON'],
    ['trailing garbage', `${good}\n}`, 'REPORT_INVALID_JSON'],
    ['two reports concatenated', `${good}${good}`, 'REPORT_INVALID_JSON'],
    ['mismatched brackets', '{"SchemaVersion":2,"Results":[{"Target":"x"]}', 'REPORT_INVALID_JSON'],
    [
      'bad literal in an element',
      '{"SchemaVersion":2,"Results":[{"Target":"x","Vulnerabilities":[{"VulnerabilityID":"CVE-1","Severity":tru}]}]}',
      'REPORT_INVALID_JSON',
    ],
    ['Results not an array', '{"SchemaVersion":2,"Results":{}}', 'REPORT_INVALID'],
    ['a Result not an object', '{"SchemaVersion":2,"Results":[1]}', 'REPORT_INVALID'],
    [
      'an element without id',
      '{"SchemaVersion":2,"Results":[{"Target":"x","Vulnerabilities":[{"PkgName":"a"}]}]}',
      'REPORT_INVALID',
    ],
    [
      'an element not an object',
      '{"SchemaVersion":2,"Results":[{"Target":"x","Vulnerabilities":["CVE-1"]}]}',
      'REPORT_INVALID',
    ],
  ];
  it.each(corpus)('%s', (_name, text, code) => {
    let err: unknown;
    try {
      parseReport(Buffer.from(text), 'bad.json');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ReportError);
    expect((err as ReportError).code).toBe(code);
    expect((err as ReportError).kind).toBe('environment');
    expect((err as ReportError).message).toContain('bad.json');
  });

  it('points at the line of the problem', () => {
    const text =
      '{\n  "SchemaVersion": 2,\n  "Results": [\n    {"Target": "x", "Vulnerabilities": [\n      {"PkgName": "a"}\n    ]}\n  ]\n}';
    expect(() => parseReport(Buffer.from(text), 'r.json')).toThrow(
      expect.objectContaining({ line: 5, code: 'REPORT_INVALID' }),
    );
  });

  it('a missing file is REPORT_MISSING', async () => {
    await expect(readReport('/nonexistent/report.json')).rejects.toMatchObject({ code: 'REPORT_MISSING' });
  });
});

// A reference reading with JSON.parse of the whole document, to check the scanner against.
function reference(text: string) {
  const doc = JSON.parse(text) as {
    Results?: { Target: string; Vulnerabilities?: { VulnerabilityID: string; PkgName: string }[] }[];
  };
  return (doc.Results ?? []).flatMap((r) =>
    (r.Vulnerabilities ?? []).map((v) => [r.Target, v.VulnerabilityID, v.PkgName]),
  );
}

describe('properties of the scanner', () => {
  it('finds the end of any JSON string, short or long, whatever its escapes', () => {
    const unit = fc.constantFrom('a', '"', '\\', '\n', 'é', '\u0001', '/', 'x');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 200 }), fc.nat(40), (s, pad) => {
        const json = JSON.stringify(s);
        const buf = Buffer.from(`${' '.repeat(pad)}${json},`);
        expect(stringEnd(buf, pad)).toBe(pad + Buffer.byteLength(json));
        expect(valueEnd(Buffer.from(`[${json},${json}]`), 0)).toBe(2 * Buffer.byteLength(json) + 3);
      }),
      { numRuns: 300 },
    );
  });

  const text = fc.string({
    unit: fc.constantFrom('a', '"', '\\', '{', '}', '[', ']', ',', ':', ' ', '\n', 'é', '\u2028', '/'),
  });
  const vulnArb = fc.record({ id: text.filter((s) => s.length > 0), pkg: text, desc: text });
  const reportArb = fc.array(fc.record({ target: text, vulns: fc.array(vulnArb, { maxLength: 4 }) }), { maxLength: 4 });
  const render = (rs: { target: string; vulns: { id: string; pkg: string; desc: string }[] }[], indent: number) =>
    JSON.stringify(
      report(
        rs.map((r) =>
          result(
            r.target,
            'lang-pkgs',
            'npm',
            r.vulns.length
              ? {
                  Packages: [{ Name: r.target }],
                  Vulnerabilities: r.vulns.map((v) => ({
                    VulnerabilityID: v.id,
                    PkgName: v.pkg,
                    Description: v.desc,
                    Severity: 'LOW',
                  })),
                }
              : {},
          ),
        ),
      ),
      null,
      indent,
    );

  it('reads the same findings as JSON.parse of the whole file, whatever the strings hold', () => {
    fc.assert(
      fc.property(reportArb, fc.constantFrom(0, 2), (rs, indent) => {
        const t = render(rs, indent);
        const got = parseReport(Buffer.from(t), 'r.json').findings.map((f) => [f.target, f.id, f.pkgName]);
        expect(got).toEqual(reference(t));
      }),
      { numRuns: 150 },
    );
  });

  it('any truncation of a report is a ReportError, never a crash or a shorter report', () => {
    fc.assert(
      fc.property(reportArb, fc.nat(), (rs, cut) => {
        const t = render(rs, 2);
        const at = cut % t.length;
        const trimmed = t.slice(0, at);
        if (trimmed.trim() === '') return;
        expect(() => parseReport(Buffer.from(trimmed), 'r.json')).toThrow(ReportError);
      }),
      { numRuns: 150 },
    );
  });
});

it('the reports under examples/ parse', () => {
  const dir = join(import.meta.dirname, '..', '..', '..', 'examples', 'release-repo', 'security');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json')))
    expect(() => parseReport(readFileSync(join(dir, f)), f)).not.toThrow();
});
