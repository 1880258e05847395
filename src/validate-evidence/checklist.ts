// The release review checklist: every item marked PASS (or ticked), no FAIL, and each named sign-off
// carrying a name and an ISO-8601 timestamp that is not later than the audit date nor too old.
import type { MdDoc } from '../lib/markdown/parse.js';
import { columnIndex, section, tableIn, valueAfterLabel } from '../lib/markdown/query.js';
import { classify, isPlaceholder, type Vocabulary } from '../lib/policy/vocabulary.js';
import type { Finding, Level } from '../lib/verdict/types.js';
import { ageDays, dateAndAge } from './artifacts.js';
import type { ChecklistRule } from './policy.js';

import type { Row } from './summary.js';

export type { Row };

export interface ChecklistResult {
  findings: Finding[];
  rows: { row: Row; findings: Finding[] }[];
}

const TIMESTAMP = /\b(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})\b/;
const DATE_LIKE = /\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}/;

type Add = (rule: string, level: Level, message: string, line?: number) => Finding;

/** A mark as a reviewer writes it: a word (PASS, FAIL) or a task box ([x], [ ]). */
function markOf(raw: string, vocab: Vocabulary): 'pass' | 'fail' | 'unmarked' | 'placeholder' {
  const v = raw.trim();
  if (/^\[[xX]\]$|^☑|^✅|^✔/.test(v)) return 'pass';
  if (/^\[ \]$|^☐/.test(v)) return 'unmarked';
  const kind = classify(v, vocab);
  if (kind === 'accepted') return 'pass';
  if (kind === 'failed' || kind === 'blocked') return 'fail';
  return kind === 'placeholder' ? 'placeholder' : 'unmarked';
}

function judgeItem(name: string, mark: string, line: number, vocab: Vocabulary, add: Add): boolean {
  const m = markOf(mark, vocab);
  if (m === 'pass') return true;
  if (m === 'fail')
    add('CHECKLIST_ITEM_FAILED', 'fail', `Item "${name}" is marked ${mark}: fix it before release.`, line);
  else if (m === 'placeholder') add('EVIDENCE_PLACEHOLDER', 'fail', `Item "${name}" holds a placeholder mark.`, line);
  else
    add(
      'CHECKLIST_ITEM_UNMARKED',
      'unknown',
      `Item "${name}" is not marked${mark.trim() ? ` (${JSON.stringify(mark)})` : ''}; mark it PASS or FAIL.`,
      line,
    );
  return false;
}

function checkItems(doc: MdDoc, rule: ChecklistRule, vocab: Vocabulary, add: Add): string {
  const range = rule.heading ? section(doc, rule.heading) : { start: 1, end: doc.lines.length };
  if (!range) {
    add('CHECKLIST_SECTION_NOT_FOUND', 'unknown', `No "${rule.heading}" heading; add the review items under it.`);
    return '(not found)';
  }
  let total = 0;
  let passed = 0;
  const table = tableIn(doc, range);
  if (table) {
    const item = columnIndex(table, rule.item);
    const mark = columnIndex(table, rule.mark);
    if (item < 0 || mark < 0) {
      const lack = item < 0 ? rule.item : rule.mark;
      add('CHECKLIST_COLUMN_NOT_FOUND', 'unknown', `The checklist table has no "${lack}" column.`, table.line);
      return '(columns missing)';
    }
    for (const row of table.rows) {
      total++;
      if (judgeItem(row.cell(item) || `line ${row.line}`, row.cell(mark), row.line, vocab, add)) passed++;
    }
  }
  for (let n = range.start; n <= range.end; n++) {
    const m = doc.inFence[n - 1] ? null : /^\s*[-*+]\s+\[([ xX])\]\s+(.*)$/.exec(doc.lines[n - 1] ?? '');
    if (!m) continue;
    total++;
    if (judgeItem(m[2] as string, `[${m[1]}]`, n, vocab, add)) passed++;
  }
  if (total === 0) add('CHECKLIST_EMPTY', 'unknown', 'The checklist has no items (a table or a task list).');
  return `${passed}/${total} items passed`;
}

