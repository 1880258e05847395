// A recording Io for tests: real processes and fetch (tests use real parts), a fixed clock when asked,
// and every log line and masked secret kept for assertions.

import type { Io } from '../../src/lib/io/io.js';
import { exec } from '../../src/lib/io/node-io.js';
import { Redactor } from '../../src/lib/io/redact.js';

export interface RecordingIo extends Io {
  logs: string[];
  masked: string[];
  calls: { file: string; args: readonly string[] }[];
}

export function testIo(
  opts: { env?: Record<string, string | undefined>; cwd?: string; now?: string | Date } = {},
): RecordingIo {
  const redactor = new Redactor();
  const logs: string[] = [];
  const masked: string[] = [];
  const calls: RecordingIo['calls'] = [];
  const record = (prefix: string) => (line: string) => logs.push(`${prefix}${redactor.redact(line)}`);
  return {
    env: opts.env ?? { PATH: process.env['PATH'], HOME: process.env['HOME'] },
    cwd: opts.cwd ?? process.cwd(),
    now: () => (opts.now ? new Date(opts.now) : new Date()),
    log: { info: record(''), warn: record('warning: '), debug: record('debug: ') },
    exec: (file, args, o) => {
      calls.push({ file, args });
      return exec(file, args, o);
    },
    fetch: globalThis.fetch.bind(globalThis),
    mask: (s) => {
      masked.push(s);
      redactor.add(s);
    },
    logs,
    masked,
    calls,
  };
}
