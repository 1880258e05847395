// The rehearsal step: make a throwaway copy of the consumer repository, commit it, sign a release tag
// with an ephemeral SSH key, and verify it locally exactly as the action would. Nothing is left behind.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { RehearsalStep } from '../cli/rehearse.js';
import { runGate } from '../lib/gate/gate.js';
import type { Io } from '../lib/io/io.js';
import { readVersionFile } from '../lib/release/version-file.js';
import { envError, findingOf, isRcoError } from '../lib/verdict/errors.js';
import { type Verdict, verdict } from '../lib/verdict/types.js';
import { gate } from './gate.js';

async function must(io: Io, file: string, args: string[], cwd: string, env: Io['env']): Promise<void> {
  const r = await io.exec(file, args, { cwd, env, timeoutMs: 60_000 });
  if (r.code !== 0) throw envError('REHEARSAL_SETUP_FAILED', `${file} ${args[0]} failed: ${r.stderr.trim()}`);
}

async function signedCopy(repo: string, io: Io, tmp: string): Promise<Verdict> {
  const work = join(tmp, 'repo');
  // The copy leaves out any .git of the example so the rehearsal history is ours alone.
  await cp(repo, work, { recursive: true, filter: (src) => basename(src) !== '.git' });
  const read = await readVersionFile(work);
  if (read.finding) return verdict(gate.name, [read.finding], { outputs: {} });
  const tag = `v${read.source.version}`;
  // A private HOME and no system config: the machine's git settings (signing, hooks) cannot interfere.
  const env = {
    ...io.env,
    HOME: join(tmp, 'home'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'rco rehearsal',
    GIT_AUTHOR_EMAIL: 'rehearsal@rco.invalid',
    GIT_COMMITTER_NAME: 'rco rehearsal',
    GIT_COMMITTER_EMAIL: 'rehearsal@rco.invalid',
  };
  const key = join(tmp, 'signing-key');
  await must(io, 'ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'rehearsal@rco.invalid', '-f', key], tmp, env);
  const pub = (await io.exec('ssh-keygen', ['-y', '-f', key], { env })).stdout.trim();
  const allowed = join(tmp, 'allowed_signers');
  await writeFile(allowed, `rehearsal@rco.invalid namespaces="git" ${pub}\n`);
  await must(io, 'git', ['init', '-q', '-b', 'main'], work, env);
  await must(io, 'git', ['add', '-A'], work, env);
  await must(io, 'git', ['commit', '-q', '--no-verify', '-m', `Release ${tag}`], work, env);
  await must(
    io,
    'git',
    ['-c', 'gpg.format=ssh', '-c', `user.signingkey=${key}`, 'tag', '-s', '-m', `Release ${tag}`, tag],
    work,
    env,
  );
  const local: Io = { ...io, env };
  return runGate(
    gate,
    { mode: 'local', tag, path: work, 'allowed-signers': allowed, signers: 'rehearsal@rco.invalid' },
    local,
  );
}

export async function rehearseSignedTag(repo: string, io: Io): Promise<Verdict> {
  const tmp = await mkdtemp(join(tmpdir(), 'rco-rehearse-tag-'));
  try {
    return await signedCopy(repo, io, tmp);
  } catch (e) {
    if (!isRcoError(e)) throw e;
    return verdict(gate.name, [findingOf(e)], { outputs: {} });
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

export const step: RehearsalStep = {
  title: 'Release tag signed (SSH) and verified',
  run: rehearseSignedTag,
};
