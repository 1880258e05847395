// Deployment order: one canonical order, and every runbook and workflow that states an order states
// that one. A runbook that says "prod, then staging" while the pipeline does the reverse is a release
// hazard, whichever of the two is right.
import { join } from 'node:path';
import { type ReadFailure, tryReadRegularFile } from '../../lib/io/read-text.js';
import type { Finding } from '../../lib/verdict/types.js';
import { rowVerdict } from '../summary.js';
import { asObject, invalid, list, oneOf, regex, repoPath, reqStr, str, strList } from './config.js';
import { documentItems, fencedBlockUnder, type OrderItem, workflowItems } from './order-sources.js';
import type { Invariant, InvariantContext, InvariantResult } from './types.js';

export interface DocumentSource {
  file: string;
  heading: string;
  pattern?: RegExp;
}

export interface WorkflowSource {
  file: string;
  job?: string;
  match: 'run' | 'name';
  pattern?: RegExp;
}

export interface OrderConfig {
  order: string[];
  documents: DocumentSource[];
  workflows: WorkflowSource[];
}

export const deploymentOrder: Invariant<OrderConfig> = {
  key: 'deployment-order',
  parse(raw, at) {
    const o = asObject(raw, at, ['order', 'pattern', 'documents', 'workflows']);
    const order = strList(o, 'order', at);
    if (!order || order.length === 0) throw invalid(`${at}.order`, 'a non-empty list of deployment steps');
    const shared = regex(o, 'pattern', at);
    const documents = (list(o, 'documents', at) ?? []).map((d, i) => {
      const p = `${at}.documents[${i}]`;
      const x = asObject(d, p, ['file', 'heading', 'pattern']);
      return {
        file: repoPath(reqStr(x, 'file', p), `${p}.file`),
        heading: reqStr(x, 'heading', p),
        pattern: regex(x, 'pattern', p) ?? shared,
      };
    });
    const workflows = (list(o, 'workflows', at) ?? []).map((w, i) => {
      const p = `${at}.workflows[${i}]`;
      const x = asObject(w, p, ['file', 'job', 'match', 'pattern']);
      return {
        file: repoPath(reqStr(x, 'file', p), `${p}.file`),
        job: str(x, 'job', p),
        match: oneOf(x, 'match', p, ['run', 'name'] as const) ?? 'run',
        pattern: regex(x, 'pattern', p) ?? shared,
      };
    });
    if (documents.length + workflows.length === 0) {
      throw invalid(at, 'a mapping naming at least one of documents or workflows to compare with the order');
    }
    const seen = new Set<string>();
    order.forEach((item, i) => {
      if (seen.has(norm(item))) throw invalid(`${at}.order[${i}]`, 'listed once (it repeats an earlier step)', item);
      seen.add(norm(item));
    });
    return { order, documents, workflows };
  },
  check: checkOrder,
};

/** Items compare without case and surrounding space: `Prod` in a runbook is `prod` in the pipeline. */
const norm = (s: string) => s.trim().toLowerCase();

/** A source that could not be read: the order it holds is unknown. */
function sourceUnread(file: string, failure: ReadFailure): Finding {
  return failure.missing
    ? {
        rule: 'DEPLOY_ORDER_SOURCE_MISSING',
        level: 'unknown',
        message: `${file} named in deployment-order does not exist: restore it or fix the policy.`,
        file,
      }
    : {
        rule: 'DEPLOY_ORDER_SOURCE_UNREADABLE',
        level: 'unknown',
        message: `${file} named in deployment-order ${failure.reason}: name the file that holds the order.`,
        file,
      };
}

