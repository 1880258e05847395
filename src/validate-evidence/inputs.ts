// Inputs of validate-evidence; actions/validate-evidence/action.yml declares the same names and defaults.
import { resolve } from 'node:path';
import { asList, type InputSpec } from '../lib/inputs/spec.js';
import type { Io } from '../lib/io/io.js';
import { userError } from '../lib/verdict/errors.js';

const DEFAULT_POLICY = '.github/release-evidence.yml';

export const spec: InputSpec = {
  path: { default: '.' },
  policy: { default: DEFAULT_POLICY },
  environment: { default: 'prod' },
  tag: {},
  'as-of': {},
};

export interface Inputs {
  /** Absolute path of the repository root. */
  path: string;
  /** The policy file, relative to path. */
  policy: string;
  /** True when the user named a policy file: then a missing file is an error, not the built-in default. */
  policyExplicit: boolean;
  environments: string[];
  tag?: string;
  /** The moment every age is measured from; undefined means now. */
  asOf?: Date;
}

/**
 * `YYYY-MM-DD` means the end of that day (UTC), so evidence signed during the release day counts;
 * a full ISO-8601 timestamp is taken as written.
 */
export function parseAsOf(value: string): Date | undefined {
  const v = value.trim();
  if (v === '') return undefined;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const t = day ? new Date(`${v}T23:59:59.999Z`) : new Date(v);
  const calendar = day === null || (!Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === v);
  if (
    Number.isNaN(t.getTime()) ||
    !calendar ||
    (!day && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(v))
  ) {
    throw userError(
      'INPUT_INVALID',
      `Input "as-of" must be an ISO-8601 date (2026-11-16) or timestamp (2026-11-16T12:00:00Z), got "${value}".`,
    );
  }
  return t;
}

/** The tag from input `tag`, else from GITHUB_REF on a tag push (refs/tags/v1.4.0). */
function tagOf(value: string, env: Io['env']): string | undefined {
  if (value.trim()) return value.trim().replace(/^refs\/tags\//, '');
  const ref = env['GITHUB_REF'] ?? '';
  return ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}

export function parseInputs(v: Record<string, string>, io: Io): Inputs {
  const policy = (v['policy'] ?? '').trim() || DEFAULT_POLICY;
  const environments = asList(v['environment'] ?? '');
  if (environments.length === 0) {
    throw userError('INPUT_INVALID', 'Input "environment" must name at least one environment, e.g. prod.');
  }
  return {
    path: resolve(io.cwd, (v['path'] ?? '').trim() || '.'),
    policy,
    policyExplicit: policy !== DEFAULT_POLICY,
    environments,
    tag: tagOf(v['tag'] ?? '', io.env),
    asOf: parseAsOf(v['as-of'] ?? ''),
  };
}
