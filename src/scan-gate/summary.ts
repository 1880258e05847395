// The job-summary section of the scan-gate: counts per severity, the blocking findings, the
// suppressions with owner and days to expiry, what the baseline resolved.
import { renderTable } from '../lib/report/markdown.js';
import { type ScanFinding, SEVERITIES, type Severity, type TrivyModified } from '../lib/trivy/model.js';
import type { Table, Verdict } from '../lib/verdict/types.js';
import type { Suppressed } from './suppressions/apply.js';
import { daysLeft } from './suppressions/governance.js';
import type { IgnoreEntry, VexStatement } from './suppressions/model.js';

/** Rows shown per table; the SARIF file and the report hold the rest. */
const ROWS = 200;

export function countsTable(
  found: Record<Severity, number>,
  suppressed: Record<Severity, number>,
  blocking: Record<Severity, number>,
): Table {
  const rows = SEVERITIES.map((s) => [s, String(found[s]), String(suppressed[s]), String(blocking[s])]);
  const sum = (c: Record<Severity, number>) => String(SEVERITIES.reduce((n, s) => n + c[s], 0));
  rows.push(['Total', sum(found), sum(suppressed), sum(blocking)]);
  return { headers: ['Severity', 'Findings', 'Suppressed', 'Blocking'], rows };
}

function capped(t: Table, total: number): string {
  const more = total > t.rows.length ? `\n\n… and ${total - t.rows.length} more.` : '';
  return renderTable(t) + more;
}

export function blockingDetail(blocking: readonly ScanFinding[]): Verdict['details'] {
  if (!blocking.length) return [];
  const rows = blocking
    .slice(0, ROWS)
    .map((f) => [
      f.url ? `[${f.id}](${f.url})` : f.id,
      f.pkgName ?? f.target,
      f.installed ?? '',
      f.fixed ?? '',
      f.severity,
      f.kind === 'vulnerability' ? f.target : `${f.kind} in ${f.target}${f.line ? `:${f.line}` : ''}`,
    ]);
  const t = { headers: ['ID', 'Package', 'Installed', 'Fixed', 'Severity', 'Target'], rows };
  return [{ title: `Blocking findings (${blocking.length})`, body: capped(t, blocking.length) }];
}

export function suppressionDetail(
  entries: readonly IgnoreEntry[],
  statements: readonly VexStatement[],
  suppressed: readonly Suppressed[],
  modified: readonly TrivyModified[],
  now: Date,
): Verdict['details'] {
  const out: NonNullable<Verdict['details']> = [];
  if (entries.length) {
    const rows = entries
      .slice(0, ROWS)
      .map((e) => [
        e.id,
        `${e.file}:${e.line}`,
        e.owner ?? e.statement ?? '(none)',
        e.expires ? e.expires.toISOString().slice(0, 10) : '(none)',
        e.expires ? String(daysLeft(e.expires, now)) : '',
        String(e.matched),
      ]);
    const t = { headers: ['ID', 'Where', 'Owner', 'Expires', 'Days left', 'Matched'], rows };
    out.push({
      title: `Suppressions (${entries.length} entries, ${suppressed.length} findings suppressed)`,
      body: capped(t, entries.length),
    });
  }
  if (statements.length) {
    const rows = statements
      .slice(0, ROWS)
      .map((s) => [
        s.ids[0] ?? '',
        `${s.file}${s.line ? `:${s.line}` : ''}`,
        s.status,
        s.justification,
        String(s.matched),
      ]);
    const t = { headers: ['ID', 'Where', 'Status', 'Justification', 'Matched'], rows };
    out.push({ title: `VEX statements (${statements.length})`, body: capped(t, statements.length) });
  }
  if (modified.length) {
    const rows = modified.slice(0, ROWS).map((m) => [m.id, m.kind, m.status, m.statement, m.source, m.target]);
    const t = { headers: ['ID', 'Type', 'Status', 'Statement', 'Source', 'Target'], rows };
    out.push({ title: `Suppressed by Trivy before this gate (${modified.length})`, body: capped(t, modified.length) });
  }
  return out;
}

export function resolvedDetail(resolved: readonly ScanFinding[]): Verdict['details'] {
  if (!resolved.length) return [];
  const rows = resolved.slice(0, ROWS).map((f) => [f.id, f.pkgName ?? f.target, f.installed ?? '', f.severity]);
  const t = { headers: ['ID', 'Package', 'Was installed', 'Severity'], rows };
  return [{ title: `Resolved since the baseline (${resolved.length})`, body: capped(t, resolved.length) }];
}
