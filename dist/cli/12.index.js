export const id = 12;
export const ids = [12];
export const modules = {

/***/ 9012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadManifest: () => (/* binding */ loadManifest),
/* harmony export */   manifestPath: () => (/* binding */ manifestPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8815);
/* harmony import */ var _root_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4545);
// Reads an action's action.yml: the single source of input names, descriptions and defaults.





function manifestPath(action, root = (0,_root_js__WEBPACK_IMPORTED_MODULE_3__/* .suiteRoot */ .v)()) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'actions', action, 'action.yml');
}
function loadManifest(path) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parse */ .qg)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    const inputs = {};
    for (const [name, raw] of Object.entries((doc['inputs'] ?? {}))) {
        const input = { description: String(raw['description'] ?? ''), required: raw['required'] === true };
        if (raw['default'] !== undefined)
            input.default = String(raw['default']);
        inputs[name] = input;
    }
    const outputs = {};
    for (const [name, raw] of Object.entries((doc['outputs'] ?? {}))) {
        outputs[name] = { description: String(raw['description'] ?? '') };
    }
    return {
        name: String(doc['name'] ?? ''),
        description: String(doc['description'] ?? ''),
        inputs,
        outputs,
        runs: doc['runs'],
    };
}


/***/ })

};
