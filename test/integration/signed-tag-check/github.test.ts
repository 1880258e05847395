// mode github and both against a loopback server answering the documented shapes: every
// verification reason, 404, retries on 5xx and network errors, Enterprise API URLs, token masking.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGate } from '../../../src/lib/gate/gate.js';
import { REASONS } from '../../../src/lib/github/reasons.js';
import { gate } from '../../../src/signed-tag-check/gate.js';
import { type FakeGitHub, refBody, startGitHub, tagBody } from './api-server.js';
import { cleanup, git, io, makeRepo, missing, type SshKey, sshKey, sshTag, tmp } from './fixtures.js';

const TAG_SHA = 'a'.repeat(40);
const COMMIT = 'c'.repeat(40);
const REF = '/repos/octo/app/git/ref/tags/v1.2.3';
const OBJ = `/repos/octo/app/git/tags/${TAG_SHA}`;
const TOKEN = 'ghs_0123456789abcdefghijklmnopqrstuvwxyz';

let gh: FakeGitHub;
beforeAll(async () => {
  gh = await startGitHub();
});
afterAll(async () => {
  await gh.close();
  cleanup();
});

function serve(ref: unknown[], obj?: unknown[]) {
  gh.routes.clear();
  gh.requests.length = 0;
  gh.routes.set(REF, ref as never);
  if (obj) gh.routes.set(OBJ, obj as never);
}
const ok = (body: unknown) => ({ status: 200, body });
const env = () => ({ GITHUB_API_URL: `${gh.url}/`, RCO_GITHUB_BACKOFF_MS: '0', GITHUB_REPOSITORY: 'octo/app' });
const inputs = (extra: Record<string, string> = {}) => ({
  mode: 'github',
  tag: 'v1.2.3',
  token: TOKEN,
  'release-metadata': 'false',
  ...extra,
});
const rules = (v: { findings: { rule: string }[] }) => v.findings.map((f) => f.rule);

