// The whole scan-gate on an image, through the inputs a user writes: trivy-version, db-repository and
// cache reach scanImage. The pinned version is put in the tool cache beforehand (as a previous run
// would have), so the real pin table is used and nothing is downloaded.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGate } from '../../../src/lib/gate/gate.js';
import { DEFAULT_TRIVY_VERSION } from '../../../src/lib/tools/pins.js';
import { gate } from '../../../src/scan-gate/gate.js';
import { testIo } from '../../helpers/io.js';
import { calls, PLATFORM, writeStandIn } from './helpers.js';

const IMAGE = `registry.example.com/shop/api@sha256:${'4a'.repeat(32)}`;

function cachedStandIn(): { home: string; record: string } {
  const home = mkdtempSync(join(tmpdir(), 'rco-gate-trivy-'));
  const record = join(home, 'record.txt');
  const dir = join(home, 'xdg', 'rco', 'tools', 'trivy', DEFAULT_TRIVY_VERSION, PLATFORM);
  mkdirSync(dir, { recursive: true });
  writeStandIn(dir, record);
  writeFileSync(join(dir, '.complete'), '');
  mkdirSync(join(home, 'runner'));
  return { home, record };
}

describe('scan-gate on an image', () => {
  it('scans with the pinned Trivy from the cache and gates the report it wrote', async () => {
    const { home, record } = cachedStandIn();
    const io = testIo({
      env: {
        PATH: process.env['PATH'],
        HOME: home,
        XDG_CACHE_HOME: join(home, 'xdg'),
        RUNNER_TEMP: join(home, 'runner'),
      },
      cwd: home,
    });
    const v = await runGate(
      gate,
      { image: IMAGE, 'db-repository': 'mirror.example.com/aquasec/trivy-db:2', cache: 'false' },
      io,
    );
    expect(v.outcome).toBe('fail');
    expect(v.outputs['blocking-count']).toBe('2');
    expect(io.logs.some((l) => l.startsWith('Downloading'))).toBe(false);
    const [db, scan] = calls(record);
    expect(db?.args).toContain('mirror.example.com/aquasec/trivy-db:2');
    expect(scan?.args.at(-1)).toBe(IMAGE);
    const reportPath = v.outputs['report-path'] as string;
    expect(JSON.parse(readFileSync(reportPath, 'utf8')).SchemaVersion).toBe(2);
  });

  it('refuses an unpinned trivy-version before anything runs', async () => {
    const { home, record } = cachedStandIn();
    const v = await runGate(gate, { image: IMAGE, 'trivy-version': '0.69.4' }, testIo({ cwd: home }));
    expect(v.outcome).toBe('fail');
    expect(v.findings.map((f) => f.rule)).toEqual(['INPUT_INVALID']);
    expect(calls(record)).toEqual([]);
  });
});
