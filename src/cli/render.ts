// Renders a verdict for the terminal.
import { where } from '../lib/report/markdown.js';
import type { Table, Verdict } from '../lib/verdict/types.js';

export function textTable(t: Table): string {
  const widths = t.headers.map((h, i) => Math.max(h.length, ...t.rows.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(t.headers), line(widths.map((w) => '-'.repeat(w))), ...t.rows.map(line)].join('\n');
}

/** Help text is wrapped to this many columns: readable in an 80- to 100-column terminal. */
export const HELP_WIDTH = 96;

/** Words of `text` (whitespace collapsed) in lines of at most `width` columns, each after `indent`. */
export function wrap(text: string, width: number, indent: string): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      out.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(indent + line);
  return out;
}

export function renderText(v: Verdict): string {
  const lines = [`${v.action}: ${v.outcome.toUpperCase()}`];
  if (v.table?.rows.length) lines.push('', textTable(v.table));
  if (v.findings.length) {
    lines.push('');
    for (const f of v.findings) {
      const at = where(f);
      lines.push(`${f.level.toUpperCase().padEnd(7)} ${f.rule}${at ? ` ${at}` : ''}: ${f.message}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
