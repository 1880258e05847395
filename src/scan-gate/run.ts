// The scan-gate: gate a Trivy JSON report (given, or produced by scanning a digest-pinned image) on
// severities, after suppressions whose governance it enforces; optionally only on what is new since a
// baseline. Everything it cannot decide (no report, a truncated one) is unknown, never pass.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Io } from '../lib/io/io.js';
import type { ScanFinding, TrivyReport } from '../lib/trivy/model.js';
import { ReportError, readReport } from '../lib/trivy/reader.js';
import { describe, findingOf, isRcoError, userError } from '../lib/verdict/errors.js';
import { type Finding, type Verdict, verdict } from '../lib/verdict/types.js';
import { type BaselineDiff, compareBaseline } from './baseline.js';
import { blockingFindings, countBySeverity, distinctIds, matchesGate } from './evaluate.js';
import type { Inputs } from './inputs.js';
import { buildSarif, categoryOf } from './sarif.js';
import { blockingDetail, countsTable, resolvedDetail, suppressionDetail } from './summary.js';
import { applySuppressions } from './suppressions/apply.js';
import { governance } from './suppressions/governance.js';
import { loadSuppressions, type SuppressionSet } from './suppressions/load.js';
import { scanImage } from './trivy.js';
import { defaultTrivyInputs } from './trivy-inputs.js';

const ACTION = 'scan-gate';
/** Blocking ids listed as verdict findings; the summary and SARIF list them all. */
const FINDING_LIMIT = 500;

function reportFinding(e: unknown): Finding {
  if (e instanceof ReportError)
    return { ...findingOf(e), level: 'unknown', file: e.file, ...(e.line ? { line: e.line } : {}) };
  if (isRcoError(e)) return findingOf(e);
  throw e;
}

/** Writes a file the user asked for; a path that cannot be written is their input to fix, not our crash. */
async function writeOutput(input: string, path: string, write: (path: string) => Promise<void>): Promise<void> {
  try {
    await mkdir(dirname(path), { recursive: true });
    await write(path);
  } catch (e) {
    throw userError('OUTPUT_UNWRITABLE', `Cannot write the ${input} file ${path}: ${describe(e)}.`, {
      hint: `give "${input}" a path in a folder that exists and is writable`,
    });
  }
}

/** The report to gate: the given file, or the one Trivy writes for the image. */
async function obtainReport(inputs: Inputs, io: Io): Promise<{ path: string; shown: string }> {
  if (inputs.report) return { path: resolve(io.cwd, inputs.report), shown: inputs.report };
  const trivy = inputs.trivy ?? defaultTrivyInputs();
  const { reportPath } = await scanImage(
    {
      image: inputs.image as string,
      trivyVersion: trivy.version,
      dbRepositories: trivy.dbRepositories,
      cache: trivy.cache,
    },
    io,
  );
  if (!inputs.reportPath) return { path: reportPath, shown: reportPath };
  const kept = resolve(io.cwd, inputs.reportPath);
  await writeOutput('report-path', kept, (to) => copyFile(reportPath, to));
  return { path: kept, shown: inputs.reportPath };
}

async function baselineDiff(
  inputs: Inputs,
  io: Io,
  current: readonly ScanFinding[],
  findings: Finding[],
): Promise<BaselineDiff | undefined> {
  if (!inputs.baseline) return undefined;
  try {
    const base = await readReport(resolve(io.cwd, inputs.baseline), inputs.baseline);
    return compareBaseline(current, base.findings);
  } catch (e) {
    // Without the baseline nothing can be called new: unknown, never a silent full gate or pass.
    findings.push(reportFinding(e));
    return undefined;
  }
}

