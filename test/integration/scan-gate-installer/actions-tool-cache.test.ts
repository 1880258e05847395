// The Actions ToolCache (src/runtime/tool-cache.ts) over the real @actions/tool-cache, against the
// same loopback server: the digest check and the errors are the installer's, whatever the cache.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { installTool } from '../../../src/lib/tools/install.js';
import { isRcoError } from '../../../src/lib/verdict/errors.js';
import { actionsCacheStore, actionsToolCache } from '../../../src/runtime/tool-cache.js';
import { testIo } from '../../helpers/io.js';
import { type Fixture, PLATFORM, startFixture } from './helpers.js';

let fx: Fixture;
const saved = { ...process.env };
let toolCache: string;

beforeAll(async () => {
  fx = await startFixture();
});
afterAll(() => fx.close());
beforeEach(() => {
  // @actions/tool-cache reads these from the process environment, as on a runner.
  const dir = mkdtempSync(join(fx.dir, 'runner-'));
  toolCache = join(dir, 'tool-cache');
  mkdirSync(toolCache);
  process.env['RUNNER_TEMP'] = join(dir, 'temp');
  process.env['RUNNER_TOOL_CACHE'] = toolCache;
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true); // ::debug:: lines
});
afterEach(() => {
  vi.restoreAllMocks();
  process.env = { ...saved };
});

const arch = PLATFORM.split('-')[1];

describe('actionsToolCache', () => {
  it('installs into RUNNER_TOOL_CACHE and finds it there the second time', async () => {
    const io = testIo();
    const before = fx.hits.get('/objects/good.tar.gz') ?? 0;
    const first = await installTool(
      { tool: 'trivy', version: '1.0.0', platform: PLATFORM },
      actionsToolCache(),
      io,
      fx.pins,
    );
    expect(first.path).toBe(join(toolCache, 'trivy', '1.0.0', arch as string, 'trivy'));
    const second = await installTool(
      { tool: 'trivy', version: '1.0.0', platform: PLATFORM },
      actionsToolCache(),
      io,
      fx.pins,
    );
    expect(second.cached).toBe(true);
    expect(fx.hits.get('/objects/good.tar.gz')).toBe(before + 1);
  });

  it('turns the 404 of @actions/tool-cache into the clear missing-asset error', async () => {
    const e = await installTool(
      { tool: 'trivy', version: '1.0.2', platform: PLATFORM },
      actionsToolCache(),
      testIo(),
      fx.pins,
    ).catch((err: unknown) => err);
    expect(isRcoError(e) && e.code).toBe('TOOL_ASSET_MISSING');
  });

  it('fails the digest check before @actions/tool-cache extracts anything', async () => {
    const e = await installTool(
      { tool: 'trivy', version: '1.0.1', platform: PLATFORM },
      actionsToolCache(),
      testIo(),
      fx.pins,
    ).catch((err: unknown) => err);
    expect(isRcoError(e) && e.code).toBe('TOOL_DIGEST_MISMATCH');
  });
});

describe('actionsCacheStore', () => {
  it('is a no-op where the cache service is not available', async () => {
    delete process.env['ACTIONS_CACHE_URL'];
    delete process.env['ACTIONS_RESULTS_URL'];
    const store = actionsCacheStore();
    expect(await store.restore(['/nonexistent'], 'k', ['k-'])).toBeUndefined();
    await expect(store.save(['/nonexistent'], 'k')).resolves.toBeUndefined();
  });
});
