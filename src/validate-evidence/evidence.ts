// Judges one evidence document against its rule: a status after a label or under a heading, and a
// table whose rows must be complete and accepted. Every problem is its own finding with its line.
import type { MdDoc } from '../lib/markdown/parse.js';
import { firstValue, section, valueAfterLabel } from '../lib/markdown/query.js';
import { type CheckContext, type Judged, judge, Out } from './judge.js';
import type { ArtifactRule, StatusRule } from './policy.js';
import { checkTable } from './table-evidence.js';

export type { CheckContext, Judged } from './judge.js';

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

export function checkEvidence(doc: MdDoc, rule: ArtifactRule, ctx: CheckContext): Judged {
  const out = new Out(rule.name, ctx.file);
  const status = rule.status ? checkStatus(doc, rule.status, ctx, out) : undefined;
  const table = rule.table ? checkTable(doc, rule.table, ctx, out) : undefined;
  const value = status !== undefined && table !== undefined ? `${status}; ${table}` : (status ?? table ?? '');
  return { findings: out.findings, value };
}
