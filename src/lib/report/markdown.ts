// Renders a Verdict as Markdown: the job-summary section and `rco --summary-file`.
import type { Finding, Table, Verdict } from '../verdict/types.js';

const ICON = { pass: '✅ PASS', fail: '❌ FAIL', unknown: '⚠️ UNKNOWN' } as const;

/** Escapes a value for a Markdown table cell. */
export function cell(value: unknown): string {
  return String(value ?? '')
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

export function renderTable(t: Table): string {
  const head = `| ${t.headers.map(cell).join(' | ')} |`;
  const sep = `| ${t.headers.map(() => '---').join(' | ')} |`;
  const rows = t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`);
  return [head, sep, ...rows].join('\n');
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

export function renderSummary(v: Verdict): string {
  const parts = [`## ${v.action}: ${ICON[v.outcome]}`];
  if (v.table && v.table.rows.length > 0) parts.push(renderTable(v.table));
  const blocking = v.findings.filter((f) => f.level === 'fail' || f.level === 'unknown').length;
  if (v.findings.length > 0) {
    parts.push(
      `<details${blocking ? ' open' : ''}><summary>Findings: ${v.findings.length} (${blocking} blocking)</summary>\n\n${renderTable(findingsTable(v.findings))}\n\n</details>`,
    );
  }
  for (const d of v.details ?? []) parts.push(`<details><summary>${d.title}</summary>\n\n${d.body}\n\n</details>`);
  return `${parts.join('\n\n')}\n`;
}
