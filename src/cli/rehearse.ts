// `rco rehearse`: runs every release gate on a consumer repository, offline, and prints one table.
// Each action adds its step to REHEARSAL below; a step runs the same gate core the action runs.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { suiteRoot } from '../lib/inputs/root.js';
import type { Io } from '../lib/io/io.js';
import { userError } from '../lib/verdict/errors.js';
import { outcomeOf, type Verdict } from '../lib/verdict/types.js';

export interface RehearsalStep {
  /** What the step proves, in the words of a runbook. */
  title: string;
  run(repo: string, io: Io): Promise<Verdict>;
}

const REHEARSAL: (() => Promise<RehearsalStep>)[] = [
  async () => (await import('../validate-evidence/rehearse.js')).step,
  async () => (await import('../scan-gate/rehearse.js')).step,
  async () => (await import('../signed-tag-check/rehearse.js')).step,
  async () => (await import('../verify-signature/rehearse.js')).step,
];

export function defaultRepo(): string {
  return join(suiteRoot(), 'examples', 'release-repo');
}

export interface RehearsalResult {
  rows: { step: string; action: string; outcome: string; note: string }[];
  verdicts: Verdict[];
  outcome: Verdict['outcome'];
}

export async function rehearse(repoArg: string | undefined, io: Io): Promise<RehearsalResult> {
  const repo = resolve(io.cwd, repoArg ?? defaultRepo());
  if (!existsSync(repo)) throw userError('REHEARSE_REPO_MISSING', `Repository folder ${repo} does not exist.`);
  const verdicts: Verdict[] = [];
  const rows: RehearsalResult['rows'] = [];
  for (const load of REHEARSAL) {
    const step = await load();
    const v = await step.run(repo, io);
    verdicts.push(v);
    const first = v.findings.find((f) => f.level === 'fail' || f.level === 'unknown');
    rows.push({
      step: step.title,
      action: v.action,
      outcome: v.outcome.toUpperCase(),
      note: first ? `${first.rule}: ${first.message}` : `${v.findings.length} findings, none blocking`,
    });
  }
  // The rehearsal's outcome is the worst of its steps, judged like one gate's findings.
  const outcome = outcomeOf(
    verdicts.map((v) => ({ rule: v.action, message: '', level: v.outcome === 'pass' ? 'notice' : v.outcome })),
  );
  return { rows, verdicts, outcome };
}
