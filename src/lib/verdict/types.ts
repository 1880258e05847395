// The one result shape every gate returns (DESIGN.md, "The one seam").

export type Outcome = 'pass' | 'fail' | 'unknown';

/**
 * How a finding weighs on the outcome:
 * - fail: the check ran and the release must not go on;
 * - unknown: the check could not be performed (missing file, unreachable registry);
 * - warning / notice: reported, never blocking.
 */
export type Level = 'fail' | 'unknown' | 'warning' | 'notice';

export interface Finding {
  /** Stable rule id, e.g. EVIDENCE_STATUS_BLOCKED. Users filter and suppress by it. */
  rule: string;
  level: Level;
  /** What is wrong and what to do about it. */
  message: string;
  file?: string;
  line?: number;
}

export interface Table {
  headers: string[];
  rows: string[][];
}

export interface Verdict {
  /** The action's name, e.g. validate-evidence. */
  action: string;
  outcome: Outcome;
  findings: Finding[];
  /** The action's own outputs; the runtime adds `outcome` and `findings-json`. */
  outputs: Record<string, string>;
  /** The one table of the job-summary section. */
  table?: Table;
  /** Extra Markdown blocks, folded under the table in the summary. */
  details?: { title: string; body: string }[];
}

/** A definite failure outranks an unknown: a release that is known to be broken is reported as broken. */
export function outcomeOf(findings: readonly Finding[]): Outcome {
  if (findings.some((f) => f.level === 'fail')) return 'fail';
  if (findings.some((f) => f.level === 'unknown')) return 'unknown';
  return 'pass';
}

export function verdict(
  action: string,
  findings: Finding[],
  rest: Omit<Verdict, 'action' | 'outcome' | 'findings'> = { outputs: {} },
): Verdict {
  return { action, outcome: outcomeOf(findings), findings, ...rest };
}
