export const id = 222;
export const ids = [222];
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

/***/ 2222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyImages: () => (/* binding */ verifyImages)
});

// EXTERNAL MODULE: ./src/lib/verdict/errors.ts
var errors = __webpack_require__(7098);
// EXTERNAL MODULE: ./src/lib/oci/digest.ts
var oci_digest = __webpack_require__(8785);
;// CONCATENATED MODULE: ./src/lib/oci/ref.ts
// Image references, parsed with the rules docker and cosign use (distribution/reference grammar):
// [registry[:port]/]path[:tag][@sha256:hex]. A first component is a registry only when it has a dot,
// a port or is "localhost"; otherwise the image is on Docker Hub, where one-component names live
// under library/.


const DOCKER_HUB = 'docker.io';
const HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const HOST = /^(?:\[[0-9a-fA-F:]+\]|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::\d{1,5})?$/;
function bad(ref, why) {
    throw (0,errors/* userError */.IF)('IMAGE_REF_INVALID', `Image reference "${ref}" is invalid: ${why}.`, {
        hint: 'write [registry/]repository@sha256:<64 hex>, e.g. ghcr.io/org/app@sha256:…',
    });
}
function looksLikeRegistry(first) {
    return first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase();
}
function parseImageRef(input) {
    const ref = input.trim();
    if (!ref)
        bad(input, 'it is empty');
    if (/\s/.test(ref))
        bad(ref, 'it contains whitespace');
    let rest = ref;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!(0,oci_digest/* isDigest */.Bc)(digest))
            bad(ref, `"${digest}" is not a sha256 digest (sha256:<64 lowercase hex>)`);
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            bad(ref, `"${tag}" is not a valid tag`);
    }
    const parts = rest.split('/');
    let registry = DOCKER_HUB;
    if (parts.length > 1 && looksLikeRegistry(parts[0])) {
        registry = parts.shift();
        if (!HOST.test(registry))
            bad(ref, `"${registry}" is not a valid registry host`);
        if (HUB_ALIASES.has(registry.toLowerCase()))
            registry = DOCKER_HUB;
    }
    if (registry === DOCKER_HUB && parts.length === 1)
        parts.unshift('library');
    for (const p of parts) {
        if (!COMPONENT.test(p))
            bad(ref, `path component "${p}" must be lowercase letters, digits and separators . _ __ -`);
    }
    const repository = parts.join('/');
    if (repository.length > 255)
        bad(ref, 'the repository name is longer than 255 characters');
    const out = { registry, repository, original: ref };
    if (tag !== undefined)
        out.tag = tag;
    if (digest !== undefined)
        out.digest = digest;
    return out;
}
/** The host the Distribution API is served from: Docker Hub's API is not on docker.io itself. */
function apiHost(registry) {
    return registry === DOCKER_HUB ? 'registry-1.docker.io' : registry;
}
/** Plain http is allowed only to this machine; everything else must be https. */
function isLoopback(host) {
    const h = host
        .replace(/:\d+$/, '')
        .replace(/^\[|\]$/g, '')
        .toLowerCase();
    return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}
function baseUrl(registry) {
    const host = apiHost(registry);
    return `${isLoopback(host) ? 'http' : 'https'}://${host}`;
}
/** The canonical form, with a digest when known: what reports show. */
function formatRef(r) {
    const name = `${r.registry}/${r.repository}`;
    if (r.digest)
        return `${name}@${r.digest}`;
    return r.tag ? `${name}:${r.tag}` : name;
}

;// CONCATENATED MODULE: ./src/lib/oci/auth.ts


