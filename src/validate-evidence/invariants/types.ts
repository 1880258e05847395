// The repository's release invariants checked by validate-evidence beside the evidence documents:
// each is configured by one top-level key of the policy file and reports findings plus summary rows.
import type { Io } from '../../lib/io/io.js';
import type { Finding } from '../../lib/verdict/types.js';

export interface InvariantContext {
  /** Absolute path of the repository root. */
  repo: string;
  io: Io;
  /** The release tag when one is known (input `tag`, or GITHUB_REF on a tag push). */
  tag?: string;
}

/** One row of the validate-evidence summary table: artifact, value found, date and age, verdict. */
export type SummaryRow = [artifact: string, value: string, dateAndAge: string, verdict: string];

export interface InvariantResult {
  findings: Finding[];
  rows: SummaryRow[];
}

export interface Invariant<C = unknown> {
  /** The policy file's top-level key, e.g. `deployment-order`. */
  key: string;
  /** Validates the key's value; throws a user RcoError naming the bad key path (`at` is e.g. `deployment-order.documents[1]`). */
  parse(raw: unknown, at: string): C;
  check(config: C, ctx: InvariantContext): Promise<InvariantResult>;
}
