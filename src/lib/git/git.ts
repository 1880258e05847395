// Runs git through io.exec with an environment that makes its output parseable and never prompts.
import type { ExecResult, Io } from '../io/io.js';
import { envError } from '../verdict/errors.js';

export interface GitOptions {
  /** Extra `-c key=value` settings placed before the subcommand. */
  config?: Record<string, string>;
  /** Extra environment variables (e.g. GNUPGHOME). */
  env?: Record<string, string>;
}

/**
 * English messages (LC_ALL=C) because verification output is parsed; no terminal prompts because a
 * gate must never hang waiting for a password.
 */
export function gitEnv(io: Io, extra: Record<string, string> = {}): Record<string, string | undefined> {
  return { ...io.env, LC_ALL: 'C', LANG: 'C', GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', ...extra };
}

export async function git(io: Io, repo: string, args: readonly string[], opts: GitOptions = {}): Promise<ExecResult> {
  const config = Object.entries(opts.config ?? {}).flatMap(([k, v]) => ['-c', `${k}=${v}`]);
  return io.exec('git', [...config, ...args], { cwd: repo, env: gitEnv(io, opts.env), timeoutMs: 60_000 });
}

/** git that must succeed; a failure is the environment's (not a git repository, git broken). */
export async function gitOk(io: Io, repo: string, args: readonly string[]): Promise<string> {
  const r = await git(io, repo, args);
  if (r.code !== 0) {
    throw envError('GIT_FAILED', `git ${args.join(' ')} failed in ${repo}: ${r.stderr.trim() || `exit ${r.code}`}.`);
  }
  return r.stdout;
}
