// What a gate may touch, passed in (DESIGN.md, "The one seam"). The Actions entry and the CLI pass
// the real one (src/lib/io/node-io.ts); tests pass a recording one.
import type { CacheStore, ToolCache } from '../tools/types.js';

export interface Logger {
  info(line: string): void;
  warn(line: string): void;
  debug(line: string): void;
}

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
  /** The signal that ended the process, when one did. */
  signal?: string;
  /** True when the process was stopped because it outran `timeoutMs`. */
  timedOut?: boolean;
}

export interface ExecOptions {
  cwd?: string;
  /** Replaces the environment of the child (callers start from io.env when they want to inherit). */
  env?: Record<string, string | undefined>;
  input?: string | Buffer;
  timeoutMs?: number;
}

export interface Io {
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  now(): Date;
  log: Logger;
  /** Runs a program without a shell. A program that cannot be started rejects with an environment RcoError. */
  exec(file: string, args: readonly string[], opts?: ExecOptions): Promise<ExecResult>;
  fetch: typeof fetch;
  /** Registers a secret so no later log line shows it. */
  mask(secret: string): void;
  /** Where pinned tools are installed; absent: the CLI's folder cache (src/lib/tools/local-cache.ts). */
  tools?: ToolCache;
  /** Keeps folders between runs (the Trivy DB); absent: nothing is restored or saved. */
  cache?: CacheStore;
}
