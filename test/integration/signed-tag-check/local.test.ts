// mode local against real repositories: real git, ssh-keygen and gpg; every broken case a user can
// hit ends in its rule id and a message saying what to do.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGate } from '../../../src/lib/gate/gate.js';
import { gate } from '../../../src/signed-tag-check/gate.js';
import {
  cleanup,
  commit,
  type GpgKey,
  git,
  gitEnv,
  gpgKey,
  gpgTag,
  io,
  makeRepo,
  missing,
  type SshKey,
  sshKey,
  sshTag,
  tmp,
} from './fixtures.js';

const skip = missing();
if (skip) console.log(`signed-tag-check integration tests skipped: ${skip}`);

const rules = (v: { findings: { rule: string }[] }) => v.findings.map((f) => f.rule);

describe.skipIf(!!skip)('signed-tag-check, mode local', () => {
  let alice: SshKey;
  let mallory: SshKey;
  let gpgAlice: GpgKey;
  let gpgMallory: GpgKey;
  beforeAll(() => {
    alice = sshKey('alice@example.org');
    mallory = sshKey('mallory@example.org');
    gpgAlice = gpgKey('Alice <alice@example.org>');
    gpgMallory = gpgKey('Mallory <mallory@example.org>');
  });
  afterAll(() => cleanup());

  const local = (repo: string, extra: Record<string, string> = {}) => ({
    mode: 'local',
    tag: 'v1.2.3',
    path: repo,
    'allowed-signers': alice.allowedSigners,
    ...extra,
  });

  it('passes an SSH-signed annotated tag and reports the signer', async () => {
    const { repo, head } = makeRepo();
    sshTag(repo, 'v1.2.3', alice);
    const t = io();
    const v = await runGate(gate, local(repo, { signers: 'alice@example.org' }), t);
    expect(v.findings).toEqual([]);
    expect(v.outcome).toBe('pass');
    expect(v.outputs).toEqual({
      tag: 'v1.2.3',
      version: '1.2.3',
      commit: head,
      signer: `alice@example.org (${alice.fingerprint})`,
      'signature-type': 'ssh',
      'verified-by': 'local',
    });
    // git ran with the trust pinned on its command line, not from any config file
    const verify = t.calls.find((c) => c.args.includes('verify-tag'));
    expect(verify?.args).toContain(`gpg.ssh.allowedSignersFile=${alice.allowedSigners}`);
  });

  it('passes a GPG-signed annotated tag verified in a throwaway keyring and reports the fingerprint', async () => {
    const { repo } = makeRepo();
    gpgTag(repo, 'v1.2.3', gpgAlice);
    const v = await runGate(
      gate,
      { mode: 'local', tag: 'v1.2.3', path: repo, 'gpg-keys': gpgAlice.publicKey, signers: gpgAlice.fingerprint },
      io(),
    );
    expect(v.findings).toEqual([]);
    expect(v.outputs['signer']).toBe(`alice@example.org (${gpgAlice.fingerprint})`);
    expect(v.outputs['signature-type']).toBe('gpg');
  });

  it('fails an unsigned annotated tag', async () => {
    const { repo } = makeRepo();
    git(repo, ['tag', '-a', '-m', 'Release', 'v1.2.3']);
    const v = await runGate(gate, local(repo), io());
    expect(v.outcome).toBe('fail');
    expect(v.findings).toEqual([
      {
        rule: 'TAG_UNSIGNED',
        level: 'fail',
        message: 'Tag v1.2.3 is not signed: re-create it with git tag -s (SSH or GPG signing key).',
      },
    ]);
  });

  it('fails a lightweight tag', async () => {
    const { repo, head } = makeRepo();
    git(repo, ['tag', 'v1.2.3']);
    const v = await runGate(gate, local(repo), io());
    expect(rules(v)).toEqual(['TAG_LIGHTWEIGHT']);
    expect(v.findings[0]?.message).toContain('git tag -s v1.2.3');
    expect(v.outputs['commit']).toBe(head);
  });

  it('fails a tag SSH-signed by a key not in allowed-signers, naming the key', async () => {
    const { repo } = makeRepo();
    sshTag(repo, 'v1.2.3', mallory);
    const v = await runGate(gate, local(repo), io());
    expect(rules(v)).toEqual(['TAG_SIGNATURE_UNTRUSTED']);
    expect(v.findings[0]?.message).toBe(
      `Tag v1.2.3 is signed by ${mallory.fingerprint}, but no principal in allowed-signers has this key: add the key to allowed-signers if it is trusted, or re-sign the tag with a trusted key.`,
    );
  });

  it('fails a tag GPG-signed by a key not among gpg-keys', async () => {
    const { repo } = makeRepo();
    gpgTag(repo, 'v1.2.3', gpgMallory);
    const v = await runGate(gate, { mode: 'local', tag: 'v1.2.3', path: repo, 'gpg-keys': gpgAlice.publicKey }, io());
    expect(rules(v)).toEqual(['TAG_SIGNATURE_UNTRUSTED']);
    expect(v.findings[0]?.message).toContain('the signing key is not among the given gpg-keys');
    // A key file that is not a key is the user's to fix, named, not a crash or a bare "untrusted".
    const junk = join(tmp('junk-key'), 'junk.asc');
    writeFileSync(junk, 'not a key\n');
    const bad = await runGate(gate, { mode: 'local', tag: 'v1.2.3', path: repo, 'gpg-keys': junk }, io());
    expect(bad.outcome).toBe('fail');
    expect(rules(bad)).toEqual(['TAG_TRUST_KEYS_INVALID']);
    expect(bad.findings[0]?.message).toContain(`The GPG key file ${junk} could not be imported`);
  });

  it('fails a tag whose signed content was altered', async () => {
    const { repo } = makeRepo();
    sshTag(repo, 'v1.2.3', alice);
    const raw = git(repo, ['cat-file', 'tag', 'v1.2.3']).replace('Release v1.2.3', 'Release v1.2.3 (edited)');
    const forged = execFileSync('git', ['mktag'], {
      cwd: repo,
      env: gitEnv,
      input: `${raw}\n`,
      encoding: 'utf8',
    }).trim();
    git(repo, ['update-ref', 'refs/tags/v1.2.3', forged]);
    const v = await runGate(gate, local(repo), io());
    expect(rules(v)).toEqual(['TAG_SIGNATURE_INVALID']);
  });

  it('is unknown when no trust of the signature kind is given', async () => {
    const { repo } = makeRepo();
    sshTag(repo, 'v1.2.3', alice);
    const v = await runGate(gate, { mode: 'local', tag: 'v1.2.3', path: repo, 'gpg-keys': gpgAlice.publicKey }, io());
    expect(v.outcome).toBe('unknown');
    expect(v.findings).toEqual([
      expect.objectContaining({
        rule: 'TAG_TRUST_MISSING',
        message: 'Tag v1.2.3 cannot be verified locally: the tag is SSH-signed but no allowed-signers file was given.',
      }),
    ]);
  });

  it('fails a tag whose name does not match the project version, at the version files', async () => {
    const { repo } = makeRepo('1.2.3');
    sshTag(repo, 'v1.2.4', alice);
    const v = await runGate(gate, local(repo, { tag: 'v1.2.4' }), io());
    expect(v.findings.map((f) => [f.rule, f.file, f.line])).toEqual([
      ['RELEASE_VERSION_MISMATCH', 'package.json', 3],
      ['RELEASE_VERSION_MISMATCH', 'CHANGELOG.md', 5],
      ['RELEASE_NOTES_MISSING', 'CHANGELOG.md', undefined],
    ]);
    expect(v.findings[0]?.message).toBe(
      'package.json says 1.2.3 but the tag v1.2.4 says 1.2.4: set it to 1.2.4, or if 1.2.3 is the release, tag it v1.2.3 instead.',
    );
  });

  it('fails a tag moved to another commit after the push (GITHUB_SHA)', async () => {
    const { repo, head } = makeRepo();
    sshTag(repo, 'v1.2.3', alice);
    const later = commit(repo, 'sneaky change');
    git(repo, ['tag', '-d', 'v1.2.3']);
    sshTag(repo, 'v1.2.3', alice);
    const v = await runGate(gate, local(repo), io({ GITHUB_REF: 'refs/tags/v1.2.3', GITHUB_SHA: head }));
    expect(rules(v)).toEqual(['TAG_COMMIT_MISMATCH']);
    expect(v.findings[0]?.message).toBe(
      `Tag v1.2.3 names commit ${later}, but this run is for ${head} (GITHUB_SHA): the tag was moved after the push; do not release, find out who moved it.`,
    );
  });

  it('fails a tagger date in the future', async () => {
    const { repo } = makeRepo();
    sshTag(repo, 'v1.2.3', alice, { GIT_COMMITTER_DATE: '2099-01-01T00:00:00Z' });
    const v = await runGate(gate, local(repo), io());
    expect(rules(v)).toEqual(['TAG_DATE_IN_FUTURE']);
    expect(v.findings[0]?.message).toContain('2099-01-01T00:00:00.000Z');
  });

  it('fails a tag not reachable from the required branch, and is unknown when the branch is absent', async () => {
    const { repo } = makeRepo();
    git(repo, ['checkout', '-q', '-b', 'feature']);
    commit(repo, 'unreviewed');
    sshTag(repo, 'v1.2.3', alice);
    const off = await runGate(gate, local(repo, { 'require-branch': 'main' }), io());
    expect(rules(off)).toEqual(['TAG_NOT_ON_BRANCH']);
    const on = await runGate(gate, local(repo, { 'require-branch': 'feature' }), io());
    expect(on.findings).toEqual([]);
    const gone = await runGate(gate, local(repo, { 'require-branch': 'release' }), io());
    expect(gone.outcome).toBe('unknown');
    expect(rules(gone)).toEqual(['TAG_BRANCH_UNKNOWN']);
  });

  it('enforces signers, the tag pattern and pre-releases, reporting all problems in one run', async () => {
    const { repo } = makeRepo('1.3.0-rc.1');
    sshTag(repo, 'v1.3.0-rc.1', alice);
    const v = await runGate(
      gate,
      local(repo, { tag: 'v1.3.0-rc.1', signers: `bob@example.org\n${mallory.fingerprint}` }),
      io(),
    );
    expect(rules(v)).toEqual(['TAG_PRERELEASE', 'TAG_SIGNER_NOT_ALLOWED']);
    const ok = await runGate(
      gate,
      local(repo, { tag: 'v1.3.0-rc.1', 'allow-prerelease': 'true', signers: alice.fingerprint }),
      io(),
    );
    expect(ok.findings).toEqual([]);
    const named = await runGate(gate, local(repo, { tag: 'v1.3.0-rc.1', 'tag-pattern': '^release-(.+)$' }), io());
    expect(rules(named)).toEqual(['TAG_NAME_PATTERN']);
  });

  it('reads version sources named in the policy file', async () => {
    const { repo } = makeRepo();
    writeFileSync(join(repo, 'version.py'), '__version__ = "1.2.2"\n');
    writeFileSync(
      join(repo, 'policy.yml'),
      'release-metadata:\n  constants:\n    - file: version.py\n      pattern: __version__ = "(.+)"\n',
    );
    sshTag(repo, 'v1.2.3', alice);
    const v = await runGate(gate, local(repo, { policy: 'policy.yml' }), io());
    expect(v.findings.map((f) => [f.rule, f.file, f.line])).toEqual([['RELEASE_VERSION_MISMATCH', 'version.py', 1]]);
    writeFileSync(join(repo, 'policy.yml'), 'release-metadata:\n  constant: []\n');
    const bad = await runGate(gate, local(repo, { policy: 'policy.yml' }), io());
    expect(bad.findings).toEqual([expect.objectContaining({ rule: 'POLICY_INVALID', file: 'policy.yml' })]);
    expect(bad.findings[0]?.message).toContain('policy.yml: release-metadata.constant: unknown key');
  });

  it('reports a missing tag, a missing repository and missing trust files', async () => {
    const { repo } = makeRepo();
    expect(rules(await runGate(gate, local(repo), io()))).toEqual(['TAG_NOT_FOUND']);
    // A typo in a trust file shows in the same run as the missing tag, not only once the tag exists.
    const both = await runGate(gate, local(repo, { 'allowed-signers': join(repo, 'nope') }), io());
    expect(rules(both)).toEqual(['TAG_NOT_FOUND', 'TAG_TRUST_FILE_MISSING']);
    const notRepo = await runGate(gate, local(tmp('empty'), { 'release-metadata': 'false' }), io());
    expect(notRepo.outcome).toBe('unknown');
    expect(rules(notRepo)).toEqual(['TAG_REPO_NOT_GIT']);
    sshTag(repo, 'v1.2.3', alice);
    const noFile = await runGate(gate, local(repo, { 'allowed-signers': join(repo, 'nope') }), io());
    expect(rules(noFile)).toEqual(['TAG_TRUST_FILE_MISSING']);
  });

  it('refuses bad inputs with the input named', async () => {
    const { repo } = makeRepo();
    const noTrust = await runGate(gate, { mode: 'local', tag: 'v1.2.3', path: repo }, io());
    expect(noTrust.findings[0]?.message).toContain('needs trust: give "allowed-signers" or "gpg-keys"');
    const noTag = await runGate(gate, local(repo, { tag: '' }), io());
    expect(noTag.findings[0]?.message).toBe(
      'Input "tag" is required when the workflow does not run on a tag push. (pass tag: v1.2.3, or run on push: tags)',
    );
    const badTag = await runGate(gate, local(repo, { tag: '--upload-pack=x' }), io());
    expect(badTag.findings[0]?.message).toContain('not a valid git tag name');
    const badMode = await runGate(gate, local(repo, { mode: 'remote' }), io());
    expect(badMode.findings[0]?.message).toContain('Input "mode" must be one of auto, github, local, both');
  });
});
