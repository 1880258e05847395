// The job-summary table of validate-evidence (artifact, value found, date and age, verdict) and the
// action's own outputs, built from the findings each row owns.
import type { Finding, Table } from '../lib/verdict/types.js';

export type Row = [artifact: string, value: string, dateAndAge: string, verdict: string];

/** A row's verdict from its own findings: a definite failure outranks an unknown. */
export function rowVerdict(findings: readonly Finding[]): string {
  if (findings.some((f) => f.level === 'fail')) return 'FAIL';
  if (findings.some((f) => f.level === 'unknown')) return 'UNKNOWN';
  return 'PASS';
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

/** Runs `fn` over items with at most `limit` at once: thousands of evidence files must not exhaust file handles. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