async function writeSarif(
  inputs: Inputs,
  io: Io,
  report: TrivyReport,
  kept: readonly ScanFinding[],
  findings: Finding[],
): Promise<string> {
  const target = inputs.sarifPath ?? (io.env['RUNNER_TEMP'] ? `${io.env['RUNNER_TEMP']}/scan-gate.sarif` : undefined);
  if (!target) return '';
  const sarif = buildSarif(report, kept, categoryOf(inputs.image, report));
  const cut = Object.entries(sarif.dropped).filter(([, n]) => n > 0);
  if (cut.length) {
    findings.push({
      rule: 'SARIF_TRUNCATED',
      level: 'warning',
      message: `The SARIF file keeps ${sarif.results} of ${kept.length} findings to fit GitHub's limits; left out, least severe first: ${cut.map(([s, n]) => `${n} ${s}`).join(', ')}. The JSON report has them all.`,
    });
  }
  const path = resolve(io.cwd, target);
  try {
    await writeOutput('sarif-path', path, (to) => writeFile(to, sarif.text));
  } catch (e) {
    // The gate's verdict stands without the SARIF file; the unwritable path is one more finding.
    findings.push(reportFinding(e));
    return '';
  }
  return path;
}

async function suppressionsOnly(inputs: Inputs, io: Io, set: SuppressionSet): Promise<Verdict> {
  const now = io.now();
  const findings = [...set.problems, ...governance(set.entries, now, inputs.expiryWarningDays, { stale: false })];
  return verdict(ACTION, findings, {
    outputs: {},
    details: suppressionDetail(set.entries, set.statements, [], [], now),
  });
}

export async function run(inputs: Inputs, io: Io): Promise<Verdict> {
  const set = await loadSuppressions(inputs.ignoreFiles, inputs.vexFiles, io.cwd);
  if (inputs.suppressionsOnly && !inputs.report && !inputs.image) return suppressionsOnly(inputs, io, set);
  const now = io.now();
  const findings: Finding[] = [...set.problems];
  let report: TrivyReport;
  let reportPath: string;
  try {
    const where = await obtainReport(inputs, io);
    reportPath = where.path;
    report = await readReport(where.path, where.shown);
  } catch (e) {
    findings.push(reportFinding(e));
    findings.push(...governance(set.entries, now, inputs.expiryWarningDays, { stale: false }));
    return verdict(ACTION, findings, { outputs: {} });
  }
  const { kept, suppressed } = applySuppressions(report.findings, set.entries, set.statements, now);
  findings.push(...governance(set.entries, now, inputs.expiryWarningDays, { stale: true }));
  const diff = await baselineDiff(inputs, io, kept, findings);
  const policy = { failOn: inputs.failOn, ignoreUnfixed: inputs.ignoreUnfixed };
  const fresh = diff ? kept.filter((f) => diff.isNew(f)) : kept;
  const blocking = inputs.suppressionsOnly ? [] : fresh.filter((f) => matchesGate(f, policy));
  findings.push(...blockingFindings(blocking, FINDING_LIMIT, diff !== undefined));
  const sarifPath = await writeSarif(inputs, io, report, kept, findings);

  const found = countBySeverity(kept);
  const outputs: Record<string, string> = {
    critical: String(found.CRITICAL),
    high: String(found.HIGH),
    medium: String(found.MEDIUM),
    low: String(found.LOW),
    unknown: String(found.UNKNOWN),
    'blocking-count': String(blocking.length),
    'blocking-ids-count': String(distinctIds(blocking)),
    'suppressed-count': String(suppressed.length + report.modified.length),
    'new-count': diff ? String(fresh.length) : '',
    'resolved-count': diff ? String(diff.resolved.length) : '',
    'report-path': reportPath,
    'sarif-path': sarifPath,
  };
  io.log.info(
    `scan-gate: ${report.findings.length} findings in ${report.artifactName || report.file}, ${suppressed.length} suppressed, ${blocking.length} blocking (${outputs['blocking-ids-count']} ids)`,
  );
  return verdict(ACTION, findings, {
    outputs,
    table: countsTable(found, countBySeverity(suppressed.map((s) => s.finding)), countBySeverity(blocking)),
    details: [
      ...(blockingDetail(blocking) ?? []),
      ...(suppressionDetail(set.entries, set.statements, suppressed, report.modified, now) ?? []),
      ...(diff ? (resolvedDetail(diff.resolved) ?? []) : []),
    ],
  });
}
