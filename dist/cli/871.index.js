export const id = 871;
export const ids = [871];
export const modules = {

/***/ 6871:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   step: () => (/* binding */ step)
/* harmony export */ });
/* harmony import */ var _lib_gate_gate_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3864);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4604);


const EXAMPLE_RELEASE_DATE = '2026-11-16';
const step = {
    title: 'Release evidence approved',
    run: (repo, io) => (0,_lib_gate_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .runGate */ .R)(_gate_js__WEBPACK_IMPORTED_MODULE_1__.gate, { path: repo, 'as-of': EXAMPLE_RELEASE_DATE }, io),
};


/***/ })

};
