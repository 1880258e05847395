// The real installer path (local folder cache, io.fetch, system tar) against a loopback server:
// download through a redirect, sha256 check before extraction, cache reuse, mismatch, 404.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installTool } from '../../../src/lib/tools/install.js';
import { localToolCache } from '../../../src/lib/tools/local-cache.js';
import { isRcoError, type RcoError } from '../../../src/lib/verdict/errors.js';
import { testIo } from '../../helpers/io.js';
import { type Fixture, PLATFORM, sha256, startFixture } from './helpers.js';

let fx: Fixture;
beforeAll(async () => {
  fx = await startFixture();
});
afterAll(() => fx.close());

async function failure(p: Promise<unknown>): Promise<RcoError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!isRcoError(e)) throw new Error(`expected an RcoError, got ${String(e)}`);
  return e;
}

describe('installTool with the local cache', () => {
  it('downloads through a redirect, verifies, extracts and caches; the second time it downloads nothing', async () => {
    const root = mkdtempSync(join(fx.dir, 'cache-'));
    const io = testIo();
    const cache = localToolCache(root, io);
    const first = await installTool({ tool: 'trivy', version: 'v1.0.0', platform: PLATFORM }, cache, io, fx.pins);
    expect(first).toMatchObject({ version: '1.0.0', cached: false });
    expect(first.path).toBe(join(root, 'tools', 'trivy', '1.0.0', PLATFORM, 'trivy'));
    expect(existsSync(join(root, 'tools', 'trivy', '1.0.0', PLATFORM, 'contrib', 'html.tpl'))).toBe(true);
    expect(fx.hits.get('/objects/good.tar.gz')).toBe(1);
    // The downloaded archive does not linger in the cache folder.
    expect(readdirSync(join(root, 'tmp')).filter((f) => f.endsWith('.tar.gz'))).toEqual([]);

    const second = await installTool({ tool: 'trivy', version: '1.0.0', platform: PLATFORM }, cache, io, fx.pins);
    expect(second).toEqual({ ...first, cached: true });
    expect(fx.hits.get('/objects/good.tar.gz')).toBe(1);
    expect(io.logs.filter((l) => l.startsWith('Downloading'))).toHaveLength(1);
  });

  it('fails on a sha256 mismatch, naming both digests, and extracts nothing', async () => {
    const root = mkdtempSync(join(fx.dir, 'cache-'));
    const io = testIo();
    const e = await failure(
      installTool({ tool: 'trivy', version: '1.0.1', platform: PLATFORM }, localToolCache(root, io), io, fx.pins),
    );
    expect(e.code).toBe('TOOL_DIGEST_MISMATCH');
    expect(e.kind).toBe('user'); // a fail finding, not unknown: the bytes are known to be wrong
    expect(e.message).toContain(sha256(fx.wrong));
    expect(e.message).toContain(sha256(fx.good));
    expect(e.message).toContain(`trivy 1.0.1 for ${PLATFORM}`);
    expect(existsSync(join(root, 'tools'))).toBe(false);
    expect(readdirSync(join(root, 'tmp'))).toEqual([]);
  });

  it('reports a missing release asset (404) with the version, platform and URL, not a trace', async () => {
    const root = mkdtempSync(join(fx.dir, 'cache-'));
    const io = testIo();
    const e = await failure(
      installTool({ tool: 'trivy', version: '1.0.2', platform: PLATFORM }, localToolCache(root, io), io, fx.pins),
    );
    expect(e.code).toBe('TOOL_ASSET_MISSING');
    expect(e.kind).toBe('environment');
    expect(e.message).toBe(
      `The release asset of trivy 1.0.2 for ${PLATFORM} is missing (HTTP 404 at ${fx.base}/releases/v1.0.2/trivy.tar.gz).`,
    );
    expect(e.hint).toContain('pin another version');
  });

  it('refuses a version that has no pinned sha256, listing the pinned ones', async () => {
    const io = testIo();
    const e = await failure(
      installTool({ tool: 'trivy', version: '0.50.0', platform: PLATFORM }, localToolCache(fx.dir, io), io, fx.pins),
    );
    expect(e.code).toBe('TOOL_VERSION_NOT_PINNED');
    expect(e.kind).toBe('user');
    expect(e.hint).toContain('pinned versions: 1.0.0, 1.0.1, 1.0.2');
  });

  it('refuses a platform without a pinned archive', async () => {
    const io = testIo();
    const other = PLATFORM === 'darwin-arm64' ? 'linux-x64' : 'darwin-arm64';
    const e = await failure(
      installTool({ tool: 'trivy', version: '1.0.0', platform: other }, localToolCache(fx.dir, io), io, fx.pins),
    );
    expect(e.code).toBe('TOOL_PLATFORM_UNSUPPORTED');
    expect(e.message).toContain(`no pinned archive for ${other}`);
  });

  it('refuses plain http to a host that is not loopback', async () => {
    const io = testIo();
    const pins = {
      trivy: {
        binary: 'trivy',
        defaultVersion: '1.0.0',
        versions: { '1.0.0': { [PLATFORM]: { url: 'http://example.invalid/t.tar.gz', sha256: '0'.repeat(64) } } },
      },
    };
    const e = await failure(
      installTool({ tool: 'trivy', version: '1.0.0', platform: PLATFORM }, localToolCache(fx.dir, io), io, pins),
    );
    expect(e.code).toBe('TOOL_DOWNLOAD_FAILED');
    expect(e.message).toContain('refusing to download over http:');
  });
});