async function checkOrder(config: OrderConfig, ctx: InvariantContext): Promise<InvariantResult> {
  const findings: Finding[] = [];
  const rows: InvariantResult['rows'] = [];
  // Each source reports its findings and, when it could be read, the steps it names in its order.
  const source = (file: string, read: (text: string) => SourceResult) => {
    const text = tryReadRegularFile(join(ctx.repo, file));
    const { findings: found, steps }: SourceResult =
      typeof text === 'string' ? read(text) : { findings: [sourceUnread(file, text)] };
    findings.push(...found);
    const unread = typeof text === 'string' ? '(not found)' : text.missing ? '(missing)' : '(unreadable)';
    const value = steps ? steps.join(' → ') || '(no steps)' : unread;
    rows.push([`Deployment order in ${file}`, value, '', rowVerdict(found)]);
  };
  for (const doc of config.documents) {
    source(doc.file, (text) => {
      const block = fencedBlockUnder(text, doc.heading);
      if (!block.ok) {
        const message =
          block.reason === 'heading'
            ? `no heading "${doc.heading}" in ${doc.file}: add it with the deployment order in a fenced block, or fix the policy.`
            : `no fenced code block under "${doc.heading}" in ${doc.file}: write the deployment order in one.`;
        const f: Finding = { rule: 'DEPLOY_ORDER_NOT_FOUND', level: 'unknown', message, file: doc.file };
        if (block.headingLine) f.line = block.headingLine;
        return { findings: [f] };
      }
      const items = documentItems(block.lines, doc.pattern);
      return { findings: compareOrder(config.order, items, doc.file, block.headingLine, true), steps: names(items) };
    });
  }
  for (const wf of config.workflows) {
    source(wf.file, (text) => {
      const got = workflowItems(text, { job: wf.job, match: wf.match, pattern: wf.pattern });
      if (!got.ok) {
        const yaml = got.rule === 'yaml';
        const f: Finding = {
          rule: yaml ? 'DEPLOY_ORDER_WORKFLOW_INVALID' : 'DEPLOY_ORDER_NOT_FOUND',
          level: yaml ? 'fail' : 'unknown',
          message: `${wf.file}: ${got.message}. ${yaml ? 'Fix the workflow YAML.' : 'Fix the workflow or the policy.'}`,
          file: wf.file,
          line: got.line,
        };
        return { findings: [f] };
      }
      // Step names are free text: without a pattern, steps not in the order (checkout, login) are not extras.
      const extras = !(wf.match === 'name' && !wf.pattern);
      const known = new Set(config.order.map(norm));
      const items = extras ? got.items : got.items.filter((it) => known.has(norm(it.item)));
      return { findings: compareOrder(config.order, items, wf.file, got.jobLine, extras), steps: names(items) };
    });
  }
  return { findings, rows };
}

/** What one document or workflow says: its findings and, when it could be read, its steps in order. */
interface SourceResult {
  findings: Finding[];
  steps?: string[];
}

const names = (items: readonly OrderItem[]) => items.map((it) => it.item);

/**
 * Compares the items a source names with the canonical order: unknown items (extras), repeats,
 * items the source lacks, and the first place where the shared items' order diverges.
 */
export function compareOrder(
  order: readonly string[],
  items: readonly OrderItem[],
  file: string,
  anchorLine: number,
  reportExtras: boolean,
): Finding[] {
  const findings: Finding[] = [];
  const fail = (rule: string, message: string, line: number): Finding => ({ rule, level: 'fail', message, file, line });
  const canonical = new Map(order.map((o, i) => [norm(o), i]));
  const firsts: OrderItem[] = [];
  const seen = new Set<string>();
  for (const it of items) {
    const key = norm(it.item);
    if (!canonical.has(key)) {
      if (reportExtras)
        findings.push(
          fail(
            'DEPLOY_ORDER_EXTRA',
            `"${it.item}" is not in the canonical deployment order (${order.join(' → ')}): add it to the policy or remove it here.`,
            it.line,
          ),
        );
      continue;
    }
    if (seen.has(key)) {
      findings.push(
        fail('DEPLOY_ORDER_DUPLICATE', `"${it.item}" appears more than once: deploy each step once.`, it.line),
      );
      continue;
    }
    seen.add(key);
    firsts.push(it);
  }
  const expected = order.filter((o) => seen.has(norm(o)));
  const at = firsts.findIndex((it, i) => norm(it.item) !== norm(expected[i]!));
  if (at !== -1) {
    const it = firsts[at]!;
    findings.push(
      fail(
        'DEPLOY_ORDER_MISMATCH',
        `"${it.item}" comes where the canonical order has "${expected[at]}" (order: ${order.join(' → ')}): reorder the steps.`,
        it.line,
      ),
    );
  }
  for (const o of order) {
    if (!seen.has(norm(o)))
      findings.push(
        fail(
          'DEPLOY_ORDER_MISSING',
          `step "${o}" of the canonical deployment order is missing: add it in its place.`,
          anchorLine,
        ),
      );
  }
  return findings;
}
