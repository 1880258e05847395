export const id = 741;
export const ids = [741];
export const modules = {

/***/ 8785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   H2: () => (/* binding */ checkDigest),
/* harmony export */   sI: () => (/* binding */ sha256Digest),
/* harmony export */   t9: () => (/* binding */ digestTag)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _verdict_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7098);
// Content digests: every byte read from a registry or a layout is checked against the digest that named it.


const DIGEST = /^sha256:[a-f0-9]{64}$/;
function isDigest(s) {
    return DIGEST.test(s);
}
function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** Throws OCI_DIGEST_MISMATCH (fail: the source served content other than what was named). */
function checkDigest(bytes, expected, where) {
    const actual = sha256Digest(bytes);
    if (actual !== expected) {
        throw (0,_verdict_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .userError */ .IF)('OCI_DIGEST_MISMATCH', `${where} served content with digest ${actual}, not the ${expected} it was asked for; the content was discarded.`, { hint: 'the registry or a proxy in between is corrupting or substituting content' });
    }
}
/** The tag cosign and the OCI referrers tag schema derive from a digest: sha256:<hex> -> sha256-<hex>. */
function digestTag(digest) {
    return digest.replace(':', '-');
}


/***/ }),

/***/ 1559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Al: () => (/* binding */ OciLayout),
/* harmony export */   Gv: () => (/* binding */ splitLayoutSpec),
/* harmony export */   w5: () => (/* binding */ REF_NAME)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _verdict_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7098);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8785);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8660);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2928);
// An OCI image layout on disk (image-spec "image-layout"): oci-layout, index.json, blobs/sha256/<hex>.
// Tags are the org.opencontainers.image.ref.name annotations of index.json; referrers are the
// manifests in index.json whose subject is the digest, as the spec's 1.1 layout guidance has it.






