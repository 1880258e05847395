// The job-summary table of validate-evidence (artifact, value found, date and age, verdict) and the
// action's own outputs, built from the findings each row owns.
import type { Finding, Table } from '../lib/verdict/types.js';

export type Row = [artifact: string, value: string, dateAndAge: string, verdict: string];

/** A row's verdict from its own findings: a definite failure outranks an unknown. */
export function rowVerdict(findings: readonly Finding[]): string {
  // A loop, not two some() closures: this runs once per evidence document.
  let unknown = false;
  for (const f of findings) {
    if (f.level === 'fail') return 'FAIL';
    if (f.level === 'unknown') unknown = true;
  }
  return unknown ? 'UNKNOWN' : 'PASS';
}

export function summaryTable(rows: Row[]): Table {
  return { headers: ['Artifact', 'Value found', 'Date (age)', 'Verdict'], rows };
}

export function outputsOf(findings: readonly Finding[], rows: readonly Row[], asOf: Date): Record<string, string> {
  return {
    'fail-count': String(findings.filter((f) => f.level === 'fail').length),
    'unknown-count': String(findings.filter((f) => f.level === 'unknown').length),
    'artifact-count': String(rows.length),
    'as-of': asOf.toISOString(),
  };
}