/** Parses `Bearer realm="…",service="…",scope="…"`; quoted values may hold commas and escapes. */
function parseChallenge(header) {
    const m = /^\s*([A-Za-z][\w-]*)\s*(.*)$/s.exec(header);
    if (!m)
        return undefined;
    const params = {};
    const re = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,"]*))\s*,?\s*/gy;
    const rest = m[2];
    re.lastIndex = 0;
    while (re.lastIndex < rest.length) {
        const p = re.exec(rest);
        if (!p)
            break;
        params[p[1].toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : (p[3] ?? '');
    }
    return { scheme: m[1].toLowerCase(), params };
}
const TOKEN_CAP = 1024 * 1024;
function basic(c) {
    return `Basic ${Buffer.from(`${c.username}:${c.password ?? ''}`).toString('base64')}`;
}
class Authenticator {
    http;
    creds;
    io;
    /** Authorization header per registry|repository; tokens are scoped to one repository. */
    cache = new Map();
    constructor(http, creds, io) {
        this.http = http;
        this.creds = creds;
        this.io = io;
    }
    cached(registry, repository) {
        return this.cache.get(`${registry}|${repository}`) ?? this.cache.get(`${registry}|*`);
    }
    /** Called on a 401; concurrent callers for one repository share one token request. */
    authorize(registry, repository, header, failed) {
        const key = `${registry}|${repository}`;
        const known = this.cache.get(key);
        // A header that was just refused is not retried: a fresh token is asked for once.
        if (known && failed === undefined)
            return known;
        const p = this.fresh(registry, repository, header, failed !== undefined);
        this.cache.set(key, p);
        p.catch(() => this.cache.delete(key));
        return p;
    }
    async fresh(registry, repository, header, refused) {
        const ch = header ? parseChallenge(header) : undefined;
        const { credentials, helper } = await this.creds.lookup(registry);
        const needCreds = (why) => (0,errors/* envError */.gy)('REGISTRY_AUTH_REQUIRED', `${registry} ${why} for ${repository}.`, {
            hint: helper ?? 'give the username and password inputs, or run docker/login-action before this step',
        });
        if (refused && (credentials || ch?.scheme === 'basic')) {
            throw (0,errors/* userError */.IF)('REGISTRY_AUTH_FAILED', `${registry} refused the credentials for ${repository}.`, {
                hint: 'check the username/password (or the docker login) and that they may pull this repository',
            });
        }
        if (ch?.scheme === 'basic') {
            if (!credentials?.username)
                throw needCreds('asks for a username and password');
            const h = basic(credentials);
            this.cache.set(`${registry}|*`, Promise.resolve(h));
            return h;
        }
        if (ch?.scheme !== 'bearer' || !ch.params['realm']) {
            throw (0,errors/* userError */.IF)('REGISTRY_AUTH_UNSUPPORTED', `${registry} answered 401 with an unsupported challenge "${header ?? ''}".`);
        }
        if (credentials?.registryToken)
            return `Bearer ${credentials.registryToken}`;
        return `Bearer ${await this.token(registry, repository, ch.params, credentials)}`;
    }
    async token(registry, repository, params, credentials) {
        let url;
        try {
            url = new URL(params['realm']);
        }
        catch {
            throw (0,errors/* userError */.IF)('REGISTRY_AUTH_UNSUPPORTED', `${registry} names an invalid token realm "${params['realm']}".`);
        }
        if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.host))) {
            throw (0,errors/* userError */.IF)('REGISTRY_REDIRECT_INSECURE', `${registry} asks for credentials at ${url.origin}, which is not https; refused.`);
        }
        if (params['service'])
            url.searchParams.set('service', params['service']);
        url.searchParams.set('scope', params['scope'] ?? `repository:${repository}:pull`);
        const headers = {};
        if (credentials?.username)
            headers['Authorization'] = basic(credentials);
        const res = await this.http.get(url.href, headers, TOKEN_CAP, `token for ${registry}/${repository}`);
        if (res.status === 401 || res.status === 403) {
            throw credentials
                ? (0,errors/* userError */.IF)('REGISTRY_AUTH_FAILED', `${registry} refused the credentials for ${repository} (HTTP ${res.status}).`)
                : (0,errors/* envError */.gy)('REGISTRY_AUTH_REQUIRED', `${registry} gives no anonymous access to ${repository}.`, {
                    hint: 'give the username and password inputs, or run docker/login-action before this step',
                });
        }
        if (res.status !== 200) {
            throw (0,errors/* envError */.gy)('REGISTRY_AUTH_FAILED', `The token service of ${registry} answered HTTP ${res.status}.`);
        }
        let token;
        try {
            const body = JSON.parse(Buffer.from(res.body).toString('utf8'));
            token = body['token'] ?? body['access_token'];
        }
        catch (e) {
            throw (0,errors/* envError */.gy)('REGISTRY_AUTH_FAILED', `The token service of ${registry} sent invalid JSON: ${(0,errors/* describe */.q0)(e)}.`);
        }
        if (typeof token !== 'string' || !token) {
            throw (0,errors/* envError */.gy)('REGISTRY_AUTH_FAILED', `The token service of ${registry} sent no token.`);
        }
        this.io.mask(token);
        return token;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/lib/oci/credentials.ts
// Registry credentials: the action's username/password inputs, else the Docker config that
// `docker login` and docker/login-action leave (DOCKER_CONFIG or ~/.docker/config.json). Credential
// helpers are not run: they are programs outside our control, and a clear message is better.



