export const id = 625;
export const ids = [625];
export const modules = {

/***/ 3006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   step: () => (/* binding */ step)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _lib_gate_gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3864);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2560);
// The rehearsal step: the gate over the report and suppressions the example repository ships.



const step = {
    title: 'No CRITICAL/HIGH vulnerabilities without a reviewed suppression',
    run: (repo, io) => (0,_lib_gate_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .runGate */ .R)(_gate_js__WEBPACK_IMPORTED_MODULE_2__.gate, {
        report: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(repo, 'security', 'trivy-report.json'),
        'ignore-files': (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(repo, 'security', '.trivyignore'),
        'fail-on': 'CRITICAL,HIGH',
    }, io),
};


/***/ })

};
