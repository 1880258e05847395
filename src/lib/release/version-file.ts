// The project's own version: package.json, pyproject.toml [project].version, Cargo.toml
// [package].version, VERSION, or a configured file and pattern.
import { basename } from 'node:path';
import type { Finding } from '../verdict/types.js';
import { lineAt, readRepoFile } from './files.js';
import { tomlString } from './toml.js';
import type { Read, VersionSource } from './types.js';

/** Auto-detected in this order when the policy names no version file. */
export const KNOWN_VERSION_FILES = ['package.json', 'pyproject.toml', 'Cargo.toml', 'VERSION'] as const;

const HINT = 'or name the file and a pattern under release-metadata.version-file in the policy';

const found = (source: string, file: string, version: string, line: number): Read => ({
  source: { source, file, version, line },
});
const problem = (rule: string, level: Finding['level'], file: string, message: string, line?: number): Read => ({
  finding: { rule, level, message, ...(file ? { file } : {}), ...(line ? { line } : {}) },
});

function fromPackageJson(file: string, text: string): Read {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const pos = /position (\d+)/.exec((e as Error).message);
    const line = pos ? lineAt(text, Number(pos[1])) : undefined;
    return problem('RELEASE_VERSION_FILE_MALFORMED', 'fail', file, `${file} is not valid JSON: fix its syntax.`, line);
  }
  const v =
    doc && typeof doc === 'object' && !Array.isArray(doc) ? (doc as Record<string, unknown>)['version'] : undefined;
  if (typeof v !== 'string' || v.trim() === '') {
    return problem('RELEASE_VERSION_NOT_FOUND', 'unknown', file, `${file} has no "version" string: add one, ${HINT}.`);
  }
  // The top-level key is normally the first "version" key with this exact value.
  const at = new RegExp(`"version"\\s*:\\s*${JSON.stringify(v).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(text);
  return found('package.json', file, v.trim(), at ? lineAt(text, at.index) : 1);
}

function fromToml(file: string, text: string, tables: string[], label: string): Read {
  for (const table of tables) {
    const hit = tomlString(text, table, 'version');
    if (hit) return found(label, file, hit.value.trim(), hit.line);
  }
  const dynamic = /^\s*dynamic\s*=.*["']version["']/m.test(text) ? ' (the version is dynamic there)' : '';
  return problem(
    'RELEASE_VERSION_NOT_FOUND',
    'unknown',
    file,
    `${file} has no [${tables[0]}] version string${dynamic}: add one, ${HINT}.`,
  );
}

function fromPlain(file: string, text: string): Read {
  const lines = text.split(/\r?\n/);
  const i = lines.findIndex((l) => l.trim() !== '');
  if (i < 0) return problem('RELEASE_VERSION_NOT_FOUND', 'unknown', file, `${file} is empty: write the version in it.`);
  return found('VERSION', file, (lines[i] as string).trim(), i + 1);
}

/** Group 1 of the first match of a configured pattern. */
export function fromPattern(source: string, file: string, text: string, pattern: string): Read {
  const m = new RegExp(pattern, 'm').exec(text);
  if (!m || m[1] === undefined || m[1].trim() === '') {
    return problem(
      source === 'constant' ? 'RELEASE_CONSTANT_NOT_FOUND' : 'RELEASE_VERSION_NOT_FOUND',
      'unknown',
      file,
      `No match for /${pattern}/ in ${file}: fix the pattern in the policy or the file.`,
    );
  }
  return found(source, file, m[1].trim(), lineAt(text, m.index + m[0].indexOf(m[1])));
}

function readKnown(file: string, text: string): Read {
  switch (basename(file)) {
    case 'package.json':
      return fromPackageJson(file, text);
    case 'pyproject.toml':
      return fromToml(file, text, ['project', 'tool.poetry'], 'pyproject.toml');
    case 'Cargo.toml':
      return fromToml(file, text, ['package', 'workspace.package'], 'Cargo.toml');
    default:
      return fromPlain(file, text);
  }
}

/** The version file's version, or the finding that says why there is none. */
export async function readVersionFile(repo: string, conf?: { path: string; pattern?: string }): Promise<Read> {
  const candidates = conf ? [conf.path] : [...KNOWN_VERSION_FILES];
  for (const file of candidates) {
    const r = await readRepoFile(repo, file);
    if ('missing' in r) continue;
    if ('error' in r) {
      return problem('RELEASE_VERSION_FILE_UNREADABLE', 'unknown', file, `Cannot read ${file}: ${r.error}.`);
    }
    if (conf?.pattern) return fromPattern('version-file', file, r.text, conf.pattern);
    return readKnown(file, r.text);
  }
  return problem(
    'RELEASE_VERSION_FILE_MISSING',
    'unknown',
    conf?.path ?? '',
    conf
      ? `The version file ${conf.path} named in the policy does not exist: create it or fix the path.`
      : `No version file found (looked for ${KNOWN_VERSION_FILES.join(', ')}): add one, ${HINT}.`,
  );
}

export type { VersionSource };