describe('signed-tag-check, mode github', () => {
  it('passes a verified annotated tag, sends the token and never logs it', async () => {
    serve(
      [ok(refBody('v1.2.3', 'tag', TAG_SHA))],
      [ok(tagBody('v1.2.3', TAG_SHA, COMMIT, { verified: true, reason: 'valid' }))],
    );
    const t = io(env());
    const v = await runGate(gate, inputs({ signers: 'ALICE@example.org' }), t);
    expect(v.findings).toEqual([]);
    expect(v.outputs).toMatchObject({
      commit: COMMIT,
      signer: 'alice@example.org',
      'signature-type': 'ssh',
      'verified-by': 'github',
    });
    expect(gh.requests.map((r) => r.path)).toEqual([REF, OBJ]);
    expect(gh.requests[0]?.authorization).toBe(`Bearer ${TOKEN}`);
    expect(t.masked).toContain(TOKEN);
    expect(t.logs.join('\n')).not.toContain(TOKEN);
  });

  it('auto mode is github on GitHub Actions, and takes the tag and commit from GITHUB_REF/GITHUB_SHA', async () => {
    serve(
      [ok(refBody('v1.2.3', 'tag', TAG_SHA))],
      [ok(tagBody('v1.2.3', TAG_SHA, COMMIT, { verified: true, reason: 'valid' }))],
    );
    const e = {
      ...env(),
      GITHUB_ACTIONS: 'true',
      GITHUB_REF: 'refs/tags/v1.2.3',
      GITHUB_SHA: 'd'.repeat(40),
      GITHUB_TOKEN: TOKEN,
    };
    const v = await runGate(gate, { 'release-metadata': 'false' }, io(e));
    expect(rules(v)).toEqual(['TAG_COMMIT_MISMATCH']);
    expect(v.findings[0]?.message).toContain(
      `names commit ${COMMIT}, but this run is for ${'d'.repeat(40)} (GITHUB_SHA)`,
    );
  });

  it.each(Object.keys(REASONS))('reason %s has its own rule and advice', async (reason) => {
    serve(
      [ok(refBody('v1.2.3', 'tag', TAG_SHA))],
      [ok(tagBody('v1.2.3', TAG_SHA, COMMIT, { verified: false, reason }))],
    );
    const v = await runGate(gate, inputs(), io(env()));
    const advice = REASONS[reason] as { level: string; message: string };
    expect(v.outcome).toBe(advice.level);
    expect(v.findings).toEqual([
      { rule: `TAG_GITHUB_${reason.toUpperCase()}`, level: advice.level, message: `Tag v1.2.3: ${advice.message}` },
    ]);
    expect(v.outputs['verified-by']).toBe('');
  });

  it('fails an unrecognised reason, and a "verified" answer whose reason is not valid', async () => {
    serve(
      [ok(refBody('v1.2.3', 'tag', TAG_SHA))],
      [ok(tagBody('v1.2.3', TAG_SHA, COMMIT, { verified: false, reason: 'quantum_flux' }))],
    );
    const v = await runGate(gate, inputs(), io(env()));
    expect(v.findings).toEqual([expect.objectContaining({ rule: 'TAG_GITHUB_REASON_UNRECOGNISED', level: 'fail' })]);
    expect(v.findings[0]?.message).toContain('"quantum_flux"');
    serve(
      [ok(refBody('v1.2.3', 'tag', TAG_SHA))],
      [ok(tagBody('v1.2.3', TAG_SHA, COMMIT, { verified: true, reason: 'unsigned' }))],
    );
    expect((await runGate(gate, inputs(), io(env()))).outcome).toBe('fail');
  });

  it('reports a tag object on a tree, without tagger and without verification, all in one run', async () => {
    const {
      tagger: _t,
      verification: _v,
      ...body
    } = tagBody('v1.2.3', TAG_SHA, COMMIT, {
      verified: true,
      reason: 'valid',
    });
    serve([ok(refBody('v1.2.3', 'tag', TAG_SHA))], [ok({ ...body, object: { type: 'tree', sha: COMMIT } })]);
    const v = await runGate(gate, inputs(), io(env()));
    expect(v.outcome).toBe('fail');
    expect(rules(v)).toEqual(['TAG_MALFORMED', 'TAG_GITHUB_NO_VERIFICATION', 'TAG_TAGGER_MISSING']);
    expect(v.outputs['verified-by']).toBe('');
  });

  it('fails a lightweight tag (ref object type commit) without reading a tag object', async () => {
    serve([ok(refBody('v1.2.3', 'commit', COMMIT))]);
    const v = await runGate(gate, inputs(), io(env()));
    expect(rules(v)).toEqual(['TAG_LIGHTWEIGHT']);
    expect(gh.requests.map((r) => r.path)).toEqual([REF]);
  });

  it('fails on 404 (no such tag), and on a prefix match that is not the tag', async () => {
    serve([{ status: 404, body: { message: 'Not Found' } }]);
    const v = await runGate(gate, inputs(), io(env()));
    expect(v.findings).toEqual([
      {
        rule: 'TAG_NOT_FOUND',
        level: 'fail',
        message: 'Tag v1.2.3 does not exist in octo/app on GitHub: push the tag (git push origin v1.2.3).',
      },
    ]);
    serve([ok([refBody('v1.2.30', 'tag', TAG_SHA)])]);
    expect(rules(await runGate(gate, inputs(), io(env())))).toEqual(['TAG_NOT_FOUND']);
  });

  it('retries 500 then succeeds', async () => {
    serve(
      [
        { status: 500, body: { message: 'boom' } },
        { status: 502, body: 'bad gateway' },
        ok(refBody('v1.2.3', 'tag', TAG_SHA)),
      ],
      [{ status: 503 }, ok(tagBody('v1.2.3', TAG_SHA, COMMIT, { verified: true, reason: 'valid' }))],
    );
    const v = await runGate(gate, inputs(), io(env()));
    expect(v.outcome).toBe('pass');
    expect(gh.requests.map((r) => r.path)).toEqual([REF, REF, REF, OBJ, OBJ]);
  });

  it('ends unknown, never a crash, when 5xx persists or the network is down', async () => {
    serve([{ status: 500, body: { message: 'boom' } }]);
    const v = await runGate(gate, inputs(), io(env()));
    expect(v.outcome).toBe('unknown');
    expect(v.findings).toEqual([expect.objectContaining({ rule: 'GITHUB_API_UNAVAILABLE', level: 'unknown' })]);
    expect(v.findings[0]?.message).toContain('failed after 4 attempts (HTTP 500)');
    const down = await runGate(gate, inputs(), io({ ...env(), GITHUB_API_URL: 'http://127.0.0.1:1' }));
    expect(down.outcome).toBe('unknown');
    expect(down.findings[0]?.message).toContain('network error');
  });

  it('treats a malformed answer as unknown and a 401 as a failure naming the permission', async () => {
    serve([ok({ ref: 'refs/tags/v1.2.3', object: { type: 'tag', sha: 'not-a-sha' } })]);
    expect((await runGate(gate, inputs(), io(env()))).findings).toEqual([
      expect.objectContaining({ rule: 'GITHUB_API_MALFORMED', level: 'unknown' }),
    ]);
    serve([ok(refBody('v1.2.3', 'tag', TAG_SHA))], [{ status: 200, body: '{"sha": ' }]);
    expect((await runGate(gate, inputs(), io(env()))).outcome).toBe('unknown');
    serve([{ status: 401, body: { message: 'Bad credentials' } }]);
    const denied = await runGate(gate, inputs(), io(env()));
    expect(denied.findings[0]).toMatchObject({ rule: 'GITHUB_API_DENIED', level: 'fail' });
    expect(denied.findings[0]?.message).toContain('contents: read');
  });

  it('refuses a plain-http API URL that is not loopback (the token would travel in clear)', async () => {
    const v = await runGate(gate, inputs(), io({ ...env(), GITHUB_API_URL: 'http://ghe.example.com/api/v3' }));
    expect(v.findings[0]).toMatchObject({ rule: 'GITHUB_API_URL_INVALID' });
  });

  it('serves GitHub Enterprise under /api/v3', async () => {
    gh.routes.clear();
    gh.routes.set(`/api/v3${REF}`, [ok(refBody('v1.2.3', 'tag', TAG_SHA))]);
    gh.routes.set(`/api/v3${OBJ}`, [ok(tagBody('v1.2.3', TAG_SHA, COMMIT, { verified: true, reason: 'valid' }))]);
    const v = await runGate(gate, inputs(), io({ ...env(), GITHUB_API_URL: `${gh.url}/api/v3` }));
    expect(v.outcome).toBe('pass');
  });

  it('fails a tagger date in the future and a signer not allowed', async () => {
    serve(
      [ok(refBody('v1.2.3', 'tag', TAG_SHA))],
      [ok(tagBody('v1.2.3', TAG_SHA, COMMIT, { verified: true, reason: 'valid' }, '2099-01-01T00:00:00Z'))],
    );
    const v = await runGate(gate, inputs({ signers: 'bob@example.org' }), io(env()));
    expect(rules(v)).toEqual(['TAG_SIGNER_NOT_ALLOWED', 'TAG_DATE_IN_FUTURE']);
  });
});

