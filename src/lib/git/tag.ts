// Resolves a tag in a local repository: annotated or lightweight, its object, and the commit it names.
import type { Io } from '../io/io.js';
import { envError } from '../verdict/errors.js';
import { git, gitOk } from './git.js';
import { parseTagObject, type TagObject } from './tag-object.js';

export type LocalTag =
  | { kind: 'not-a-repo' }
  | { kind: 'missing' }
  | { kind: 'lightweight'; commit: string }
  | { kind: 'annotated'; sha: string; object: TagObject; commit: string }
  /** The tag object could not be parsed, or it does not lead to a commit. */
  | { kind: 'malformed'; sha: string; reason: string };

/** Tag names git accepts; anything else is refused before it reaches a command line. */
export function isValidTagName(name: string): boolean {
  return (
    name !== '' &&
    !name.startsWith('-') &&
    !name.startsWith('/') &&
    !name.endsWith('/') &&
    !name.endsWith('.') &&
    !name.endsWith('.lock') &&
    !name.includes('..') &&
    !name.includes('@{') &&
    !name.includes('//') &&
    !/[\u0000-\u0020\u007f~^:?*[\\]/.test(name)
  );
}

/**
 * One for-each-ref gives the ref's object type and SHA and, for a tag object, the type and SHA of what
 * it points at; a second process reads the tag object. (Fewer processes: each git start costs ~2 ms.)
 */
export async function resolveLocalTag(io: Io, repo: string, name: string): Promise<LocalTag> {
  const ref = `refs/tags/${name}`;
  const format = '%(refname)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)';
  const r = await git(io, repo, ['for-each-ref', `--format=${format}`, ref]);
  if (r.code !== 0) {
    if (/not a git repository/i.test(r.stderr)) return { kind: 'not-a-repo' };
    throw envError('GIT_FAILED', `git for-each-ref failed in ${repo}: ${r.stderr.trim() || `exit ${r.code}`}.`);
  }
  // The pattern also matches refs below it (refs/tags/v1/x); only the exact ref is this tag.
  const line = r.stdout.split('\n').find((l) => l.startsWith(`${ref}\u0000`));
  if (!line) return { kind: 'missing' };
  const [, type, sha, peeledType, peeled] = line.split('\u0000') as string[];
  if (type === 'commit') return { kind: 'lightweight', commit: sha as string };
  if (type !== 'tag')
    return { kind: 'malformed', sha: sha as string, reason: `the tag points at a ${type}, not a commit` };
  const object = parseTagObject(await gitOk(io, repo, ['cat-file', 'tag', sha as string]));
  if (!object) return { kind: 'malformed', sha: sha as string, reason: 'the tag object cannot be parsed' };
  if (peeledType !== 'commit' || !peeled) {
    return {
      kind: 'malformed',
      sha: sha as string,
      reason: `the tag points at a ${peeledType || object.type}, not a commit`,
    };
  }
  return { kind: 'annotated', sha: sha as string, object, commit: peeled };
}

/**
 * Whether `commit` is reachable from `branch` (local branch or origin's remote-tracking branch).
 * undefined when neither ref exists (a shallow or single-branch checkout).
 */
export async function reachableFrom(
  io: Io,
  repo: string,
  commit: string,
  branch: string,
): Promise<boolean | undefined> {
  for (const ref of [`refs/remotes/origin/${branch}`, `refs/heads/${branch}`]) {
    const exists = await git(io, repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    if (exists.code !== 0) continue;
    const r = await git(io, repo, ['merge-base', '--is-ancestor', commit, ref]);
    if (r.code === 0) return true;
    if (r.code !== 1) continue;
    // In a shallow clone the history may simply be cut off: that is not proof the commit is elsewhere.
    const shallow = await git(io, repo, ['rev-parse', '--is-shallow-repository']);
    return shallow.stdout.trim() === 'true' ? undefined : false;
  }
  return undefined;
}
