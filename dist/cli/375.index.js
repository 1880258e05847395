export const id = 375;
export const ids = [375];
export const modules = {

/***/ 3375:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gate: () => (/* binding */ gate_gate)
});

// EXTERNAL MODULE: ./src/lib/gate/gate.ts
var gate = __webpack_require__(3864);
// EXTERNAL MODULE: ./src/lib/inputs/spec.ts
var spec = __webpack_require__(3210);
;// CONCATENATED MODULE: ./src/validate-evidence/inputs.ts

const inputs_spec = {
    path: { default: '.' },
    policy: { default: '.github/release-evidence.yml' },
    environment: { default: 'prod' },
    tag: {},
};
function parseInputs(v) {
    return {
        path: v['path'] ?? '.',
        policy: v['policy'] ?? '',
        environments: (0,spec/* asList */.DD)(v['environment'] ?? ''),
        tag: v['tag'] || undefined,
    };
}

// EXTERNAL MODULE: ./src/lib/verdict/types.ts
var types = __webpack_require__(6868);
;// CONCATENATED MODULE: ./src/validate-evidence/run.ts

async function run(_inputs, _io) {
    return (0,types/* verdict */.W)('validate-evidence', [], { outputs: {} });
}

;// CONCATENATED MODULE: ./src/validate-evidence/gate.ts



const gate_gate = (0,gate/* defineGate */.p)({ name: 'validate-evidence', spec: inputs_spec, parse: parseInputs, run: run });


/***/ })

};
