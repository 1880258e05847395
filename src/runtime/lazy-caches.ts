// The tool and DB caches the Actions entry hands to every gate, loading @actions/tool-cache and
// @actions/cache (large: the cache service client) only when a gate first uses them.
import type { CacheStore, ToolCache } from '../lib/tools/types.js';

const load = () => import('./tool-cache.js');

export function lazyActionsCaches(): { tools: ToolCache; cache: CacheStore } {
  return {
    tools: {
      find: async (tool, version, platform) => (await load()).actionsToolCache().find(tool, version, platform),
      download: async (url) => (await load()).actionsToolCache().download(url),
      extractTarGz: async (archive) => (await load()).actionsToolCache().extractTarGz(archive),
      save: async (dir, tool, version, platform) =>
        (await load()).actionsToolCache().save(dir, tool, version, platform),
    },
    cache: {
      restore: async (paths, key, restoreKeys) => (await load()).actionsCacheStore().restore(paths, key, restoreKeys),
      save: async (paths, key) => (await load()).actionsCacheStore().save(paths, key),
    },
  };
}
