// The inputs that decide how Trivy runs (trivy-version, db-repository, cache), parsed for inputs.ts.
import { asBool, asList } from '../lib/inputs/spec.js';
import { DEFAULT_TRIVY_VERSION, PINS } from '../lib/tools/pins.js';
import { userError } from '../lib/verdict/errors.js';
import { DEFAULT_DB_REPOSITORIES, isDbRepository } from './trivy-db.js';

export interface TrivyInputs {
  version: string;
  dbRepositories: string[];
  cache: boolean;
}

export function parseTrivyInputs(v: Record<string, string>): TrivyInputs {
  const version = (v['trivy-version'] ?? '').trim().replace(/^v/, '');
  const pinned = Object.keys(PINS['trivy']?.versions ?? {});
  // Checked here, before anything runs, so a typo is a clear input error and never a download.
  if (!pinned.includes(version)) {
    throw userError(
      'INPUT_INVALID',
      `Input "trivy-version" is "${v['trivy-version']}", which has no sha256 pinned in rco-actions.`,
      {
        hint: `pinned versions: ${pinned.join(', ')}; to add one see docs/adr/0002-pinned-tool-downloads.md`,
      },
    );
  }
  const dbRepositories = asList(v['db-repository'] ?? '');
  const bad = dbRepositories.filter((r) => !isDbRepository(r));
  if (bad.length || dbRepositories.length === 0) {
    throw userError(
      'INPUT_INVALID',
      bad.length
        ? `Input "db-repository" has entries that are not OCI repositories: ${bad.join(', ')}.`
        : 'Input "db-repository" names no repository.',
      { hint: 'one repository per line or comma separated, e.g. mirror.gcr.io/aquasec/trivy-db:2' },
    );
  }
  return { version, dbRepositories, cache: asBool(v['cache'] ?? '', 'cache') };
}

export function defaultTrivyInputs(): TrivyInputs {
  return { version: DEFAULT_TRIVY_VERSION, dbRepositories: [...DEFAULT_DB_REPOSITORIES], cache: true };
}
