// The Actions implementations of ToolCache and CacheStore, over @actions/tool-cache (downloads with
// retries, RUNNER_TOOL_CACHE) and @actions/cache (the repository's cache service). Loaded lazily by
// action.ts: most actions never download a tool, so they never pay for these modules at start.
import * as cache from '@actions/cache';
import * as tc from '@actions/tool-cache';
import type { CacheStore, Platform, ToolCache } from '../lib/tools/types.js';
import { ToolDownloadError } from '../lib/tools/types.js';

/** tool-cache keys folders by arch; the platform's OS part is implied by the runner. */
const arch = (platform: Platform) => platform.split('-')[1] as string;

export function actionsToolCache(): ToolCache {
  return {
    async find(tool, version, platform) {
      const dir = tc.find(tool, version, arch(platform));
      return dir || undefined;
    },
    async download(url) {
      try {
        return await tc.downloadTool(url);
      } catch (e) {
        if (e instanceof tc.HTTPError) throw new ToolDownloadError(e.message, e.httpStatusCode);
        throw e;
      }
    },
    extractTarGz: (archive) => tc.extractTar(archive),
    save: (dir, tool, version, platform) => tc.cacheDir(dir, tool, version, arch(platform)),
  };
}

export function actionsCacheStore(): CacheStore {
  return {
    async restore(paths, primaryKey, restoreKeys) {
      // Off GitHub (act, a self-hosted runner without the cache service) there is nothing to restore.
      if (!cache.isFeatureAvailable()) return undefined;
      return cache.restoreCache(paths, primaryKey, restoreKeys);
    },
    async save(paths, key) {
      if (!cache.isFeatureAvailable()) return;
      // saveCache logs and swallows most failures; a key saved by a parallel job throws, which the
      // caller reports as a warning.
      await cache.saveCache(paths, key);
    },
  };
}
