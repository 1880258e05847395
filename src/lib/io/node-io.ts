// The real Io: process environment, clock, child processes and fetch, with every log line redacted.
import { spawn } from 'node:child_process';
import { envError } from '../verdict/errors.js';
import type { ExecOptions, ExecResult, Io, Logger } from './io.js';
import { Redactor } from './redact.js';

export interface NodeIoOptions {
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Where log lines go after redaction. */
  sink?: { info(l: string): void; warn(l: string): void; debug(l: string): void };
  /** Called for every masked secret (the Actions runtime registers it with the runner too). */
  onMask?: (secret: string) => void;
}

export function exec(file: string, args: readonly string[], opts: ExecOptions = {}): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, {
      cwd: opts.cwd,
      env: opts.env as NodeJS.ProcessEnv | undefined,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    // Our own timer rather than spawn's `timeout`: the result must say that the time ran out, so a
    // hung tool reads as a tool problem rather than as a failure of what it was checking.
    let timedOut = false;
    const timer =
      opts.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
          }, opts.timeoutMs);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      const missing = e.code === 'ENOENT';
      reject(
        envError(
          missing ? 'TOOL_MISSING' : 'TOOL_FAILED',
          `Cannot run ${file}: ${missing ? 'not installed or not on PATH' : e.message}.`,
          { cause: e },
        ),
      );
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const result: ExecResult = {
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      };
      if (signal) result.signal = signal;
      if (timedOut) result.timedOut = true;
      resolve(result);
    });
    child.stdin.on('error', () => {}); // a child that exits without reading its input is not our error
    child.stdin.end(opts.input ?? '');
  });
}

export function nodeIo(opts: NodeIoOptions = {}): Io & { redactor: Redactor } {
  const redactor = new Redactor();
  const sink = opts.sink ?? {
    info: (l: string) => process.stderr.write(`${l}\n`),
    warn: (l: string) => process.stderr.write(`warning: ${l}\n`),
    debug: (l: string) => {
      if (process.env['RUNNER_DEBUG'] === '1' || process.env['RCO_DEBUG'] === '1')
        process.stderr.write(`debug: ${l}\n`);
    },
  };
  const log: Logger = {
    info: (l) => sink.info(redactor.redact(l)),
    warn: (l) => sink.warn(redactor.redact(l)),
    debug: (l) => sink.debug(redactor.redact(l)),
  };
  return {
    env: opts.env ?? process.env,
    cwd: opts.cwd ?? process.cwd(),
    now: () => new Date(),
    log,
    exec,
    fetch: globalThis.fetch.bind(globalThis),
    mask: (secret) => {
      redactor.add(secret);
      opts.onMask?.(secret);
    },
    redactor,
  };
}
