// The built scan-gate bundle and the rco CLI scanning an image: the pinned Trivy is found in the
// runner's tool cache (@actions/tool-cache layout, loaded lazily by the bundle) or in the CLI's
// folder cache, so the real pin table is used and nothing is downloaded.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TRIVY_VERSION } from '../../src/lib/tools/pins.js';
import { calls, PLATFORM, writeStandIn } from '../integration/scan-gate-installer/helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BUNDLE = join(ROOT, 'dist', 'scan-gate', 'index.js');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const built = existsSync(BUNDLE) && existsSync(CLI);
if (!built) console.log('skipping scan-gate trivy e2e: dist/ not built (run npm run build)');

const IMAGE = `registry.example.com/shop/api@sha256:${'4a'.repeat(32)}`;
const DB = 'mirror.example.com/aquasec/trivy-db:2';

function scratch() {
  const home = mkdtempSync(join(tmpdir(), 'rco-e2e-trivy-'));
  return { home, record: join(home, 'record.txt') };
}

describe.skipIf(!built)('scan-gate with an image, built', () => {
  it('the action finds Trivy in RUNNER_TOOL_CACHE, scans once and fails on the blocking findings', () => {
    const { home, record } = scratch();
    const toolCache = join(home, 'tool-cache');
    const arch = PLATFORM.split('-')[1] as string;
    writeStandIn(join(toolCache, 'trivy', DEFAULT_TRIVY_VERSION, arch), record);
    writeFileSync(join(toolCache, 'trivy', DEFAULT_TRIVY_VERSION, `${arch}.complete`), '');
    mkdirSync(join(home, 'temp'));
    const out = join(home, 'out');
    writeFileSync(out, '');
    const r = spawnSync(process.execPath, [BUNDLE], {
      cwd: home,
      encoding: 'utf8',
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: home,
        GITHUB_OUTPUT: out,
        RUNNER_TEMP: join(home, 'temp'),
        RUNNER_TOOL_CACHE: toolCache,
        INPUT_IMAGE: IMAGE,
        'INPUT_DB-REPOSITORY': DB,
        INPUT_CACHE: 'false',
        TRIVY_SEVERITY: 'LOW',
      },
    });
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).not.toContain('Downloading trivy');
    expect(r.stdout).toContain('Ignoring TRIVY_SEVERITY');
    expect(readFileSync(out, 'utf8')).toMatch(/blocking-count<<.*\n2\n/);
    const [db, scan] = calls(record);
    expect(db?.args).toContain(DB);
    expect(scan?.args.at(-1)).toBe(IMAGE);
  });

  it('the CLI finds Trivy in its folder cache and exits 1 with the verdict as JSON', () => {
    const { home, record } = scratch();
    const dir = join(home, 'xdg', 'rco', 'tools', 'trivy', DEFAULT_TRIVY_VERSION, PLATFORM);
    writeStandIn(dir, record);
    writeFileSync(join(dir, '.complete'), '');
    const r = spawnSync(
      process.execPath,
      [CLI, 'scan-gate', '--image', IMAGE, '--db-repository', DB, '--cache', 'false', '--json'],
      {
        cwd: home,
        encoding: 'utf8',
        env: { PATH: process.env['PATH'] ?? '', HOME: home, XDG_CACHE_HOME: join(home, 'xdg') },
      },
    );
    expect(r.status, r.stderr).toBe(1);
    expect(JSON.parse(r.stdout).outputs['blocking-count']).toBe('2');
    expect(calls(record)).toHaveLength(2);
  });
});
