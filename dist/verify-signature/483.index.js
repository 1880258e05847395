export const id = 483;
export const ids = [483];
export const modules = {

/***/ 2483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readArtifact: () => (/* binding */ readArtifact),
/* harmony export */   verifyBlob: () => (/* binding */ verifyBlob)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_verdict_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7098);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9729);
// Blob mode: one artifact (a file, or sha256:/sha512: digest) with a Sigstore bundle, a cosign bundle
// file (`cosign sign-blob --bundle`), or a signature plus certificate or key.




/** Artifacts can be large: cap what is held in memory; above it, the digests are streamed. */
const MAX_ARTIFACT_IN_MEMORY = 256 * 1024 * 1024;
async function readArtifact(io, value) {
    const m = /^(sha256|sha512):(.*)$/i.exec(value.trim());
    if (m) {
        const algorithm = m[1].toLowerCase();
        const hex = m[2].toLowerCase();
        if (!new RegExp(`^[0-9a-f]{${algorithm === 'sha256' ? 64 : 128}}$`).test(hex)) {
            throw (0,_lib_verdict_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .userError */ .IF)('INPUT_INVALID', `Input "artifact": "${value}" is not a valid ${algorithm} digest.`);
        }
        return {
            ref: { digest: { algorithm, hex } },
            sha256: algorithm === 'sha256' ? Buffer.from(hex, 'hex') : Buffer.alloc(0),
        };
    }
    const bytes = await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readInputFile */ .jH)(io, 'artifact', value, MAX_ARTIFACT_IN_MEMORY).catch(async (e) => {
        if (!(0,_lib_verdict_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isRcoError */ .Bp)(e) || !/larger than/.test(e.message))
            throw e;
        return undefined;
    });
    if (bytes)
        return { ref: { bytes }, sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest() };
    return streamDigest((0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .inWorkspace */ .ve)(io, value));
}
/** A huge artifact is identified by its sha256, computed in one pass without holding it. */
async function streamDigest(path) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path))
        h.update(chunk);
    const sha256 = h.digest();
    return { ref: { digest: { algorithm: 'sha256', hex: sha256.toString('hex') } }, sha256 };
}
function parseJsonFile(text, path) {
    try {
        return JSON.parse(text.toString('utf8'));
    }
    catch (e) {
        throw (0,_lib_verdict_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .userError */ .IF)('SIGNATURE_BUNDLE_MALFORMED', `The bundle ${path} is not JSON: ${(0,_lib_verdict_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describe */ .q0)(e)}.`);
    }
}
/** `cosign sign-blob --bundle` wrote {base64Signature, cert (base64 PEM), rekorBundle} before v3. */
async function fromCosignBundle(doc, sha256) {
    const { cosignPartsToBundle } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3874));
    const cert = typeof doc['cert'] === 'string' ? doc['cert'] : undefined;
    const pem = cert && !cert.includes('-----BEGIN') ? Buffer.from(cert, 'base64').toString('utf8') : cert;
    return cosignPartsToBundle(sha256, {
        signature: String(doc['base64Signature'] ?? ''),
        ...(pem ? { certificatePem: pem } : {}),
        ...(doc['rekorBundle'] ? { rekorBundle: JSON.stringify(doc['rekorBundle']) } : {}),
    });
}
function needSha256(a) {
    if (a.sha256.length === 0) {
        throw (0,_lib_verdict_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .userError */ .IF)('SIGNATURE_ARTIFACT_MISMATCH', 'cosign signatures sign a sha256 digest: give the file or its sha256.');
    }
}
async function bundleFor(inputs, a, io) {
    if (inputs.bundle !== undefined) {
        const json = parseJsonFile(await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readInputFile */ .jH)(io, 'bundle', inputs.bundle), inputs.bundle);
        if (json && typeof json === 'object' && 'base64Signature' in json) {
            needSha256(a);
            return { json: await fromCosignBundle(json, a.sha256), foundIn: 'bundle' };
        }
        return { json, foundIn: 'bundle' };
    }
    needSha256(a);
    const { cosignPartsToBundle } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3874));
    const signature = (await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readInputFile */ .jH)(io, 'signature', inputs.signature)).toString('utf8');
    const certificatePem = inputs.certificate ? await (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .pemInput */ .t3)(io, 'certificate', inputs.certificate) : undefined;
    return {
        json: cosignPartsToBundle(a.sha256, { signature, ...(certificatePem ? { certificatePem } : {}) }),
        foundIn: 'signature',
    };
}
async function verifyBlob(inputs, policy, trust, io) {
    const ref = inputs.artifact;
    const result = { ref, digest: '' };
    const findings = [];
    const file = inputs.bundle ?? inputs.signature;
    try {
        const a = await readArtifact(io, ref);
        result.digest = a.sha256.length ? `sha256:${a.sha256.toString('hex')}` : ref.toLowerCase();
        const { json, foundIn } = await bundleFor(inputs, a, io);
        result.foundIn = foundIn;
        const sig = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3874));
        result.verified = inputs.attestationType
            ? await sig.verifyAttestation(json, result.digest, inputs.attestationType, policy, trust)
            : await sig.verifyBundle(json, a.ref, policy, trust);
    }
    catch (e) {
        if (!(0,_lib_verdict_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isRcoError */ .Bp)(e))
            throw e;
        // A problem of the signature is annotated on its file; an unreadable input (the artifact, or a
        // file that is not there) already names itself and has no line to show.
        const onSignature = e.code.startsWith('SIGNATURE_') && e.code !== 'SIGNATURE_INPUT_UNREADABLE';
        const where = onSignature && file ? { file } : {};
        const f = (0,_lib_verdict_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .findingOf */ .hD)(e, where);
        findings.push(f);
        result.error = f.message;
        if (f.level === 'unknown')
            result.undecided = true;
    }
    return { results: [result], findings };
}


/***/ })

};