/** Docker writes Docker Hub as https://index.docker.io/v1/ and others as host or https://host. */
function normalizeRegistryKey(key) {
    const host = key
        .replace(/^[a-z]+:\/\//i, '')
        .replace(/\/.*$/, '')
        .toLowerCase();
    return host === 'index.docker.io' || host === 'registry-1.docker.io' ? 'docker.io' : host;
}
function dockerConfigPath(io) {
    if (io.env['DOCKER_CONFIG'])
        return (0,external_node_path_.join)(io.env['DOCKER_CONFIG'], 'config.json');
    return io.env['HOME'] ? (0,external_node_path_.join)(io.env['HOME'], '.docker', 'config.json') : undefined;
}
async function readDockerConfig(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch {
        return undefined; // no config is the common anonymous case
    }
    try {
        const cfg = JSON.parse(text);
        if (cfg && typeof cfg === 'object' && !Array.isArray(cfg))
            return cfg;
    }
    catch (e) {
        throw (0,errors/* userError */.IF)('DOCKER_CONFIG_INVALID', `${path} is not valid JSON: ${(0,errors/* describe */.q0)(e)}.`);
    }
    throw (0,errors/* userError */.IF)('DOCKER_CONFIG_INVALID', `${path} must hold a JSON object.`);
}
const str = (v) => (typeof v === 'string' && v ? v : undefined);
function fromEntry(entry, path, registry) {
    const token = str(entry['registrytoken']);
    if (token)
        return { registryToken: token };
    const auth = str(entry['auth']);
    if (auth) {
        const decoded = Buffer.from(auth, 'base64').toString('utf8');
        const i = decoded.indexOf(':');
        if (i <= 0) {
            throw (0,errors/* userError */.IF)('DOCKER_CONFIG_INVALID', `${path}: auths["${registry}"].auth is not base64 of "user:password".`);
        }
        return { username: decoded.slice(0, i), password: decoded.slice(i + 1) };
    }
    const username = str(entry['username']);
    const password = str(entry['password']);
    return username && password ? { username, password } : undefined;
}
class CredentialStore {
    io;
    given;
    config;
    constructor(io, given) {
        this.io = io;
        this.given = given;
    }
    async lookup(registry) {
        if (this.given?.username || this.given?.registryToken)
            return { credentials: this.given };
        const path = dockerConfigPath(this.io);
        if (!path)
            return {};
        this.config ??= readDockerConfig(path);
        const cfg = await this.config;
        if (!cfg)
            return {};
        for (const [key, entry] of Object.entries(cfg.auths ?? {})) {
            if (normalizeRegistryKey(key) !== registry || !entry || typeof entry !== 'object')
                continue;
            const creds = fromEntry(entry, path, registry);
            if (creds) {
                for (const s of [creds.password, creds.registryToken])
                    if (s)
                        this.io.mask(s);
                return { credentials: creds };
            }
            if (str(entry['identitytoken'])) {
                return { helper: `${path} holds only an identity token for ${registry}, which this action does not exchange` };
            }
        }
        const named = Object.entries(cfg.credHelpers ?? {}).find(([k]) => normalizeRegistryKey(k) === registry)?.[1];
        const helper = str(named) ?? str(cfg.credsStore);
        return helper
            ? {
                helper: `${path} keeps the ${registry} credentials in docker-credential-${helper}, which this action does not run`,
            }
            : {};
    }
}

;// CONCATENATED MODULE: ./src/lib/oci/http.ts


const MAX_REDIRECTS = 5;
const MAX_RETRY_AFTER_MS = 30_000;
/** Error bodies are only shown in messages: no need to hold more. */
const ERROR_BODY_CAP = 64 * 1024;
class Semaphore {
    limit;
    active = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
    }
    async run(fn) {
        if (this.active >= this.limit)
            await new Promise((r) => this.waiting.push(r));
        else
            this.active++;
        try {
            return await fn();
        }
        finally {
            const next = this.waiting.shift();
            if (next)
                next();
            else
                this.active--;
        }
    }
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function retryAfterMs(h) {
    if (!h)
        return undefined;
    const secs = Number(h);
    const ms = Number.isFinite(secs) ? secs * 1000 : Date.parse(h) - Date.now();
    return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS) : undefined;
}
/** A failed read that may succeed on another try (connection reset, truncated body). Its message
 * leaves out `what`: get() names the request once, in front. */
class Transient extends Error {
    truncated;
    constructor(message, truncated = false) {
        super(message);
        this.truncated = truncated;
    }
}
async function readCapped(res, cap, what) {
    const declared = Number(res.headers.get('content-length') ?? Number.NaN);
    if (declared > cap) {
        await res.body?.cancel();
        throw (0,errors/* userError */.IF)('OCI_TOO_LARGE', `${what} is ${declared} bytes, over the ${cap}-byte limit; refused.`);
    }
    if (Number.isFinite(declared)) {
        // The usual case (registries send Content-Length): one read, no per-chunk bookkeeping.
        let body;
        try {
            body = new Uint8Array(await res.arrayBuffer());
        }
        catch (e) {
            throw new Transient(`the connection ended before ${declared} bytes (${(0,errors/* describe */.q0)(e)})`, true);
        }
        if (body.byteLength < declared)
            throw new Transient(`got ${body.byteLength} of ${declared} bytes`, true);
        return body;
    }
    const chunks = [];
    let total = 0;
    try {
        for await (const chunk of res.body ?? []) {
            total += chunk.byteLength;
            if (total > cap) {
                await res.body?.cancel().catch(() => { });
                throw (0,errors/* userError */.IF)('OCI_TOO_LARGE', `${what} is over the ${cap}-byte limit; refused.`);
            }
            chunks.push(chunk);
        }
    }
    catch (e) {
        if ((0,errors/* isRcoError */.Bp)(e))
            throw e;
        // undici ends a body cut short of its Content-Length with "terminated".
        throw new Transient(`the connection ended after ${total} bytes (${(0,errors/* describe */.q0)(e)})`, true);
    }
    return Buffer.concat(chunks);
}
class Http {
    opts;
    sem;
    attempts;
    baseDelayMs;
    constructor(opts) {
        this.opts = opts;
        this.sem = new Semaphore(Math.max(1, opts.concurrency));
        this.attempts = opts.attempts ?? 4;
        this.baseDelayMs = opts.baseDelayMs ?? 200;
    }
    /** One GET, retried; a 2xx body is capped at `cap`, other bodies at 64 kB. Redirects are followed. */
    async get(url, headers, cap, what) {
        let last = '';
        let truncated = false;
        for (let attempt = 1; attempt <= this.attempts; attempt++) {
            let delay = this.baseDelayMs * 2 ** (attempt - 1);
            try {
                const res = await this.sem.run(() => this.once(url, headers, cap, what));
                if (res.status !== 429 && res.status < 500)
                    return res;
                last = `HTTP ${res.status}`;
                delay = retryAfterMs(res.headers.get('retry-after')) ?? delay;
            }
            catch (e) {
                if (!(e instanceof Transient))
                    throw e;
                last = e.message;
                truncated = e.truncated;
            }
            if (attempt < this.attempts) {
                this.opts.log.debug(`${what}: ${last}; retry ${attempt}/${this.attempts - 1} in ${delay} ms`);
                await sleep(delay);
            }
        }
        throw (0,errors/* envError */.gy)(truncated ? 'OCI_BODY_TRUNCATED' : 'REGISTRY_UNAVAILABLE', `${what} failed after ${this.attempts} attempts: ${last}.`, {
            hint: truncated
                ? 'the registry or a proxy cut the response short'
                : 'retry later; the registry is down or rate-limiting',
        });
    }
    async once(url, headers, cap, what) {
        let current = url;
        let hdrs = headers;
        for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
            let res;
            try {
                res = await this.opts.fetch(current, { headers: hdrs, redirect: 'manual' });
            }
            catch (e) {
                const cause = e.cause;
                throw new Transient(`${(0,errors/* describe */.q0)(e)}${cause ? ` (${(0,errors/* describe */.q0)(cause)})` : ''}`);
            }
            if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
                await res.body?.cancel().catch(() => { });
                const next = new URL(res.headers.get('location'), current);
                if (next.protocol !== 'https:' && !(next.protocol === 'http:' && isLoopback(next.host))) {
                    throw (0,errors/* userError */.IF)('REGISTRY_REDIRECT_INSECURE', `${what}: the registry redirected to ${next.origin}, which is not https; refused.`);
                }
                // Blob storage (S3, CDNs) gets a signed URL; our registry credentials stay with the registry.
                if (next.host !== new URL(current).host) {
                    const { Authorization: _a, authorization: _b, ...rest } = hdrs;
                    hdrs = rest;
                }
                current = next.href;
                continue;
            }
            const ok = res.status >= 200 && res.status < 300;
            const body = await readCapped(res, ok ? cap : ERROR_BODY_CAP, what).catch((e) => {
                if (!ok && (0,errors/* isRcoError */.Bp)(e))
                    return new Uint8Array();
                throw e;
            });
            return { status: res.status, headers: res.headers, body, url: current };
        }
        throw (0,errors/* userError */.IF)('REGISTRY_REDIRECT_LOOP', `${what}: more than ${MAX_REDIRECTS} redirects; refused.`);
    }
}

