// Trivy JSON reports in the real SchemaVersion 2 shape, built per test. Field names and nesting follow
// what Trivy writes (vulnerabilities, misconfigurations with CauseMetadata, secrets, licenses).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CONF = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'conformance', 'trivy');

type Obj = Record<string, unknown>;

export function vuln(
  id: string,
  pkg: string,
  o: Partial<{
    sev: string;
    installed: string;
    fixed: string;
    purl: string;
    pkgPath: string;
    status: string;
    score: number;
  }> = {},
): Obj {
  const installed = o.installed ?? '1.0.0';
  const v: Obj = {
    VulnerabilityID: id,
    PkgID: `${pkg}@${installed}`,
    PkgName: pkg,
    PkgIdentifier: { PURL: o.purl ?? `pkg:npm/${pkg}@${installed}`, UID: 'abc' },
    InstalledVersion: installed,
  };
  if (o.pkgPath) v['PkgPath'] = o.pkgPath;
  if (o.fixed) v['FixedVersion'] = o.fixed;
  v['Status'] = o.status ?? (o.fixed ? 'fixed' : 'affected');
  Object.assign(v, {
    SeveritySource: 'nvd',
    PrimaryURL: `https://avd.aquasec.com/nvd/${id.toLowerCase()}`,
    Title: `${pkg}: problem ${id}`,
    Description: `Description of ${id} with "quotes", a \\ backslash and ✓ unicode.`,
    Severity: o.sev ?? 'HIGH',
    CVSS: { nvd: { V3Vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', V3Score: o.score ?? 7.5 } },
  });
  return v;
}

export function misconf(id: string, avd: string, o: Partial<{ sev: string; status: string; line: number }> = {}): Obj {
  return {
    Type: 'Dockerfile Security Check',
    ID: id,
    AVDID: avd,
    Title: 'Image user should not be root',
    Description: 'Running containers with root user can lead to a container escape situation.',
    Message: 'Specify at least 1 USER command in Dockerfile with non-root user as argument',
    Namespace: 'builtin.dockerfile.DS002',
    Query: 'data.builtin.dockerfile.DS002.deny',
    Resolution: 'Add USER <non root user name> to the Dockerfile',
    Severity: o.sev ?? 'HIGH',
    PrimaryURL: `https://avd.aquasec.com/misconfig/${id.toLowerCase()}`,
    References: [],
    Status: o.status ?? 'FAIL',
    Layer: {},
    CauseMetadata: {
      Provider: 'Dockerfile',
      Service: 'general',
      StartLine: o.line ?? 3,
      EndLine: o.line ?? 3,
      Code: { Lines: null },
    },
  };
}

export function secret(rule: string, o: Partial<{ sev: string; line: number }> = {}): Obj {
  return {
    RuleID: rule,
    Category: 'AWS',
    Severity: o.sev ?? 'CRITICAL',
    Title: 'AWS Access Key ID',
    StartLine: o.line ?? 7,
    EndLine: o.line ?? 7,
    Code: { Lines: [{ Number: 7, Content: 'key: ****', IsCause: true }] },
    Match: 'key: ****',
  };
}

export function license(name: string, o: Partial<{ sev: string; filePath: string }> = {}): Obj {
  return {
    Severity: o.sev ?? 'HIGH',
    Category: 'restricted',
    PkgName: 'gcc',
    FilePath: o.filePath ?? '',
    Name: name,
    Confidence: 1,
    Link: '',
  };
}

export function result(target: string, cls: string, type: string, sections: Obj = {}): Obj {
  return { Target: target, Class: cls, Type: type, ...sections };
}

export function report(results: Obj[], extra: Obj = {}): Obj {
  return {
    SchemaVersion: 2,
    Trivy: { Version: '0.58.1' },
    CreatedAt: '2026-11-20T08:14:03Z',
    ArtifactName: 'ghcr.io/example/app@sha256:' + 'a'.repeat(64),
    ArtifactType: 'container_image',
    Metadata: { OS: { Family: 'alpine', Name: '3.20.3' }, ImageID: `sha256:${'b'.repeat(64)}`, RepoDigests: [] },
    Results: results,
    ...extra,
  };
}

export function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'scan-gate-test-'));
}

export function write(dir: string, name: string, content: string | Obj): string {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return p;
}
