// Judges one evidence document against its rule: a status after a label or under a heading, and a
// table whose rows must be complete and accepted. Every problem is its own finding with its line.
import type { MdDoc, MdTable, TableRow } from '../lib/markdown/parse.js';
import { columnIndex, firstValue, section, tableIn, valueAfterLabel } from '../lib/markdown/query.js';
import { classify, mayFlag, normalizeValue, type Vocabulary } from '../lib/policy/vocabulary.js';
import type { Finding, Level } from '../lib/verdict/types.js';
import { type ArtifactRule, ENVIRONMENT_KEY, type StatusRule, type TableRule } from './policy.js';

export interface CheckContext {
  vocab: Vocabulary;
  environments: string[];
  /** The path findings name, from a repository-relative one. */
  file: string;
}

export interface Judged {
  findings: Finding[];
  /** What the summary shows as the value found. */
  value: string;
}

/** Collects one document's findings; a class, not a closure per document, on this hot path. */
class Out {
  readonly findings: Finding[] = [];
  constructor(
    private readonly name: string,
    private readonly file: string,
  ) {}

  add(rule: string, level: Level, message: string, line?: number): void {
    const f: Finding = { rule, level, message: `${this.name}: ${message}`, file: this.file };
    if (line) f.line = line;
    this.findings.push(f);
  }
}

/** The verdict on one value; undefined when it is acceptable. */
export function judge(
  value: string,
  vocab: Vocabulary,
  what: string,
  expect?: string[],
): { rule: string; level: Level; message: string } | undefined {
  const kind = classify(value, vocab);
  // Most values pass: build message parts only for the ones that do not.
  if (kind === 'accepted' && !expect) return undefined;
  const shown = JSON.stringify(value);
  switch (kind) {
    case 'empty':
      return { rule: 'EVIDENCE_VALUE_NOT_FOUND', level: 'unknown', message: `${what} is empty; record the outcome.` };
    case 'placeholder':
      return {
        rule: 'EVIDENCE_PLACEHOLDER',
        level: 'fail',
        message: `${what} is a placeholder (${shown}); fill it in.`,
      };
    case 'blocked':
      return {
        rule: 'EVIDENCE_STATUS_BLOCKED',
        level: 'fail',
        message: `${what} is ${shown}: resolve it before the release goes on.`,
      };
    case 'failed':
      return { rule: 'EVIDENCE_STATUS_FAILED', level: 'fail', message: `${what} is ${shown}: fix and re-run it.` };
    default: {
      const ok = expect ? expect.some((e) => normalizeValue(e) === normalizeValue(value)) : kind === 'accepted';
      if (ok) return undefined;
      const want = (expect ?? vocab.accepted).join(', ');
      return {
        rule: 'EVIDENCE_STATUS_NOT_ACCEPTED',
        level: 'fail',
        message: `${what} is ${shown}, not an accepted value (${want}).`,
      };
    }
  }
}

function checkStatus(doc: MdDoc, rule: StatusRule, ctx: CheckContext, out: Out): string {
  let found: { value: string; line: number } | undefined;
  if (rule.label) {
    const r = valueAfterLabel(doc, rule.label);
    if (!r.found) {
      out.add('EVIDENCE_LABEL_NOT_FOUND', 'unknown', `No line starts with "${rule.label}"; write the status after it.`);
      return '(not found)';
    }
    if (!r.value) {
      out.add('EVIDENCE_VALUE_NOT_FOUND', 'unknown', `"${rule.label}" has no value; write it as \`STATUS\`.`, r.line);
      return '(empty)';
    }
    found = r.value;
  } else {
    const heading = rule.heading as string;
    const s = section(doc, heading);
    if (!s) {
      out.add('EVIDENCE_SECTION_NOT_FOUND', 'unknown', `No "${heading}" heading; add it with the status under it.`);
      return '(not found)';
    }
    found = firstValue(doc, s);
    if (!found) {
      out.add(
        'EVIDENCE_VALUE_NOT_FOUND',
        'unknown',
        `The "${heading}" section is empty; write the status.`,
        s.heading.line,
      );
      return '(empty)';
    }
  }
  const what = rule.label ? `"${rule.label}"` : `The status under "${rule.heading}"`;
  const bad = judge(found.value, ctx.vocab, what, rule.expect);
  if (bad) out.add(bad.rule, bad.level, bad.message, found.line);
  return found.value;
}

/** The rows a rule looks at: all of them, or the last row per key (later rows supersede earlier ones). */
function selectRows(table: MdTable, rule: TableRule, keyCol: number, ctx: CheckContext, out: Out): TableRow[] {
  if (rule.rows.kind === 'all') return table.rows;
  const latest = new Map<string, TableRow>();
  for (const row of table.rows) latest.set(normalizeValue(row.cell(keyCol)), row);
  const keys = rule.requiredKeys.flatMap((k) => (k === ENVIRONMENT_KEY ? ctx.environments : [k]));
  if (keys.length === 0) return [...latest.values()];
  const picked: TableRow[] = [];
  for (const key of keys) {
    const row = latest.get(normalizeValue(key));
    if (row) picked.push(row);
    else
      out.add(
        'EVIDENCE_ROW_MISSING',
        'unknown',
        `No row for ${rule.rows.column} "${key}"; record its evidence in the table.`,
        table.line,
      );
  }
  return picked;
}