// EXTERNAL MODULE: ./src/lib/oci/manifest.ts
var oci_manifest = __webpack_require__(8660);
// EXTERNAL MODULE: ./src/lib/oci/types.ts
var types = __webpack_require__(2928);
;// CONCATENATED MODULE: ./src/lib/oci/client.ts








class RegistryClient {
    http;
    auth;
    constructor(io, opts) {
        const httpOpts = { fetch: io.fetch, log: io.log, concurrency: opts.concurrency };
        if (opts.attempts !== undefined)
            Object.assign(httpOpts, { attempts: opts.attempts });
        if (opts.baseDelayMs !== undefined)
            Object.assign(httpOpts, { baseDelayMs: opts.baseDelayMs });
        this.http = new Http(httpOpts);
        this.auth = new Authenticator(this.http, new CredentialStore(io, opts.credentials), io);
    }
    /** A GET on /v2/<repository>/<path>, answering one 401 with the registry's auth scheme. */
    async request(repo, path, accept, cap, what) {
        const url = `${baseUrl(repo.registry)}/v2/${repo.repository}/${path}`;
        let authz = await this.auth.cached(repo.registry, repo.repository);
        for (let round = 0; round < 2; round++) {
            const headers = { Accept: accept };
            if (authz)
                headers['Authorization'] = authz;
            const res = await this.http.get(url, headers, cap, what);
            if (res.status !== 401)
                return res;
            authz = await this.auth.authorize(repo.registry, repo.repository, res.headers.get('www-authenticate'), authz);
        }
        throw (0,errors/* userError */.IF)('REGISTRY_AUTH_FAILED', `${repo.registry} refused the credentials for ${repo.repository}.`);
    }
    unexpected(res, what) {
        const text = Buffer.from(res.body).toString('utf8').slice(0, 300).replace(/\s+/g, ' ');
        if (res.status === 403)
            throw (0,errors/* envError */.gy)('REGISTRY_FORBIDDEN', `${what}: access denied (HTTP 403). ${text}`);
        throw (0,errors/* envError */.gy)('REGISTRY_UNEXPECTED', `${what}: unexpected HTTP ${res.status}. ${text}`);
    }
    /**
     * A manifest by digest or tag; undefined when the registry does not know it (404). By digest, the
     * bytes must hash to it; by tag, to the Docker-Content-Digest header when the registry sends one.
     */
    async manifest(repo, reference) {
        const what = `manifest ${repo.registry}/${repo.repository}${(0,oci_digest/* isDigest */.Bc)(reference) ? '@' : ':'}${reference}`;
        const res = await this.request(repo, `manifests/${reference}`, types/* MANIFEST_ACCEPT */.dY, types/* LIMITS */.b1.manifestBytes, what);
        if (res.status === 404)
            return undefined;
        if (res.status !== 200)
            this.unexpected(res, what);
        const expected = (0,oci_digest/* isDigest */.Bc)(reference) ? reference : res.headers.get('docker-content-digest');
        const digest = (0,oci_digest/* sha256Digest */.sI)(res.body);
        if (expected)
            (0,oci_digest/* checkDigest */.H2)(res.body, expected, what);
        const manifest = (0,oci_manifest/* parseManifest */.N)(res.body, what);
        return {
            digest,
            bytes: res.body,
            manifest,
            mediaType: (0,oci_manifest/* manifestMediaType */.g)(manifest, res.headers.get('content-type')),
        };
    }
    /** A blob by descriptor: its size is checked before the download and its digest after. */
    async blob(repo, desc, cap = types/* LIMITS */.b1.blobBytes) {
        const what = `blob ${repo.registry}/${repo.repository}@${desc.digest}`;
        if (desc.size > cap)
            throw (0,errors/* userError */.IF)('OCI_TOO_LARGE', `${what} is ${desc.size} bytes, over the ${cap}-byte limit.`);
        const res = await this.request(repo, `blobs/${desc.digest}`, '*/*', cap, what);
        if (res.status === 404)
            throw (0,errors/* userError */.IF)('OCI_BLOB_MISSING', `${what} does not exist in the registry.`);
        if (res.status !== 200)
            this.unexpected(res, what);
        if (res.body.byteLength < desc.size) {
            throw (0,errors/* envError */.gy)('OCI_BODY_TRUNCATED', `${what}: got ${res.body.byteLength} of ${desc.size} bytes.`);
        }
        (0,oci_digest/* checkDigest */.H2)(res.body, desc.digest, what);
        return res.body;
    }
    /**
     * The referrers of a digest (OCI distribution-spec 1.1), or undefined when the registry has no
     * referrers API (404 or 406 on the endpoint), so the caller falls back to the tag schema.
     * The answer is generated, so it has no digest to check; each listed manifest is fetched by digest.
     */
    async referrers(repo, digest, artifactType) {
        const what = `referrers of ${repo.registry}/${repo.repository}@${digest}`;
        const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
        const res = await this.request(repo, `referrers/${digest}${query}`, types/* MEDIA */.Rn.ociIndex, types/* LIMITS */.b1.manifestBytes, what);
        if (res.status === 404 || res.status === 406 || res.status === 400 || res.status === 405)
            return undefined;
        if (res.status !== 200)
            this.unexpected(res, what);
        const index = (0,oci_manifest/* parseManifest */.N)(res.body, what);
        if (!(0,types/* isIndex */.nw)(index))
            throw (0,errors/* userError */.IF)('OCI_MANIFEST_INVALID', `${what}: the registry answered something other than an index.`);
        return index.manifests;
    }
}

