// The Actions entry for every gate, and with ./commands.ts the only code that speaks to the runner. It
// reads inputs, runs the gate, and renders the verdict: annotations, one summary section, outputs, setFailed.

import { type Gate, runGate } from '../lib/gate/gate.js';
import type { RawInputs } from '../lib/inputs/spec.js';
import { nodeIo } from '../lib/io/node-io.js';
import { renderSummary, SUMMARY_BUDGET } from '../lib/report/markdown.js';
import type { Finding, Verdict } from '../lib/verdict/types.js';
import * as core from './commands.js';
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

function annotate(f: Finding, redact: (s: string) => string): void {
  const props = { title: f.rule, file: f.file, startLine: f.line };
  const message = redact(f.message);
  core.annotate(f.level === 'fail' || f.level === 'unknown' ? 'error' : f.level, message, props);
}

export function renderVerdict(v: Verdict, redact: (s: string) => string): void {
  for (const f of v.findings) annotate(f, redact);
  // Outputs are redacted like the log: a later step may print them.
  for (const [k, val] of Object.entries(v.outputs)) core.setOutput(k, redact(val));
  core.setOutput('outcome', v.outcome);
  core.setOutput('findings-json', redact(JSON.stringify(v.findings)));
  core.appendSummary(redact(renderSummary(v, SUMMARY_BUDGET)));
  if (v.outcome === 'fail') {
    const n = v.findings.filter((f) => f.level === 'fail').length;
    core.setFailed(`${v.action}: FAIL (${n} blocking finding${n === 1 ? '' : 's'})`);
  }
  if (v.outcome === 'unknown') {
    core.setFailed(`${v.action}: UNKNOWN: a check could not be performed, so the release must pause.`);
  }
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
