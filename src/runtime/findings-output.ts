// The findings as outputs: `findings-json` within the size GitHub lets an output have, and
// `findings-file`, a file under the runner's temp folder that always holds every finding.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, Level } from '../lib/verdict/types.js';

/**
 * Characters `findings-json` may take. GitHub allows 1 MB of outputs per job, sized as UTF-16 (two
 * bytes a character), and a larger value breaks the expressions that read it.
 */
export const FINDINGS_JSON_BUDGET = 400_000;

const RANK: Record<Level, number> = { fail: 0, unknown: 1, warning: 2, notice: 3 };

/**
 * The findings as a JSON array of at most `budget` characters: all of them when they fit, else the
 * ones that block first (fail, then unknown, then the rest, each in their order) as many as fit.
 */
export function boundedFindingsJson(findings: readonly Finding[], budget = FINDINGS_JSON_BUDGET) {
  const all = JSON.stringify(findings);
  if (all.length <= budget) return { json: all, kept: findings.length };
  const ranked = findings
    .map((f, i) => [f, i] as const)
    .sort((a, b) => RANK[a[0].level] - RANK[b[0].level] || a[1] - b[1]);
  const parts: string[] = [];
  let size = 2; // the brackets
  for (const [f] of ranked) {
    const part = JSON.stringify(f);
    if (size + part.length + (parts.length > 0 ? 1 : 0) > budget) break;
    size += part.length + (parts.length > 0 ? 1 : 0);
    parts.push(part);
  }
  return { json: `[${parts.join(',')}]`, kept: parts.length };
}

/** Writes every finding to a new file in `dir` (each step its own file) and returns its path. */
export function writeFindingsFile(dir: string, action: string, text: string): string {
  const path = join(dir, `${action}-findings-${randomUUID().slice(0, 8)}.json`);
  writeFileSync(path, text, 'utf8');
  return path;
}