// EXTERNAL MODULE: ./src/lib/oci/layout.ts
var oci_layout = __webpack_require__(1559);
;// CONCATENATED MODULE: ./src/lib/oci/source.ts
function registrySource(client, repo) {
    return {
        name: `${repo.registry}/${repo.repository}`,
        manifest: (reference) => client.manifest(repo, reference),
        blob: (desc) => client.blob(repo, desc),
        referrers: (digest, artifactType) => client.referrers(repo, digest, artifactType),
    };
}

// EXTERNAL MODULE: ./src/lib/sigstore/index.ts + 11 modules
var sigstore = __webpack_require__(1493);
;// CONCATENATED MODULE: ./src/verify-signature/discover.ts
// Finds an image's signatures in every place cosign and GitHub store them, in this order:
// 1. the OCI referrers API, 2. the referrers tag schema (index at tag sha256-<hex>) when the registry
// has no API, 3. cosign's legacy tag sha256-<hex>.sig. Each manifest and blob is read by digest
// through the source, which checks it; nothing here verifies a signature (see check.ts).



const isBundleType = (t) => !!t && /^application\/vnd\.dev\.sigstore\.bundle/.test(t);
/** The predicate type of a DSSE bundle, read without verifying, to pick the check it needs. */
function predicateTypeOf(bundle) {
    const env = bundle?.dsseEnvelope;
    if (!env || typeof env.payload !== 'string')
        return undefined;
    try {
        const t = JSON.parse(Buffer.from(env.payload, 'base64').toString('utf8'))
            .predicateType;
        return typeof t === 'string' ? t : '';
    }
    catch {
        return '';
    }
}
/**
 * Per registry: whether it has the referrers API. The first image asks; the others wait for that
 * answer, so a registry without the API costs one 404 per run, not one per image.
 */
