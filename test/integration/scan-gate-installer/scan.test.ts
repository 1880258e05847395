// scanImage end to end with the stand-in Trivy: one install, DB download with ordered fallback,
// one scan writing JSON, the DB saved even when the scan fails, and no TRIVY_* leaking in.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CacheStore } from '../../../src/lib/tools/types.js';
import { isRcoError, type RcoError } from '../../../src/lib/verdict/errors.js';
import { type ScanImageOptions, scanImage } from '../../../src/scan-gate/trivy.js';
import { testIo } from '../../helpers/io.js';
import { calls, type Fixture, REPORT_FIXTURE, startFixture } from './helpers.js';

const IMAGE = 'registry.example.com/shop/api@sha256:4a5b6c7d8e9f00112233445566778899aabbccddeeff00112233445566778899';
const GOOD_DB = 'mirror.example.com/aquasec/trivy-db:2';

let fx: Fixture;
let home: string;
beforeAll(async () => {
  fx = await startFixture();
});
afterAll(() => fx.close());
beforeEach(() => {
  home = mkdtempSync(join(fx.dir, 'home-'));
  mkdirSync(join(home, 'runner'));
  writeFileSync(fx.record, '');
});

function io(extra: Record<string, string> = {}) {
  return testIo({
    env: {
      PATH: process.env['PATH'],
      HOME: home,
      XDG_CACHE_HOME: join(home, 'xdg'),
      RUNNER_TEMP: join(home, 'runner'),
      ...extra,
    },
    now: '2026-11-23T10:00:00Z',
  });
}

const opts = (o: Partial<ScanImageOptions> = {}): ScanImageOptions => ({
  image: IMAGE,
  trivyVersion: '1.0.0',
  dbRepositories: [GOOD_DB],
  ...o,
});

async function failure(p: Promise<unknown>): Promise<RcoError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!isRcoError(e)) throw new Error(`expected an RcoError, got ${String(e)}`);
  return e;
}

/** An in-memory CacheStore that records what the scan restored and saved. */
function memoryCache(hit?: string): CacheStore & { restored: string[][]; saved: { paths: string[]; key: string }[] } {
  const restored: string[][] = [];
  const saved: { paths: string[]; key: string }[] = [];
  return {
    restored,
    saved,
    async restore(paths, key, restoreKeys) {
      restored.push([...paths, key, ...restoreKeys]);
      return hit;
    },
    async save(paths, key) {
      saved.push({ paths, key });
    },
  };
}