const REF_NAME = 'org.opencontainers.image.ref.name';
/** `DIR` or `DIR:tag`; a colon belongs to the directory when the whole string is one. */
async function splitLayoutSpec(spec, cwd) {
    const abs = (p) => ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(p) ? p : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, p));
    const whole = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(abs(spec), 'oci-layout')).catch(() => undefined);
    const colon = spec.lastIndexOf(':');
    if (whole || colon <= 0 || spec.slice(colon + 1).includes('/'))
        return { dir: abs(spec) };
    return { dir: abs(spec.slice(0, colon)), tag: spec.slice(colon + 1) };
}
async function readCapped(path, cap, what) {
    let size;
    try {
        size = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)).size;
    }
    catch {
        throw (0,_verdict_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .userError */ .IF)('OCI_LAYOUT_INVALID', `${what}: ${path} does not exist.`);
    }
    if (size > cap)
        throw (0,_verdict_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .userError */ .IF)('OCI_TOO_LARGE', `${what}: ${path} is ${size} bytes, over the ${cap}-byte limit.`);
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path);
}
class OciLayout {
    dir;
    index;
    constructor(dir, index) {
        this.dir = dir;
        this.index = index;
    }
    get name() {
        return this.dir;
    }
    static async open(dir) {
        const marker = await readCapped((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'oci-layout'), 4096, 'oci-layout').catch(() => {
            throw (0,_verdict_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .userError */ .IF)('OCI_LAYOUT_INVALID', `${dir} is not an OCI image layout: it has no oci-layout file.`, {
                hint: 'write one with `skopeo copy … oci:DIR` or `docker buildx build --output type=oci,tar=false,dest=DIR`',
            });
        });
        try {
            const v = JSON.parse(marker.toString('utf8')).imageLayoutVersion;
            if (typeof v !== 'string' || !v.startsWith('1.'))
                throw new Error(`imageLayoutVersion ${JSON.stringify(v)}`);
        }
        catch (e) {
            throw (0,_verdict_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .userError */ .IF)('OCI_LAYOUT_INVALID', `${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'oci-layout')} is invalid: ${(0,_verdict_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describe */ .q0)(e)}.`);
        }
        const where = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'index.json');
        const index = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .parseManifest */ .N)(await readCapped(where, _types_js__WEBPACK_IMPORTED_MODULE_5__/* .LIMITS */ .b1.manifestBytes, 'index.json'), where);
        if (!(0,_types_js__WEBPACK_IMPORTED_MODULE_5__/* .isIndex */ .nw)(index))
            throw (0,_verdict_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .userError */ .IF)('OCI_LAYOUT_INVALID', `${where} is not an image index.`);
        return new OciLayout(dir, index);
    }
    /** The manifest descriptor a tag names, or the only image when no tag is given. */
    resolveTag(tag) {
        const named = this.index.manifests.filter((d) => d.annotations?.[REF_NAME] !== undefined);
        if (tag !== undefined) {
            const hit = named.filter((d) => d.annotations?.[REF_NAME] === tag);
            if (hit.length === 1)
                return hit[0];
            const known = named.map((d) => d.annotations?.[REF_NAME]).join(', ') || 'none';
            throw (0,_verdict_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .userError */ .IF)('OCI_LAYOUT_TAG', `${this.dir} has ${hit.length ? 'several images' : 'no image'} tagged "${tag}" (tags: ${known}).`);
        }
        // Signature and referrer manifests sit in index.json too; they are not "the image".
        const images = this.index.manifests.filter((d) => !/^sha256-[a-f0-9]{64}/.test(d.annotations?.[REF_NAME] ?? '') && !d.artifactType);
        if (images.length === 1)
            return images[0];
        throw (0,_verdict_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .userError */ .IF)('OCI_LAYOUT_TAG', `${this.dir} holds ${images.length} images; name one as oci-layout: DIR:tag.`);
    }
    blobPath(digest) {
        if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .isDigest */ .Bc)(digest))
            throw (0,_verdict_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .userError */ .IF)('OCI_DIGEST_INVALID', `${this.dir}: "${digest}" is not a sha256 digest.`);
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(this.dir, 'blobs', 'sha256', digest.slice('sha256:'.length));
    }
    async blob(desc, cap = _types_js__WEBPACK_IMPORTED_MODULE_5__/* .LIMITS */ .b1.blobBytes) {
        const what = `${this.dir} blob ${desc.digest}`;
        const bytes = await readCapped(this.blobPath(desc.digest), Math.min(cap, desc.size), what);
        (0,_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .checkDigest */ .H2)(bytes, desc.digest, what);
        return bytes;
    }
    async manifest(reference) {
        const desc = (0,_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .isDigest */ .Bc)(reference)
            ? (this.index.manifests.find((d) => d.digest === reference) ?? {
                mediaType: '',
                digest: reference,
                size: _types_js__WEBPACK_IMPORTED_MODULE_5__/* .LIMITS */ .b1.manifestBytes,
            })
            : this.index.manifests.find((d) => d.annotations?.[REF_NAME] === reference);
        if (!desc)
            return undefined;
        const what = `${this.dir} manifest ${desc.digest}`;
        const exists = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(this.blobPath(desc.digest)).catch(() => undefined);
        if (!exists)
            return undefined;
        const bytes = await readCapped(this.blobPath(desc.digest), _types_js__WEBPACK_IMPORTED_MODULE_5__/* .LIMITS */ .b1.manifestBytes, what);
        (0,_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .checkDigest */ .H2)(bytes, desc.digest, what);
        const manifest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .parseManifest */ .N)(bytes, what);
        return { digest: desc.digest, bytes, manifest, mediaType: (0,_manifest_js__WEBPACK_IMPORTED_MODULE_4__/* .manifestMediaType */ .g)(manifest, desc.mediaType) };
    }
    async referrers(digest, artifactType) {
        const out = [];
        for (const d of this.index.manifests) {
            if (d.digest === digest || (artifactType && d.artifactType && d.artifactType !== artifactType))
                continue;
            const m = await this.manifest(d.digest);
            if (!m?.manifest.subject || m.manifest.subject.digest !== digest)
                continue;
            const at = d.artifactType ?? m.manifest.artifactType;
            out.push({ ...d, ...(at ? { artifactType: at } : {}) });
        }
        return out;
    }
}


/***/ }),

/***/ 8660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ parseManifest),
/* harmony export */   g: () => (/* binding */ manifestMediaType)
/* harmony export */ });
/* harmony import */ var _verdict_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7098);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8785);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2928);
// Parses manifest bytes (already checked against their digest) into the shapes we read, with a clear
// error for anything else: registries and layouts are untrusted input.



