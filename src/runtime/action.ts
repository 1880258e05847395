// The Actions entry for every gate, and with ./commands.ts the only code that speaks to the runner. It
// reads inputs, runs the gate, and renders the verdict: annotations, one summary section, outputs, setFailed.

import { type Gate, runGate } from '../lib/gate/gate.js';
import type { RawInputs } from '../lib/inputs/spec.js';
import { nodeIo } from '../lib/io/node-io.js';
import { renderSummary, SUMMARY_BUDGET, where } from '../lib/report/markdown.js';
import type { Finding, Verdict } from '../lib/verdict/types.js';
import * as core from './commands.js';
import { boundedFindingsJson, writeFindingsFile } from './findings-output.js';
import { lazyActionsCaches } from './lazy-caches.js';

/** INPUT_* as the runner sets it: upper-cased name, spaces to underscores, dashes kept. */
export function readActionInputs(gate: Gate<unknown>, env: NodeJS.ProcessEnv): RawInputs {
  const raw: RawInputs = {};
  for (const name of Object.keys(gate.spec)) {
    const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
    if (value !== undefined && value !== '') raw[name] = value;
  }
  return raw;
}

/** GitHub shows this many annotations of each kind (error, warning, notice) per step and drops the rest. */
export const ANNOTATIONS_SHOWN = 10;

const kindOf = (f: Finding): core.AnnotationLevel =>
  f.level === 'fail' || f.level === 'unknown' ? 'error' : f.level === 'warning' ? 'warning' : 'notice';

/**
 * One annotation per finding up to what GitHub shows of its kind (one error kept for the step's own
 * verdict when it fails); the rest go to the log as plain lines, and their count into the verdict line,
 * so none is hidden without a word. All of them are also in the summary and findings-file.
 */
function annotateAll(v: Verdict, redact: (s: string) => string): number {
  const used = { error: v.outcome === 'pass' ? 0 : 1, warning: 0, notice: 0 };
  let overflow = 0;
  for (const f of v.findings) {
    const kind = kindOf(f);
    const message = redact(f.message);
    if (used[kind] < ANNOTATIONS_SHOWN) {
      used[kind]++;
      core.annotate(kind, message, { title: f.rule, file: f.file, startLine: f.line });
    } else {
      overflow++;
      core.info(`${f.level.toUpperCase()} ${f.rule}${f.file ? ` ${where(f)}` : ''}: ${message}`);
    }
  }
  return overflow;
}

/** findings-json within what an output may hold, and findings-file with all of them. */
function writeFindings(v: Verdict, redact: (s: string) => string): void {
  const { json, kept } = boundedFindingsJson(v.findings);
  core.setOutput('findings-json', redact(json));
  const temp = process.env['RUNNER_TEMP'];
  const file = temp ? writeFindingsFile(temp, v.action, redact(JSON.stringify(v.findings))) : undefined;
  if (file) core.setOutput('findings-file', file);
  if (kept < v.findings.length) {
    core.warning(
      `findings-json holds ${kept} of ${v.findings.length} findings, the blocking ones first: GitHub limits an output to 1 MB.${file ? ` All are in findings-file (${file}).` : ''}`,
    );
  }
}

export function renderVerdict(v: Verdict, redact: (s: string) => string): void {
  const overflow = annotateAll(v, redact);
  // Outputs are redacted like the log: a later step may print them.
  for (const [k, val] of Object.entries(v.outputs)) core.setOutput(k, redact(val));
  core.setOutput('outcome', v.outcome);
  writeFindings(v, redact);
  core.appendSummary(redact(renderSummary(v, SUMMARY_BUDGET)));
  const more = overflow
    ? ` ${overflow} more finding${overflow === 1 ? ' is' : 's are'} in the log and the job summary: GitHub shows ${ANNOTATIONS_SHOWN} annotations of each kind per step.`
    : '';
  if (v.outcome === 'fail') {
    const n = v.findings.filter((f) => f.level === 'fail').length;
    core.setFailed(`${v.action}: FAIL (${n} blocking finding${n === 1 ? '' : 's'}).${more}`);
  }
  if (v.outcome === 'unknown') {
    core.setFailed(`${v.action}: UNKNOWN: a check could not be performed, so the release must pause.${more}`);
  }
  if (v.outcome === 'pass' && more) core.info(more.trim());
}

export async function runAction(gate: Gate<unknown>): Promise<void> {
  const base = nodeIo({ sink: { info: core.info, warn: core.warning, debug: core.debug }, onMask: core.setSecret });
  const io = { ...base, ...lazyActionsCaches() };
  let v: Verdict;
  try {
    v = await runGate(gate, readActionInputs(gate, process.env), io);
  } catch (e) {
    // Not an RcoError: our bug. Show the stack so it can be reported, and fail closed.
    core.setFailed(`${gate.name}: internal error (please report): ${e instanceof Error ? e.stack : String(e)}`);
    process.exitCode = 70;
    return;
  }
  try {
    renderVerdict(v, (s) => io.redactor.redact(s));
  } catch (e) {
    // The runner's output or summary file could not be written: the verdict cannot reach the workflow.
    core.setFailed(
      `${gate.name}: ${v.outcome.toUpperCase()}, but its outputs could not be written: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}