function parseTimestamp(m: RegExpExecArray): Date | undefined {
  const [, y, mo, d, h, mi, s] = m;
  const t = new Date(m[0]);
  const ok =
    !Number.isNaN(t.getTime()) &&
    Number(mo) >= 1 &&
    Number(mo) <= 12 &&
    Number(d) >= 1 &&
    Number(d) <= 31 &&
    Number(h) <= 23 &&
    Number(mi) <= 59 &&
    Number(s ?? 0) <= 59 &&
    Number(y) >= 1970;
  // Date() rolls 2026-02-30 over into March: compare the calendar day it landed on.
  const local = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return ok && local.getUTCDate() === Number(d) ? t : undefined;
}

function checkSignOff(doc: MdDoc, role: string, rule: ChecklistRule, asOf: Date, vocab: Vocabulary, add: Add): Row {
  const range = rule.signOffHeading ? section(doc, rule.signOffHeading) : undefined;
  const r = valueAfterLabel(doc, role, range);
  const artifact = `sign-off: ${role}`;
  if (!r.found) {
    add('SIGNOFF_MISSING', 'unknown', `No "${role}:" sign-off line; add "${role}: <name> — <ISO-8601 timestamp>".`);
    return [artifact, '(missing)', '', ''];
  }
  const rest = r.rest ?? '';
  if (isPlaceholder(rest, vocab)) {
    add('EVIDENCE_PLACEHOLDER', 'fail', `The ${role} sign-off still holds a placeholder; sign it.`, r.line);
    return [artifact, rest, '', ''];
  }
  const ts = TIMESTAMP.exec(rest);
  const name = (ts ? rest.replace(ts[0], '') : rest)
    .replace(/[`*_()[\]]/g, '')
    .replace(/(^|\s)(on|at|signed)(?=\s|$)/gi, ' ')
    .replace(/^[\s,;:|—–-]+|[\s,;:|—–-]+$/g, '')
    .trim();
  if (!name) add('SIGNOFF_NAME_MISSING', 'unknown', `The ${role} sign-off has no name; the signer writes it.`, r.line);
  const when = ts ? parseTimestamp(ts) : undefined;
  if (!when) {
    const shown = ts?.[0] ?? DATE_LIKE.exec(rest)?.[0];
    add(
      shown ? 'SIGNOFF_TIMESTAMP_INVALID' : 'SIGNOFF_TIMESTAMP_MISSING',
      shown ? 'fail' : 'unknown',
      `The ${role} sign-off needs an ISO-8601 timestamp with time and zone, e.g. 2026-11-16T09:30:00Z${shown ? `, not "${shown}"` : ''}.`,
      r.line,
    );
    return [artifact, name || '(no name)', '', ''];
  }
  const age = ageDays(when, asOf);
  if (when.getTime() > asOf.getTime())
    add(
      'SIGNOFF_AFTER_AS_OF',
      'fail',
      `The ${role} sign-off (${ts?.[0]}) is later than ${asOf.toISOString()}.`,
      r.line,
    );
  else if (rule.maxAgeDays !== undefined && age > rule.maxAgeDays)
    add(
      'SIGNOFF_STALE',
      'fail',
      `The ${role} sign-off is ${age} days old (limit ${rule.maxAgeDays}); sign the checklist again.`,
      r.line,
    );
  return [artifact, name || '(no name)', dateAndAge(when, age), ''];
}

export function checkChecklist(
  doc: MdDoc,
  rule: ChecklistRule,
  file: string,
  asOf: Date,
  vocab: Vocabulary,
): ChecklistResult {
  const findings: Finding[] = [];
  let bucket: Finding[] = [];
  const add: Add = (r, level, message, line) => {
    const f: Finding = { rule: r, level, message: `checklist: ${message}`, file, ...(line ? { line } : {}) };
    findings.push(f);
    bucket.push(f);
    return f;
  };
  const rows: ChecklistResult['rows'] = [];
  const items = checkItems(doc, rule, vocab, add);
  rows.push({ row: [file, items, '', ''], findings: bucket });
  for (const role of rule.signOffs) {
    bucket = [];
    rows.push({ row: checkSignOff(doc, role, rule, asOf, vocab, add), findings: bucket });
  }
  return { findings, rows };
}
