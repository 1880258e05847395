// The reference OCI registry (Debian docker-registry, distribution 2.8) started for a test run on
// 127.0.0.1 with a random free port and a temporary storage folder, optionally behind htpasswd basic
// auth. Tests that need it use `describe.skipIf(!HAVE_REGISTRY)` after printing missing().
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REGISTRY_BIN = '/usr/bin/docker-registry';
export const HAVE_REGISTRY = existsSync(REGISTRY_BIN);
const HTPASSWD = ['/usr/bin/htpasswd', '/usr/sbin/htpasswd'].find((p) => existsSync(p));
export const HAVE_HTPASSWD = HTPASSWD !== undefined;

/** Prints the one line a skipped suite owes the reader. */
export function announceMissing(opts: { htpasswd?: boolean } = {}): void {
  if (!HAVE_REGISTRY) console.log('skipped: docker-registry not installed (apt-get install docker-registry)');
  if (opts.htpasswd && !HAVE_HTPASSWD) console.log('skipped: htpasswd not installed (apt-get install apache2-utils)');
}

export interface Registry {
  /** host:port, e.g. 127.0.0.1:40123 */
  host: string;
  url: string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitReady(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited with ${child.exitCode}:\n${log()}`);
    try {
      const r = await fetch(`${url}/v2/`);
      await r.body?.cancel();
      if (r.status === 200 || r.status === 401) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`docker-registry did not start:\n${log()}`);
}

export async function startRegistry(opts: { user?: string; password?: string } = {}): Promise<Registry> {
  const dir = mkdtempSync(join(tmpdir(), 'rco-registry-'));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  let auth = '';
  if (opts.user) {
    if (!HTPASSWD) throw new Error('htpasswd is missing (apt-get install apache2-utils)');
    const file = join(dir, 'htpasswd');
    execFileSync(HTPASSWD, ['-B', '-b', '-c', file, opts.user, opts.password ?? ''], { stdio: 'ignore' });
    auth = `auth:\n  htpasswd:\n    realm: rco-test\n    path: ${file}\n`;
  }
  const config = join(dir, 'config.yml');
  writeFileSync(
    config,
    `version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\nstorage:\n  filesystem:\n    rootdirectory: ${join(dir, 'data')}\n  delete:\n    enabled: true\nhttp:\n  addr: ${host}\n${auth}`,
  );
  const child = spawn(REGISTRY_BIN, ['serve', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (b: Buffer) => {
    stderr = (stderr + b.toString()).slice(-4000);
  });
  const url = `http://${host}`;
  await waitReady(url, child, () => stderr);
  return {
    host,
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const done = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await done;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
