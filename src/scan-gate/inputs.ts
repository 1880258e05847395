// The scan-gate's inputs; actions/scan-gate/action.yml declares the same names and defaults.
import { asBool, asInt, asLines, asList, type InputSpec } from '../lib/inputs/spec.js';
import { DEFAULT_TRIVY_VERSION } from '../lib/tools/pins.js';
import { SEVERITIES, type Severity } from '../lib/trivy/model.js';
import { userError } from '../lib/verdict/errors.js';
import { DEFAULT_DB_REPOSITORIES } from './trivy-db.js';
import { parseTrivyInputs, type TrivyInputs } from './trivy-inputs.js';

export const spec: InputSpec = {
  image: {},
  report: {},
  'fail-on': { default: 'CRITICAL,HIGH' },
  'ignore-unfixed': { default: 'false' },
  'ignore-files': {},
  vex: {},
  'suppressions-only': { default: 'false' },
  'expiry-warning-days': { default: '14' },
  baseline: {},
  'sarif-path': {},
  'report-path': {},
  'trivy-version': { default: DEFAULT_TRIVY_VERSION },
  'db-repository': { default: DEFAULT_DB_REPOSITORIES.join(',') },
  cache: { default: 'true' },
};

export interface Inputs {
  image?: string;
  report?: string;
  failOn: Set<Severity>;
  ignoreUnfixed: boolean;
  ignoreFiles: string[];
  vexFiles: string[];
  suppressionsOnly: boolean;
  expiryWarningDays: number;
  baseline?: string;
  sarifPath?: string;
  reportPath?: string;
  /** How Trivy runs when scanning an image (src/scan-gate/trivy.ts); absent: the action.yml defaults. */
  trivy?: TrivyInputs;
}

function parseSeverities(value: string, name: string): Set<Severity> {
  const out = new Set<Severity>();
  for (const s of asList(value)) {
    const u = s.toUpperCase();
    if (!(SEVERITIES as readonly string[]).includes(u)) {
      throw userError('INPUT_INVALID', `Input "${name}" lists "${s}", which is not a severity.`, {
        hint: `use a comma-separated list of ${SEVERITIES.join(', ')}`,
      });
    }
    out.add(u as Severity);
  }
  if (out.size === 0) throw userError('INPUT_INVALID', `Input "${name}" names no severity.`);
  return out;
}

export function parseInputs(v: Record<string, string>): Inputs {
  const image = v['image']?.trim() || undefined;
  const report = v['report']?.trim() || undefined;
  const suppressionsOnly = asBool(v['suppressions-only'] ?? '', 'suppressions-only');
  if (image && report) {
    throw userError('INPUT_CONFLICT', 'Give either "image" (scan it) or "report" (gate an existing report), not both.');
  }
  if (!image && !report && !suppressionsOnly) {
    throw userError('INPUT_REQUIRED', 'Give "image" (a digest-pinned ref to scan) or "report" (a Trivy JSON report).', {
      hint: 'or set suppressions-only: true to check the ignore files alone',
    });
  }
  // The runbook gates the image by digest: a tag can move between the scan and the deploy.
  if (image && !/@sha256:[0-9a-f]{64}$/.test(image)) {
    throw userError('INPUT_INVALID', `Input "image" must be pinned by digest (name@sha256:...), got "${image}".`);
  }
  const inputs: Inputs = {
    failOn: parseSeverities(v['fail-on'] ?? '', 'fail-on'),
    ignoreUnfixed: asBool(v['ignore-unfixed'] ?? '', 'ignore-unfixed'),
    ignoreFiles: asLines((v['ignore-files'] ?? '').replace(/,/g, '\n')),
    vexFiles: asLines((v['vex'] ?? '').replace(/,/g, '\n')),
    suppressionsOnly,
    expiryWarningDays: asInt(v['expiry-warning-days'] ?? '', 'expiry-warning-days', { min: 0, max: 3650 }),
    trivy: parseTrivyInputs(v),
  };
  if (image) inputs.image = image;
  if (report) inputs.report = report;
  if (v['baseline']?.trim()) inputs.baseline = v['baseline'].trim();
  if (v['sarif-path']?.trim()) inputs.sarifPath = v['sarif-path'].trim();
  if (v['report-path']?.trim()) inputs.reportPath = v['report-path'].trim();
  return inputs;
}
