// The built CLI and action bundle of signed-tag-check on real repositories: the "must show" of
// issue 5, `rco signed-tag-check --mode local --allowed-signers FILE --tag v1.2.3 --path REPO`, passes
// on a signed tag and fails with a precise message on each broken case.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cleanup,
  commit,
  git,
  gitEnv,
  makeRepo,
  missing,
  root,
  type SshKey,
  sshKey,
  sshTag,
} from '../integration/signed-tag-check/fixtures.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const BUNDLE = join(ROOT, 'dist', 'signed-tag-check', 'index.js');
const built = existsSync(CLI) && existsSync(BUNDLE);
if (!built) console.log('skipping signed-tag-check e2e: dist/ not built (run npm run build)');
const lacking = missing();
if (lacking) console.log(`skipping signed-tag-check e2e: ${lacking}`);

let alice: SshKey;
let mallory: SshKey;
beforeAll(() => {
  if (!built || lacking) return;
  alice = sshKey('alice@example.org');
  mallory = sshKey('mallory@example.org');
});
afterAll(() => cleanup());

function rco(repo: string, extra: string[] = [], env: Record<string, string> = {}) {
  const args = [
    'signed-tag-check',
    '--mode',
    'local',
    '--allowed-signers',
    alice.allowedSigners,
    '--tag',
    'v1.2.3',
    '--path',
    repo,
  ];
  const r = spawnSync(process.execPath, [CLI, ...args, ...extra], { env: { ...gitEnv, ...env }, encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

describe.skipIf(!built || !!lacking)('rco signed-tag-check (dist/cli)', () => {
  it('passes on an SSH-signed tag', () => {
    const { repo } = makeRepo();
    sshTag(repo, 'v1.2.3', alice);
    const r = rco(repo);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('signed-tag-check: PASS');
    expect(r.out).toContain(`good ssh signature by alice@example.org (${alice.fingerprint})`);
  });

  it.each([
    [
      'unsigned annotated',
      (repo: string) => git(repo, ['tag', '-a', '-m', 'r', 'v1.2.3']),
      'TAG_UNSIGNED: Tag v1.2.3 is not signed',
    ],
    ['lightweight', (repo: string) => git(repo, ['tag', 'v1.2.3']), 'TAG_LIGHTWEIGHT: Tag v1.2.3 is a lightweight tag'],
    [
      'unknown key',
      (repo: string) => sshTag(repo, 'v1.2.3', mallory),
      'TAG_SIGNATURE_UNTRUSTED: Tag v1.2.3 is signed by SHA256:',
    ],
    [
      'future tagger date',
      (repo: string) => sshTag(repo, 'v1.2.3', alice, { GIT_COMMITTER_DATE: '2099-01-01T00:00:00Z' }),
      'TAG_DATE_IN_FUTURE',
    ],
  ])('fails: %s', (_name, tag, expected) => {
    const { repo } = makeRepo();
    tag(repo);
    const r = rco(repo);
    expect(r.code, r.out).toBe(1);
    expect(r.out).toContain(expected);
  });

  it('fails: tag name does not match the version, at package.json:3', () => {
    const { repo } = makeRepo('1.2.2');
    sshTag(repo, 'v1.2.3', alice);
    const r = rco(repo);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      'RELEASE_VERSION_MISMATCH package.json:3: package.json says 1.2.2 but the tag v1.2.3 says 1.2.3',
    );
  });

  it('fails: tag moved to another commit than the pushed one', () => {
    const { repo, head } = makeRepo();
    commit(repo, 'later');
    sshTag(repo, 'v1.2.3', alice);
    const r = rco(repo, [], { GITHUB_REF: 'refs/tags/v1.2.3', GITHUB_SHA: head });
    expect(r.code).toBe(1);
    expect(r.out).toContain(`but this run is for ${head} (GITHUB_SHA): the tag was moved after the push`);
  });

  it('fails: not reachable from the required branch', () => {
    const { repo } = makeRepo();
    git(repo, ['checkout', '-q', '-b', 'side']);
    commit(repo, 'side');
    sshTag(repo, 'v1.2.3', alice);
    const r = rco(repo, ['--require-branch', 'main']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('TAG_NOT_ON_BRANCH');
  });
});

describe.skipIf(!built || !!lacking)('dist/signed-tag-check/index.js', () => {
  it('writes the outputs and the summary as the runner reads them', () => {
    const { repo, head } = makeRepo();
    sshTag(repo, 'v1.2.3', alice);
    const out = join(root, 'gh-output');
    const summary = join(root, 'gh-summary');
    writeFileSync(out, '');
    writeFileSync(summary, '');
    const env = {
      ...gitEnv,
      GITHUB_OUTPUT: out,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_REF: 'refs/tags/v1.2.3',
      GITHUB_SHA: head,
      INPUT_MODE: 'local',
      INPUT_PATH: repo,
      'INPUT_ALLOWED-SIGNERS': alice.allowedSigners,
    };
    const r = spawnSync(process.execPath, [BUNDLE], { env, encoding: 'utf8' });
    expect(r.status, r.stdout).toBe(0);
    const text = readFileSync(out, 'utf8');
    for (const [k, v] of [
      ['outcome', 'pass'],
      ['tag', 'v1.2.3'],
      ['version', '1.2.3'],
      ['commit', head],
      ['signature-type', 'ssh'],
      ['verified-by', 'local'],
    ]) {
      expect(text).toMatch(new RegExp(`^${k}<<(\\S+)\\n${v}\\n\\1$`, 'm'));
    }
    expect(readFileSync(summary, 'utf8')).toContain('signed-tag-check');
  });
});
