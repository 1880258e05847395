// The verdict on one value of an evidence document, and the collector of a document's findings,
// shared by the status and table checks.
import { classify, normalizeValue, type Vocabulary } from '../lib/policy/vocabulary.js';
import type { Finding, Level } from '../lib/verdict/types.js';

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
export class Out {
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
  // Most values pass: build message parts only for the ones that do not. An expected value is
  // accepted or other, never empty, a placeholder, blocked or failed.
  if (kind === 'accepted' && !expect) return undefined;
  if (expect && (kind === 'accepted' || kind === 'other')) {
    const v = normalizeValue(value);
    if (expect.some((e) => normalizeValue(e) === v)) return undefined;
  }
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
      const want = (expect ?? vocab.accepted).join(', ');
      return {
        rule: 'EVIDENCE_STATUS_NOT_ACCEPTED',
        level: 'fail',
        message: `${what} is ${shown}, not an accepted value (${want}).`,
      };
    }
  }
}
