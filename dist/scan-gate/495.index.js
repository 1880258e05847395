export const id = 495;
export const ids = [495];
export const modules = {

/***/ 4495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   actionsCacheStore: () => (/* binding */ actionsCacheStore),
/* harmony export */   actionsToolCache: () => (/* binding */ actionsToolCache)
/* harmony export */ });
/* harmony import */ var _actions_cache__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1691);
/* harmony import */ var _actions_tool_cache__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9805);
/* harmony import */ var _lib_tools_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(382);
// The Actions implementations of ToolCache and CacheStore, over @actions/tool-cache (downloads with
// retries, RUNNER_TOOL_CACHE) and @actions/cache (the repository's cache service). Loaded lazily by
// action.ts: most actions never download a tool, so they never pay for these modules at start.



/** tool-cache keys folders by arch; the platform's OS part is implied by the runner. */
const arch = (platform) => platform.split('-')[1];
function actionsToolCache() {
    return {
        async find(tool, version, platform) {
            const dir = _actions_tool_cache__WEBPACK_IMPORTED_MODULE_1__/* .find */ .I6(tool, version, arch(platform));
            return dir || undefined;
        },
        async download(url) {
            try {
                return await _actions_tool_cache__WEBPACK_IMPORTED_MODULE_1__/* .downloadTool */ .bq(url);
            }
            catch (e) {
                if (e instanceof _actions_tool_cache__WEBPACK_IMPORTED_MODULE_1__/* .HTTPError */ .Hl)
                    throw new _lib_tools_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ToolDownloadError */ .FB(e.message, e.httpStatusCode);
                throw e;
            }
        },
        extractTarGz: (archive) => _actions_tool_cache__WEBPACK_IMPORTED_MODULE_1__/* .extractTar */ .nN(archive),
        save: (dir, tool, version, platform) => _actions_tool_cache__WEBPACK_IMPORTED_MODULE_1__/* .cacheDir */ .e8(dir, tool, version, arch(platform)),
    };
}
function actionsCacheStore() {
    return {
        async restore(paths, primaryKey, restoreKeys) {
            // Off GitHub (act, a self-hosted runner without the cache service) there is nothing to restore.
            if (!_actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .isFeatureAvailable */ .w3())
                return undefined;
            return _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .restoreCache */ .P3(paths, primaryKey, restoreKeys);
        },
        async save(paths, key) {
            if (!_actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .isFeatureAvailable */ .w3())
                return;
            // saveCache logs and swallows most failures; a key saved by a parallel job throws, which the
            // caller reports as a warning.
            await _actions_cache__WEBPACK_IMPORTED_MODULE_0__/* .saveCache */ .Io(paths, key);
        },
    };
}


/***/ })

};
