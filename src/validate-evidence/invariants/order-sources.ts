// Where a deployment order is written down: a fenced block under a runbook heading, and the steps of
// a workflow. Each source yields the items it names in order, each with its line.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Scalar } from 'yaml';
import { anchorIndex, headingText } from '../../lib/markdown/anchors.js';

export interface OrderItem {
  item: string;
  line: number;
}

/**
 * The default matcher: the last path segment given to `kubectl apply -k|-f` (so
 * `kubectl apply -k deploy/overlays/prod` names `prod`).
 */
export const APPLY_PATTERN =
  /kubectl\s+apply\b.*?\s(?:-k|-f|--kustomize|--filename)(?:=|\s+)(?:\S*\/)?([^\s/]+)\/?(?:\s|$)/;

export type BlockResult =
  | { ok: true; lines: { text: string; line: number }[]; headingLine: number }
  | { ok: false; reason: 'heading' | 'block'; headingLine?: number };

/** The first fenced code block in the section under `heading` (matched on its text, any level, any case). */
export function fencedBlockUnder(markdown: string, heading: string): BlockResult {
  const wanted = heading
    .replace(/^#+\s*/, '')
    .trim()
    .toLowerCase();
  const { headings } = anchorIndex(markdown);
  const h = headings.find((x) => headingText(x.text).toLowerCase() === wanted);
  if (!h) return { ok: false, reason: 'heading' };
  const next = headings.find((x) => x.line > h.line && x.level <= h.level);
  const lines = markdown.split(/\r?\n/);
  const end = next ? next.line - 1 : lines.length;
  let fence: string | undefined;
  const body: { text: string; line: number }[] = [];
  for (let i = h.line; i < end; i++) {
    const text = lines[i]!;
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(text);
    if (!fence) {
      if (f) fence = f[1]!;
      continue;
    }
    if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length && text.trim() === f[1]) {
      return { ok: true, lines: body, headingLine: h.line };
    }
    body.push({ text, line: i + 1 });
  }
  // An unclosed fence runs to the end of the document in CommonMark; within the section it still counts.
  return fence ? { ok: true, lines: body, headingLine: h.line } : { ok: false, reason: 'block', headingLine: h.line };
}

/**
 * Items of a runbook block. With a pattern, only matching lines count (the first capture is the item).
 * Without one, a `kubectl apply` line names its path's last segment and any other line is an item
 * itself, minus list markers and trailing comments.
 */
export function documentItems(lines: { text: string; line: number }[], pattern?: RegExp): OrderItem[] {
  const out: OrderItem[] = [];
  for (const { text, line } of lines) {
    const t = text.trim();
    if (t === '' || t.startsWith('#') || t.startsWith('//')) continue;
    if (pattern) {
      const m = pattern.exec(t);
      if (m?.[1]) out.push({ item: m[1].trim(), line });
      continue;
    }
    const apply = APPLY_PATTERN.exec(t);
    const item = apply
      ? apply[1]!
      : t
          .replace(/^(?:[-*+]|\d+[.)])\s+/, '')
          .replace(/\s+#.*$/, '')
          .trim();
    if (item) out.push({ item, line });
  }
  return out;
}

export type WorkflowResult =
  | { ok: true; items: OrderItem[]; jobLine: number }
  | { ok: false; rule: 'yaml' | 'job'; message: string; line?: number };

/**
 * Items of a workflow's steps, jobs in file order (or only `job`). `match: run` tests every line of
 * each `run:` script, `match: name` each step name; the pattern's first capture is the item, and a
 * step name without a pattern is the item itself.
 */
export function workflowItems(
  text: string,
  opts: { job?: string; match: 'run' | 'name'; pattern?: RegExp },
): WorkflowResult {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    return { ok: false, rule: 'yaml', message: e.message.split('\n')[0]!, line: counter.linePos(e.pos[0]).line };
  }
  const lineOf = (node: unknown) => {
    const r = (node as { range?: number[] } | null)?.range;
    return r ? counter.linePos(r[0]!).line : 1;
  };
  const jobs = doc.get('jobs', true);
  if (!isMap(jobs)) return { ok: false, rule: 'job', message: 'the workflow has no jobs mapping' };
  const selected = jobs.items.filter((p) => opts.job === undefined || (isScalar(p.key) && p.key.value === opts.job));
  if (selected.length === 0) return { ok: false, rule: 'job', message: `the workflow has no job "${opts.job}"` };
  const items: OrderItem[] = [];
  const pattern = opts.pattern ?? (opts.match === 'run' ? APPLY_PATTERN : undefined);
  for (const pair of selected) {
    const steps = isMap(pair.value) ? pair.value.get('steps', true) : undefined;
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      const node = step.get(opts.match, true);
      if (!isScalar(node) || typeof node.value !== 'string') continue;
      items.push(...scalarItems(node as Scalar<string>, lineOf(node), pattern));
    }
  }
  return { ok: true, items, jobLine: lineOf(selected[0]!.key) };
}

function scalarItems(node: Scalar<string>, startLine: number, pattern: RegExp | undefined): OrderItem[] {
  // A block scalar's content starts on the line after its `|` or `>` header.
  const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
  const out: OrderItem[] = [];
  node.value.split('\n').forEach((text, i) => {
    const line = block ? startLine + 1 + i : startLine;
    if (!pattern) {
      if (text.trim()) out.push({ item: text.trim(), line });
      return;
    }
    const m = pattern.exec(text);
    if (m?.[1]) out.push({ item: m[1].trim(), line });
  });
  return out;
}
