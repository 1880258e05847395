// The real process runner: a timeout and a signal are reported as such, so callers can tell a tool
// that hung or was killed from a tool that answered "no".
import { describe, expect, it } from 'vitest';
import { exec } from '../../../src/lib/io/node-io.js';

describe('exec', () => {
  it('stops a process that outruns timeoutMs and says the time ran out', async () => {
    const started = Date.now();
    const r = await exec('sleep', ['30'], { timeoutMs: 200 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(r).toMatchObject({ code: 128, signal: 'SIGTERM', timedOut: true });
  });

  it('reports a signal from outside without calling it a timeout', async () => {
    const r = await exec('sh', ['-c', 'kill -9 $$'], { timeoutMs: 10_000 });
    expect(r.signal).toBe('SIGKILL');
    expect(r.timedOut).toBeUndefined();
  });

  it('adds neither to a process that exits on its own', async () => {
    const r = await exec('sh', ['-c', 'echo hi; exit 3'], { timeoutMs: 10_000 });
    expect(r).toEqual({ code: 3, stdout: 'hi\n', stderr: '' });
  });
});