function invalid(where, why) {
    throw (0,_verdict_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .userError */ .IF)('OCI_MANIFEST_INVALID', `${where} is not a valid OCI or Docker manifest: ${why}.`);
}
function descriptor(d, where, field) {
    if (!d || typeof d !== 'object')
        invalid(where, `${field} is not an object`);
    const o = d;
    if (typeof o['mediaType'] !== 'string')
        invalid(where, `${field}.mediaType is missing`);
    if (typeof o['digest'] !== 'string' || !(0,_digest_js__WEBPACK_IMPORTED_MODULE_1__/* .isDigest */ .Bc)(o['digest']))
        invalid(where, `${field}.digest is not a sha256 digest`);
    if (typeof o['size'] !== 'number' || !Number.isSafeInteger(o['size']) || o['size'] < 0) {
        invalid(where, `${field}.size is not a non-negative integer`);
    }
    if (o['annotations'] !== undefined) {
        const a = o['annotations'];
        if (!a || typeof a !== 'object' || Object.values(a).some((v) => typeof v !== 'string')) {
            invalid(where, `${field}.annotations must map strings to strings`);
        }
    }
    return o;
}
function parseManifest(bytes, where) {
    let json;
    try {
        json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch (e) {
        invalid(where, `not JSON (${(0,_verdict_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describe */ .q0)(e)})`);
    }
    if (!json || typeof json !== 'object' || Array.isArray(json))
        invalid(where, 'not a JSON object');
    const m = json;
    if (m['schemaVersion'] !== 2) {
        invalid(where, `schemaVersion is ${JSON.stringify(m['schemaVersion'])}; only schema 2 (OCI, Docker v2) is read`);
    }
    if (m['subject'] !== undefined)
        descriptor(m['subject'], where, 'subject');
    if (Array.isArray(m['manifests'])) {
        m['manifests'].forEach((d, i) => {
            descriptor(d, where, `manifests[${i}]`);
        });
        return m;
    }
    descriptor(m['config'], where, 'config');
    if (!Array.isArray(m['layers']))
        invalid(where, 'it has neither "manifests" nor "layers"');
    m['layers'].forEach((d, i) => {
        descriptor(d, where, `layers[${i}]`);
    });
    return m;
}
/** The media type a manifest declares, else the one the server sent, else OCI by shape. */
function manifestMediaType(m, served) {
    if (typeof m.mediaType === 'string')
        return m.mediaType;
    const s = served?.split(';')[0]?.trim();
    if (s)
        return s;
    return Array.isArray(m.manifests) ? _types_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA */ .Rn.ociIndex : _types_js__WEBPACK_IMPORTED_MODULE_2__/* .MEDIA */ .Rn.ociManifest;
}


/***/ }),

/***/ 2928:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rn: () => (/* binding */ MEDIA),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   nw: () => (/* binding */ isIndex)
/* harmony export */ });
// The OCI / Docker media types and JSON shapes the client reads (OCI image-spec 1.1, Docker schema 2).
const MEDIA = {
    ociManifest: 'application/vnd.oci.image.manifest.v1+json',
    ociIndex: 'application/vnd.oci.image.index.v1+json',
    dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
    dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
    ociEmpty: 'application/vnd.oci.empty.v1+json',
    sigstoreBundle: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    simpleSigning: 'application/vnd.dev.cosign.simplesigning.v1+json',
};
/** Every manifest shape we can read, offered in one Accept header so a registry never down-converts. */
const MANIFEST_ACCEPT = [MEDIA.ociManifest, MEDIA.ociIndex, MEDIA.dockerManifest, MEDIA.dockerList].join(', ');
function isIndex(m) {
    return Array.isArray(m.manifests);
}
/** Caps on what a registry may make us hold: containerd uses 4 MiB for manifests, and signature
 * payloads and bundles are a few kB, so 16 MiB is generous while bounding memory per request. */
const LIMITS = {
    manifestBytes: 4 * 1024 * 1024,
    blobBytes: 16 * 1024 * 1024,
};


/***/ }),

/***/ 5741:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  step: () => (/* binding */ step)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/lib/gate/gate.ts
var gate = __webpack_require__(3864);
// EXTERNAL MODULE: ./src/lib/verdict/errors.ts
var errors = __webpack_require__(7098);
// EXTERNAL MODULE: ./src/lib/verdict/types.ts
var types = __webpack_require__(6868);
// EXTERNAL MODULE: ./src/verify-signature/gate.ts + 1 modules
var verify_signature_gate = __webpack_require__(9062);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/lib/oci/layout.ts
var layout = __webpack_require__(1559);
// EXTERNAL MODULE: ./src/lib/oci/types.ts
var oci_types = __webpack_require__(2928);
;// CONCATENATED MODULE: ./src/verify-signature/rehearse-image.ts
// The rehearsal's image: a tiny OCI image of the example repository (a config blob and one layer),
// written as an OCI image layout and signed the way `cosign sign --key` + `cosign save` leave it: a
// simple-signing payload at tag sha256-<hex>.sig, signed with a key made for this one run.





