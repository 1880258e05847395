// Inputs of signed-tag-check. action.yml declares the same names and defaults (checked by a test).
import { isAbsolute, resolve } from 'node:path';
import { isValidTagName } from '../lib/git/tag.js';
import { asBool, asEnum, asList, type InputSpec } from '../lib/inputs/spec.js';
import type { Io } from '../lib/io/io.js';
import { DEFAULT_TAG_PATTERN } from '../lib/release/semver.js';
import { userError } from '../lib/verdict/errors.js';

export const spec: InputSpec = {
  mode: { default: 'auto' },
  tag: {},
  path: { default: '.' },
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the Actions expression action.yml declares, verbatim
  token: { default: '${{ github.token }}', secret: true },
  repository: {},
  'allowed-signers': {},
  'gpg-keys': {},
  signers: {},
  'tag-pattern': { default: 'semver' },
  'allow-prerelease': { default: 'false' },
  commit: {},
  'require-branch': {},
  'release-metadata': { default: 'true' },
  policy: { default: '.github/release-evidence.yml' },
};

export type Mode = 'github' | 'local' | 'both';

export interface Inputs {
  /** Where the verification comes from; `auto` resolved (github on GitHub Actions, else local). */
  mode: Mode;
  tag: string;
  /** Absolute path of the repository checkout. */
  path: string;
  token?: string;
  repository?: string;
  /** Absolute paths. */
  allowedSigners?: string;
  gpgKeys: string[];
  signers: string[];
  tagPattern: RegExp;
  allowPrerelease: boolean;
  /** The commit the tag must name: input `commit`, else GITHUB_SHA on a push of this tag. */
  expectedCommit?: { sha: string; from: string };
  requireBranch?: string;
  releaseMetadata: boolean;
  /** Policy file relative to path (its `release-metadata` key configures the version sources). */
  policy: string;
}

/** `${{ github.token }}` reaches the CLI literally; an unexpanded expression means "not given". */
function given(v: string | undefined): string | undefined {
  const t = v?.trim();
  return t && !t.startsWith('${{') ? t : undefined;
}

function tagFrom(v: Record<string, string>, io: Io): string {
  const explicit = given(v['tag']);
  const ref = io.env['GITHUB_REF'] ?? '';
  const tag = explicit ?? (ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined);
  if (!tag) {
    throw userError('INPUT_REQUIRED', 'Input "tag" is required when the workflow does not run on a tag push.', {
      hint: 'pass tag: v1.2.3, or run on push: tags',
    });
  }
  const name = tag.replace(/^refs\/tags\//, '');
  if (!isValidTagName(name)) throw userError('INPUT_INVALID', `Input "tag" is not a valid git tag name: "${tag}".`);
  return name;
}

function pattern(raw: string): RegExp {
  const v = raw.trim();
  if (v === '' || v === 'semver') return DEFAULT_TAG_PATTERN;
  try {
    return new RegExp(v.startsWith('^') ? v : `^${v}`);
  } catch (e) {
    throw userError(
      'INPUT_INVALID',
      `Input "tag-pattern" is not a valid regular expression: ${(e as Error).message}.`,
      {
        hint: 'e.g. ^v(\\d+\\.\\d+\\.\\d+)$ with the version in group 1, or semver',
      },
    );
  }
}

function expectedCommit(v: Record<string, string>, io: Io, tag: string): Inputs['expectedCommit'] {
  const c = given(v['commit']);
  if (c) {
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(c)) {
      throw userError('INPUT_INVALID', `Input "commit" must be a full commit SHA, got "${c}".`);
    }
    return { sha: c.toLowerCase(), from: 'input commit' };
  }
  // Only a run triggered by this very tag knows which commit the tag must name.
  const sha = io.env['GITHUB_SHA'];
  if (io.env['GITHUB_REF'] === `refs/tags/${tag}` && sha) return { sha: sha.toLowerCase(), from: 'GITHUB_SHA' };
  return undefined;
}

const abs = (io: Io, p: string) => (isAbsolute(p) ? p : resolve(io.cwd, p));

export function parseInputs(v: Record<string, string>, io: Io): Inputs {
  const requested = asEnum(v['mode'] ?? 'auto', 'mode', ['auto', 'github', 'local', 'both'] as const);
  const mode: Mode = requested === 'auto' ? (io.env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'local') : requested;
  const tag = tagFrom(v, io);
  const token = given(v['token']) ?? given(io.env['GITHUB_TOKEN']);
  const repository = given(v['repository']) ?? given(io.env['GITHUB_REPOSITORY']);
  if (mode !== 'local' && !repository) {
    throw userError('INPUT_REQUIRED', `Input "repository" (owner/name) is required in mode ${mode}.`, {
      hint: 'on GitHub Actions GITHUB_REPOSITORY provides it',
    });
  }
  const allowed = given(v['allowed-signers']);
  const gpgKeys = asList(v['gpg-keys'] ?? '').map((p) => abs(io, p));
  if (mode !== 'github' && !allowed && gpgKeys.length === 0) {
    throw userError(
      'INPUT_REQUIRED',
      `Mode ${mode} verifies with git locally and needs trust: give "allowed-signers" or "gpg-keys".`,
      {
        hint: 'allowed-signers is an SSH allowed signers file; gpg-keys are armored public key files',
      },
    );
  }
  const branch = given(v['require-branch']);
  const expected = expectedCommit(v, io, tag);
  return {
    mode,
    tag,
    path: abs(io, v['path'] || '.'),
    ...(token ? { token } : {}),
    ...(repository ? { repository } : {}),
    ...(allowed ? { allowedSigners: abs(io, allowed) } : {}),
    gpgKeys,
    signers: asList(v['signers'] ?? ''),
    tagPattern: pattern(v['tag-pattern'] ?? ''),
    allowPrerelease: asBool(v['allow-prerelease'] ?? 'false', 'allow-prerelease'),
    ...(expected ? { expectedCommit: expected } : {}),
    ...(branch ? { requireBranch: branch.replace(/^refs\/heads\//, '') } : {}),
    releaseMetadata: asBool(v['release-metadata'] ?? 'true', 'release-metadata'),
    policy: v['policy'] || '.github/release-evidence.yml',
  };
}
