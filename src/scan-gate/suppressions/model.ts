// What ignore files and VEX documents become: entries the matcher applies and governance judges.
import type { Kind } from '../../lib/trivy/model.js';
import type { Purl } from '../../lib/trivy/purl.js';

export const ALL_KINDS: readonly Kind[] = ['vulnerability', 'misconfiguration', 'secret', 'license'];

/** One id line of a .trivyignore or one item of a .trivyignore.yaml. */
export interface IgnoreEntry {
  file: string;
  line: number;
  format: 'plain' | 'yaml';
  id: string;
  /** Plain files apply to every kind; a YAML section to its own. */
  kinds: readonly Kind[];
  paths: string[];
  purls: Purl[];
  /** When the entry stops applying (UTC); the earliest of exp:/expired_at and `# expires:`. */
  expires?: Date;
  owner?: string;
  statement?: string;
  /** False when its id or a date is malformed: such an entry never suppresses. */
  valid: boolean;
  /** Findings it suppressed in this run. */
  matched: number;
}

/** One OpenVEX statement, flattened. */
export interface VexStatement {
  file: string;
  line?: number;
  /** vulnerability name, @id and aliases. */
  ids: string[];
  /** purls of the products and their subcomponents. */
  products: Purl[];
  status: string;
  justification: string;
  /** ms since epoch; statement timestamp, else the document's. */
  time: number;
  /** Position in the file, the tie-breaker: a later statement wins. */
  order: number;
  matched: number;
}

export interface GovernanceComment {
  owner?: string;
  expires?: string;
}