async function writeBlob(dir, mediaType, content) {
    const bytes = Buffer.from(content);
    const hex = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'blobs', 'sha256', hex), bytes);
    return { mediaType, digest: `sha256:${hex}`, size: bytes.length };
}
async function writeManifest(dir, config, layers, annotations) {
    const m = { schemaVersion: 2, mediaType: oci_types/* MEDIA */.Rn.ociManifest, config, layers, ...(annotations ? { annotations } : {}) };
    return writeBlob(dir, oci_types/* MEDIA */.Rn.ociManifest, JSON.stringify(m));
}
/** Writes the signed layout into `dir` (which must be empty) for the repository's name and version. */
async function writeSignedLayout(dir, app) {
    await (0,promises_.mkdir)((0,external_node_path_.join)(dir, 'blobs', 'sha256'), { recursive: true });
    const layer = await writeBlob(dir, 'application/vnd.oci.image.layer.v1.tar', `${app.name}@${app.version}\n`);
    const config = await writeBlob(dir, 'application/vnd.oci.image.config.v1+json', JSON.stringify({
        architecture: 'amd64',
        os: 'linux',
        rootfs: { type: 'layers', diff_ids: [layer.digest] },
        config: {},
    }));
    const image = await writeManifest(dir, config, [layer], {
        'org.opencontainers.image.title': app.name,
        'org.opencontainers.image.version': app.version,
    });
    const { privateKey, publicKey } = (0,external_node_crypto_.generateKeyPairSync)('ec', { namedCurve: 'P-256' });
    const payload = JSON.stringify({
        critical: {
            identity: { 'docker-reference': app.name.replace(/^@/, '') },
            image: { 'docker-manifest-digest': image.digest },
            type: 'cosign container image signature',
        },
        optional: null,
    });
    const sigLayer = await writeBlob(dir, oci_types/* MEDIA */.Rn.simpleSigning, payload);
    sigLayer.annotations = {
        'dev.cosignproject.cosign/signature': (0,external_node_crypto_.sign)('sha256', Buffer.from(payload), privateKey).toString('base64'),
    };
    const sigConfig = await writeBlob(dir, 'application/vnd.oci.image.config.v1+json', '{"rootfs":{"type":"layers","diff_ids":[]}}');
    const sig = await writeManifest(dir, sigConfig, [sigLayer]);
    const tagOf = (w, tag) => ({ ...w, annotations: { [layout/* REF_NAME */.w5]: tag } });
    const index = {
        schemaVersion: 2,
        mediaType: oci_types/* MEDIA */.Rn.ociIndex,
        manifests: [tagOf(image, app.version), tagOf(sig, `${image.digest.replace(':', '-')}.sig`)],
    };
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'index.json'), JSON.stringify(index));
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
    return {
        dir,
        tag: app.version,
        digest: image.digest,
        publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    };
}

;// CONCATENATED MODULE: ./src/verify-signature/rehearse.ts
// `rco rehearse` step: the release image is signed and its signature verified before deploy. The
// rehearsal builds the example repository's image as an OCI layout in a temp folder, signs it with a
// key made for this run, and runs the verify-signature gate on it, offline.








async function appOf(repo) {
    const path = (0,external_node_path_.join)(repo, 'package.json');
    try {
        const pkg = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
        if (typeof pkg.name === 'string' && typeof pkg.version === 'string')
            return { name: pkg.name, version: pkg.version };
        throw new Error('no "name" and "version" strings');
    }
    catch (e) {
        throw (0,errors/* userError */.IF)('REHEARSE_APP_UNKNOWN', `${path} must give the image's name and version: ${(0,errors/* describe */.q0)(e)}.`);
    }
}
const step = {
    title: 'Release image signature verified',
    run: async (repo, io) => {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rco-rehearse-image-'));
        try {
            const app = await appOf(repo);
            const image = await writeSignedLayout((0,external_node_path_.join)(dir, 'layout'), app);
            const keyPath = (0,external_node_path_.join)(dir, 'cosign.pub');
            await (0,promises_.writeFile)(keyPath, image.publicKeyPem);
            return await (0,gate/* runGate */.R)(verify_signature_gate.gate, { 'oci-layout': `${image.dir}:${image.tag}`, key: keyPath }, io);
        }
        catch (e) {
            if (!(0,errors/* isRcoError */.Bp)(e))
                throw e;
            return (0,types/* verdict */.W)(verify_signature_gate.gate.name, [(0,errors/* findingOf */.hD)(e)]);
        }
        finally {
            await (0,promises_.rm)(dir, { recursive: true, force: true });
        }
    },
};


/***/ })

};
