// Renders a Verdict as Markdown: the job-summary section and `rco --summary-file`.
import type { Finding, Table, Verdict } from '../verdict/types.js';

const ICON = { pass: '✅ PASS', fail: '❌ FAIL', unknown: '⚠️ UNKNOWN' } as const;

/**
 * What a job summary may hold: GitHub refuses a step's whole summary above 1024 KiB, so the section
 * stays under it with room for what other steps of the job write and for redaction's `***`.
 */
export const SUMMARY_BUDGET = 900 * 1024;

/** Escapes a value for a Markdown table cell. */
export function cell(value: unknown): string {
  return String(value ?? '')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

function tableLines(t: Table): { head: string; rows: string[] } {
  const head = `| ${t.headers.map(cell).join(' | ')} |\n| ${t.headers.map(() => '---').join(' | ')} |`;
  return { head, rows: t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`) };
}

export function renderTable(t: Table): string {
  const { head, rows } = tableLines(t);
  return [head, ...rows].join('\n');
}

export function where(f: Finding): string {
  if (!f.file) return '';
  return f.line ? `${f.file}:${f.line}` : f.file;
}

export function findingsTable(findings: readonly Finding[]): Table {
  return {
    headers: ['Level', 'Rule', 'Where', 'Message'],
    rows: findings.map((f) => [f.level, f.rule, where(f), f.message]),
  };
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** As many rows from the start as fit in `room` bytes (each with its newline), and what they take. */
function rowsWithin(rows: string[], room: number): { shown: string[]; used: number } {
  let used = 0;
  let n = 0;
  while (n < rows.length && used + bytes(rows[n] as string) + 1 <= room) used += bytes(rows[n++] as string) + 1;
  return { shown: rows.slice(0, n), used };
}

/** The table with the rows that fit, and a line saying how many were left out and where they are. */
function cut(head: string, rows: string[], shown: string[], whereAll: string): string {
  const omitted = rows.length - shown.length;
  const table = [head, ...shown].join('\n');
  if (omitted === 0) return table;
  return `${table}\n\n_${omitted} of ${rows.length} rows are not shown: a job summary is limited to 1 MiB. ${whereAll}_`;
}

/**
 * One section: heading, the verdict's table, the findings (folded, open when any blocks), then any
 * details. Within `budget` bytes the findings are kept first, then the table's rows, then the details;
 * whatever does not fit is counted in a line that says where to find it, never dropped silently.
 */
export function renderSummary(v: Verdict, budget = Number.POSITIVE_INFINITY): string {
  const heading = `## ${v.action}: ${ICON[v.outcome]}`;
  const blocking = v.findings.filter((f) => f.level === 'fail' || f.level === 'unknown').length;
  const found = tableLines(findingsTable(v.findings));
  const table = v.table && v.table.rows.length > 0 ? tableLines(v.table) : undefined;
  const open = `<details${blocking ? ' open' : ''}><summary>Findings: ${v.findings.length} (${blocking} blocking)</summary>\n\n`;
  const note = 400; // room for each "not shown" line
  let room = budget - bytes(heading) - (table ? bytes(table.head) + note : 0);
  if (v.findings.length > 0) room -= bytes(open) + bytes(found.head) + note + 20;
  const findings = rowsWithin(found.rows, room);
  const rows = table ? rowsWithin(table.rows, room - findings.used) : { shown: [], used: 0 };
  let left = room - findings.used - rows.used;
  const parts = [heading];
  if (table) parts.push(cut(table.head, table.rows, rows.shown, 'Run `rco` with `--json` for all of them.'));
  if (v.findings.length > 0) {
    const all = 'Every finding is in the file the `findings-file` output names.';
    parts.push(`${open}${cut(found.head, found.rows, findings.shown, all)}\n\n</details>`);
  }
  for (const d of v.details ?? []) {
    const block = `<details><summary>${d.title}</summary>\n\n${d.body}\n\n</details>`;
    const fits = bytes(block) + 2 <= left;
    if (fits) left -= bytes(block) + 2;
    parts.push(fits ? block : `_${d.title}: not shown, a job summary is limited to 1 MiB._`);
  }
  return `${parts.join('\n\n')}\n`;
}
