export const id = 162;
export const ids = [162];
export const modules = {

/***/ 9162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  actionsCacheStore: () => (/* binding */ actionsCacheStore),
  actionsToolCache: () => (/* binding */ actionsToolCache)
});

// EXTERNAL MODULE: ./node_modules/@actions/cache/lib/cache.js + 340 modules
var cache = __webpack_require__(1691);
// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 2 modules
var tool_cache = __webpack_require__(9805);
;// CONCATENATED MODULE: ./src/lib/tools/types.ts
// What the installer and the DB cache need from their host, so src/lib never imports @actions/*:
// src/runtime/tool-cache.ts implements these over @actions/tool-cache and @actions/cache, and
// local-cache.ts implements ToolCache for the CLI over a folder in the user's cache.
const PLATFORMS = (/* unused pure expression or super */ null && (['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64']));
/** A download that got an HTTP answer other than success; status lets callers tell 404 from 5xx. */
class ToolDownloadError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.name = 'ToolDownloadError';
        this.status = status;
    }
}
function currentPlatform(platform, arch) {
    const key = `${platform}-${arch}`;
    return PLATFORMS.includes(key) ? key : undefined;
}

;// CONCATENATED MODULE: ./src/runtime/tool-cache.ts
// The Actions implementations of ToolCache and CacheStore, over @actions/tool-cache (downloads with
// retries, RUNNER_TOOL_CACHE) and @actions/cache (the repository's cache service). Loaded lazily by
// action.ts: most actions never download a tool, so they never pay for these modules at start.



/** tool-cache keys folders by arch; the platform's OS part is implied by the runner. */
const arch = (platform) => platform.split('-')[1];
function actionsToolCache() {
    return {
        async find(tool, version, platform) {
            const dir = tool_cache/* find */.I6(tool, version, arch(platform));
            return dir || undefined;
        },
        async download(url) {
            try {
                return await tool_cache/* downloadTool */.bq(url);
            }
            catch (e) {
                if (e instanceof tool_cache/* HTTPError */.Hl)
                    throw new ToolDownloadError(e.message, e.httpStatusCode);
                throw e;
            }
        },
        extractTarGz: (archive) => tool_cache/* extractTar */.nN(archive),
        save: (dir, tool, version, platform) => tool_cache/* cacheDir */.e8(dir, tool, version, arch(platform)),
    };
}
function actionsCacheStore() {
    return {
        async restore(paths, primaryKey, restoreKeys) {
            // Off GitHub (act, a self-hosted runner without the cache service) there is nothing to restore.
            if (!cache/* isFeatureAvailable */.w3())
                return undefined;
            return cache/* restoreCache */.P3(paths, primaryKey, restoreKeys);
        },
        async save(paths, key) {
            if (!cache/* isFeatureAvailable */.w3())
                return;
            // saveCache logs and swallows most failures; a key saved by a parallel job throws, which the
            // caller reports as a warning.
            await cache/* saveCache */.Io(paths, key);
        },
    };
}


/***/ })

};
