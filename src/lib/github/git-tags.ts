// The two Git database endpoints a signed-tag check needs, with their documented response shapes
// validated before use: a malformed answer is the environment's failure, never a pass.
import { envError, userError } from '../verdict/errors.js';
import type { GitHubClient } from './client.js';

export interface GitRef {
  ref: string;
  object: { type: string; sha: string };
}

export interface Verification {
  verified: boolean;
  reason: string;
  signature: string | null;
  payload: string | null;
  verified_at?: string | null;
}

export interface GitTag {
  sha: string;
  tag: string;
  message: string;
  tagger?: { name: string; email: string; date: string };
  object: { type: string; sha: string };
  verification?: Verification;
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function target(v: unknown): { type: string; sha: string } | undefined {
  if (!isObj(v) || typeof v['type'] !== 'string' || typeof v['sha'] !== 'string' || !SHA.test(v['sha']))
    return undefined;
  return { type: v['type'], sha: v['sha'] };
}

const malformed = (what: string) =>
  envError('GITHUB_API_MALFORMED', `GitHub API returned an unexpected ${what}; the tag could not be checked.`);

/** `owner/name` as GITHUB_REPOSITORY spells it. */
export function splitRepository(repository: string): { owner: string; repo: string } {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository.trim());
  if (!m) throw userError('INPUT_INVALID', `Input "repository" must be owner/name, got "${repository}".`);
  return { owner: m[1] as string, repo: m[2] as string };
}

const seg = encodeURIComponent;

/** GET /repos/{owner}/{repo}/git/ref/tags/{tag}; undefined when the tag does not exist. */
export async function getTagRef(gh: GitHubClient, repository: string, tag: string): Promise<GitRef | undefined> {
  const { owner, repo } = splitRepository(repository);
  const path = `/repos/${seg(owner)}/${seg(repo)}/git/ref/tags/${tag.split('/').map(seg).join('/')}`;
  const r = await gh.get<unknown>(path);
  if (r.status === 404) return undefined;
  // A prefix match answers with an array of refs; only an exact ref is this tag.
  if (Array.isArray(r.body)) return undefined;
  const body = r.body;
  const object = isObj(body) ? target(body['object']) : undefined;
  if (!isObj(body) || typeof body['ref'] !== 'string' || !object) throw malformed('tag reference');
  if (body['ref'] !== `refs/tags/${tag}`) return undefined;
  return { ref: body['ref'], object };
}

function verification(v: unknown): Verification | undefined {
  if (!isObj(v) || typeof v['verified'] !== 'boolean' || typeof v['reason'] !== 'string') return undefined;
  const str = (x: unknown) => (typeof x === 'string' ? x : null);
  return {
    verified: v['verified'],
    reason: v['reason'],
    signature: str(v['signature']),
    payload: str(v['payload']),
    verified_at: str(v['verified_at']),
  };
}

/** GET /repos/{owner}/{repo}/git/tags/{sha}; undefined when the object does not exist. */
export async function getTagObject(gh: GitHubClient, repository: string, sha: string): Promise<GitTag | undefined> {
  const { owner, repo } = splitRepository(repository);
  const r = await gh.get<unknown>(`/repos/${seg(owner)}/${seg(repo)}/git/tags/${seg(sha)}`);
  if (r.status === 404) return undefined;
  const b = r.body;
  const object = isObj(b) ? target(b['object']) : undefined;
  if (!isObj(b) || typeof b['sha'] !== 'string' || typeof b['tag'] !== 'string' || !object)
    throw malformed('tag object');
  const t = b['tagger'];
  const tagger =
    isObj(t) && typeof t['email'] === 'string' && typeof t['date'] === 'string'
      ? { name: typeof t['name'] === 'string' ? t['name'] : '', email: t['email'], date: t['date'] }
      : undefined;
  const v = verification(b['verification']);
  return {
    sha: b['sha'],
    tag: b['tag'],
    message: typeof b['message'] === 'string' ? b['message'] : '',
    object,
    ...(tagger ? { tagger } : {}),
    ...(v ? { verification: v } : {}),
  };
}

/**
 * GET /repos/{owner}/{repo}/compare/{branch}...{commit}: the commit is on the branch when it is
 * `behind` the branch or `identical` to it. undefined when the branch or commit is unknown to GitHub.
 */
export async function onBranch(
  gh: GitHubClient,
  repository: string,
  commit: string,
  branch: string,
): Promise<boolean | undefined> {
  const { owner, repo } = splitRepository(repository);
  const base = branch.split('/').map(seg).join('/');
  const r = await gh.get<unknown>(`/repos/${seg(owner)}/${seg(repo)}/compare/${base}...${seg(commit)}?per_page=1`);
  if (r.status === 404) return undefined;
  const status = isObj(r.body) ? r.body['status'] : undefined;
  if (status === 'behind' || status === 'identical') return true;
  if (status === 'ahead' || status === 'diverged') return false;
  throw malformed('comparison');
}
