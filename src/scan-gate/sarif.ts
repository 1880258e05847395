// SARIF 2.1.0 for GitHub code scanning, rendered from the report (Trivy runs once, JSON only). It
// follows Trivy's own SARIF conventions (one rule per id, security-severity from CVSS, ROOTPATH
// locations) and adds what code scanning needs to track alerts: one category per image and stable
// partial fingerprints. It stays within GitHub's limits by cutting the lowest severities first.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { type ScanFinding, SEVERITIES, type Severity, type TrivyReport } from '../lib/trivy/model.js';

/** GitHub's limits for one SARIF upload: results per run, and the gzip-compressed file size. */
const MAX_RESULTS = 25_000;
const MAX_GZIP_BYTES = 10 * 1024 * 1024;

const SCORE: Record<Severity, string> = { CRITICAL: '9.5', HIGH: '8.0', MEDIUM: '5.5', LOW: '2.0', UNKNOWN: '0.0' };
const LEVEL: Record<Severity, string> = {
  CRITICAL: 'error',
  HIGH: 'error',
  MEDIUM: 'warning',
  LOW: 'note',
  UNKNOWN: 'note',
};

function ruleName(f: ScanFinding): string {
  if (f.kind === 'vulnerability')
    return f.resultClass === 'os-pkgs' ? 'OsPackageVulnerability' : 'LanguageSpecificPackageVulnerability';
  return { misconfiguration: 'Misconfiguration', secret: 'Secret', license: 'License' }[f.kind];
}

function securitySeverity(f: ScanFinding): string {
  return f.kind === 'vulnerability' && f.score !== undefined ? f.score.toFixed(1) : SCORE[f.severity];
}

function fingerprint(f: ScanFinding): string {
  const key = [f.kind, f.id, f.target, f.pkgName ?? '', f.installed ?? '', f.pkgPath ?? '', f.line ?? ''].join('\0');
  return createHash('sha256').update(key).digest('hex');
}

function messageOf(f: ScanFinding): string {
  if (f.kind === 'vulnerability') {
    return [
      `Package: ${f.pkgName}`,
      `Installed Version: ${f.installed}`,
      `Vulnerability ${f.id}`,
      `Severity: ${f.severity}`,
      `Fixed Version: ${f.fixed ?? ''}`,
      `Link: [${f.id}](${f.url ?? ''})`,
    ].join('\n');
  }
  return [`Artifact: ${f.target}`, `Type: ${f.kind}`, `${f.id}: ${f.title ?? ''}`, `Severity: ${f.severity}`].join(
    '\n',
  );
}

/** The code-scanning category: one per image, so several images in one repository do not overwrite each other. */
export function categoryOf(image: string | undefined, report: TrivyReport): string {
  const name = (image ?? report.artifactName).replace(/@sha256:[0-9a-f]+$/, '').replace(/:[^/:]+$/, '');
  return `scan-gate/${name.replace(/[^A-Za-z0-9._/-]/g, '-') || 'report'}`;
}

export interface SarifOutput {
  text: string;
  results: number;
  /** Results left out to fit the limits, per severity. */
  dropped: Record<Severity, number>;
}

function render(
  report: TrivyReport,
  findings: readonly ScanFinding[],
  category: string,
  dropped: Record<Severity, number>,
): string {
  const rules: object[] = [];
  const ruleIndex = new Map<string, number>();
  const results = findings.map((f) => {
    const rid = f.id;
    let index = ruleIndex.get(rid);
    if (index === undefined) {
      index = rules.length;
      ruleIndex.set(rid, index);
      const text = report.ruleText.get(rid) ?? { title: f.title ?? rid, description: '' };
      rules.push({
        id: rid,
        name: ruleName(f),
        shortDescription: { text: text.title || rid },
        fullDescription: { text: text.description || text.title || rid },
        defaultConfiguration: { level: LEVEL[f.severity] },
        ...(f.url ? { helpUri: f.url } : {}),
        help: { text: `${f.kind} ${rid}\nSeverity: ${f.severity}\n${text.description}`.trim() },
        properties: {
          'security-severity': securitySeverity(f),
          precision: 'very-high',
          tags: [f.kind, 'security', f.severity],
        },
      });
    }
    const uri =
      f.kind === 'vulnerability' && f.resultClass === 'os-pkgs' ? report.artifactName : f.target || report.artifactName;
    return {
      ruleId: rid,
      ruleIndex: index,
      level: LEVEL[f.severity],
      message: { text: messageOf(f) },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri, uriBaseId: 'ROOTPATH' },
            region: { startLine: f.line ?? 1, startColumn: 1, endLine: f.line ?? 1, endColumn: 1 },
          },
          message: { text: `${uri}: ${f.pkgName ? `${f.pkgName}@${f.installed}` : f.id}` },
        },
      ],
      partialFingerprints: { 'scanGateFinding/v1': fingerprint(f) },
    };
  });
  const cut = Object.values(dropped).some((n) => n > 0);
  return JSON.stringify({
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'Trivy',
            fullName: 'Trivy Vulnerability Scanner',
            informationUri: 'https://github.com/aquasecurity/trivy',
            version: report.trivyVersion ?? 'unknown',
            rules,
          },
        },
        automationDetails: { id: `${category}/` },
        results,
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { ROOTPATH: { uri: 'file:///' } },
        properties: {
          imageName: report.artifactName,
          imageID: report.imageId ?? null,
          repoDigests: report.repoDigests,
          ...(cut ? { truncated: { reason: 'GitHub code scanning limits', droppedBySeverity: dropped } } : {}),
        },
      },
    ],
  });
}

const RANK: Record<Severity, number> = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3, UNKNOWN: 4 };

/** Every finding, most severe first; the least severe are cut until the file fits. */
export function buildSarif(
  report: TrivyReport,
  findings: readonly ScanFinding[],
  category: string,
  limits: { maxResults?: number; maxGzipBytes?: number } = {},
): SarifOutput {
  const maxResults = limits.maxResults ?? MAX_RESULTS;
  const maxGzip = limits.maxGzipBytes ?? MAX_GZIP_BYTES;
  const sorted = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  let keep = Math.min(sorted.length, maxResults);
  for (;;) {
    const dropped = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
    for (const f of sorted.slice(keep)) dropped[f.severity]++;
    const text = render(report, sorted.slice(0, keep), category, dropped);
    // Compressing costs time; only do it once the text could possibly be over the limit.
    if (text.length <= maxGzip || keep === 0 || gzipSync(text).length <= maxGzip)
      return { text, results: keep, dropped };
    keep = Math.floor(keep * 0.8);
  }
}