describe('signed-tag-check, mode github, require-branch through the compare API', () => {
  const COMPARE = `/repos/octo/app/compare/main...${COMMIT}?per_page=1`;
  it.each([
    ['behind', []],
    ['identical', []],
    ['diverged', ['TAG_NOT_ON_BRANCH']],
    ['ahead', ['TAG_NOT_ON_BRANCH']],
  ])('compare status %s', async (status, expected) => {
    serve(
      [ok(refBody('v1.2.3', 'tag', TAG_SHA))],
      [ok(tagBody('v1.2.3', TAG_SHA, COMMIT, { verified: true, reason: 'valid' }))],
    );
    gh.routes.set(COMPARE, [ok({ status, ahead_by: 0, behind_by: 3, total_commits: 0, commits: [] })]);
    const v = await runGate(gate, inputs({ 'require-branch': 'main', path: tmp('no-checkout') }), io(env()));
    expect(rules(v)).toEqual(expected);
    expect(gh.requests.map((r) => r.path)).toContain(COMPARE);
  });

  it('is unknown when GitHub does not know the branch', async () => {
    serve(
      [ok(refBody('v1.2.3', 'tag', TAG_SHA))],
      [ok(tagBody('v1.2.3', TAG_SHA, COMMIT, { verified: true, reason: 'valid' }))],
    );
    const v = await runGate(gate, inputs({ 'require-branch': 'main', path: tmp('no-checkout') }), io(env()));
    expect(v.outcome).toBe('unknown');
    expect(rules(v)).toEqual(['TAG_BRANCH_UNKNOWN']);
  });
});

const skip = missing();
describe.skipIf(!!skip)('signed-tag-check, mode both', () => {
  let alice: SshKey;
  beforeAll(() => {
    alice = sshKey();
  });

  it('passes when GitHub and local git both verify the same commit', async () => {
    const { repo, head } = makeRepo();
    sshTag(repo, 'v1.2.3', alice);
    const tagSha = git(repo, ['rev-parse', 'refs/tags/v1.2.3']);
    gh.routes.clear();
    gh.routes.set(REF, [ok(refBody('v1.2.3', 'tag', tagSha))]);
    gh.routes.set(`/repos/octo/app/git/tags/${tagSha}`, [
      ok(tagBody('v1.2.3', tagSha, head, { verified: true, reason: 'valid' })),
    ]);
    const v = await runGate(
      gate,
      { ...inputs(), mode: 'both', 'release-metadata': 'true', path: repo, 'allowed-signers': alice.allowedSigners },
      io(env()),
    );
    expect(v.findings).toEqual([]);
    expect(v.outputs['verified-by']).toBe('github,local');
    expect(v.outputs['signer']).toBe(`alice@example.org (${alice.fingerprint})`);
  });

  it('fails when either side fails, and when they see different commits', async () => {
    const { repo } = makeRepo();
    sshTag(repo, 'v1.2.3', alice);
    const tagSha = git(repo, ['rev-parse', 'refs/tags/v1.2.3']);
    gh.routes.clear();
    gh.routes.set(REF, [ok(refBody('v1.2.3', 'tag', tagSha))]);
    gh.routes.set(`/repos/octo/app/git/tags/${tagSha}`, [
      ok(tagBody('v1.2.3', tagSha, COMMIT, { verified: false, reason: 'unknown_key' })),
    ]);
    const v = await runGate(
      gate,
      { ...inputs(), mode: 'both', path: repo, 'allowed-signers': alice.allowedSigners },
      io(env()),
    );
    expect(rules(v)).toEqual(['TAG_GITHUB_UNKNOWN_KEY', 'TAG_COMMIT_DISAGREES']);
    expect(v.outputs['verified-by']).toBe('local');
  });
});
