// The Actions entry for every gate: the ONLY module that imports @actions/*. It reads inputs, runs the
// gate, and renders the verdict: annotations, one summary section, outputs, setFailed.
import * as core from '@actions/core';
import { type Gate, runGate } from '../lib/gate/gate.js';
import type { RawInputs } from '../lib/inputs/spec.js';
import { nodeIo } from '../lib/io/node-io.js';
import { renderSummary } from '../lib/report/markdown.js';
import type { Finding, Verdict } from '../lib/verdict/types.js';

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
  if (f.level === 'fail' || f.level === 'unknown') core.error(message, props);
  else if (f.level === 'warning') core.warning(message, props);
  else core.notice(message, props);
}

export async function renderVerdict(v: Verdict, redact: (s: string) => string): Promise<void> {
  for (const f of v.findings) annotate(f, redact);
  for (const [k, val] of Object.entries(v.outputs)) core.setOutput(k, val);
  core.setOutput('outcome', v.outcome);
  core.setOutput('findings-json', JSON.stringify(v.findings));
  if (process.env['GITHUB_STEP_SUMMARY']) {
    await core.summary.addRaw(redact(renderSummary(v))).write();
  }
  if (v.outcome === 'fail')
    core.setFailed(`${v.action}: FAIL (${v.findings.filter((f) => f.level === 'fail').length} blocking findings)`);
  if (v.outcome === 'unknown') {
    core.setFailed(`${v.action}: UNKNOWN: a check could not be performed, so the release must pause.`);
  }
}

export async function runAction(gate: Gate<unknown>): Promise<void> {
  const io = nodeIo({ sink: { info: core.info, warn: core.warning, debug: core.debug }, onMask: core.setSecret });
  try {
    const v = await runGate(gate, readActionInputs(gate, process.env), io);
    await renderVerdict(v, (s) => io.redactor.redact(s));
  } catch (e) {
    // Not an RcoError: our bug. Show the stack so it can be reported, and fail closed.
    core.setOutput('outcome', 'unknown');
    core.setFailed(`${gate.name}: internal error (please report): ${e instanceof Error ? e.stack : String(e)}`);
    process.exitCode = 70;
  }
}
