// Trivy's matching rules for the plain file, the YAML file and OpenVEX, applied to slim findings.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScanFinding } from '../../../src/lib/trivy/model.js';
import { parsePurl, purlMatches } from '../../../src/lib/trivy/purl.js';
import { applySuppressions } from '../../../src/scan-gate/suppressions/apply.js';
import { parsePlain } from '../../../src/scan-gate/suppressions/plain.js';
import { parseVex } from '../../../src/scan-gate/suppressions/vex.js';
import { parseYaml } from '../../../src/scan-gate/suppressions/yaml.js';
import { CONF } from './fixtures.js';

const NOW = new Date('2021-08-25T12:20:30Z'); // the clock of Trivy's own test data
const base = { target: 'package-lock.json', resultClass: 'lang-pkgs', resultType: 'npm' };
const v = (id: string, o: Partial<ScanFinding> = {}): ScanFinding => ({
  kind: 'vulnerability',
  id,
  severity: 'HIGH',
  pkgName: 'foo',
  installed: '1.2.3',
  ...base,
  ...o,
});
const kept = (
  fs: ScanFinding[],
  entries = [] as ReturnType<typeof parsePlain>['entries'],
  vex = [] as ReturnType<typeof parseVex>['statements'],
) =>
  applySuppressions(fs, entries, vex, NOW).kept.map(
    (f) => `${f.kind}:${f.id}${f.target === base.target ? '' : `@${f.target}`}`,
  );

describe('plain .trivyignore', () => {
  it('takes the first token as the id, skips comments and blanks, reads exp: anywhere', () => {
    const p = parsePlain(
      '# c\n\nCVE-2019-0001\n  CVE-2019-0002   trailing words\nCVE-2019-0004 exp:2020-01-01\nCVE-2019-0006 key:v exp:9999-01-01\n',
      'f',
    );
    expect(p.problems).toEqual([]);
    expect(p.entries.map((e) => [e.id, e.line, e.expires?.toISOString().slice(0, 10)])).toEqual([
      ['CVE-2019-0001', 3, undefined],
      ['CVE-2019-0002', 4, undefined],
      ['CVE-2019-0004', 5, '2020-01-01'],
      ['CVE-2019-0006', 6, '9999-01-01'],
    ]);
  });

  it('applies ids to every kind; expired entries no longer suppress', () => {
    const { entries } = parsePlain(
      'CVE-2019-0001\nCVE-2019-0004 exp:2020-01-01\nID300\nAVD-ID400\ngeneric-unwanted-rule\nGPL-3.0',
      'f',
    );
    const fs: ScanFinding[] = [
      v('CVE-2019-0001'),
      v('CVE-2019-0004'),
      { ...v('ID300'), kind: 'misconfiguration', target: 'Dockerfile' },
      { ...v('ID400'), kind: 'misconfiguration', aliasId: 'AVD-ID400', target: 'Dockerfile' },
      { ...v('generic-unwanted-rule'), kind: 'secret', target: 'config.yaml' },
      { ...v('GPL-3.0'), kind: 'license', target: 'OS Packages' },
      v('CVE-2019-9999'),
    ];
    expect(kept(fs, entries)).toEqual(['vulnerability:CVE-2019-0004', 'vulnerability:CVE-2019-9999']);
  });

  it('a malformed exp: date is a failing finding and the entry does not suppress', () => {
    const p = parsePlain('CVE-2019-0001 exp:2020-13-45\n', 'f');
    expect(p.problems).toEqual([
      expect.objectContaining({ rule: 'SUPPRESSION_DATE_MALFORMED', level: 'fail', file: 'f', line: 1 }),
    ]);
    expect(kept([v('CVE-2019-0001')], p.entries)).toEqual(['vulnerability:CVE-2019-0001']);
  });

  it('malformed ids fail with file and line', () => {
    const p = parsePlain('CVE-2019-1,\ncve-2019-12345\nGHSA-xxxx\n-flag\n', 'f');
    expect(p.problems.map((x) => [x.rule, x.line])).toEqual([
      ['SUPPRESSION_ID_MALFORMED', 1],
      ['SUPPRESSION_ID_MALFORMED', 2],
      ['SUPPRESSION_ID_MALFORMED', 3],
      ['SUPPRESSION_ID_MALFORMED', 4],
    ]);
  });

  it('reads owner and expiry from the comment block directly above, not across a blank line', () => {
    const p = parsePlain(
      '# owner: team-a\n# expires: 2030-01-31\nCVE-2020-0001\n\n# owner: lost\n\nCVE-2020-0002\n',
      'f',
    );
    expect(p.entries.map((e) => [e.id, e.owner, e.expires?.toISOString().slice(0, 10)])).toEqual([
      ['CVE-2020-0001', 'team-a', '2030-01-31'],
      ['CVE-2020-0002', undefined, undefined],
    ]);
  });
});