describe('scanImage', () => {
  it('installs the pinned Trivy, downloads the DB, scans once and returns the JSON report', async () => {
    const r = await scanImage(opts(), io(), { pins: fx.pins });
    expect(r.trivyVersion).toBe('1.0.0');
    expect(r.dbRepository).toBe(GOOD_DB);
    expect(r.reportPath.startsWith(join(home, 'runner', 'rco-trivy-'))).toBe(true);
    expect(JSON.parse(readFileSync(r.reportPath, 'utf8'))).toEqual(JSON.parse(readFileSync(REPORT_FIXTURE, 'utf8')));
    const [db, scan, ...rest] = calls(fx.record);
    expect(rest).toEqual([]);
    const cacheDir = join(home, 'runner', 'rco-trivy-cache');
    expect(db?.args).toEqual([
      'image',
      '--download-db-only',
      '--no-progress',
      '--cache-dir',
      cacheDir,
      '--db-repository',
      GOOD_DB,
    ]);
    expect(scan?.args).toEqual([
      'image',
      '--skip-db-update',
      '--no-progress',
      '--cache-dir',
      cacheDir,
      '--format',
      'json',
      '--output',
      r.reportPath,
      '--exit-code',
      '0',
      '--scanners',
      'vuln,secret',
      '--timeout',
      '900s',
      '--',
      IMAGE,
    ]);
    // Trivy runs in an empty folder, so no trivy.yaml or .trivyignore of the repository applies.
    expect(scan?.cwd).toBe(join(r.reportPath, '..'));
  });

  it('falls back to the next DB repository when the first is rate limited', async () => {
    const t = io();
    const first = 'ratelimited.example.com/aquasec/trivy-db:2';
    const r = await scanImage(opts({ dbRepositories: [first, GOOD_DB] }), t, { pins: fx.pins, backoffMs: 1 });
    expect(r.dbRepository).toBe(GOOD_DB);
    const dbCalls = calls(fx.record).filter((c) => c.args.includes('--download-db-only'));
    expect(dbCalls.map((c) => c.args[c.args.indexOf('--db-repository') + 1])).toEqual([first, GOOD_DB]);
    expect(t.logs.find((l) => l.startsWith('warning: Trivy DB download from ratelimited'))).toContain(
      'TOOMANYREQUESTS',
    );
  });

  it('retries rate-limited repositories, skips denied ones, then reports every failure as unknown', async () => {
    const limited = 'ratelimited.example.com/aquasec/trivy-db:2';
    const denied = 'denied.example.com/aquasec/trivy-db:2';
    const e = await failure(
      scanImage(opts({ dbRepositories: [denied, limited] }), io(), { pins: fx.pins, backoffMs: 1 }),
    );
    expect(e.code).toBe('TRIVY_DB_UNAVAILABLE');
    expect(e.kind).toBe('environment');
    expect(e.message).toContain(`${denied}: `);
    expect(e.message).toContain('UNAUTHORIZED');
    expect(e.message).toContain(`${limited}: `);
    const tried = calls(fx.record).map((c) => c.args[c.args.indexOf('--db-repository') + 1]);
    // Two rounds: the denied one is not asked again, the rate-limited one is.
    expect(tried).toEqual([denied, limited, limited]);
  });

  it('never passes TRIVY_* from the job environment; registry credentials are set explicitly', async () => {
    const t = io({
      TRIVY_SEVERITY: 'LOW',
      TRIVY_IGNOREFILE: '/tmp/other',
      TRIVY_PASSWORD: 'from-an-earlier-step',
      GITHUB_TOKEN: 'ghs_x',
    });
    await scanImage(opts({ registryAuth: { username: 'bot', password: 'pw-1' } }), t, { pins: fx.pins });
    for (const c of calls(fx.record)) {
      const trivyVars = Object.keys(c.env)
        .filter((k) => k.startsWith('TRIVY_'))
        .sort();
      expect(trivyVars).toEqual(['TRIVY_PASSWORD', 'TRIVY_USERNAME']);
      expect(c.env['TRIVY_PASSWORD']).toBe('pw-1');
      expect(c.env['GITHUB_TOKEN']).toBeUndefined();
      expect(c.env['PATH']).toBe(process.env['PATH']);
    }
    const warn = t.logs.find((l) => l.startsWith('warning: Ignoring TRIVY_'));
    expect(warn).toBe(
      "warning: Ignoring TRIVY_IGNOREFILE, TRIVY_PASSWORD, TRIVY_SEVERITY: the scan-gate sets Trivy's options from its inputs only.",
    );
    expect(t.logs.join('\n')).not.toContain('from-an-earlier-step');
  });

  it('restores the DB by day and saves it right after the scan, even when the scan fails', async () => {
    const t = io();
    const store = memoryCache('rco-trivy-db-2-2026-11-22');
    t.cache = store;
    const e = await failure(scanImage(opts({ image: 'registry.example.com/missing@sha256:00' }), t, { pins: fx.pins }));
    expect(e.code).toBe('TRIVY_SCAN_FAILED');
    expect(e.message).toContain('MANIFEST_UNKNOWN: manifest unknown');
    const cacheDir = join(home, 'runner', 'rco-trivy-cache');
    expect(store.restored).toEqual([
      [join(cacheDir, 'db'), join(cacheDir, 'java-db'), 'rco-trivy-db-2-2026-11-23', 'rco-trivy-db-2-'],
    ]);
    expect(store.saved).toEqual([
      { paths: [join(cacheDir, 'db'), join(cacheDir, 'java-db')], key: 'rco-trivy-db-2-2026-11-23' },
    ]);
  });

  it("does not save again when today's DB was restored, and touches no cache with cache: false", async () => {
    const today = memoryCache('rco-trivy-db-2-2026-11-23');
    const t = io();
    t.cache = today;
    await scanImage(opts(), t, { pins: fx.pins });
    expect(today.saved).toEqual([]);
    const off = memoryCache();
    const t2 = io();
    t2.cache = off;
    await scanImage(opts({ cache: false }), t2, { pins: fx.pins });
    expect(off.restored).toEqual([]);
    expect(off.saved).toEqual([]);
  });

  it('keeps going when the cache service fails: the cache only saves time', async () => {
    const t = io();
    t.cache = {
      restore: async () => Promise.reject(new Error('cache service unreachable')),
      save: async () => Promise.reject(new Error('reserve failed')),
    };
    const r = await scanImage(opts(), t, { pins: fx.pins });
    expect(readFileSync(r.reportPath, 'utf8').length).toBeGreaterThan(0);
    expect(t.logs).toContain('warning: Could not restore the Trivy DB cache: cache service unreachable');
    expect(t.logs).toContain('warning: Could not save the Trivy DB cache: reserve failed');
  });

  it('refuses an image reference that Trivy would read as a flag, and bad DB repositories', async () => {
    const bad = await failure(scanImage(opts({ image: '--config=/etc/x' }), io(), { pins: fx.pins }));
    expect(bad.code).toBe('SCAN_IMAGE_INVALID');
    const repo = await failure(
      scanImage(opts({ dbRepositories: ['--insecure', 'ok.example.com/db:2'] }), io(), { pins: fx.pins }),
    );
    expect(repo.code).toBe('DB_REPOSITORY_INVALID');
    expect(repo.message).toBe('Input "db-repository" has 1 invalid entry: --insecure.');
    const none = await failure(scanImage(opts({ dbRepositories: [] }), io(), { pins: fx.pins }));
    expect(none.code).toBe('DB_REPOSITORY_INVALID');
    expect(calls(fx.record)).toEqual([]);
  });
});