class ReferrersSupport {
    known = new Map();
    async list(source, digest) {
        const registry = source.name.split('/')[0];
        const answer = this.known.get(registry);
        if (answer && !(await answer))
            return undefined;
        const p = source.referrers(digest, types/* MEDIA */.Rn.sigstoreBundle);
        // A failed probe says nothing about the API: the others then ask for themselves.
        if (!answer)
            this.known.set(registry, p.then((l) => l !== undefined, () => true));
        return p;
    }
}
async function referrerList(source, digest, layout, support, out) {
    if (layout) {
        out.looked.push('index.json referrers');
        return { list: (await source.referrers(digest, types/* MEDIA */.Rn.sigstoreBundle)) ?? [], foundIn: 'oci-layout' };
    }
    out.looked.push('the referrers API');
    const list = await support.list(source, digest);
    if (list)
        return { list, foundIn: 'referrers-api' };
    const tag = (0,oci_digest/* digestTag */.t9)(digest);
    out.looked.push(`the referrers tag ${tag}`);
    const index = await source.manifest(tag);
    if (!index || !(0,types/* isIndex */.nw)(index.manifest))
        return { list: [], foundIn: 'referrers-tag' };
    return { list: index.manifest.manifests, foundIn: 'referrers-tag' };
}
async function readBundle(source, desc, digest) {
    const m = await source.manifest(desc.digest);
    if (!m || (0,types/* isIndex */.nw)(m.manifest)) {
        throw (0,errors/* userError */.IF)('SIGNATURE_REFERRER_INVALID', `referrer ${desc.digest} is missing or not an image manifest.`);
    }
    if (m.manifest.subject?.digest !== digest) {
        throw (0,errors/* userError */.IF)('SIGNATURE_WRONG_IMAGE', `referrer ${desc.digest} is attached to ${m.manifest.subject?.digest ?? 'no image'}, not to ${digest}.`);
    }
    const layer = m.manifest.layers.find((l) => isBundleType(l.mediaType));
    if (!layer)
        throw (0,errors/* userError */.IF)('SIGNATURE_REFERRER_INVALID', `referrer ${desc.digest} has no Sigstore bundle layer.`);
    const bytes = await source.blob(layer);
    try {
        return JSON.parse(Buffer.from(bytes).toString('utf8'));
    }
    catch (e) {
        throw (0,errors/* userError */.IF)('SIGNATURE_BUNDLE_MALFORMED', `The bundle in referrer ${desc.digest} is not JSON: ${(0,errors/* describe */.q0)(e)}.`);
    }
}
/** cosign's legacy signatures (tag sha256-<hex>.sig); a blob that cannot be read is a problem of that signature. */
async function discoverLegacy(source, digest, layout, out) {
    const tag = `${(0,oci_digest/* digestTag */.t9)(digest)}.sig`;
    out.looked.push(`the cosign tag ${tag}`);
    const m = await source.manifest(tag);
    if (!m)
        return;
    const foundIn = layout ? 'oci-layout' : 'legacy-tag';
    if ((0,types/* isIndex */.nw)(m.manifest)) {
        out.problems.push({
            foundIn,
            manifest: m.digest,
            error: (0,errors/* userError */.IF)('SIGNATURE_LEGACY_INVALID', `${tag} is an index, not a signature manifest.`),
        });
        return;
    }
    for (const layer of m.manifest.layers) {
        if (layer.mediaType !== types/* MEDIA */.Rn.simpleSigning)
            continue;
        try {
            const payload = await source.blob(layer);
            out.candidates.push({
                kind: 'legacy',
                foundIn,
                manifest: m.digest,
                payload,
                annotations: layer.annotations ?? {},
            });
        }
        catch (e) {
            if (!(0,errors/* isRcoError */.Bp)(e))
                throw e;
            out.problems.push({ foundIn, manifest: m.digest, error: e });
        }
    }
}
function emptyDiscovery() {
    return { candidates: [], problems: [], looked: [] };
}
/** Sigstore bundles attached as referrers (API, tag schema, or a layout's index.json). */
async function discoverBundles(source, digest, opts, out) {
    const { list, foundIn } = await referrerList(source, digest, opts.layout, opts.support, out);
    await Promise.all(list
        .filter((d) => isBundleType(d.artifactType))
        .map(async (d) => {
        try {
            const bundle = await readBundle(source, d, digest);
            const predicateType = predicateTypeOf(bundle);
            out.candidates.push({
                kind: 'bundle',
                foundIn,
                manifest: d.digest,
                bundle,
                ...(predicateType !== undefined ? { predicateType } : {}),
            });
        }
        catch (e) {
            if (!(0,errors/* isRcoError */.Bp)(e))
                throw e;
            out.problems.push({ foundIn, manifest: d.digest, error: e });
        }
    }));
}

;// CONCATENATED MODULE: ./src/verify-signature/check.ts
// Verifies the signatures discovery found for one image digest, under the policy, and turns every
// rejection into a finding. Referrer bundles are tried first; cosign's legacy tag is read only when no
// bundle verified, so the common case costs no extra round trips.



