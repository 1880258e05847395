// Judges the table of an evidence document: the rows a rule selects must be complete, accepted and
// signed, with one finding per bad cell at its line.
import type { MdDoc, MdTable, TableRow } from '../lib/markdown/parse.js';
import { columnIndex, section, tableIn } from '../lib/markdown/query.js';
import {
  classify,
  isPlainText,
  mayFlag,
  normalizeValue,
  type Verdict,
  type Vocabulary,
} from '../lib/policy/vocabulary.js';
import { type CheckContext, judge, type Out } from './judge.js';
import { ENVIRONMENT_KEY, type TableRule } from './policy.js';

/**
 * The rows a rule looks at, by index: all of them (undefined), or the last row per key (later rows
 * supersede earlier ones). Indexes, not row objects: a table read in place makes none (see cellOf).
 */
function selectRows(
  table: MdTable,
  rule: TableRule,
  keyCol: number,
  ctx: CheckContext,
  out: Out,
): number[] | undefined {
  if (rule.rows.kind === 'all') return undefined;
  const latest = new Map<string, number>();
  for (let r = 0; r < table.rowCount; r++) latest.set(normalizeValue(table.cellOf(r, keyCol)), r);
  const keys = rule.requiredKeys.flatMap((k) => (k === ENVIRONMENT_KEY ? ctx.environments : [k]));
  if (keys.length === 0) return [...latest.values()];
  const picked: number[] = [];
  for (const key of keys) {
    const row = latest.get(normalizeValue(key));
    if (row !== undefined) picked.push(row);
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

/** How a message names a cell of row r: its column and the row's first non-empty cell. */
function cellName(table: MdTable, r: number, i: number): string {
  const row = table.rows[r] as TableRow;
  const label = row.cells.find((c) => c !== '') ?? `line ${row.line}`;
  return `"${table.headers[i]}" of row "${label}"`;
}

/** The verdict of the last value read in one column: rows repeat PASS and the same names row after row. */
class Memo {
  private value: string | undefined;
  private kind: Verdict = 'other';

  /** The verdict of cell i of row r. (Comparing the cell in place would spare its string, but measured slower on Node 20.) */
  classify(table: MdTable, r: number, i: number, vocab: Vocabulary): Verdict {
    const v = table.cellOf(r, i);
    if (v !== this.value) {
      this.value = v;
      this.kind = classify(v, vocab);
    }
    return this.kind;
  }
}

/** Blocked values and placeholders in the checked columns; false when any is found. */
function checkCells(table: MdTable, r: number, cols: Columns, ctx: CheckContext, out: Out): boolean {
  let ok = true;
  for (let i = 0; i < table.headers.length; i++) {
    if (i === cols.result || i === cols.signer || (cols.check && !cols.check.has(i))) continue;
    const kind = classify(table.cellOf(r, i), ctx.vocab);
    if (kind === 'placeholder' || kind === 'blocked' || kind === 'failed') {
      const bad = judge(table.cellOf(r, i), ctx.vocab, cellName(table, r, i)) as NonNullable<ReturnType<typeof judge>>;
      out.add(bad.rule, bad.level, bad.message, table.rowLine(r));
      ok = false;
    }
  }
  return ok;
}

/** The result cell must be accepted; false (with a finding) when it is not. */
function checkResult(table: MdTable, r: number, i: number, memo: Memo, ctx: CheckContext, out: Out): boolean {
  if (memo.classify(table, r, i, ctx.vocab) === 'accepted') return true;
  const v = table.cellOf(r, i);
  const bad = judge(v, ctx.vocab, cellName(table, r, i)) as NonNullable<ReturnType<typeof judge>>;
  const rule = bad.rule === 'EVIDENCE_VALUE_NOT_FOUND' ? 'EVIDENCE_RESULT_MISSING' : bad.rule;
  out.add(rule, bad.level, bad.message, table.rowLine(r));
  return false;
}

/** An ASCII letter or digit (a character code, NaN for none): a value that starts with one is never empty once normalised. */
function isWordStart(code: number): boolean {
  const c = code | 32;
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
}

/**
 * The signer cell must name someone; false (with a finding) when it is empty or a placeholder. In a
 * row that cannot flag (mayFlag), no cell is a placeholder, so a name that starts with a letter or
 * digit needs no classifying: names differ row by row and would miss every memo.
 */
function checkSigner(
  table: MdTable,
  r: number,
  i: number,
  memo: Memo,
  ctx: CheckContext,
  out: Out,
  rowMayFlag: boolean,
): boolean {
  // The first character read in place: the name itself is not needed.
  if (!rowMayFlag && isWordStart(table.cellCodeOf(r, i))) return true;
  const kind = memo.classify(table, r, i, ctx.vocab);
  if (kind === 'empty') {
    out.add(
      'EVIDENCE_SIGNER_MISSING',
      'unknown',
      `${cellName(table, r, i)} is empty; name who signed.`,
      table.rowLine(r),
    );
    return false;
  }
  if (kind !== 'placeholder') return true;
  const bad = judge(table.cellOf(r, i), ctx.vocab, cellName(table, r, i)) as NonNullable<ReturnType<typeof judge>>;
  out.add(bad.rule, bad.level, bad.message, table.rowLine(r));
  return false;
}

function checkRow(
  doc: MdDoc,
  table: MdTable,
  r: number,
  cols: Columns,
  result: Memo,
  signer: Memo,
  ctx: CheckContext,
  out: Out,
  mayFlagRows: boolean,
): boolean {
  let ok = true;
  // One test of the whole row line rules out every placeholder, blocked or failed cell in it.
  let rowMayFlag = false;
  if (mayFlagRows) {
    rowMayFlag = mayFlag(doc.line(table.rowLine(r)), ctx.vocab);
    if (rowMayFlag) ok = checkCells(table, r, cols, ctx, out);
  }
  if (cols.result !== undefined && !checkResult(table, r, cols.result, result, ctx, out)) ok = false;
  const i = cols.signer;
  if (i !== undefined && !checkSigner(table, r, i, signer, ctx, out, rowMayFlag)) ok = false;
  return ok;
}

/** A named column's index; undefined when no name is given, null (with a finding) when it is missing. */
function columnOf(table: MdTable, name: string | undefined, rule: TableRule, out: Out): number | undefined | null {
  if (!name) return undefined;
  const i = columnIndex(table, name);
  if (i >= 0) return i;
  out.add(
    'EVIDENCE_COLUMN_NOT_FOUND',
    'unknown',
    `The table ${whereOf(rule)} has no "${name}" column (it has: ${table.headers.join(', ')}).`,
    table.line,
  );
  return null;
}

/**
 * The columns a rule reads, found once per header row: the documents one rule covers mostly share a
 * template, so their header rows repeat. Keyed by the rule, which lives as long as its policy.
 */
const columnCache = new WeakMap<TableRule, Map<string, Columns>>();

/** The rule's columns in this table, or undefined (with a finding each) when any is missing. */
function columnsOf(table: MdTable, rule: TableRule, out: Out): Columns | undefined {
  const header = table.head;
  let known = columnCache.get(rule);
  const cached = known?.get(header);
  if (cached) return cached;
  const result = columnOf(table, rule.result, rule, out);
  const signer = columnOf(table, rule.signer, rule, out);
  const key = columnOf(table, rule.rows.kind === 'latest-per' ? rule.rows.column : undefined, rule, out);
  let missing = result === null || signer === null || key === null;
  let check: Set<number> | undefined;
  if (rule.checkColumns) {
    check = new Set();
    for (const name of rule.checkColumns) {
      const i = columnOf(table, name, rule, out);
      if (i === null) missing = true;
      else if (i !== undefined) check.add(i);
    }
  }
  if (missing) return undefined;
  const cols: Columns = { result: result ?? undefined, signer: signer ?? undefined, key: key ?? undefined, check };
  if (!known) {
    known = new Map();
    columnCache.set(rule, known);
  }
  if (known.size < 64) known.set(header, cols);
  return cols;
}

/** Where a message says the table is; made only for a message (most tables give none). */
function whereOf(rule: TableRule): string {
  return rule.heading ? `under "${rule.heading}"` : 'in the document';
}

export function checkTable(doc: MdDoc, rule: TableRule, ctx: CheckContext, out: Out): string {
  let range: { start: number; end: number } | undefined;
  if (rule.heading) {
    range = section(doc, rule.heading);
    if (!range) {
      out.add('EVIDENCE_SECTION_NOT_FOUND', 'unknown', `No "${rule.heading}" heading; add it with the table under it.`);
      return '(no table)';
    }
  }
  const table = tableIn(doc, range);
  if (!table) {
    out.add(
      'EVIDENCE_TABLE_NOT_FOUND',
      'unknown',
      `No table ${whereOf(rule)}; add the table.`,
      range?.start ? range.start - 1 : 1,
    );
    return '(no table)';
  }
  const cols = columnsOf(table, rule, out);
  if (!cols) return '(columns missing)';
  if (table.rowCount === 0) {
    out.add(
      'EVIDENCE_TABLE_EMPTY',
      'unknown',
      `The table ${whereOf(rule)} has no rows; record the evidence.`,
      table.line,
    );
    return '0 rows';
  }
  const picked = selectRows(table, rule, cols.key ?? -1, ctx, out);
  const count = picked ? picked.length : table.rowCount;
  // When no line of the table can flag anything, no row needs its cells classified one by one. One
  // search of the whole document usually says so for all of them at once (a line is part of it; no flag
  // word spans lines); only a document holding a flag word somewhere has its table lines tested.
  const plain = isPlainText(doc.text) || undefined;
  let mayFlagRows = false;
  const anywhere = mayFlag(doc.text, ctx.vocab, plain);
  for (let n = table.line; anywhere && n < table.endLine && !mayFlagRows; n++) {
    mayFlagRows = mayFlag(doc.line(n + 1), ctx.vocab, plain);
  }
  const result = new Memo();
  const signer = new Memo();
  let good = 0;
  for (let k = 0; k < count; k++) {
    if (checkRow(doc, table, picked ? (picked[k] as number) : k, cols, result, signer, ctx, out, mayFlagRows)) good++;
  }
  return `${good}/${count} rows accepted`;
}