describe('.trivyignore.yaml', () => {
  const yaml = `vulnerabilities:
  - id: CVE-2019-0001
    paths:
      - "**/*-lock.json"
  - id: CVE-2019-0002
    paths:
      - "bar/package.json"
  - id: CVE-2019-0006
    expired_at: 2020-01-01
  - id: CVE-2019-0007
    purls:
      - "pkg:golang/github.com/aquasecurity/aaa@9.9.9"
      - "pkg:golang/github.com/aquasecurity/bar"
  - id: CVE-2019-0008
    paths:
      - "usr/lib/node_modules/x/**"
misconfigurations:
  - id: ID200
    paths: ["app/Dockerfile"]
  - id: AVD-ID400
secrets:
  - id: generic-unwanted-rule2
    paths: ["**/config.yaml"]
licenses:
  - id: Apache-2.0 WITH LLVM-exception
`;
  it('matches ids per section, globs against Target or PkgPath, purls by type/namespace/name(/version)', () => {
    const p = parseYaml(yaml, 'i.yaml');
    expect(p.problems).toEqual([]);
    const fs: ScanFinding[] = [
      v('CVE-2019-0001', { target: 'app/package-lock.json' }),
      v('CVE-2019-0001', { target: 'app/go.mod' }),
      v('CVE-2019-0002', { target: 'foo/package.json' }),
      v('CVE-2019-0006'),
      v('CVE-2019-0007', { purl: 'pkg:golang/github.com/aquasecurity/bar@1.0.0' }),
      v('CVE-2019-0007', { purl: 'pkg:golang/github.com/aquasecurity/aaa@1.0.0' }),
      v('CVE-2019-0008', { target: 'Node.js', pkgPath: 'usr/lib/node_modules/x/package.json' }),
      { ...v('ID200'), kind: 'misconfiguration', target: 'app/Dockerfile' },
      { ...v('ID200'), kind: 'misconfiguration', target: 'docs/Dockerfile' },
      { ...v('ID400'), kind: 'misconfiguration', aliasId: 'AVD-ID400', target: 'Dockerfile' },
      { ...v('generic-unwanted-rule2'), kind: 'secret', target: 'deep/dir/config.yaml' },
      { ...v('Apache-2.0 WITH LLVM-exception'), kind: 'license', target: 'OS Packages' },
      { ...v('AVD-ID400'), kind: 'vulnerability' }, // a misconfigurations entry never hides a vulnerability
    ];
    expect(kept(fs, p.entries)).toEqual([
      'vulnerability:CVE-2019-0001@app/go.mod',
      'vulnerability:CVE-2019-0002@foo/package.json',
      'vulnerability:CVE-2019-0006',
      'vulnerability:CVE-2019-0007',
      'misconfiguration:ID200@docs/Dockerfile',
      'vulnerability:AVD-ID400',
    ]);
  });

  it('reports invalid YAML, unknown sections, bad dates, missing ids with lines', () => {
    expect(parseYaml('vulnerabilities:\n  - id: [\n', 'i.yaml').problems[0]).toMatchObject({
      rule: 'SUPPRESSION_FILE_INVALID',
      file: 'i.yaml',
    });
    const p = parseYaml(
      'vulns:\n  - id: CVE-2020-0001\nvulnerabilities:\n  - id: CVE-2020-0002\n    expired_at: tomorrow\n  - paths: ["x"]\n  - id: CVE-2020-0003\n    purls: ["not-a-purl"]\n',
      'i.yaml',
    );
    expect(p.problems.map((x) => [x.rule, x.line])).toEqual([
      ['SUPPRESSION_FILE_INVALID', 1],
      ['SUPPRESSION_DATE_MALFORMED', 4],
      ['SUPPRESSION_ID_MALFORMED', 6],
      ['SUPPRESSION_FILE_INVALID', 7],
    ]);
  });

  it('reads owner and expiry from a comment above an item, and statement as the owner', () => {
    const p = parseYaml(
      'vulnerabilities:\n  # owner: team-b\n  # expires: 2030-02-01\n  - id: CVE-2020-0001\n  - id: CVE-2020-0002\n    statement: accepted by team-c\n    expired_at: 2030-03-01\n',
      'i.yaml',
    );
    expect(p.entries.map((e) => [e.id, e.owner ?? e.statement, e.expires?.toISOString().slice(0, 10)])).toEqual([
      ['CVE-2020-0001', 'team-b', '2030-02-01'],
      ['CVE-2020-0002', 'accepted by team-c', '2030-03-01'],
    ]);
  });
});

describe('purls', () => {
  it('requires the rule qualifiers, and version/subpath only when set', () => {
    const pkg = parsePurl('pkg:apk/alpine/libssl3@3.3.1-r3?arch=x86_64&distro=3.20.3')!;
    expect(purlMatches(parsePurl('pkg:apk/alpine/libssl3')!, pkg)).toBe(true);
    expect(purlMatches(parsePurl('pkg:apk/alpine/libssl3@3.3.1-r3?arch=x86_64')!, pkg)).toBe(true);
    expect(purlMatches(parsePurl('pkg:apk/alpine/libssl3?arch=aarch64')!, pkg)).toBe(false);
    expect(purlMatches(parsePurl('pkg:apk/alpine/libssl3@3.3.2')!, pkg)).toBe(false);
    expect(purlMatches(parsePurl('pkg:apk/debian/libssl3')!, pkg)).toBe(false);
    expect(parsePurl('pkg:npm/%40angular/core@1.0.0')).toMatchObject({
      namespace: '@angular',
      name: 'core',
      version: '1.0.0',
    });
    expect(parsePurl('not a purl')).toBeUndefined();
  });
});