interface Columns {
  result?: number;
  signer?: number;
  key?: number;
  /** Columns searched for blocked values and placeholders; undefined means all. */
  check?: Set<number>;
}

/** How a message names a cell: its column and the row's first non-empty cell. */
function cellName(table: MdTable, row: TableRow, i: number): string {
  const label = row.cells.find((c) => c !== '') ?? `line ${row.line}`;
  return `"${table.headers[i]}" of row "${label}"`;
}

function checkRow(
  doc: MdDoc,
  table: MdTable,
  row: TableRow,
  cols: Columns,
  ctx: CheckContext,
  out: Out,
  mayFlagRows: boolean,
): boolean {
  let ok = true;
  // One test of the whole row line rules out every placeholder, blocked or failed cell in it.
  const raw = doc.lines[row.line - 1];
  if (mayFlagRows && (raw === undefined || mayFlag(raw, ctx.vocab))) {
    for (let i = 0; i < table.headers.length; i++) {
      if (i === cols.result || i === cols.signer || (cols.check && !cols.check.has(i))) continue;
      const kind = classify(row.cell(i), ctx.vocab);
      if (kind === 'placeholder' || kind === 'blocked' || kind === 'failed') {
        const bad = judge(row.cell(i), ctx.vocab, cellName(table, row, i)) as NonNullable<ReturnType<typeof judge>>;
        out.add(bad.rule, bad.level, bad.message, row.line);
        ok = false;
      }
    }
  }
  for (const k of ['result', 'signer'] as const) {
    const i = cols[k];
    if (i === undefined) continue;
    const v = row.cell(i);
    const kind = classify(v, ctx.vocab);
    const bad =
      k === 'result'
        ? kind === 'accepted'
          ? undefined
          : judge(v, ctx.vocab, cellName(table, row, i))
        : kind === 'empty'
          ? {
              rule: 'EVIDENCE_SIGNER_MISSING',
              level: 'unknown' as Level,
              message: `${cellName(table, row, i)} is empty; name who signed.`,
            }
          : kind === 'placeholder'
            ? judge(v, ctx.vocab, cellName(table, row, i))
            : undefined;
    if (bad) {
      out.add(
        bad.rule === 'EVIDENCE_VALUE_NOT_FOUND' ? 'EVIDENCE_RESULT_MISSING' : bad.rule,
        bad.level,
        bad.message,
        row.line,
      );
      ok = false;
    }
  }
  return ok;
}

function checkTable(doc: MdDoc, rule: TableRule, ctx: CheckContext, out: Out): string {
  let range: { start: number; end: number } | undefined;
  if (rule.heading) {
    range = section(doc, rule.heading);
    if (!range) {
      out.add('EVIDENCE_SECTION_NOT_FOUND', 'unknown', `No "${rule.heading}" heading; add it with the table under it.`);
      return '(no table)';
    }
  }
  const table = tableIn(doc, range);
  const where = rule.heading ? `under "${rule.heading}"` : 'in the document';
  if (!table) {
    out.add(
      'EVIDENCE_TABLE_NOT_FOUND',
      'unknown',
      `No table ${where}; add the table.`,
      range?.start ? range.start - 1 : 1,
    );
    return '(no table)';
  }
  const cols: Columns = { check: rule.checkColumns ? new Set() : undefined };
  const want: [keyof Columns | 'check', string | undefined][] = [
    ['result', rule.result],
    ['signer', rule.signer],
    ['key', rule.rows.kind === 'latest-per' ? rule.rows.column : undefined],
  ];
  for (const name of rule.checkColumns ?? []) want.push(['check', name]);
  let missing = false;
  for (const [k, name] of want) {
    if (!name) continue;
    const i = columnIndex(table, name);
    if (i < 0) {
      missing = true;
      out.add(
        'EVIDENCE_COLUMN_NOT_FOUND',
        'unknown',
        `The table ${where} has no "${name}" column (it has: ${table.headers.join(', ')}).`,
        table.line,
      );
    } else if (k === 'check') cols.check?.add(i);
    else cols[k] = i;
  }
  if (missing) return '(columns missing)';
  if (table.rows.length === 0) {
    out.add('EVIDENCE_TABLE_EMPTY', 'unknown', `The table ${where} has no rows; record the evidence.`, table.line);
    return '0 rows';
  }
  const rows = selectRows(table, rule, cols.key ?? -1, ctx, out);
  // When the whole table cannot flag anything, no row needs its cells classified one by one.
  // Row by row, which answers as the joined rows would (no flag word spans a line), without joining them.
  let mayFlagRows = false;
  for (let n = table.line; n < table.endLine && !mayFlagRows; n++) mayFlagRows = mayFlag(doc.lines[n] ?? '', ctx.vocab);
  let good = 0;
  for (const row of rows) if (checkRow(doc, table, row, cols, ctx, out, mayFlagRows)) good++;
  return `${good}/${rows.length} rows accepted`;
}

export function checkEvidence(doc: MdDoc, rule: ArtifactRule, ctx: CheckContext): Judged {
  const out = new Out(rule.name, ctx.file);
  const status = rule.status ? checkStatus(doc, rule.status, ctx, out) : undefined;
  const table = rule.table ? checkTable(doc, rule.table, ctx, out) : undefined;
  const value = status !== undefined && table !== undefined ? `${status}; ${table}` : (status ?? table ?? '');
  return { findings: out.findings, value };
}
