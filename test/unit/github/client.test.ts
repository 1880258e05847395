// The REST client's contract with io.fetch: URL building, headers, retries, and what each status becomes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GitHubClient } from '../../../src/lib/github/client.js';
import { getTagRef, splitRepository } from '../../../src/lib/github/git-tags.js';
import { adviceFor } from '../../../src/lib/github/reasons.js';
import { testIo } from '../../helpers/io.js';

function scripted(answers: (() => Response | Error)[]) {
  const seen: { url: string; headers: Record<string, string> }[] = [];
  const io = testIo({ env: {} });
  io.fetch = (async (url: string, init?: RequestInit) => {
    seen.push({ url, headers: init?.headers as Record<string, string> });
    const a = (answers.length > 1 ? answers.shift() : answers[0])?.();
    if (a instanceof Error) throw a;
    return a as Response;
  }) as typeof fetch;
  return { io, seen };
}

describe('GitHubClient', () => {
  it('defaults to api.github.com, sends the API version and a bearer token, and masks the token', async () => {
    const { io, seen } = scripted([() => Response.json({ ok: 1 })]);
    const gh = new GitHubClient(io, { token: 'tok_secret_value', backoffMs: 0 });
    expect(await gh.get('/x')).toEqual({ status: 200, body: { ok: 1 } });
    expect(seen[0]?.url).toBe('https://api.github.com/x');
    expect(seen[0]?.headers).toMatchObject({
      authorization: 'Bearer tok_secret_value',
      'x-github-api-version': '2022-11-28',
    });
    expect(io.masked).toEqual(['tok_secret_value']);
  });

  it('retries network errors, 5xx and rate limits, then reports unknown', async () => {
    const limited = () => new Response('{}', { status: 403, headers: { 'x-ratelimit-remaining': '0' } });
    const { io, seen } = scripted([
      () => new TypeError('fetch failed'),
      () => new Response('', { status: 502 }),
      limited,
      () => Response.json({ v: 2 }),
    ]);
    expect((await new GitHubClient(io, { backoffMs: 0 }).get('/y')).body).toEqual({ v: 2 });
    expect(seen).toHaveLength(4);
    const down = scripted([() => new TypeError('fetch failed')]);
    await expect(new GitHubClient(down.io, { backoffMs: 0, attempts: 2 }).get('/z')).rejects.toMatchObject({
      code: 'GITHUB_API_UNAVAILABLE',
      kind: 'environment',
    });
  });

  it("does not retry a 401/403 without rate limiting; it is the user's to fix", async () => {
    const { io, seen } = scripted([
      () => new Response('{"message":"Resource not accessible by integration"}', { status: 403 }),
    ]);
    await expect(new GitHubClient(io, { backoffMs: 0 }).get('/y')).rejects.toMatchObject({
      code: 'GITHUB_API_DENIED',
      kind: 'user',
    });
    expect(seen).toHaveLength(1);
  });

  it('encodes tag names in paths and validates owner/name', async () => {
    const { io, seen } = scripted([() => new Response('', { status: 404 })]);
    expect(await getTagRef(new GitHubClient(io, { backoffMs: 0 }), 'o/r', 'release/v1#2')).toBeUndefined();
    expect(seen[0]?.url).toBe('https://api.github.com/repos/o/r/git/ref/tags/release/v1%232');
    expect(() => splitRepository('not a repo')).toThrow('Input "repository" must be owner/name');
  });

  it('an unrecognised reason fails', () => {
    expect(adviceFor('something_new')).toMatchObject({ level: 'fail' });
    expect(adviceFor('ocsp_pending').level).toBe('unknown');
  });
});

describe('API answers of any shape (property)', () => {
  it('become a tag, "no such tag" or an environment error, never a crash', async () => {
    const { getTagObject } = await import('../../../src/lib/github/git-tags.js');
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (body) => {
        const { io } = scripted([() => Response.json(body)]);
        const gh = new GitHubClient(io, { backoffMs: 0, attempts: 1 });
        for (const call of [() => getTagRef(gh, 'o/r', 'v1'), () => getTagObject(gh, 'o/r', 'a'.repeat(40))]) {
          try {
            await call();
          } catch (e) {
            expect(e).toMatchObject({ name: 'RcoError', kind: 'environment' });
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