describe('OpenVEX', () => {
  const doc = (statements: object[]) =>
    JSON.stringify({ '@context': 'https://openvex.dev/ns/v0.2.0', timestamp: '2024-01-01T00:00:00Z', statements });
  const opa = v('CVE-2022-23628', {
    pkgName: 'github.com/open-policy-agent/opa',
    purl: 'pkg:golang/github.com/open-policy-agent/opa@v0.35.0',
    target: 'go.mod',
  });

  it('not_affected and fixed suppress; affected and under_investigation do not', () => {
    for (const [status, suppressed] of [
      ['not_affected', true],
      ['fixed', true],
      ['affected', false],
      ['under_investigation', false],
    ] as const) {
      const { statements, problems } = parseVex(
        doc([
          {
            vulnerability: { name: 'CVE-2022-23628' },
            products: [{ '@id': 'pkg:golang/github.com/open-policy-agent/opa' }],
            status,
          },
        ]),
        'v.json',
      );
      expect(problems).toEqual([]);
      expect(kept([opa], [], statements).length).toBe(suppressed ? 0 : 1);
    }
  });

  it('the latest matching statement wins', () => {
    const s = (status: string, timestamp: string) => ({
      vulnerability: { name: 'CVE-2022-23628' },
      products: [{ '@id': 'pkg:golang/github.com/open-policy-agent/opa' }],
      status,
      timestamp,
    });
    const later = parseVex(
      doc([s('not_affected', '2024-01-01T00:00:00Z'), s('affected', '2024-02-01T00:00:00Z')]),
      'v.json',
    );
    expect(kept([opa], [], later.statements)).toHaveLength(1);
    const earlier = parseVex(
      doc([s('affected', '2024-01-01T00:00:00Z'), s('not_affected', '2024-02-01T00:00:00Z')]),
      'v.json',
    );
    expect(kept([opa], [], earlier.statements)).toHaveLength(0);
  });

  it('refuses CycloneDX and CSAF documents and malformed ones with a failing finding', () => {
    expect(parseVex('{"bomFormat":"CycloneDX","vulnerabilities":[]}', 'v.json').problems[0]).toMatchObject({
      rule: 'VEX_UNSUPPORTED',
      level: 'fail',
    });
    expect(parseVex('{"document":{"csaf_version":"2.0"}}', 'v.json').problems[0]).toMatchObject({
      rule: 'VEX_UNSUPPORTED',
    });
    expect(parseVex('{not json', 'v.json').problems[0]).toMatchObject({ rule: 'VEX_INVALID' });
    expect(
      parseVex(doc([{ vulnerability: { name: 'CVE-1' }, products: [], status: 'not_affected' }]), 'v.json').problems[0],
    ).toMatchObject({ rule: 'VEX_INVALID' });
    expect(
      parseVex(doc([{ vulnerability: { name: 'CVE-1' }, products: ['pkg:npm/a'], status: 'maybe' }]), 'v.json')
        .problems[0],
    ).toMatchObject({ rule: 'VEX_INVALID' });
  });

  const vexFile = join(CONF, 'suppressions', 'trivy-integration-vex', 'openvex.json');
  it.skipIf(!existsSync(vexFile))(
    "Trivy's integration VEX (product + subcomponent) drops CVE-2022-23628 for opa only",
    () => {
      const { statements, problems } = parseVex(readFileSync(vexFile, 'utf8'), 'openvex.json');
      expect(problems).toEqual([]);
      const other = v('CVE-2022-23628', { purl: 'pkg:golang/github.com/other/x@v1.0.0' });
      expect(kept([opa, other], [], statements)).toEqual(['vulnerability:CVE-2022-23628']); // `other` sits in package-lock.json
    },
  );
});

const shared = join(CONF, 'suppressions', 'trivy-pkg-result');
describe.skipIf(!existsSync(shared))("Trivy's own ignore-file test data", () => {
  it('the plain file without a trailing newline and a second file stay separate entries', () => {
    const a = parsePlain(readFileSync(join(shared, '.trivyignore'), 'utf8'), '.trivyignore');
    const b = parsePlain('CVE-2099-0001\n', 'second');
    const ids = [...a.entries, ...b.entries].map((e) => e.id);
    expect(ids.slice(-2)).toEqual(['GPL-3.0', 'CVE-2099-0001']);
    expect(a.problems).toEqual([]);
  });

  it('the YAML file parses without problems and keeps its expired entries out', () => {
    const p = parseYaml(readFileSync(join(shared, '.trivyignore.yaml'), 'utf8'), '.trivyignore.yaml');
    expect(p.problems).toEqual([]);
    expect(kept([v('CVE-2019-0005'), v('CVE-2019-0006'), v('CVE-2019-0003')], p.entries)).toEqual([
      'vulnerability:CVE-2019-0006',
    ]);
  });
});