/** The predicate cosign v3 signs an image with when it stores a Sigstore bundle (DSSE). */
const COSIGN_SIGN_PREDICATE = 'https://sigstore.dev/cosign/sign/v1';
/** A malformed bundle may make a library throw anything: that is a rejection, not a crash. */
async function attempt(fn) {
    try {
        return await fn();
    }
    catch (e) {
        if ((0,errors/* isRcoError */.Bp)(e))
            return e;
        return (0,errors/* userError */.IF)('SIGNATURE_BUNDLE_MALFORMED', `The signature cannot be verified: ${(0,errors/* describe */.q0)(e)}.`);
    }
}
function signatureCheck(c, t, ctx) {
    if (c.kind === 'legacy') {
        return async () => {
            (0,sigstore.checkSimpleSigning)(c.payload, t.digest);
            const v = await (0,sigstore.verifyBundle)((0,sigstore.legacyLayerToBundle)(c.payload, c.annotations), { bytes: c.payload }, ctx.policy, ctx.trust);
            return { ...v, method: 'legacy' };
        };
    }
    if (c.predicateType === undefined) {
        return async () => {
            const m = await t.manifest();
            if (!m)
                throw (0,errors/* userError */.IF)('IMAGE_NOT_FOUND', `${t.digest} does not exist in the registry.`);
            return (0,sigstore.verifyBundle)(c.bundle, { bytes: m.bytes }, ctx.policy, ctx.trust);
        };
    }
    if (c.predicateType === COSIGN_SIGN_PREDICATE) {
        return () => (0,sigstore.verifyAttestation)(c.bundle, t.digest, COSIGN_SIGN_PREDICATE, ctx.policy, ctx.trust);
    }
    return undefined; // an attestation of another kind: see attestationChecks
}
/** Tries each candidate in turn; the first that verifies wins, the others' errors are kept. */
async function firstVerified(candidates, check, rejected) {
    for (const c of candidates) {
        const fn = check(c);
        if (!fn)
            continue;
        const r = await attempt(fn);
        if (!(0,errors/* isRcoError */.Bp)(r))
            return { verified: r, foundIn: c.foundIn };
        rejected.push({ foundIn: c.foundIn, manifest: c.manifest, error: r });
    }
    return undefined;
}
const where = (r) => `the signature in ${r.foundIn === 'legacy-tag' ? 'the cosign .sig tag' : r.foundIn} (manifest ${r.manifest.slice(0, 19)}…)`;
function rejectionFindings(label, rejected, what) {
    return rejected.map((r) => {
        const f = (0,errors/* findingOf */.hD)(r.error);
        return { ...f, message: `${label}: ${where(r).replace('signature', what)} is rejected: ${f.message}` };
    });
}
async function checkTarget(source, t, ctx) {
    const d = emptyDiscovery();
    await discoverBundles(source, t.digest, ctx, d);
    const rejected = [...d.problems];
    let sig = await firstVerified(d.candidates, (c) => signatureCheck(c, t, ctx), rejected);
    const bundles = d.candidates.length;
    if (!sig) {
        const before = d.problems.length;
        await discoverLegacy(source, t.digest, ctx.layout, d);
        rejected.push(...d.problems.slice(before));
        sig = await firstVerified(d.candidates.slice(bundles), (c) => signatureCheck(c, t, ctx), rejected);
    }
    const findings = [];
    let att;
    if (ctx.attestationType) {
        const type = ctx.attestationType;
        const attRejected = [];
        att = await firstVerified(d.candidates, (c) => c.kind === 'bundle' && c.predicateType === type
            ? () => (0,sigstore.verifyAttestation)(c.bundle, t.digest, type, ctx.policy, ctx.trust)
            : undefined, attRejected);
        if (!att) {
            findings.push(...rejectionFindings(t.label, attRejected, 'attestation'));
            if (!attRejected.length) {
                findings.push({
                    rule: 'SIGNATURE_ATTESTATION_NOT_FOUND',
                    level: 'fail',
                    message: `${t.label}: no "${type}" attestation is attached (looked in ${d.looked.slice(0, -1).join(', ')}). Attest the image by digest (e.g. actions/attest-build-provenance with push-to-registry) or drop attestation-type.`,
                });
            }
        }
    }
    // An attestation verified under the same policy is a signature of the image by that signer
    // (docs/adr/0007-image-signature-discovery.md).
    sig ??= att;
    if (sig)
        return { foundIn: sig.foundIn, verified: sig.verified, findings };
    findings.unshift(...rejectionFindings(t.label, rejected, 'signature'));
    if (!rejected.length && !(await t.manifest())) {
        findings.unshift({
            rule: 'IMAGE_NOT_FOUND',
            level: 'fail',
            message: `${t.label}: the registry has no such image (and no signature for it). Check the digest: it must be the one pushed.`,
        });
    }
    else if (!rejected.length) {
        findings.unshift({
            rule: 'SIGNATURE_NOT_FOUND',
            level: 'fail',
            message: `${t.label}: no signature found (looked in ${d.looked.join(', ')}). Sign the image by digest (cosign sign) and push the signature to the same repository.`,
        });
    }
    const foundIn = rejected[0]?.foundIn;
    return foundIn ? { foundIn, findings } : { findings };
}

// EXTERNAL MODULE: ./src/verify-signature/inputs.ts
var verify_signature_inputs = __webpack_require__(1193);
;// CONCATENATED MODULE: ./src/verify-signature/images.ts









function memo(f) {
    let p;
    return () => {
        p ??= f();
        return p;
    };
}
function platformOf(d) {
    const p = d.platform;
    return p ? [p.os, p.architecture, p.variant].filter(Boolean).join('/') : undefined;
}
/** The targets of one image: its own digest, plus each requested platform of an index. */
async function targets(source, label, lazy, platforms) {
    const out = [{ label, digest: lazy.digest, manifest: lazy.load }];
    const findings = [];
    if (!platforms.length)
        return { targets: out, findings };
    const top = await lazy.load();
    if (!top)
        throw (0,errors/* userError */.IF)('IMAGE_NOT_FOUND', `${lazy.digest} does not exist in the registry.`);
    if (!(0,types/* isIndex */.nw)(top.manifest)) {
        findings.push({
            rule: 'IMAGE_NOT_INDEX',
            level: 'warning',
            message: `${label} is a single-platform image, not an index: "platforms" does not apply to it.`,
        });
        return { targets: out, findings };
    }
    for (const want of platforms) {
        const desc = top.manifest.manifests.find((d) => platformOf(d) === want);
        const m = desc ? await source.manifest(desc.digest) : undefined;
        if (!desc || !m) {
            const has = top.manifest.manifests.map(platformOf).filter(Boolean).join(', ') || 'none';
            findings.push({
                rule: 'IMAGE_PLATFORM_MISSING',
                level: 'fail',
                message: `${label} has no ${want} manifest (platforms in the index: ${has}). Fix "platforms" or publish that platform.`,
            });
            continue;
        }
        out.push({ label: `${label} [${want}]`, digest: m.digest, manifest: async () => m, platform: want });
    }
    return { targets: out, findings };
}
async function verifyAll(source, ref, top, inputs, ctx) {
    const t = await targets(source, ref, top, inputs.platforms);
    const out = { results: [], findings: t.findings };
    for (const target of t.targets) {
        const r = await checkTarget(source, target, ctx);
        const res = { ref, digest: target.digest };
        if (r.foundIn)
            res.foundIn = r.foundIn;
        if (target.platform)
            res.platform = target.platform;
        if (r.verified)
            res.verified = r.verified;
        const blocking = r.findings.find((f) => f.level === 'fail' || f.level === 'unknown');
        if (blocking)
            res.error = blocking.message;
        if (blocking?.level === 'unknown')
            res.undecided = true;
        out.results.push(res);
        out.findings.push(...r.findings);
    }
    return out;
}
/** An image that could not be checked at all (bad reference, unreachable registry, missing image):
 * no signature was looked for, so its row names no place one was found in. */
