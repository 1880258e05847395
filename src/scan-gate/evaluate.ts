// The gate itself: which findings match the policy, counted the way Trivy's --severity,
// --ignore-unfixed and --exit-code count them (entries, not distinct ids; duplicates across Results
// are separate entries), and how the blocking ones become verdict findings.
import { isFixed, type ScanFinding, SEVERITIES, type Severity } from '../lib/trivy/model.js';
import type { Finding } from '../lib/verdict/types.js';

export interface Policy {
  failOn: ReadonlySet<Severity>;
  ignoreUnfixed: boolean;
}

export function matchesGate(f: ScanFinding, p: Policy): boolean {
  return p.failOn.has(f.severity) && (!p.ignoreUnfixed || isFixed(f));
}

export function countBySeverity(findings: readonly ScanFinding[]): Record<Severity, number> {
  const c = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) c[f.severity]++;
  return c;
}

export function distinctIds(findings: readonly ScanFinding[]): number {
  return new Set(findings.map((f) => `${f.kind}\0${f.id}`)).size;
}

const RULE: Record<ScanFinding['kind'], string> = {
  vulnerability: 'SCAN_VULNERABILITY',
  misconfiguration: 'SCAN_MISCONFIGURATION',
  secret: 'SCAN_SECRET',
  license: 'SCAN_LICENSE',
};

/** What a finding hits, in words; the target is said once per group (see blockingFindings). */
function describeFinding(f: ScanFinding): string {
  if (f.kind === 'vulnerability') {
    const fix = f.fixed ? `fixed in ${f.fixed}` : 'no fix yet';
    return `${f.pkgName}@${f.installed} (${fix})${f.pkgPath ? ` at ${f.pkgPath}` : ''}`;
  }
  if (f.kind === 'license') return f.pkgName ?? f.filePath ?? f.id;
  return `${f.target}${f.line ? `:${f.line}` : ''}`;
}

function advice(f: ScanFinding): string {
  if (f.kind === 'vulnerability') {
    return f.fixed
      ? 'upgrade to a fixed version'
      : 'no fix exists yet: replace the package or suppress it with an owner and an expiry';
  }
  if (f.kind === 'secret') return 'remove the secret from the image and rotate it';
  if (f.kind === 'misconfiguration') return 'fix the configuration';
  return 'replace the dependency or accept the license in a suppression with an owner and an expiry';
}

/**
 * One verdict finding per blocking id (its entries listed in the message), so a report of thousands
 * of entries stays readable; the summary and SARIF hold every entry. Beyond `limit` ids one notice says how many more.
 */
export function blockingFindings(blocking: readonly ScanFinding[], limit: number, newOnly: boolean): Finding[] {
  const groups = new Map<string, ScanFinding[]>();
  for (const f of blocking) {
    const k = `${f.kind}\0${f.id}`;
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  const out: Finding[] = [];
  for (const g of groups.values()) {
    if (out.length === limit) break;
    const f = g[0] as ScanFinding;
    const sev = [...new Set(g.map((x) => x.severity))].join('/');
    const targets = [...new Set(g.map((x) => x.target))];
    const inTargets =
      f.kind === 'vulnerability' || f.kind === 'license'
        ? ` (in ${targets.slice(0, 2).join(', ')}${targets.length > 2 ? ` and ${targets.length - 2} more targets` : ''})`
        : '';
    const where = g.slice(0, 3).map(describeFinding).join('; ') + inTargets;
    const more = g.length > 3 ? `; ${g.length} entries in all` : '';
    const finding: Finding = {
      rule: RULE[f.kind],
      level: 'fail',
      message: `${f.id} (${sev})${newOnly ? ', new since the baseline,' : ''} in ${where}${more}: ${advice(f)}.`,
    };
    // Misconfigurations and secrets point into a file: the annotation lands on the line.
    if ((f.kind === 'misconfiguration' || f.kind === 'secret') && f.target) {
      finding.file = f.target;
      if (f.line) finding.line = f.line;
    }
    out.push(finding);
  }
  if (groups.size > limit) {
    out.push({
      rule: 'SCAN_FINDINGS_TRUNCATED',
      level: 'notice',
      message: `${groups.size - limit} more blocking ids are not listed here; the job summary and the SARIF file list every finding.`,
    });
  }
  return out;
}
