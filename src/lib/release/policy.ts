// Validates the `release-metadata` part of a policy file; every error names the bad key.
import { userError } from '../verdict/errors.js';
import { isInsideRepo } from './files.js';
import type { ReleaseMetadataPolicy } from './types.js';

const bad = (at: string, what: string) =>
  userError('POLICY_INVALID', `${at}: ${what}.`, { hint: 'see docs/validate-evidence.md, "Release metadata"' });

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function onlyKeys(raw: Record<string, unknown>, at: string, allowed: string[]): void {
  for (const k of Object.keys(raw)) {
    if (!allowed.includes(k)) throw bad(`${at}.${k}`, `unknown key (expected one of ${allowed.join(', ')})`);
  }
}

function path(raw: unknown, at: string): string {
  if (typeof raw !== 'string' || raw.trim() === '') throw bad(at, 'must be a file path relative to the repository');
  if (!isInsideRepo(raw.trim())) throw bad(at, `"${raw}" must be a relative path inside the repository`);
  return raw.trim();
}

/** A regexp with at least one capture group: group 1 is the version. */
function pattern(raw: unknown, at: string): string {
  if (typeof raw !== 'string' || raw === '') throw bad(at, 'must be a regular expression with one capture group');
  let groups: number;
  try {
    // Matching the empty alternative reveals how many groups the pattern declares.
    groups = (new RegExp(`${raw}|`).exec('') as RegExpExecArray).length - 1;
  } catch (e) {
    throw bad(at, `is not a valid regular expression (${(e as Error).message})`);
  }
  if (groups < 1) throw bad(at, `/${raw}/ needs a capture group around the version, e.g. version = "(.+)"`);
  return raw;
}

/**
 * Accepts the YAML form (`version-file`, `changelog`, `constants`) and returns the typed policy.
 * `version-file` may be a path or `{ path, pattern }`; each constant is `{ file, pattern }`.
 */
export function parseReleaseMetadataPolicy(raw: unknown, at: string): ReleaseMetadataPolicy {
  if (raw === null || raw === undefined) return {};
  if (!isRecord(raw)) throw bad(at, 'must be a mapping with version-file, changelog or constants');
  onlyKeys(raw, at, ['version-file', 'changelog', 'constants']);
  const out: ReleaseMetadataPolicy = {};
  const vf = raw['version-file'];
  if (typeof vf === 'string') out.versionFile = { path: path(vf, `${at}.version-file`) };
  else if (isRecord(vf)) {
    onlyKeys(vf, `${at}.version-file`, ['path', 'pattern']);
    out.versionFile = { path: path(vf['path'], `${at}.version-file.path`) };
    if (vf['pattern'] !== undefined) out.versionFile.pattern = pattern(vf['pattern'], `${at}.version-file.pattern`);
  } else if (vf !== undefined && vf !== null) throw bad(`${at}.version-file`, 'must be a path or { path, pattern }');
  if (raw['changelog'] !== undefined && raw['changelog'] !== null) {
    out.changelog = path(raw['changelog'], `${at}.changelog`);
  }
  const cs = raw['constants'];
  if (cs !== undefined && cs !== null) {
    if (!Array.isArray(cs)) throw bad(`${at}.constants`, 'must be a list of { file, pattern }');
    out.constants = cs.map((c, i) => {
      const here = `${at}.constants[${i}]`;
      if (!isRecord(c)) throw bad(here, 'must be { file, pattern }');
      onlyKeys(c, here, ['file', 'pattern']);
      return { file: path(c['file'], `${here}.file`), pattern: pattern(c['pattern'], `${here}.pattern`) };
    });
  }
  return out;
}