function failed(ref, digest, e) {
    if (!(0,errors/* isRcoError */.Bp)(e))
        throw e;
    const f = (0,errors/* findingOf */.hD)(e);
    const finding = { ...f, message: `${ref}: ${f.message}` };
    const result = { ref, digest, error: finding.message };
    if (finding.level === 'unknown')
        result.undecided = true;
    return { results: [result], findings: [finding] };
}
async function resolve(client, r, allowTags) {
    const repo = { registry: r.registry, repository: r.repository };
    if (!r.digest && !allowTags) {
        throw (0,errors/* userError */.IF)('IMAGE_NOT_PINNED', 'the reference names a tag, not a digest: a tag can be moved to other content after it was verified.', {
            hint: `use ${formatRef(repo)}@sha256:<digest> (e.g. from \`docker buildx imagetools inspect\`), or set allow-tags: true`,
        });
    }
    // By digest, the manifest is read only if needed: the signature names the digest, and the floor of
    // work is the signature itself (bench/verify-signature).
    if (r.digest)
        return { top: { digest: r.digest, load: memo(() => client.manifest(repo, r.digest)) }, findings: [] };
    const reference = r.tag ?? 'latest';
    const top = await client.manifest(repo, reference);
    if (!top)
        throw (0,errors/* userError */.IF)('IMAGE_NOT_FOUND', `${formatRef({ ...repo, tag: reference })} does not exist in the registry.`);
    const findings = [
        {
            rule: 'IMAGE_TAG_RESOLVED',
            level: 'notice',
            message: `${r.original}: tag "${reference}" resolved to ${top.digest}; deploy ${formatRef({ ...repo, digest: top.digest })} so what runs is what was verified.`,
        },
    ];
    return { top: { digest: top.digest, load: async () => top }, findings };
}
async function verifyRemote(client, ref, inputs, ctx) {
    let parsed;
    try {
        parsed = parseImageRef(ref);
        const { top, findings } = await resolve(client, parsed, inputs.allowTags);
        const source = registrySource(client, { registry: parsed.registry, repository: parsed.repository });
        const out = await verifyAll(source, ref, top, inputs, ctx);
        return { results: out.results, findings: [...findings, ...out.findings] };
    }
    catch (e) {
        return failed(ref, parsed?.digest ?? '', e);
    }
}
async function verifyLayout(spec, inputs, io, ctx) {
    const ref = `oci-layout:${spec}`;
    try {
        const { dir, tag } = await (0,oci_layout/* splitLayoutSpec */.Gv)(spec, io.cwd);
        const layout = await oci_layout/* OciLayout */.Al.open(dir);
        const desc = layout.resolveTag(tag);
        const top = await layout.manifest(desc.digest);
        if (!top)
            throw (0,errors/* userError */.IF)('OCI_LAYOUT_INVALID', `${dir} lists ${desc.digest} in index.json but has no such blob.`);
        return await verifyAll(layout, ref, { digest: top.digest, load: async () => top }, inputs, {
            ...ctx,
            layout: true,
        });
    }
    catch (e) {
        return failed(ref, '', e);
    }
}
async function verifyImages(inputs, trust, io) {
    const ctx = { policy: (0,verify_signature_inputs/* signaturePolicy */.zA)(inputs), trust, layout: false, support: new ReferrersSupport() };
    if (inputs.attestationType)
        ctx.attestationType = inputs.attestationType;
    const jobs = [];
    if (inputs.images.length) {
        if (inputs.password && !inputs.username) {
            throw (0,errors/* userError */.IF)('INPUT_INVALID', 'Input "password" needs "username": registries authenticate the pair.');
        }
        const credentials = inputs.username ? { username: inputs.username, password: inputs.password ?? '' } : undefined;
        const client = new RegistryClient(io, { concurrency: inputs.concurrency, ...(credentials ? { credentials } : {}) });
        for (const ref of inputs.images)
            jobs.push(verifyRemote(client, ref, inputs, ctx));
    }
    if (inputs.ociLayout)
        jobs.push(verifyLayout(inputs.ociLayout, inputs, io, ctx));
    const all = await Promise.all(jobs);
    return { results: all.flatMap((o) => o.results), findings: all.flatMap((o) => o.findings) };
}


/***/ })

};
