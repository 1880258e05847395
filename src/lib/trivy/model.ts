// The slim model of a Trivy JSON report (SchemaVersion 2): only what the gate, suppressions, SARIF
// and the summary use, so a report of hundreds of MB becomes a few MB of findings.

export const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'] as const;
export type Severity = (typeof SEVERITIES)[number];

export type Kind = 'vulnerability' | 'misconfiguration' | 'secret' | 'license';

export interface ScanFinding {
  kind: Kind;
  /** VulnerabilityID, misconfiguration ID, secret RuleID or license Name. */
  id: string;
  /** A misconfiguration's AVDID: Trivy's ignore files accept either id. */
  aliasId?: string;
  severity: Severity;
  /** Result.Target, Class and Type of the Result the finding sits in. */
  target: string;
  resultClass: string;
  resultType: string;
  pkgName?: string;
  pkgId?: string;
  pkgPath?: string;
  purl?: string;
  installed?: string;
  fixed?: string;
  status?: string;
  title?: string;
  url?: string;
  /** CVSS base score of the severity source (v3, else v2), for SARIF security-severity. */
  score?: number;
  /** Misconfiguration or secret start line in the target file. */
  line?: number;
  /** A license finding's FilePath. */
  filePath?: string;
}

/** A finding Trivy itself already suppressed (Results[].ExperimentalModifiedFindings). */
export interface TrivyModified {
  kind: string;
  id: string;
  status: string;
  statement: string;
  source: string;
  target: string;
}

export interface TrivyReport {
  /** Where it was read from, for messages. */
  file: string;
  schemaVersion: number;
  artifactName: string;
  artifactType: string;
  createdAt?: string;
  trivyVersion?: string;
  imageId?: string;
  repoDigests: string[];
  findings: ScanFinding[];
  modified: TrivyModified[];
  /** Long text per rule id, kept once per id (not per entry) for SARIF rules. */
  ruleText: Map<string, { title: string; description: string }>;
  resultsCount: number;
}

/** Trivy rewrites an empty or unknown severity to UNKNOWN; so do we. */
export function severityOf(raw: unknown): Severity {
  const s = typeof raw === 'string' ? raw.toUpperCase() : '';
  return (SEVERITIES as readonly string[]).includes(s) ? (s as Severity) : 'UNKNOWN';
}

/** Trivy sets Status "fixed" exactly when FixedVersion is non-empty; old reports have no Status. */
export function isFixed(f: ScanFinding): boolean {
  if (f.kind !== 'vulnerability') return true;
  return f.status ? f.status === 'fixed' : Boolean(f.fixed);
}
