export const id = 560;
export const ids = [560];
export const modules = {

/***/ 2560:
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
;// CONCATENATED MODULE: ./src/lib/tools/pins.ts
const TRIVY_NAMES = {
    'linux-x64': 'Linux-64bit',
    'linux-arm64': 'Linux-ARM64',
    'darwin-x64': 'macOS-64bit',
    'darwin-arm64': 'macOS-ARM64',
};
function trivy(version, sha256) {
    const out = {};
    for (const [platform, digest] of Object.entries(sha256)) {
        out[platform] = {
            url: `https://github.com/aquasecurity/trivy/releases/download/v${version}/trivy_${version}_${TRIVY_NAMES[platform]}.tar.gz`,
            sha256: digest,
        };
    }
    return out;
}
/** The Trivy version the scan-gate installs when `trivy-version` is not given (action.yml says the same). */
const DEFAULT_TRIVY_VERSION = '0.74.0';
const PINS = {
    trivy: {
        binary: 'trivy',
        defaultVersion: DEFAULT_TRIVY_VERSION,
        versions: {
            // Check against the release's own trivy_0.74.0_checksums.txt
            // (https://github.com/aquasecurity/trivy/releases/tag/v0.74.0); the same four values are pinned
            // in cert-manager/makefile-modules, modules/tools/00_mod.mk (commit 02b378ff771e, the
            // trivy_<os>_<arch>_SHA256SUM lines).
            '0.74.0': trivy('0.74.0', {
                'linux-x64': '2ae6fe3ee734b7fdf11335663e18c75ea12dccc76062f09f164a3b0f8be4371a',
                'linux-arm64': 'b94ce1976bbf3c15b514b605ee88be7c6d94a29be2302847ff01cb794d47aad5',
                'darwin-x64': '472816f6888dda689d075c30254d4210b4d1035acf365aa72332f584c2f60485',
                'darwin-arm64': '1caada5e0e2091909357c7525d3aa76f4b660b13821bc143b190c7483e31cc11',
            }),
            // Check against trivy_0.72.0_checksums.txt (https://github.com/aquasecurity/trivy/releases/tag/v0.72.0);
            // earlier revisions of cert-manager/makefile-modules modules/tools/00_mod.mk pinned the same values.
            // Releases 0.27.0 to 0.69.1 were deleted from GitHub in March 2026 and 0.69.4 was malicious:
            // pin nothing older than 0.69.2, and never 0.69.4.
            '0.72.0': trivy('0.72.0', {
                'linux-x64': 'bbb64b9695866ce4a7a8f5c9592002c5961cab378577fa3f8a040df362b9b2ea',
                'linux-arm64': '2ca2c023109c2db6b2b77366b6717291452d4531167377d95c79547f0c8e3467',
                'darwin-x64': 'ee5e60df8a98e5b89fd74a6d86f9e5c7e9a266a35002cb1e43291698b3bfee08',
                'darwin-arm64': '88f208680dc05da2b459e19b4f5aa2b4dc7c2117892ba4aab2ae63baba330016',
            }),
        },
    },
};

;// CONCATENATED MODULE: ./src/lib/trivy/model.ts
// The slim model of a Trivy JSON report (SchemaVersion 2): only what the gate, suppressions, SARIF
// and the summary use, so a report of hundreds of MB becomes a few MB of findings.
const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];
/** Trivy rewrites an empty or unknown severity to UNKNOWN; so do we. */
function severityOf(raw) {
    const s = typeof raw === 'string' ? raw.toUpperCase() : '';
    return SEVERITIES.includes(s) ? s : 'UNKNOWN';
}
/** Trivy sets Status "fixed" exactly when FixedVersion is non-empty; old reports have no Status. */
function isFixed(f) {
    if (f.kind !== 'vulnerability')
        return true;
    return f.status ? f.status === 'fixed' : Boolean(f.fixed);
}

// EXTERNAL MODULE: ./src/lib/verdict/errors.ts
var errors = __webpack_require__(7098);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/scan-gate/trivy-env.ts
// The environment and the error text of a Trivy child process. Trivy reads TRIVY_* variables as
// flags, so a TRIVY_SEVERITY left in the job environment by an earlier step would silently change
// what this gate sees; the child therefore gets an environment built from scratch, never io.env.
/** Variables Trivy needs to reach registries and write files, and nothing that changes its flags. */
const PASSED = [
    'PATH',
    'HOME',
    'TMPDIR',
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'NO_PROXY',
    'http_proxy',
    'https_proxy',
    'no_proxy',
    'SSL_CERT_FILE',
    'SSL_CERT_DIR',
    'DOCKER_CONFIG',
    'DOCKER_HOST',
];
function trivyChildEnv(parent, auth) {
    const env = {};
    for (const name of PASSED) {
        const v = parent[name];
        if (v !== undefined && v !== '')
            env[name] = v;
    }
    // Set explicitly from the gate's own inputs, the only TRIVY_* the child ever sees.
    if (auth) {
        env['TRIVY_USERNAME'] = auth.username;
        env['TRIVY_PASSWORD'] = auth.password;
    }
    return env;
}
/** Names (never values) of TRIVY_* variables the job set, so the log can say they were ignored. */
function ignoredTrivyVariables(parent) {
    return Object.keys(parent)
        .filter((k) => k.toUpperCase().startsWith('TRIVY_'))
        .sort();
}
/**
 * Rate limits and server-side failures: worth a pause and another repository. Matched on Trivy's
 * stderr, which carries the registry's answer (e.g. "TOOMANYREQUESTS", "unexpected status code 503").
 */
const TRANSIENT = /\b(?:429|50[0-4])\b|TOOMANYREQUESTS|too many requests|rate.?limit|service unavailable|bad gateway|gateway time-?out|internal server error|i\/o timeout|connection (?:reset|refused)|TLS handshake timeout|no such host|temporary failure|unexpected EOF/i;
function isTransient(stderr) {
    return TRANSIENT.test(stderr);
}
/** The line of Trivy's stderr that says what went wrong, for an error message. */
function trivyErrorLine(stderr, code) {
    const lines = stderr
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    const fatal = lines.find((l) => /\bFATAL\b/.test(l)) ?? lines.filter((l) => /\bERROR\b/.test(l)).pop();
    const line = fatal ?? lines.pop() ?? `exit code ${code}, no output`;
    return line.length > 500 ? `${line.slice(0, 497)}...` : line;
}

;// CONCATENATED MODULE: ./src/scan-gate/trivy-db.ts
// The Trivy vulnerability DB: restored from and saved to io.cache, downloaded from an ordered list
// of OCI repositories. The public repositories rate-limit CI runners (HTTP 429), so a rate limit or
// a server error moves on to the next repository after a growing pause instead of failing the gate.



/** Trivy's own defaults, then the ECR Public copy trivy-action users fall back to. */
const DEFAULT_DB_REPOSITORIES = [
    'mirror.gcr.io/aquasec/trivy-db:2',
    'ghcr.io/aquasecurity/trivy-db:2',
    'public.ecr.aws/aquasecurity/trivy-db:2',
];
/** An OCI reference: registry host, path, optional tag or digest. No flags, no whitespace. */
const REPOSITORY = /^[a-z0-9.-]+(?::\d+)?(?:\/[a-z0-9._-]+)+(?::[\w.-]{1,128}|@sha256:[0-9a-f]{64})?$/;
function isDbRepository(ref) {
    return REPOSITORY.test(ref);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Downloads (or freshens) the DB in cacheDir; returns the repository that served it. */
async function downloadDb(d, io) {
    const rounds = d.rounds ?? 2;
    const base = d.backoffMs ?? 2000;
    const failures = [];
    const dead = new Set();
    let pauses = 0;
    for (let round = 0; round < rounds; round++) {
        for (const repo of d.repositories) {
            if (dead.has(repo))
                continue;
            const args = ['image', '--download-db-only', '--no-progress', '--cache-dir', d.cacheDir, '--db-repository', repo];
            const r = await io.exec(d.trivy, args, { env: d.env, cwd: d.cwd, timeoutMs: d.timeoutMs ?? 300_000 });
            if (r.code === 0) {
                io.log.info(`Trivy DB ready from ${repo}`);
                return repo;
            }
            const why = trivyErrorLine(r.stderr, r.code);
            failures.push(`${repo}: ${why}`);
            if (!isTransient(r.stderr)) {
                // Not a rate limit or outage (a wrong name, a denied pull): retrying the same one cannot help.
                dead.add(repo);
                io.log.warn(`Trivy DB download from ${repo} failed: ${why}`);
                continue;
            }
            const pause = Math.min(base * 2 ** pauses++, 30_000);
            io.log.warn(`Trivy DB download from ${repo} was refused or failed on the server side; next try in ${pause} ms: ${why}`);
            await sleep(pause);
        }
        if (dead.size === d.repositories.length)
            break;
    }
    throw (0,errors/* envError */.gy)('TRIVY_DB_UNAVAILABLE', `The Trivy vulnerability DB could not be downloaded from any of ${d.repositories.length} repositories: ${failures.join('; ')}`, { hint: 'add a mirror to db-repository, or retry later when the rate limit has passed' });
}
/** What the Actions cache keeps: the vulnerability DB and the Java DB, never per-image layer data. */
function dbCachePaths(cacheDir) {
    return [(0,external_node_path_.join)(cacheDir, 'db'), (0,external_node_path_.join)(cacheDir, 'java-db')];
}
/** The DB is rebuilt every few hours upstream; one key a day bounds staleness and cache churn. */
function dbCacheKey(now) {
    const prefix = 'rco-trivy-db-2-';
    return { key: `${prefix}${now.toISOString().slice(0, 10)}`, restoreKeys: [prefix] };
}
async function restoreDb(cacheDir, io) {
    if (!io.cache)
        return undefined;
    const { key, restoreKeys } = dbCacheKey(io.now());
    try {
        const hit = await io.cache.restore(dbCachePaths(cacheDir), key, restoreKeys);
        io.log.info(hit ? `Trivy DB restored from the cache (${hit})` : 'No cached Trivy DB; it will be downloaded');
        return hit;
    }
    catch (e) {
        // The cache only saves time; a broken cache service must not decide a security gate.
        io.log.warn(`Could not restore the Trivy DB cache: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
    }
}
async function saveDb(cacheDir, restoredKey, io) {
    if (!io.cache)
        return;
    const { key } = dbCacheKey(io.now());
    if (restoredKey === key)
        return; // today's DB is already cached under this exact key
    try {
        await io.cache.save(dbCachePaths(cacheDir), key);
        io.log.info(`Trivy DB saved to the cache (${key})`);
    }
    catch (e) {
        io.log.warn(`Could not save the Trivy DB cache: ${e instanceof Error ? e.message : String(e)}`);
    }
}

;// CONCATENATED MODULE: ./src/scan-gate/trivy-inputs.ts
// The inputs that decide how Trivy runs (trivy-version, db-repository, cache), parsed for inputs.ts.




function parseTrivyInputs(v) {
    const version = (v['trivy-version'] ?? '').trim().replace(/^v/, '');
    const pinned = Object.keys(PINS['trivy']?.versions ?? {});
    // Checked here, before anything runs, so a typo is a clear input error and never a download.
    if (!pinned.includes(version)) {
        throw (0,errors/* userError */.IF)('INPUT_INVALID', `Input "trivy-version" is "${v['trivy-version']}", which has no sha256 pinned in rco-actions.`, {
            hint: `pinned versions: ${pinned.join(', ')}; to add one see docs/adr/0002-pinned-tool-downloads.md`,
        });
    }
    const dbRepositories = (0,spec/* asList */.DD)(v['db-repository'] ?? '');
    const bad = dbRepositories.filter((r) => !isDbRepository(r));
    if (bad.length || dbRepositories.length === 0) {
        throw (0,errors/* userError */.IF)('INPUT_INVALID', bad.length
            ? `Input "db-repository" has entries that are not OCI repositories: ${bad.join(', ')}.`
            : 'Input "db-repository" names no repository.', { hint: 'one repository per line or comma separated, e.g. mirror.gcr.io/aquasec/trivy-db:2' });
    }
    return { version, dbRepositories, cache: (0,spec/* asBool */.XL)(v['cache'] ?? '', 'cache') };
}
function defaultTrivyInputs() {
    return { version: DEFAULT_TRIVY_VERSION, dbRepositories: [...DEFAULT_DB_REPOSITORIES], cache: true };
}

;// CONCATENATED MODULE: ./src/scan-gate/inputs.ts
// The scan-gate's inputs; actions/scan-gate/action.yml declares the same names and defaults.






const inputs_spec = {
    image: {},
    report: {},
    'fail-on': { default: 'CRITICAL,HIGH' },
    'ignore-unfixed': { default: 'false' },
    'ignore-files': {},
    vex: {},
    'suppressions-only': { default: 'false' },
    'expiry-warning-days': { default: '14' },
    baseline: {},
    'sarif-path': {},
    'report-path': {},
    'trivy-version': { default: DEFAULT_TRIVY_VERSION },
    'db-repository': { default: DEFAULT_DB_REPOSITORIES.join(',') },
    cache: { default: 'true' },
};
function parseSeverities(value, name) {
    const out = new Set();
    for (const s of (0,spec/* asList */.DD)(value)) {
        const u = s.toUpperCase();
        if (!SEVERITIES.includes(u)) {
            throw (0,errors/* userError */.IF)('INPUT_INVALID', `Input "${name}" lists "${s}", which is not a severity.`, {
                hint: `use a comma-separated list of ${SEVERITIES.join(', ')}`,
            });
        }
        out.add(u);
    }
    if (out.size === 0)
        throw (0,errors/* userError */.IF)('INPUT_INVALID', `Input "${name}" names no severity.`);
    return out;
}
function parseInputs(v) {
    const image = v['image']?.trim() || undefined;
    const report = v['report']?.trim() || undefined;
    const suppressionsOnly = (0,spec/* asBool */.XL)(v['suppressions-only'] ?? '', 'suppressions-only');
    if (image && report) {
        throw (0,errors/* userError */.IF)('INPUT_CONFLICT', 'Give either "image" (scan it) or "report" (gate an existing report), not both.');
    }
    if (!image && !report && !suppressionsOnly) {
        throw (0,errors/* userError */.IF)('INPUT_REQUIRED', 'Give "image" (a digest-pinned ref to scan) or "report" (a Trivy JSON report).', {
            hint: 'or set suppressions-only: true to check the ignore files alone',
        });
    }
    // The runbook gates the image by digest: a tag can move between the scan and the deploy.
    if (image && !/@sha256:[0-9a-f]{64}$/.test(image)) {
        throw (0,errors/* userError */.IF)('INPUT_INVALID', `Input "image" must be pinned by digest (name@sha256:...), got "${image}".`);
    }
    const inputs = {
        failOn: parseSeverities(v['fail-on'] ?? '', 'fail-on'),
        ignoreUnfixed: (0,spec/* asBool */.XL)(v['ignore-unfixed'] ?? '', 'ignore-unfixed'),
        ignoreFiles: (0,spec/* asLines */.Ih)((v['ignore-files'] ?? '').replace(/,/g, '\n')),
        vexFiles: (0,spec/* asLines */.Ih)((v['vex'] ?? '').replace(/,/g, '\n')),
        suppressionsOnly,
        expiryWarningDays: (0,spec/* asInt */.Ae)(v['expiry-warning-days'] ?? '', 'expiry-warning-days', { min: 0, max: 3650 }),
        trivy: parseTrivyInputs(v),
    };
    if (image)
        inputs.image = image;
    if (report)
        inputs.report = report;
    if (v['baseline']?.trim())
        inputs.baseline = v['baseline'].trim();
    if (v['sarif-path']?.trim())
        inputs.sarifPath = v['sarif-path'].trim();
    if (v['report-path']?.trim())
        inputs.reportPath = v['report-path'].trim();
    return inputs;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/lib/trivy/json-scan.ts
// A small structural JSON scanner over a Buffer. It finds where values begin and end (respecting
// strings and escapes, checking that brackets pair up) without building them, so a caller can
// JSON.parse one element of a huge array at a time: memory stays bounded by the raw bytes plus
// whatever the caller keeps, instead of a full object graph several times the file size.
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
const LBRACK = 0x5b;
const RBRACK = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
class JsonScanError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
        this.name = 'JsonScanError';
    }
}
function isWs(c) {
    return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
function skipWs(buf, pos) {
    while (pos < buf.length && isWs(buf[pos]))
        pos++;
    return pos;
}
/**
 * i is just after an opening quote; returns the index just after the closing quote, or -1 when the
 * input ends first. Short strings (keys, versions, URLs) are walked byte by byte; a long one (a description) switches
 * to the native indexOf, which finds quotes many times faster than a JS loop.
 */
function skipString(buf, i) {
    const n = buf.length;
    const stop = Math.min(n, i + 96);
    while (i < stop) {
        const c = buf[i++];
        if (c === QUOTE)
            return i;
        if (c === BACKSLASH)
            i++;
    }
    if (i >= n)
        return -1;
    for (;;) {
        const q = buf.indexOf(QUOTE, i);
        if (q < 0)
            return -1;
        // The quote is escaped only when an odd number of the backslashes not yet consumed precede it.
        let bs = 0;
        for (let j = q - 1; j >= i && buf[j] === BACKSLASH; j--)
            bs++;
        if (bs % 2 === 0)
            return q + 1;
        i = q + 1;
    }
}
/** pos is at an opening quote; returns the index just after the closing quote. */
function stringEnd(buf, pos) {
    const end = skipString(buf, pos + 1);
    if (end < 0)
        throw new JsonScanError('unterminated string (the file is truncated)', pos);
    return end;
}
/** pos is at the first byte of a value; returns the index just after it. */
function valueEnd(buf, pos) {
    const c = buf[pos];
    if (c === undefined)
        throw new JsonScanError('unexpected end of input (the file is truncated)', pos);
    if (c === QUOTE)
        return stringEnd(buf, pos);
    if (c === LBRACE || c === LBRACK)
        return containerEnd(buf, pos);
    // A number or literal runs to the next delimiter; JSON.parse of the enclosing element validates it.
    let i = pos;
    while (i < buf.length) {
        const b = buf[i];
        if (b === COMMA || b === RBRACE || b === RBRACK || isWs(b))
            break;
        if (b === QUOTE || b === LBRACE || b === LBRACK || b === COLON)
            break;
        i++;
    }
    if (i === pos)
        throw new JsonScanError(`unexpected character "${String.fromCharCode(c)}"`, pos);
    return i;
}
const MAX_DEPTH = 512;
/** Shared by every call (the scanner never re-enters itself): one allocation instead of one per value. */
const STACK = new Uint8Array(MAX_DEPTH);
/** Skips an object or array, checking that brackets pair up; strings are skipped inline. */
function containerEnd(buf, pos) {
    const stack = STACK;
    const n = buf.length;
    let depth = 0;
    let i = pos;
    while (i < n) {
        const b = buf[i++];
        if (b === QUOTE) {
            i = skipString(buf, i);
            if (i < 0)
                throw new JsonScanError('unterminated string (the file is truncated)', n);
        }
        else if (b === LBRACE || b === LBRACK) {
            if (depth === MAX_DEPTH)
                throw new JsonScanError(`nested deeper than ${MAX_DEPTH} levels`, i - 1);
            stack[depth++] = b === LBRACE ? RBRACE : RBRACK;
        }
        else if (b === RBRACE || b === RBRACK) {
            if (stack[--depth] !== b)
                throw new JsonScanError(`mismatched "${String.fromCharCode(b)}"`, i - 1);
            if (depth === 0)
                return i;
        }
    }
    throw new JsonScanError('unexpected end of input (the file is truncated)', n);
}
/** Decodes and parses the bytes [start, end) as one JSON value. */
function parseSlice(buf, start, end) {
    // Most values of a report are plain strings: decode those directly instead of through JSON.parse.
    if (buf[start] === QUOTE && end - start >= 2 && buf[end - 1] === QUOTE) {
        let plain = true;
        for (let j = start + 1; j < end - 1; j++) {
            const c = buf[j];
            if (c === BACKSLASH || c === QUOTE || c < 0x20) {
                plain = false;
                break;
            }
        }
        if (plain)
            return buf.toString('utf8', start + 1, end - 1);
    }
    try {
        return JSON.parse(buf.toString('utf8', start, end));
    }
    catch (e) {
        throw new JsonScanError(`invalid JSON value (${e.message})`, start);
    }
}
function plainKey(buf, start, end) {
    for (let j = start; j < end; j++) {
        const c = buf[j];
        if (c === BACKSLASH || c > 0x7e || c < 0x20)
            return undefined;
    }
    return buf.toString('latin1', start, end);
}
/**
 * Walks the members of the object at pos. For each, `onValue(key, valueStart)` may consume the value
 * itself and return the index after it; returning undefined lets the scanner skip it.
 * Returns the index after the closing brace.
 */
function forEachMember(buf, pos, onValue) {
    if (buf[pos] !== LBRACE)
        throw new JsonScanError('expected an object', pos);
    let i = skipWs(buf, pos + 1);
    if (buf[i] === RBRACE)
        return i + 1;
    for (;;) {
        if (buf[i] !== QUOTE)
            throw new JsonScanError('expected a member name in quotes', i);
        const keyEnd = stringEnd(buf, i);
        // Keys are ASCII names in practice: decode them directly unless they hold an escape or non-ASCII byte.
        const key = plainKey(buf, i + 1, keyEnd - 1) ?? parseSlice(buf, i, keyEnd);
        i = skipWs(buf, keyEnd);
        if (buf[i] !== COLON)
            throw new JsonScanError(`expected ":" after "${key}"`, i);
        i = skipWs(buf, i + 1);
        const start = i;
        i = onValue(key, start) ?? valueEnd(buf, start);
        i = skipWs(buf, i);
        if (buf[i] === COMMA)
            i = skipWs(buf, i + 1);
        else if (buf[i] === RBRACE)
            return i + 1;
        else
            throw new JsonScanError(i >= buf.length ? 'unexpected end of input (the file is truncated)' : 'expected "," or "}"', i);
    }
}
/**
 * Walks the elements of the array at pos. onElement(index, start) may consume the element and return
 * the index after it (undefined: the scanner skips it). Returns the index after "]".
 */
function forEachElement(buf, pos, onElement) {
    if (buf[pos] !== LBRACK)
        throw new JsonScanError('expected an array', pos);
    let i = skipWs(buf, pos + 1);
    if (buf[i] === RBRACK)
        return i + 1;
    for (let n = 0;; n++) {
        // Checked before the callback, so a cut-off file reads as truncated, not as a malformed element.
        if (i >= buf.length)
            throw new JsonScanError('unexpected end of input (the file is truncated)', i);
        i = skipWs(buf, onElement(n, i) ?? valueEnd(buf, i));
        if (buf[i] === COMMA)
            i = skipWs(buf, i + 1);
        else if (buf[i] === RBRACK)
            return i + 1;
        else
            throw new JsonScanError(i >= buf.length ? 'unexpected end of input (the file is truncated)' : 'expected "," or "]"', i);
    }
}
/** 1-based line of a byte offset, for error messages (only computed when something is wrong). */
function lineOf(buf, offset) {
    let line = 1;
    let i = buf.indexOf(0x0a, 0);
    while (i >= 0 && i < offset) {
        line++;
        i = buf.indexOf(0x0a, i + 1);
    }
    return line;
}
/** A fixed set of member names, matched against raw key bytes without decoding them. */
class KeySet {
    names;
    byLength = new Map();
    constructor(names) {
        this.names = names;
        names.forEach((name, slot) => {
            const bytes = Buffer.from(name, 'latin1');
            this.byLength.set(bytes.length, [...(this.byLength.get(bytes.length) ?? []), { bytes, slot }]);
        });
    }
    /** The slot of the key whose bytes are buf[start, end), or -1. Escaped keys never match (Trivy writes none). */
    slotOf(buf, start, end) {
        const candidates = this.byLength.get(end - start);
        if (!candidates)
            return -1;
        for (const { bytes, slot } of candidates) {
            let j = 0;
            while (j < bytes.length && buf[start + j] === bytes[j])
                j++;
            if (j === bytes.length)
                return slot;
        }
        return -1;
    }
}
/**
 * Walks the object at pos like forEachMember, but without a callback or decoding any key: the value
 * range of each member named in `keys` is written to out[2*slot], out[2*slot+1] (-1 when absent).
 * This is the hot loop of a big report. Returns the index after the closing brace.
 */
function pickMembers(buf, pos, keys, out) {
    out.fill(-1);
    if (buf[pos] !== LBRACE)
        throw new JsonScanError('expected an object', pos);
    let i = skipWs(buf, pos + 1);
    if (buf[i] === RBRACE)
        return i + 1;
    for (;;) {
        if (buf[i] !== QUOTE)
            throw new JsonScanError('expected a member name in quotes', i);
        const keyEnd = stringEnd(buf, i);
        const slot = keys.slotOf(buf, i + 1, keyEnd - 1);
        i = skipWs(buf, keyEnd);
        if (buf[i] !== COLON)
            throw new JsonScanError('expected ":" after a member name', i);
        i = skipWs(buf, i + 1);
        const start = i;
        i = valueEnd(buf, start);
        if (slot >= 0) {
            out[2 * slot] = start;
            out[2 * slot + 1] = i;
        }
        i = skipWs(buf, i);
        if (buf[i] === COMMA)
            i = skipWs(buf, i + 1);
        else if (buf[i] === RBRACE)
            return i + 1;
        else {
            throw new JsonScanError(i >= buf.length ? 'unexpected end of input (the file is truncated)' : 'expected "," or "}"', i);
        }
    }
}

;// CONCATENATED MODULE: ./src/lib/trivy/elements.ts
// Reading the elements of a Trivy report's finding arrays into the slim model (model.ts). The reader
// (reader.ts) walks the file; this module turns one element into one finding.



/** A report that cannot be read; carries the line so the finding points at it. */
class ReportError extends errors/* RcoError */.h1 {
    file;
    line;
    constructor(code, message, file, line, hint) {
        super('environment', code, message, hint ? { hint } : {});
        this.file = file;
        this.line = line;
    }
}
const str = (v) => (typeof v === 'string' ? v : '');
const opt = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The vendor score Trivy's own SARIF uses: the severity source's CVSS v3, else its v2. */
function scoreOf(v) {
    const cvss = v['CVSS'];
    if (!isObj(cvss))
        return undefined;
    const pick = (src) => {
        if (!isObj(src))
            return undefined;
        const s = src['V3Score'] ?? src['V40Score'] ?? src['V2Score'];
        return typeof s === 'number' && s > 0 ? s : undefined;
    };
    return pick(cvss[str(v['SeveritySource'])]) ?? pick(cvss['nvd']);
}
function keepRuleText(ctx, id, title, description) {
    // Descriptions repeat for every package an advisory hits; keep one, trimmed, per id.
    if (!ctx.report.ruleText.has(id))
        ctx.report.ruleText.set(id, { title, description: description.slice(0, 2000) });
}
function fail(ctx, offset, what) {
    throw new ReportError('REPORT_INVALID', `${ctx.file}: ${what}.`, ctx.file, lineOf(ctx.buf, offset));
}
/** Parses one array element; returns it with the index after it. */
function elements_element(ctx, start, what) {
    const end = valueEnd(ctx.buf, start);
    const v = parseSlice(ctx.buf, start, end);
    if (!isObj(v))
        fail(ctx, start, `${what} is not an object`);
    return [v, end];
}
/** The members of a vulnerability the gate reads; the rest (References, long texts) are skipped unbuilt. */
const VULN_KEYS = new KeySet([
    'VulnerabilityID',
    'PkgID',
    'PkgName',
    'PkgPath',
    'PkgIdentifier',
    'InstalledVersion',
    'FixedVersion',
    'Status',
    'SeveritySource',
    'PrimaryURL',
    'Title',
    'Severity',
    'CVSS',
    'Description',
]);
const DESCRIPTION = VULN_KEYS.names.indexOf('Description');
const ranges = new Int32Array(VULN_KEYS.names.length * 2);
/**
 * Vulnerabilities are nearly all of a big report, so they are not JSON.parse'd whole: only the members
 * above are decoded, the others are skipped by the scanner (checked for structure, not built). The
 * Description is decoded once per id, for the SARIF rule. Returns the finding and the index after it.
 */
function pickVulnerability(ctx, start, where) {
    const { buf } = ctx;
    if (buf[start] !== 0x7b)
        fail(ctx, start, `${where} is not an object`);
    const end = pickMembers(buf, start, VULN_KEYS, ranges);
    const v = {};
    const names = VULN_KEYS.names;
    for (let slot = 0; slot < names.length; slot++) {
        const a = ranges[2 * slot];
        if (a >= 0 && slot !== DESCRIPTION)
            v[names[slot]] = parseSlice(buf, a, ranges[2 * slot + 1]);
    }
    const f = vulnerability(ctx, v, start, where);
    const d = ranges[2 * DESCRIPTION];
    if (d >= 0 && !ctx.report.ruleText.has(f.id)) {
        keepRuleText(ctx, f.id, str(v['Title']), str(parseSlice(buf, d, ranges[2 * DESCRIPTION + 1])));
    }
    return [f, end];
}
function vulnerability(ctx, v, at, where) {
    const id = str(v['VulnerabilityID']);
    if (!id)
        fail(ctx, at, `${where} has no VulnerabilityID`);
    const ident = isObj(v['PkgIdentifier']) ? v['PkgIdentifier'] : {};
    const f = {
        kind: 'vulnerability',
        id,
        severity: severityOf(v['Severity']),
        target: '',
        resultClass: '',
        resultType: '',
        pkgName: str(v['PkgName']),
        installed: str(v['InstalledVersion']),
        fixed: str(v['FixedVersion']),
    };
    // Optional members stay absent rather than empty (one assignment each: this runs per entry of a big report).
    const pkgId = opt(v['PkgID']);
    if (pkgId)
        f.pkgId = pkgId;
    const pkgPath = opt(v['PkgPath']);
    if (pkgPath)
        f.pkgPath = pkgPath;
    const purl = opt(ident['PURL']);
    if (purl)
        f.purl = purl;
    const status = opt(v['Status']);
    if (status)
        f.status = status;
    const title = opt(v['Title']);
    if (title)
        f.title = title;
    const url = opt(v['PrimaryURL']);
    if (url)
        f.url = url;
    const score = scoreOf(v);
    if (score !== undefined)
        f.score = score;
    return f;
}
function misconfiguration(ctx, m, at, where) {
    const id = str(m['ID']) || str(m['AVDID']);
    if (!id)
        fail(ctx, at, `${where} has no ID`);
    // Trivy lists passed checks only with --include-non-failures; they are not problems.
    const status = str(m['Status']) || 'FAIL';
    if (status !== 'FAIL')
        return undefined;
    keepRuleText(ctx, id, str(m['Title']), str(m['Description']) || str(m['Message']));
    const cause = isObj(m['CauseMetadata']) ? m['CauseMetadata'] : {};
    const f = { kind: 'misconfiguration', id, severity: severityOf(m['Severity']), ...blank() };
    if (opt(m['AVDID']) && m['AVDID'] !== id)
        f.aliasId = str(m['AVDID']);
    if (opt(m['Title']))
        f.title = str(m['Title']);
    if (opt(m['PrimaryURL']))
        f.url = str(m['PrimaryURL']);
    if (typeof cause['StartLine'] === 'number' && cause['StartLine'] > 0)
        f.line = cause['StartLine'];
    return f;
}
function secret(ctx, s, at, where) {
    const id = str(s['RuleID']);
    if (!id)
        fail(ctx, at, `${where} has no RuleID`);
    keepRuleText(ctx, id, str(s['Title']), str(s['Title']));
    const f = { kind: 'secret', id, severity: severityOf(s['Severity']), ...blank() };
    if (opt(s['Title']))
        f.title = str(s['Title']);
    if (typeof s['StartLine'] === 'number' && s['StartLine'] > 0)
        f.line = s['StartLine'];
    return f;
}
function license(ctx, l, at, where) {
    const id = str(l['Name']);
    if (!id)
        fail(ctx, at, `${where} has no Name`);
    keepRuleText(ctx, id, `License ${id}`, `License ${id} (${str(l['Category'])})`);
    const f = { kind: 'license', id, severity: severityOf(l['Severity']), ...blank() };
    if (opt(l['PkgName']))
        f.pkgName = str(l['PkgName']);
    if (opt(l['FilePath']))
        f.filePath = str(l['FilePath']);
    if (opt(l['Link']))
        f.url = str(l['Link']);
    return f;
}
const blank = () => ({ target: '', resultClass: '', resultType: '' });
const SECTIONS = {
    Misconfigurations: ['misconfiguration', misconfiguration],
    Secrets: ['secret', secret],
    Licenses: ['license', license],
};
function modifiedFinding(m) {
    const f = isObj(m['Finding']) ? m['Finding'] : {};
    return {
        kind: str(m['Type']),
        id: str(f['VulnerabilityID']) || str(f['ID']) || str(f['RuleID']) || str(f['Name']),
        status: str(m['Status']),
        statement: str(m['Statement']),
        source: str(m['Source']),
        target: '',
    };
}

;// CONCATENATED MODULE: ./src/lib/trivy/reader.ts
// Reads a Trivy JSON report (SchemaVersion 2) in one pass over its bytes: each Result member and each
// finding element is parsed on its own (json-scan.ts, elements.ts), then reduced to the slim model.
// Malformed input is an RcoError of kind "environment" (the gate reports unknown, never pass): a
// truncated or foreign report usually means the scan did not finish, not that the image is clean.




/** One Result: its scalar members are small; its finding arrays are walked element by element. */
function result(ctx, start, index) {
    const own = [];
    const modified = [];
    const meta = {};
    const end = forEachMember(ctx.buf, start, (key, at) => {
        // Older Trivy versions wrote `null` for an empty finding array.
        if (ctx.buf[at] === 0x6e && ctx.buf.toString('latin1', at, at + 4) === 'null')
            return at + 4;
        if (key === 'Vulnerabilities') {
            return forEachElement(ctx.buf, at, (n, el) => {
                const [f, end] = pickVulnerability(ctx, el, `Results[${index}].${key}[${n}]`);
                own.push(f);
                return end;
            });
        }
        const section = SECTIONS[key];
        if (section) {
            const [, read] = section;
            return forEachElement(ctx.buf, at, (n, el) => {
                const where = `Results[${index}].${key}[${n}]`;
                const [v, end] = elements_element(ctx, el, where);
                const f = read(ctx, v, el, where);
                if (f)
                    own.push(f);
                return end;
            });
        }
        if (key === 'ExperimentalModifiedFindings') {
            return forEachElement(ctx.buf, at, (n, el) => {
                const [v, end] = elements_element(ctx, el, `Results[${index}].${key}[${n}]`);
                modified.push(modifiedFinding(v));
                return end;
            });
        }
        if (key === 'Target' || key === 'Class' || key === 'Type') {
            const e = valueEnd(ctx.buf, at);
            meta[key] = parseSlice(ctx.buf, at, e);
            return e;
        }
        return undefined; // Packages, MisconfSummary, ...: skipped without building them
    });
    const target = str(meta['Target']);
    for (const f of own) {
        f.target = target;
        f.resultClass = str(meta['Class']);
        f.resultType = str(meta['Type']);
        ctx.report.findings.push(f);
    }
    for (const m of modified)
        ctx.report.modified.push({ ...m, target });
    ctx.report.resultsCount++;
    return end;
}
function metadata(ctx, m) {
    if (!isObj(m))
        return;
    if (opt(m['ImageID']))
        ctx.report.imageId = str(m['ImageID']);
    if (Array.isArray(m['RepoDigests']))
        ctx.report.repoDigests = m['RepoDigests'].filter((d) => typeof d === 'string');
}
function topLevel(ctx, key, at) {
    const { buf, report } = ctx;
    if (key === 'Results') {
        if (buf.toString('latin1', at, at + 4) === 'null')
            return at + 4;
        if (buf[at] !== 0x5b)
            fail(ctx, at, '"Results" is not an array');
        return forEachElement(buf, at, (n, el) => {
            if (buf[el] !== 0x7b)
                fail(ctx, el, `Results[${n}] is not an object`);
            return result(ctx, el, n);
        });
    }
    if (key === 'Packages')
        return undefined;
    const end = valueEnd(buf, at);
    const v = parseSlice(buf, at, end);
    if (key === 'SchemaVersion')
        report.schemaVersion = typeof v === 'number' ? v : Number.NaN;
    else if (key === 'ArtifactName')
        report.artifactName = str(v);
    else if (key === 'ArtifactType')
        report.artifactType = str(v);
    else if (key === 'CreatedAt' && opt(v))
        report.createdAt = str(v);
    else if (key === 'Trivy' && isObj(v) && opt(v['Version']))
        report.trivyVersion = str(v['Version']);
    else if (key === 'Metadata')
        metadata(ctx, v);
    return end;
}
function emptyReport(file) {
    return {
        file,
        schemaVersion: Number.NaN,
        artifactName: '',
        artifactType: '',
        repoDigests: [],
        findings: [],
        modified: [],
        ruleText: new Map(),
        resultsCount: 0,
    };
}
/** Parses the bytes of a report. `file` names it in messages. */
function parseReport(buf, file) {
    const ctx = { file, buf, report: emptyReport(file) };
    let i = skipWs(buf, buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0);
    if (i >= buf.length) {
        throw new ReportError('REPORT_EMPTY', `${file} is empty: the scan wrote no report.`, file, undefined, 'rerun the scan');
    }
    if (buf[i] === 0x5b) {
        throw new ReportError('REPORT_SCHEMA_UNSUPPORTED', `${file} is a SchemaVersion 1 report (a top-level array).`, file, 1, 'scan with Trivy 0.20 or later, which writes SchemaVersion 2');
    }
    if (buf[i] !== 0x7b) {
        throw new ReportError('REPORT_NOT_JSON', `${file} is not a JSON report.`, file, lineOf(buf, i), 'give the file Trivy wrote with --format json');
    }
    try {
        i = skipWs(buf, forEachMember(buf, i, (key, at) => topLevel(ctx, key, at)));
        if (i < buf.length)
            throw new JsonScanError('unexpected data after the report', i);
    }
    catch (e) {
        if (e instanceof JsonScanError) {
            throw new ReportError('REPORT_INVALID_JSON', `${file} is not valid JSON: ${e.message}.`, file, lineOf(buf, e.offset), 'the scan may have been cut short; rerun it');
        }
        throw e;
    }
    const sv = ctx.report.schemaVersion;
    if (sv !== 2) {
        const got = Number.isNaN(sv) ? 'no SchemaVersion' : `SchemaVersion ${sv}`;
        throw new ReportError('REPORT_SCHEMA_UNSUPPORTED', `${file} has ${got}; scan-gate reads Trivy JSON SchemaVersion 2.`, file, 1);
    }
    return ctx.report;
}
async function readReport(path, shownAs = path) {
    let buf;
    try {
        buf = await (0,promises_.readFile)(path);
    }
    catch (e) {
        const code = e.code;
        throw new ReportError('REPORT_MISSING', `Cannot read the Trivy report ${shownAs}: ${code === 'ENOENT' ? 'no such file' : e.message}.`, shownAs);
    }
    return parseReport(buf, shownAs);
}

// EXTERNAL MODULE: ./src/lib/verdict/types.ts
var types = __webpack_require__(6868);
;// CONCATENATED MODULE: ./src/scan-gate/baseline.ts
function findingKey(f) {
    if (f.kind === 'vulnerability')
        return ['v', f.id, f.resultClass, f.resultType, f.pkgName, f.pkgPath ?? ''].join('\0');
    if (f.kind === 'license')
        return ['l', f.id, f.pkgName ?? '', f.filePath ?? ''].join('\0');
    return [f.kind, f.id, f.target].join('\0');
}
function compareBaseline(current, baseline) {
    const before = new Set(baseline.map(findingKey));
    const now = new Set(current.map(findingKey));
    const resolved = new Map();
    for (const f of baseline) {
        const k = findingKey(f);
        if (!now.has(k) && !resolved.has(k))
            resolved.set(k, f);
    }
    return { isNew: (f) => !before.has(findingKey(f)), resolved: [...resolved.values()] };
}

;// CONCATENATED MODULE: ./src/scan-gate/evaluate.ts
// The gate itself: which findings match the policy, counted the way Trivy's --severity,
// --ignore-unfixed and --exit-code count them (entries, not distinct ids; duplicates across Results
// are separate entries), and how the blocking ones become verdict findings.

function matchesGate(f, p) {
    return p.failOn.has(f.severity) && (!p.ignoreUnfixed || isFixed(f));
}
function countBySeverity(findings) {
    const c = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
    for (const f of findings)
        c[f.severity]++;
    return c;
}
function distinctIds(findings) {
    return new Set(findings.map((f) => `${f.kind}\0${f.id}`)).size;
}
const RULE = {
    vulnerability: 'SCAN_VULNERABILITY',
    misconfiguration: 'SCAN_MISCONFIGURATION',
    secret: 'SCAN_SECRET',
    license: 'SCAN_LICENSE',
};
/** What a finding hits, in words; the target is said once per group (see blockingFindings). */
function describeFinding(f) {
    if (f.kind === 'vulnerability') {
        const fix = f.fixed ? `fixed in ${f.fixed}` : 'no fix yet';
        return `${f.pkgName}@${f.installed} (${fix})${f.pkgPath ? ` at ${f.pkgPath}` : ''}`;
    }
    if (f.kind === 'license')
        return f.pkgName ?? f.filePath ?? f.id;
    return `${f.target}${f.line ? `:${f.line}` : ''}`;
}
function advice(f) {
    if (f.kind === 'vulnerability') {
        return f.fixed
            ? 'upgrade to a fixed version'
            : 'no fix exists yet: replace the package or suppress it with an owner and an expiry';
    }
    if (f.kind === 'secret')
        return 'remove the secret from the image and rotate it';
    if (f.kind === 'misconfiguration')
        return 'fix the configuration';
    return 'replace the dependency or accept the license in a suppression with an owner and an expiry';
}
/**
 * One verdict finding per blocking id (its entries listed in the message), so a report of thousands
 * of entries stays readable; the summary and SARIF hold every entry. Beyond `limit` ids one notice says how many more.
 */
function blockingFindings(blocking, limit, newOnly) {
    const groups = new Map();
    for (const f of blocking) {
        const k = `${f.kind}\0${f.id}`;
        const g = groups.get(k);
        if (g)
            g.push(f);
        else
            groups.set(k, [f]);
    }
    const out = [];
    for (const g of groups.values()) {
        if (out.length === limit)
            break;
        const f = g[0];
        const sev = [...new Set(g.map((x) => x.severity))].join('/');
        const targets = [...new Set(g.map((x) => x.target))];
        const inTargets = f.kind === 'vulnerability' || f.kind === 'license'
            ? ` (in ${targets.slice(0, 2).join(', ')}${targets.length > 2 ? ` and ${targets.length - 2} more targets` : ''})`
            : '';
        const where = g.slice(0, 3).map(describeFinding).join('; ') + inTargets;
        const more = g.length > 3 ? `; ${g.length} entries in all` : '';
        const finding = {
            rule: RULE[f.kind],
            level: 'fail',
            message: `${f.id} (${sev})${newOnly ? ', new since the baseline,' : ''} in ${where}${more}: ${advice(f)}.`,
        };
        // Misconfigurations and secrets point into a file: the annotation lands on the line.
        if ((f.kind === 'misconfiguration' || f.kind === 'secret') && f.target) {
            finding.file = f.target;
            if (f.line)
                finding.line = f.line;
        }
        out.push(finding);
    }
    if (groups.size > limit) {
        out.push({
            rule: 'SCAN_FINDINGS_TRUNCATED',
            level: 'notice',
            message: `${groups.size - limit} more blocking ids are not listed here; the job summary and the SARIF file list every finding.`,
        });
    }
    return out;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/scan-gate/sarif.ts
// SARIF 2.1.0 for GitHub code scanning, rendered from the report (Trivy runs once, JSON only). It
// follows Trivy's own SARIF conventions (one rule per id, security-severity from CVSS, ROOTPATH
// locations) and adds what code scanning needs to track alerts: one category per image and stable
// partial fingerprints. It stays within GitHub's limits by cutting the lowest severities first.



/** GitHub's limits for one SARIF upload: results per run, and the gzip-compressed file size. */
const MAX_RESULTS = 25_000;
const MAX_GZIP_BYTES = 10 * 1024 * 1024;
const SCORE = { CRITICAL: '9.5', HIGH: '8.0', MEDIUM: '5.5', LOW: '2.0', UNKNOWN: '0.0' };
const LEVEL = {
    CRITICAL: 'error',
    HIGH: 'error',
    MEDIUM: 'warning',
    LOW: 'note',
    UNKNOWN: 'note',
};
function ruleName(f) {
    if (f.kind === 'vulnerability')
        return f.resultClass === 'os-pkgs' ? 'OsPackageVulnerability' : 'LanguageSpecificPackageVulnerability';
    return { misconfiguration: 'Misconfiguration', secret: 'Secret', license: 'License' }[f.kind];
}
function securitySeverity(f) {
    return f.kind === 'vulnerability' && f.score !== undefined ? f.score.toFixed(1) : SCORE[f.severity];
}
function fingerprint(f) {
    const key = [f.kind, f.id, f.target, f.pkgName ?? '', f.installed ?? '', f.pkgPath ?? '', f.line ?? ''].join('\0');
    return (0,external_node_crypto_.createHash)('sha256').update(key).digest('hex');
}
function messageOf(f) {
    if (f.kind === 'vulnerability') {
        return [
            `Package: ${f.pkgName}`,
            `Installed Version: ${f.installed}`,
            `Vulnerability ${f.id}`,
            `Severity: ${f.severity}`,
            `Fixed Version: ${f.fixed ?? ''}`,
            `Link: [${f.id}](${f.url ?? ''})`,
        ].join('\n');
    }
    return [`Artifact: ${f.target}`, `Type: ${f.kind}`, `${f.id}: ${f.title ?? ''}`, `Severity: ${f.severity}`].join('\n');
}
/** The code-scanning category: one per image, so several images in one repository do not overwrite each other. */
function categoryOf(image, report) {
    const name = (image ?? report.artifactName).replace(/@sha256:[0-9a-f]+$/, '').replace(/:[^/:]+$/, '');
    return `scan-gate/${name.replace(/[^A-Za-z0-9._/-]/g, '-') || 'report'}`;
}
function render(report, findings, category, dropped) {
    const rules = [];
    const ruleIndex = new Map();
    const results = findings.map((f) => {
        const rid = f.id;
        let index = ruleIndex.get(rid);
        if (index === undefined) {
            index = rules.length;
            ruleIndex.set(rid, index);
            const text = report.ruleText.get(rid) ?? { title: f.title ?? rid, description: '' };
            rules.push({
                id: rid,
                name: ruleName(f),
                shortDescription: { text: text.title || rid },
                fullDescription: { text: text.description || text.title || rid },
                defaultConfiguration: { level: LEVEL[f.severity] },
                ...(f.url ? { helpUri: f.url } : {}),
                help: { text: `${f.kind} ${rid}\nSeverity: ${f.severity}\n${text.description}`.trim() },
                properties: {
                    'security-severity': securitySeverity(f),
                    precision: 'very-high',
                    tags: [f.kind, 'security', f.severity],
                },
            });
        }
        const uri = f.kind === 'vulnerability' && f.resultClass === 'os-pkgs' ? report.artifactName : f.target || report.artifactName;
        return {
            ruleId: rid,
            ruleIndex: index,
            level: LEVEL[f.severity],
            message: { text: messageOf(f) },
            locations: [
                {
                    physicalLocation: {
                        artifactLocation: { uri, uriBaseId: 'ROOTPATH' },
                        region: { startLine: f.line ?? 1, startColumn: 1, endLine: f.line ?? 1, endColumn: 1 },
                    },
                    message: { text: `${uri}: ${f.pkgName ? `${f.pkgName}@${f.installed}` : f.id}` },
                },
            ],
            partialFingerprints: { 'scanGateFinding/v1': fingerprint(f) },
        };
    });
    const cut = Object.values(dropped).some((n) => n > 0);
    return JSON.stringify({
        version: '2.1.0',
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'Trivy',
                        fullName: 'Trivy Vulnerability Scanner',
                        informationUri: 'https://github.com/aquasecurity/trivy',
                        version: report.trivyVersion ?? 'unknown',
                        rules,
                    },
                },
                automationDetails: { id: `${category}/` },
                results,
                columnKind: 'utf16CodeUnits',
                originalUriBaseIds: { ROOTPATH: { uri: 'file:///' } },
                properties: {
                    imageName: report.artifactName,
                    imageID: report.imageId ?? null,
                    repoDigests: report.repoDigests,
                    ...(cut ? { truncated: { reason: 'GitHub code scanning limits', droppedBySeverity: dropped } } : {}),
                },
            },
        ],
    });
}
const RANK = { CRITICAL: 0, HIGH: 1, MEDIUM: 2, LOW: 3, UNKNOWN: 4 };
/** Every finding, most severe first; the least severe are cut until the file fits. */
function buildSarif(report, findings, category, limits = {}) {
    const maxResults = limits.maxResults ?? MAX_RESULTS;
    const maxGzip = limits.maxGzipBytes ?? MAX_GZIP_BYTES;
    const sorted = [...findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
    let keep = Math.min(sorted.length, maxResults);
    for (;;) {
        const dropped = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
        for (const f of sorted.slice(keep))
            dropped[f.severity]++;
        const text = render(report, sorted.slice(0, keep), category, dropped);
        // Compressing costs time; only do it once the text could possibly be over the limit.
        if (text.length <= maxGzip || keep === 0 || (0,external_node_zlib_.gzipSync)(text).length <= maxGzip)
            return { text, results: keep, dropped };
        keep = Math.floor(keep * 0.8);
    }
}

// EXTERNAL MODULE: ./src/lib/report/markdown.ts
var markdown = __webpack_require__(8581);
;// CONCATENATED MODULE: ./src/scan-gate/suppressions/governance.ts
const DAY = 86_400_000;
/** Days from now until the expiry, rounded up: 1 on the last day it still applies, <= 0 once past. */
function daysLeft(expires, now) {
    return Math.ceil((expires.getTime() - now.getTime()) / DAY) || 0;
}
const day = (d) => d.toISOString().slice(0, 10);
function governance(entries, now, warningDays, opts) {
    const out = [];
    for (const e of entries) {
        if (!e.valid)
            continue;
        const at = { file: e.file, line: e.line };
        const owner = e.owner ?? e.statement;
        if (!owner) {
            out.push({
                rule: 'SUPPRESSION_OWNER_MISSING',
                level: 'fail',
                message: `Suppression of ${e.id} has no owner; add "# owner: <team or person>" on the line directly above it${e.format === 'yaml' ? ' (or a "statement")' : ''}.`,
                ...at,
            });
        }
        if (!e.expires) {
            out.push({
                rule: 'SUPPRESSION_EXPIRY_MISSING',
                level: 'fail',
                message: `Suppression of ${e.id} has no expiry; add "# expires: YYYY-MM-DD" above it${e.format === 'yaml' ? ' or "expired_at"' : ' or "exp:YYYY-MM-DD" on the line'}.`,
                ...at,
            });
            continue;
        }
        const left = daysLeft(e.expires, now);
        if (now.getTime() >= e.expires.getTime()) {
            out.push({
                rule: 'SUPPRESSION_EXPIRED',
                level: 'fail',
                message: `Suppression of ${e.id} expired on ${day(e.expires)}${owner ? ` (owner: ${owner})` : ''}: fix the finding, or review it again and set a new expiry.`,
                ...at,
            });
            continue;
        }
        if (left <= warningDays) {
            out.push({
                rule: 'SUPPRESSION_EXPIRING',
                level: 'warning',
                message: `Suppression of ${e.id} expires on ${day(e.expires)}, in ${left} day(s)${owner ? ` (owner: ${owner})` : ''}: plan the fix or the review.`,
                ...at,
            });
        }
        if (opts.stale && e.matched === 0) {
            out.push({
                rule: 'SUPPRESSION_STALE',
                level: 'warning',
                message: `Suppression of ${e.id} matched no finding in this report: remove it if the finding is gone.`,
                ...at,
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/scan-gate/summary.ts
// The job-summary section of the scan-gate: counts per severity, the blocking findings, the
// suppressions with owner and days to expiry, what the baseline resolved.



/** Rows shown per table; the SARIF file and the report hold the rest. */
const ROWS = 200;
function countsTable(found, suppressed, blocking) {
    const rows = SEVERITIES.map((s) => [s, String(found[s]), String(suppressed[s]), String(blocking[s])]);
    const sum = (c) => String(SEVERITIES.reduce((n, s) => n + c[s], 0));
    rows.push(['Total', sum(found), sum(suppressed), sum(blocking)]);
    return { headers: ['Severity', 'Findings', 'Suppressed', 'Blocking'], rows };
}
function capped(t, total) {
    const more = total > t.rows.length ? `\n\n… and ${total - t.rows.length} more.` : '';
    return (0,markdown/* renderTable */.bo)(t) + more;
}
function blockingDetail(blocking) {
    if (!blocking.length)
        return [];
    const rows = blocking
        .slice(0, ROWS)
        .map((f) => [
        f.url ? `[${f.id}](${f.url})` : f.id,
        f.pkgName ?? f.target,
        f.installed ?? '',
        f.fixed ?? '',
        f.severity,
        f.kind === 'vulnerability' ? f.target : `${f.kind} in ${f.target}${f.line ? `:${f.line}` : ''}`,
    ]);
    const t = { headers: ['ID', 'Package', 'Installed', 'Fixed', 'Severity', 'Target'], rows };
    return [{ title: `Blocking findings (${blocking.length})`, body: capped(t, blocking.length) }];
}
function suppressionDetail(entries, statements, suppressed, modified, now) {
    const out = [];
    if (entries.length) {
        const rows = entries
            .slice(0, ROWS)
            .map((e) => [
            e.id,
            `${e.file}:${e.line}`,
            e.owner ?? e.statement ?? '(none)',
            e.expires ? e.expires.toISOString().slice(0, 10) : '(none)',
            e.expires ? String(daysLeft(e.expires, now)) : '',
            String(e.matched),
        ]);
        const t = { headers: ['ID', 'Where', 'Owner', 'Expires', 'Days left', 'Matched'], rows };
        out.push({
            title: `Suppressions (${entries.length} entries, ${suppressed.length} findings suppressed)`,
            body: capped(t, entries.length),
        });
    }
    if (statements.length) {
        const rows = statements
            .slice(0, ROWS)
            .map((s) => [
            s.ids[0] ?? '',
            `${s.file}${s.line ? `:${s.line}` : ''}`,
            s.status,
            s.justification,
            String(s.matched),
        ]);
        const t = { headers: ['ID', 'Where', 'Status', 'Justification', 'Matched'], rows };
        out.push({ title: `VEX statements (${statements.length})`, body: capped(t, statements.length) });
    }
    if (modified.length) {
        const rows = modified.slice(0, ROWS).map((m) => [m.id, m.kind, m.status, m.statement, m.source, m.target]);
        const t = { headers: ['ID', 'Type', 'Status', 'Statement', 'Source', 'Target'], rows };
        out.push({ title: `Suppressed by Trivy before this gate (${modified.length})`, body: capped(t, modified.length) });
    }
    return out;
}
function resolvedDetail(resolved) {
    if (!resolved.length)
        return [];
    const rows = resolved.slice(0, ROWS).map((f) => [f.id, f.pkgName ?? f.target, f.installed ?? '', f.severity]);
    const t = { headers: ['ID', 'Package', 'Was installed', 'Severity'], rows };
    return [{ title: `Resolved since the baseline (${resolved.length})`, body: capped(t, resolved.length) }];
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/lib/trivy/purl.ts
// Package URLs (https://github.com/package-url/purl-spec) and the matching rule Trivy applies to
// suppressions: type, namespace and name equal; version and subpath only when the rule sets them;
// every qualifier of the rule present with the same value on the package.
function dec(s) {
    try {
        return decodeURIComponent(s);
    }
    catch {
        return s;
    }
}
/** Parses `pkg:type/namespace/name@version?qualifiers#subpath`; undefined when it is not a purl. */
function parsePurl(text) {
    const m = /^pkg:\/*([A-Za-z.+-][A-Za-z0-9.+-]*)\/([^?#]+?)(?:\?([^#]*))?(?:#(.*))?$/.exec(text.trim());
    if (!m)
        return undefined;
    let path = m[2];
    let version = '';
    const at = path.lastIndexOf('@');
    if (at > 0) {
        version = dec(path.slice(at + 1));
        path = path.slice(0, at);
    }
    const parts = path.split('/').filter((p) => p !== '');
    const name = parts.pop();
    if (!name)
        return undefined;
    const type = m[1].toLowerCase();
    const qualifiers = {};
    for (const kv of (m[3] ?? '').split('&')) {
        const eq = kv.indexOf('=');
        if (eq > 0)
            qualifiers[kv.slice(0, eq).toLowerCase()] = dec(kv.slice(eq + 1));
    }
    return {
        type,
        namespace: parts.map(dec).join('/'),
        name: dec(name),
        version,
        qualifiers,
        subpath: (m[4] ?? '').replace(/^\/+|\/+$/g, ''),
    };
}
/** Does the rule purl cover the package purl? */
function purlMatches(rule, pkg) {
    if (rule.type !== pkg.type || rule.namespace !== pkg.namespace || rule.name !== pkg.name)
        return false;
    if (rule.version && rule.version !== pkg.version)
        return false;
    if (rule.subpath && rule.subpath !== pkg.subpath)
        return false;
    return Object.entries(rule.qualifiers).every(([k, v]) => pkg.qualifiers[k] === v);
}

;// CONCATENATED MODULE: ./src/scan-gate/suppressions/apply.ts
// Applies ignore entries and VEX statements to findings with Trivy's matching rules: exact id
// (a misconfiguration's ID or AVDID), doublestar globs against Result.Target or PkgPath (a license's
// FilePath), purls on vulnerabilities, expired entries dropped; for VEX the latest matching statement wins.


function index(items, ids) {
    const m = new Map();
    for (const it of items)
        for (const id of ids(it))
            m.set(id, [...(m.get(id) ?? []), it]);
    return m;
}
/** The paths Trivy matches an entry's globs against, per finding kind. */
function pathsOf(f) {
    if (f.kind === 'vulnerability')
        return f.pkgPath ? [f.target, f.pkgPath] : [f.target];
    if (f.kind === 'license')
        return [f.filePath ?? f.target];
    return [f.target];
}
function isActive(e, now) {
    return e.valid && (!e.expires || now.getTime() < e.expires.getTime());
}
function applySuppressions(findings, entries, statements, now) {
    const active = entries.filter((e) => isActive(e, now));
    const byId = index(active, (e) => [e.id]);
    const vexById = index(statements, (s) => s.ids);
    const globs = new Map();
    for (const e of active)
        globs.set(e, e.paths.map((p) => picomatch_default()(p, { dot: true })));
    const purlCache = new Map();
    const purlOf = (f) => {
        if (!f.purl)
            return undefined;
        if (!purlCache.has(f.purl))
            purlCache.set(f.purl, parsePurl(f.purl));
        return purlCache.get(f.purl);
    };
    const entryMatches = (e, f) => {
        if (!e.kinds.includes(f.kind))
            return false;
        const matchers = globs.get(e) ?? [];
        if (matchers.length && !pathsOf(f).some((p) => matchers.some((m) => m(p))))
            return false;
        if (e.purls.length) {
            const pkg = purlOf(f);
            if (!pkg || !e.purls.some((r) => purlMatches(r, pkg)))
                return false;
        }
        return true;
    };
    const vexFor = (f) => {
        const candidates = vexById.get(f.id);
        const pkg = candidates && purlOf(f);
        if (!candidates || !pkg)
            return undefined;
        let best;
        for (const s of candidates) {
            if (!s.products.some((p) => purlMatches(p, pkg)))
                continue;
            if (!best || s.time > best.time || (s.time === best.time && (s.file !== best.file || s.order > best.order)))
                best = s;
        }
        return best;
    };
    const kept = [];
    const suppressed = [];
    for (const f of findings) {
        let by;
        for (const id of f.aliasId ? [f.id, f.aliasId] : [f.id]) {
            for (const e of byId.get(id) ?? []) {
                if (!entryMatches(e, f))
                    continue;
                e.matched++; // every matching entry counts, so none of them is reported stale
                by ??= e;
            }
        }
        if (by) {
            suppressed.push({ finding: f, entry: by });
            continue;
        }
        const s = f.kind === 'vulnerability' ? vexFor(f) : undefined;
        if (s && (s.status === 'not_affected' || s.status === 'fixed')) {
            s.matched++;
            suppressed.push({ finding: f, statement: s });
            continue;
        }
        kept.push(f);
    }
    return { kept, suppressed };
}

;// CONCATENATED MODULE: ./src/scan-gate/suppressions/model.ts
const ALL_KINDS = ['vulnerability', 'misconfiguration', 'secret', 'license'];

;// CONCATENATED MODULE: ./src/scan-gate/suppressions/syntax.ts
/** An id that is well-formed for its family; a CVE or GHSA id is held to its exact shape. */
function isValidId(id, allowSpaces = false) {
    if (/^cve-/i.test(id))
        return /^CVE-\d{4}-\d{4,}$/.test(id);
    if (/^ghsa-/i.test(id))
        return /^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/.test(id);
    return allowSpaces ? /^[A-Za-z0-9][A-Za-z0-9._:+/() -]*$/.test(id) : /^[A-Za-z0-9][A-Za-z0-9._:+/()-]*$/.test(id);
}
/**
 * YYYY-MM-DD as UTC midnight (Trivy's `exp:` form), or a full RFC 3339 timestamp (YAML expired_at).
 * undefined when malformed or not a calendar date.
 */
function parseDate(text) {
    const t = text.trim();
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
    if (m) {
        const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
        const date = new Date(Date.UTC(y, mo - 1, d));
        return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined;
    }
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(t)) {
        const ms = Date.parse(t);
        return Number.isNaN(ms) ? undefined : new Date(ms);
    }
    return undefined;
}
/** Reads `# owner:` and `# expires:` from the comment lines directly above line index `at` (no blank between). */
function commentAbove(lines, at) {
    const out = {};
    for (let i = at - 1; i >= 0; i--) {
        const t = (lines[i] ?? '').trim();
        if (!t.startsWith('#'))
            break;
        const m = /^#+\s*(owner|expires)\s*:\s*(.*?)\s*$/i.exec(t);
        if (!m)
            continue;
        const key = m[1].toLowerCase();
        // The nearest line wins when a block repeats a key.
        if (out[key] === undefined && m[2])
            out[key] = m[2];
    }
    return out;
}
function earliest(a, b) {
    if (!a)
        return b;
    if (!b)
        return a;
    return a.getTime() <= b.getTime() ? a : b;
}
function badDate(file, line, got, form) {
    return {
        rule: 'SUPPRESSION_DATE_MALFORMED',
        level: 'fail',
        message: `"${got}" is not a valid date; write it as ${form} (a real calendar date, UTC).`,
        file,
        line,
    };
}
/**
 * Takes the owner and expiry from the comment block above the entry at line index `at`; the entry
 * expires at the earlier of that and the format's own expiry (`exp:` or `expired_at`).
 */
function applyCommentBlock(entry, lines, at, ownExpiry, problems) {
    const c = commentAbove(lines, at);
    if (c.owner)
        entry.owner = c.owner;
    let expires = ownExpiry;
    if (c.expires !== undefined) {
        const d = parseDate(c.expires);
        if (!d) {
            entry.valid = false;
            problems.push(badDate(entry.file, at, `# expires: ${c.expires}`, '# expires: YYYY-MM-DD'));
        }
        expires = earliest(expires, d);
    }
    if (expires)
        entry.expires = expires;
}

;// CONCATENATED MODULE: ./src/scan-gate/suppressions/plain.ts


function parsePlain(text, file) {
    const lines = text.split(/\r?\n|\r/);
    const entries = [];
    const problems = [];
    lines.forEach((raw, i) => {
        const t = raw.trim();
        if (t === '' || t.startsWith('#'))
            return;
        const line = i + 1;
        const tokens = t.split(/\s+/);
        const id = tokens[0];
        const entry = {
            file,
            line,
            format: 'plain',
            id,
            kinds: ALL_KINDS,
            paths: [],
            purls: [],
            valid: true,
            matched: 0,
        };
        if (!isValidId(id)) {
            entry.valid = false;
            problems.push({
                rule: 'SUPPRESSION_ID_MALFORMED',
                level: 'fail',
                message: `"${id}" is not a well-formed finding id; write the id exactly as the report shows it (e.g. CVE-2024-12345).`,
                file,
                line,
            });
        }
        const exp = tokens.find((x) => x.startsWith('exp:'));
        let expires;
        if (exp !== undefined) {
            expires = parseDate(exp.slice(4));
            if (!expires) {
                // Trivy skips such a line with a warning, so the finding is NOT suppressed: we fail loudly instead.
                entry.valid = false;
                problems.push(badDate(file, line, exp, 'exp:YYYY-MM-DD'));
            }
        }
        applyCommentBlock(entry, lines, i, expires, problems);
        entries.push(entry);
    });
    return { entries, problems };
}

;// CONCATENATED MODULE: ./src/scan-gate/suppressions/vex.ts
// OpenVEX documents (--vex): statements whose status is not_affected or fixed suppress the finding
// for the products (and subcomponents) they name. Trivy applies CycloneDX VEX only to SBOM scans and
// we apply no CSAF: such a document is refused loudly rather than silently doing nothing.

const vex_isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function lineOfText(text, needle) {
    const i = text.indexOf(needle);
    return i < 0 ? undefined : text.slice(0, i).split('\n').length;
}
function productPurls(products) {
    const out = [];
    const add = (p) => {
        const id = typeof p === 'string'
            ? p
            : vex_isObj(p)
                ? (p['@id'] ?? (vex_isObj(p['identifiers']) ? p['identifiers']['purl'] : undefined))
                : undefined;
        const parsed = typeof id === 'string' ? parsePurl(id) : undefined;
        if (parsed)
            out.push(parsed);
        if (vex_isObj(p) && Array.isArray(p['subcomponents']))
            for (const s of p['subcomponents'])
                add(s);
    };
    if (Array.isArray(products))
        for (const p of products)
            add(p);
    return out;
}
function idsOf(v) {
    if (typeof v === 'string')
        return [v];
    if (!vex_isObj(v))
        return [];
    const ids = [v['name'], v['@id'], ...(Array.isArray(v['aliases']) ? v['aliases'] : [])];
    return ids.filter((x) => typeof x === 'string' && x !== '');
}
function parseVex(text, file) {
    const problems = [];
    const statements = [];
    const fail = (rule, message, line) => {
        problems.push({ rule, level: 'fail', message, file, ...(line ? { line } : {}) });
        return { statements, problems };
    };
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        return fail('VEX_INVALID', `Not valid JSON: ${e.message}.`);
    }
    if (!vex_isObj(doc))
        return fail('VEX_INVALID', 'A VEX document must be a JSON object.');
    if (doc['bomFormat'] === 'CycloneDX' || vex_isObj(doc['document'])) {
        return fail('VEX_UNSUPPORTED', 'Only OpenVEX documents are applied to image reports; convert this CycloneDX/CSAF VEX to OpenVEX.');
    }
    const context = String(doc['@context'] ?? '');
    if (!context.includes('openvex') || !Array.isArray(doc['statements'])) {
        return fail('VEX_INVALID', 'Not an OpenVEX document (needs "@context": "https://openvex.dev/ns/..." and "statements").');
    }
    const docTime = Date.parse(String(doc['timestamp'] ?? '')) || 0;
    for (const [order, s] of doc['statements'].entries()) {
        const st = statementOf(s, order, text, file, docTime);
        if ('problem' in st)
            fail('VEX_INVALID', st.problem, st.line);
        else
            statements.push(st);
    }
    return { statements, problems };
}
/** One statement, or what is wrong with it. */
function statementOf(s, order, text, file, docTime) {
    if (!vex_isObj(s))
        return { problem: `statements[${order}] is not an object.` };
    const ids = idsOf(s['vulnerability']);
    const line = ids[0] ? lineOfText(text, JSON.stringify(ids[0])) : undefined;
    const status = String(s['status'] ?? '');
    if (!ids.length)
        return { problem: `statements[${order}] names no vulnerability.`, ...(line ? { line } : {}) };
    if (!['not_affected', 'affected', 'fixed', 'under_investigation'].includes(status)) {
        return {
            problem: `statements[${order}] has status "${status}"; OpenVEX knows not_affected, affected, fixed, under_investigation.`,
            ...(line ? { line } : {}),
        };
    }
    const products = productPurls(s['products']);
    if (!products.length)
        return { problem: `statements[${order}] names no product by package URL.`, ...(line ? { line } : {}) };
    return {
        file,
        ...(line ? { line } : {}),
        ids,
        products,
        status,
        justification: String(s['justification'] ?? s['impact_statement'] ?? ''),
        time: Date.parse(String(s['timestamp'] ?? '')) || docTime,
        order,
        matched: 0,
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/scan-gate/suppressions/yaml.ts
// Trivy's .trivyignore.yaml: sections vulnerabilities / misconfigurations / secrets / licenses, each a
// list of { id, paths?, purls? (vulnerabilities only), expired_at?, statement? }.



const yaml_SECTIONS = {
    vulnerabilities: 'vulnerability',
    misconfigurations: 'misconfiguration',
    secrets: 'secret',
    licenses: 'license',
};
function problem(rule, message, file, line) {
    return { rule, level: 'fail', message, file, line };
}
function strings(v) {
    if (v === undefined || v === null)
        return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
        return undefined;
    return v;
}
function entryOf(item, kind, file, line, lines, problems) {
    const id = typeof item['id'] === 'string' ? item['id'].trim() : '';
    const entry = {
        file,
        line,
        format: 'yaml',
        id,
        kinds: [kind],
        paths: [],
        purls: [],
        valid: true,
        matched: 0,
    };
    const bad = (rule, message) => {
        entry.valid = false;
        problems.push(problem(rule, message, file, line));
    };
    if (!isValidId(id, kind === 'license')) {
        bad('SUPPRESSION_ID_MALFORMED', id
            ? `"${id}" is not a well-formed finding id; write it exactly as the report shows it.`
            : 'An entry has no "id"; every entry needs the id of the finding it suppresses.');
    }
    const paths = strings(item['paths']);
    if (paths)
        entry.paths = paths;
    else
        bad('SUPPRESSION_FILE_INVALID', '"paths" must be a list of glob strings.');
    const purls = strings(item['purls']);
    if (!purls)
        bad('SUPPRESSION_FILE_INVALID', '"purls" must be a list of package URLs.');
    for (const p of purls ?? []) {
        const parsed = parsePurl(p);
        if (parsed)
            entry.purls.push(parsed);
        else
            bad('SUPPRESSION_FILE_INVALID', `"${p}" is not a package URL (pkg:type/namespace/name@version).`);
    }
    if (entry.purls.length && kind !== 'vulnerability')
        bad('SUPPRESSION_FILE_INVALID', '"purls" applies to vulnerabilities only.');
    let expires;
    const at = item['expired_at'];
    if (at !== undefined && at !== null) {
        expires = parseDate(String(at));
        if (!expires) {
            entry.valid = false;
            problems.push(badDate(file, line, `expired_at: ${String(at)}`, 'expired_at: YYYY-MM-DD'));
        }
    }
    if (typeof item['statement'] === 'string' && item['statement'].trim())
        entry.statement = item['statement'].trim();
    applyCommentBlock(entry, lines, line - 1, expires, problems);
    return entry;
}
function parseYaml(text, file) {
    const lc = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lc, prettyErrors: false });
    const lineAt = (offset) => lc.linePos(offset).line;
    const problems = [];
    const entries = [];
    if (doc.errors.length) {
        for (const e of doc.errors) {
            problems.push(problem('SUPPRESSION_FILE_INVALID', `Not valid YAML: ${e.message.split('\n')[0]}`, file, lineAt(e.pos[0])));
        }
        return { entries, problems };
    }
    if (doc.contents === null)
        return { entries, problems };
    if (!(0,dist/* isMap */.jh)(doc.contents)) {
        problems.push(problem('SUPPRESSION_FILE_INVALID', 'The file must be a mapping with sections vulnerabilities, misconfigurations, secrets, licenses.', file, 1));
        return { entries, problems };
    }
    const lines = text.split(/\r?\n|\r/);
    for (const pair of doc.contents.items) {
        const name = String(pair.key?.value ?? pair.key);
        const keyLine = lineAt(pair.key?.range?.[0] ?? 0);
        const kind = yaml_SECTIONS[name];
        if (!kind) {
            problems.push(problem('SUPPRESSION_FILE_INVALID', `Unknown section "${name}"; use vulnerabilities, misconfigurations, secrets or licenses.`, file, keyLine));
            continue;
        }
        if (pair.value === null || pair.value.value === null)
            continue;
        if (!(0,dist/* isSeq */.oP)(pair.value)) {
            problems.push(problem('SUPPRESSION_FILE_INVALID', `Section "${name}" must be a list of entries.`, file, keyLine));
            continue;
        }
        for (const item of pair.value.items) {
            const line = lineAt(item.range?.[0] ?? 0);
            const js = item.toJSON?.() ?? item.value;
            if (typeof js !== 'object' || js === null || Array.isArray(js)) {
                problems.push(problem('SUPPRESSION_ID_MALFORMED', `An entry of "${name}" is not a mapping with an "id".`, file, line));
                continue;
            }
            entries.push(entryOf(js, kind, file, line, lines, problems));
        }
    }
    return { entries, problems };
}

;// CONCATENATED MODULE: ./src/scan-gate/suppressions/load.ts
// Reads the declared ignore files and VEX documents. The format follows the name, as in Trivy:
// .yml/.yaml is the YAML form, anything else the plain form. A declared file that does not exist fails:
// a suppression list that silently does not apply is the bug this gate exists to prevent.





async function readText(path, shown, kind, problems) {
    try {
        // Editors on Windows often save a byte-order mark; it would otherwise glue itself to the first id.
        return (await (0,promises_.readFile)(path, 'utf8')).replace(/^\uFEFF/, '');
    }
    catch (e) {
        const missing = e.code === 'ENOENT';
        problems.push({
            rule: 'SUPPRESSION_FILE_MISSING',
            level: 'fail',
            message: missing
                ? `The declared ${kind} ${shown} does not exist: fix the path or remove it from the inputs.`
                : `Cannot read the ${kind} ${shown}: ${e.message}.`,
            file: shown,
        });
        return undefined;
    }
}
/** Paths are shown relative to the working directory, the way annotations expect them. */
function shownPath(cwd, p) {
    const abs = (0,external_node_path_.resolve)(cwd, p);
    const rel = (0,external_node_path_.relative)(cwd, abs);
    return rel && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel) ? rel : abs;
}
async function loadSuppressions(ignoreFiles, vexFiles, cwd) {
    const set = { entries: [], statements: [], problems: [] };
    for (const f of ignoreFiles) {
        const shown = shownPath(cwd, f);
        const text = await readText((0,external_node_path_.resolve)(cwd, f), shown, 'ignore file', set.problems);
        if (text === undefined)
            continue;
        const ext = (0,external_node_path_.extname)(f).toLowerCase();
        const parsed = ext === '.yaml' || ext === '.yml' ? parseYaml(text, shown) : parsePlain(text, shown);
        set.entries.push(...parsed.entries);
        set.problems.push(...parsed.problems);
    }
    for (const f of vexFiles) {
        const shown = shownPath(cwd, f);
        const text = await readText((0,external_node_path_.resolve)(cwd, f), shown, 'VEX document', set.problems);
        if (text === undefined)
            continue;
        const parsed = parseVex(text, shown);
        set.statements.push(...parsed.statements);
        set.problems.push(...parsed.problems);
    }
    return set;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/lib/tools/types.ts
var tools_types = __webpack_require__(382);
;// CONCATENATED MODULE: ./src/lib/tools/install.ts
// The installer for pinned tools: find in the cache by version, else download, verify the sha256
// pinned in our source BEFORE extracting (a tampered archive is never unpacked), extract, cache.







/** The pinned archive for a request, or a user error that says which versions are pinned. */
function pinnedArchive(req, pins = PINS) {
    const tool = pins[req.tool];
    if (!tool)
        throw (0,errors/* userError */.IF)('TOOL_NOT_PINNED', `No pinned downloads for the tool "${req.tool}".`);
    const version = req.version.trim().replace(/^v/, '');
    const known = Object.keys(tool.versions);
    const byVersion = tool.versions[version];
    if (!byVersion) {
        throw (0,errors/* userError */.IF)('TOOL_VERSION_NOT_PINNED', `${req.tool} ${version} has no sha256 pinned in rco-actions, so it cannot be installed safely.`, { hint: `pinned versions: ${known.join(', ')}; to add one see docs/adr/0002-pinned-tool-downloads.md` });
    }
    if (!req.platform) {
        throw (0,errors/* envError */.gy)('TOOL_PLATFORM_UNSUPPORTED', `${req.tool} ${version} is pinned only for ${Object.keys(byVersion).join(', ')}; this runner is not one of them.`);
    }
    const archive = byVersion[req.platform];
    if (!archive) {
        throw (0,errors/* envError */.gy)('TOOL_PLATFORM_UNSUPPORTED', `${req.tool} ${version} has no pinned archive for ${req.platform} (pinned: ${Object.keys(byVersion).join(', ')}).`);
    }
    return { archive, version };
}
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
async function download(req, version, url, cache) {
    try {
        return await cache.download(url);
    }
    catch (e) {
        const status = e instanceof tools_types/* ToolDownloadError */.FB ? e.status : undefined;
        if (status === 404) {
            throw (0,errors/* envError */.gy)('TOOL_ASSET_MISSING', `The release asset of ${req.tool} ${version} for ${req.platform} is missing (HTTP 404 at ${url}).`, {
                hint: 'the release may have been withdrawn upstream: pin another version (docs/adr/0002-pinned-tool-downloads.md)',
            });
        }
        // fetch reports "fetch failed" and keeps the reason (DNS, refused, TLS) in its cause.
        const cause = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : '';
        const why = `${e instanceof Error ? e.message : String(e)}${cause}`;
        throw (0,errors/* envError */.gy)('TOOL_DOWNLOAD_FAILED', `Could not download ${req.tool} ${version} for ${req.platform} from ${url}: ${why}`, { cause: e });
    }
}
/** Installs a pinned tool through the given cache and returns the path of its executable. */
async function installTool(req, cache, io, pins = PINS) {
    const { archive, version } = pinnedArchive(req, pins);
    const platform = req.platform;
    const binary = pins[req.tool].binary;
    const hit = await cache.find(req.tool, version, platform);
    if (hit && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(hit, binary))) {
        io.log.debug(`${req.tool} ${version} found in the tool cache: ${hit}`);
        return { path: (0,external_node_path_.join)(hit, binary), version, cached: true };
    }
    io.log.info(`Downloading ${req.tool} ${version} for ${platform} from ${archive.url}`);
    const file = await download(req, version, archive.url, cache);
    try {
        return await verifyAndExtract(req, version, archive, file, cache, binary);
    }
    finally {
        await (0,promises_.rm)(file, { force: true });
    }
}
async function verifyAndExtract(req, version, archive, file, cache, binary) {
    const platform = req.platform;
    const actual = await sha256File(file);
    if (actual !== archive.sha256.toLowerCase()) {
        // Same code path whether the asset was replaced upstream or altered on the way: never extract it.
        throw (0,errors/* userError */.IF)('TOOL_DIGEST_MISMATCH', `The download of ${req.tool} ${version} for ${platform} has sha256 ${actual}, but rco-actions pins ${archive.sha256}. It was not extracted or run.`, { hint: `source: ${archive.url}; a changed release asset must be investigated before the pin is changed` });
    }
    const dir = await cache.extractTarGz(file);
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, binary))) {
        throw (0,errors/* envError */.gy)('TOOL_ARCHIVE_INVALID', `The ${req.tool} ${version} archive has no "${binary}" at its top level.`);
    }
    const cached = await cache.save(dir, req.tool, version, platform);
    return { path: (0,external_node_path_.join)(cached, binary), version, cached: false };
}

// EXTERNAL MODULE: ./src/lib/tools/local-cache.ts + 1 modules
var local_cache = __webpack_require__(2983);
;// CONCATENATED MODULE: ./src/scan-gate/trivy.ts
// Owner: SG-2. Runs Trivy once for the scan-gate: installs the pinned binary (sha256 in our source),
// restores the DB from the cache, downloads it from ordered repositories with fallback, scans
// writing JSON to a temp file, and saves the DB right after the scan so a failing gate keeps it.
// Contract for run.ts (SG-1): scanImage({ image, trivyVersion, dbRepositories, cacheDir?, cache?,
//   registryAuth?, timeoutMs? }, io) -> { reportPath, trivyVersion, dbRepository }.
// Throws RcoError only: user (bad version, bad ref, digest mismatch) or environment (download, DB,
// Trivy failure); the caller turns it into a finding with findingOf().









function checkOptions(opts) {
    // A ref starting with "-" would be read by Trivy as a flag.
    if (!opts.image.trim() || opts.image.startsWith('-') || /\s/.test(opts.image)) {
        throw (0,errors/* userError */.IF)('SCAN_IMAGE_INVALID', `"${opts.image}" is not an image reference Trivy can scan.`);
    }
    if (opts.dbRepositories.length === 0) {
        throw (0,errors/* userError */.IF)('DB_REPOSITORY_INVALID', 'Input "db-repository" names no repository; give at least one.');
    }
    const bad = opts.dbRepositories.filter((r) => !isDbRepository(r));
    if (bad.length) {
        throw (0,errors/* userError */.IF)('DB_REPOSITORY_INVALID', `Input "db-repository" has ${bad.length} invalid ${bad.length === 1 ? 'entry' : 'entries'}: ${bad.join(', ')}.`, { hint: 'each line is an OCI repository such as mirror.gcr.io/aquasec/trivy-db:2' });
    }
}
function tempBase(io) {
    return io.env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)();
}
function defaultDbDir(io) {
    const runnerTemp = io.env['RUNNER_TEMP'];
    return runnerTemp ? (0,external_node_path_.join)(runnerTemp, 'rco-trivy-cache') : (0,external_node_path_.join)((0,local_cache/* defaultCacheRoot */.Q)(io.env), 'trivy');
}
async function scanImage(opts, io, hooks = {}) {
    checkOptions(opts);
    const tools = io.tools ?? (0,local_cache/* localToolCache */.I)((0,local_cache/* defaultCacheRoot */.Q)(io.env), io);
    const platform = (0,tools_types/* currentPlatform */.jN)(process.platform, process.arch);
    const trivy = await installTool({ tool: 'trivy', version: opts.trivyVersion, platform }, tools, io, hooks.pins);
    const ignored = ignoredTrivyVariables(io.env);
    if (ignored.length) {
        io.log.warn(`Ignoring ${ignored.join(', ')}: the scan-gate sets Trivy's options from its inputs only.`);
    }
    const env = trivyChildEnv(io.env, opts.registryAuth);
    const cacheDir = opts.cacheDir ?? defaultDbDir(io);
    await (0,promises_.mkdir)(cacheDir, { recursive: true });
    // Trivy reads trivy.yaml and .trivyignore from its working folder; an empty folder keeps a
    // repository's files from changing the scan (suppressions are the gate's job, with governance).
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)(tempBase(io), 'rco-trivy-'));
    const useCache = opts.cache !== false;
    const restored = useCache ? await restoreDb(cacheDir, io) : undefined;
    const dbRepository = await downloadDb({ trivy: trivy.path, repositories: opts.dbRepositories, cacheDir, env, cwd: work, backoffMs: hooks.backoffMs }, io);
    const reportPath = (0,external_node_path_.join)(work, 'trivy-report.json');
    try {
        await runScan(trivy.path, opts, { cacheDir, env, cwd: work, reportPath }, io);
    }
    finally {
        // Saved whatever the scan or the gate decide, so the next run does not download it again.
        if (useCache)
            await saveDb(cacheDir, restored, io);
    }
    return { reportPath, trivyVersion: trivy.version, dbRepository };
}
async function runScan(trivy, opts, at, io) {
    const timeoutMs = opts.timeoutMs ?? 15 * 60_000;
    const args = [
        'image',
        '--skip-db-update',
        '--no-progress',
        '--cache-dir',
        at.cacheDir,
        '--format',
        'json',
        '--output',
        at.reportPath,
        // Every finding is reported; the gate decides what blocks, so Trivy never fails the step itself.
        '--exit-code',
        '0',
        '--scanners',
        'vuln,secret',
        '--timeout',
        `${Math.ceil(timeoutMs / 1000)}s`,
        '--',
        opts.image,
    ];
    io.log.info(`Scanning ${opts.image} with Trivy`);
    // A little longer than Trivy's own timeout, so Trivy reports it before we have to kill it.
    const r = await io.exec(trivy, args, { env: at.env, cwd: at.cwd, timeoutMs: timeoutMs + 30_000 });
    if (r.code !== 0) {
        throw (0,errors/* envError */.gy)('TRIVY_SCAN_FAILED', `Trivy could not scan ${opts.image}: ${trivyErrorLine(r.stderr, r.code)}`);
    }
    const size = await (0,promises_.stat)(at.reportPath).then((s) => s.size, () => -1);
    if (size <= 0) {
        throw (0,errors/* envError */.gy)('TRIVY_REPORT_MISSING', `Trivy exited 0 but wrote no report to ${at.reportPath}.`);
    }
}

;// CONCATENATED MODULE: ./src/scan-gate/run.ts
// The scan-gate: gate a Trivy JSON report (given, or produced by scanning a digest-pinned image) on
// severities, after suppressions whose governance it enforces; optionally only on what is new since a
// baseline. Everything it cannot decide (no report, a truncated one) is unknown, never pass.














const ACTION = 'scan-gate';
/** Blocking ids listed as verdict findings; the summary and SARIF list them all. */
const FINDING_LIMIT = 500;
function reportFinding(e) {
    if (e instanceof ReportError)
        return { ...(0,errors/* findingOf */.hD)(e), level: 'unknown', file: e.file, ...(e.line ? { line: e.line } : {}) };
    if ((0,errors/* isRcoError */.Bp)(e))
        return (0,errors/* findingOf */.hD)(e);
    throw e;
}
/** Writes a file the user asked for; a path that cannot be written is their input to fix, not our crash. */
async function writeOutput(input, path, write) {
    try {
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        await write(path);
    }
    catch (e) {
        throw (0,errors/* userError */.IF)('OUTPUT_UNWRITABLE', `Cannot write the ${input} file ${path}: ${(0,errors/* describe */.q0)(e)}.`, {
            hint: `give "${input}" a path in a folder that exists and is writable`,
        });
    }
}
/** The report to gate: the given file, or the one Trivy writes for the image. */
async function obtainReport(inputs, io) {
    if (inputs.report)
        return { path: (0,external_node_path_.resolve)(io.cwd, inputs.report), shown: inputs.report };
    const trivy = inputs.trivy ?? defaultTrivyInputs();
    const { reportPath } = await scanImage({
        image: inputs.image,
        trivyVersion: trivy.version,
        dbRepositories: trivy.dbRepositories,
        cache: trivy.cache,
    }, io);
    if (!inputs.reportPath)
        return { path: reportPath, shown: reportPath };
    const kept = (0,external_node_path_.resolve)(io.cwd, inputs.reportPath);
    await writeOutput('report-path', kept, (to) => (0,promises_.copyFile)(reportPath, to));
    return { path: kept, shown: inputs.reportPath };
}
async function baselineDiff(inputs, io, current, findings) {
    if (!inputs.baseline)
        return undefined;
    try {
        const base = await readReport((0,external_node_path_.resolve)(io.cwd, inputs.baseline), inputs.baseline);
        return compareBaseline(current, base.findings);
    }
    catch (e) {
        // Without the baseline nothing can be called new: unknown, never a silent full gate or pass.
        findings.push(reportFinding(e));
        return undefined;
    }
}
async function writeSarif(inputs, io, report, kept, findings) {
    const target = inputs.sarifPath ?? (io.env['RUNNER_TEMP'] ? `${io.env['RUNNER_TEMP']}/scan-gate.sarif` : undefined);
    if (!target)
        return '';
    const sarif = buildSarif(report, kept, categoryOf(inputs.image, report));
    const cut = Object.entries(sarif.dropped).filter(([, n]) => n > 0);
    if (cut.length) {
        findings.push({
            rule: 'SARIF_TRUNCATED',
            level: 'warning',
            message: `The SARIF file keeps ${sarif.results} of ${kept.length} findings to fit GitHub's limits; left out, least severe first: ${cut.map(([s, n]) => `${n} ${s}`).join(', ')}. The JSON report has them all.`,
        });
    }
    const path = (0,external_node_path_.resolve)(io.cwd, target);
    try {
        await writeOutput('sarif-path', path, (to) => (0,promises_.writeFile)(to, sarif.text));
    }
    catch (e) {
        // The gate's verdict stands without the SARIF file; the unwritable path is one more finding.
        findings.push(reportFinding(e));
        return '';
    }
    return path;
}
async function suppressionsOnly(inputs, io, set) {
    const now = io.now();
    const findings = [...set.problems, ...governance(set.entries, now, inputs.expiryWarningDays, { stale: false })];
    return (0,types/* verdict */.W)(ACTION, findings, {
        outputs: {},
        details: suppressionDetail(set.entries, set.statements, [], [], now),
    });
}
async function run(inputs, io) {
    const set = await loadSuppressions(inputs.ignoreFiles, inputs.vexFiles, io.cwd);
    if (inputs.suppressionsOnly && !inputs.report && !inputs.image)
        return suppressionsOnly(inputs, io, set);
    const now = io.now();
    const findings = [...set.problems];
    let report;
    let reportPath;
    try {
        const where = await obtainReport(inputs, io);
        reportPath = where.path;
        report = await readReport(where.path, where.shown);
    }
    catch (e) {
        findings.push(reportFinding(e));
        findings.push(...governance(set.entries, now, inputs.expiryWarningDays, { stale: false }));
        return (0,types/* verdict */.W)(ACTION, findings, { outputs: {} });
    }
    const { kept, suppressed } = applySuppressions(report.findings, set.entries, set.statements, now);
    findings.push(...governance(set.entries, now, inputs.expiryWarningDays, { stale: true }));
    const diff = await baselineDiff(inputs, io, kept, findings);
    const policy = { failOn: inputs.failOn, ignoreUnfixed: inputs.ignoreUnfixed };
    const fresh = diff ? kept.filter((f) => diff.isNew(f)) : kept;
    const blocking = inputs.suppressionsOnly ? [] : fresh.filter((f) => matchesGate(f, policy));
    findings.push(...blockingFindings(blocking, FINDING_LIMIT, diff !== undefined));
    const sarifPath = await writeSarif(inputs, io, report, kept, findings);
    const found = countBySeverity(kept);
    const outputs = {
        critical: String(found.CRITICAL),
        high: String(found.HIGH),
        medium: String(found.MEDIUM),
        low: String(found.LOW),
        unknown: String(found.UNKNOWN),
        'blocking-count': String(blocking.length),
        'blocking-ids-count': String(distinctIds(blocking)),
        'suppressed-count': String(suppressed.length + report.modified.length),
        'new-count': diff ? String(fresh.length) : '',
        'resolved-count': diff ? String(diff.resolved.length) : '',
        'report-path': reportPath,
        'sarif-path': sarifPath,
    };
    io.log.info(`scan-gate: ${report.findings.length} findings in ${report.artifactName || report.file}, ${suppressed.length} suppressed, ${blocking.length} blocking (${outputs['blocking-ids-count']} ids)`);
    return (0,types/* verdict */.W)(ACTION, findings, {
        outputs,
        table: countsTable(found, countBySeverity(suppressed.map((s) => s.finding)), countBySeverity(blocking)),
        details: [
            ...(blockingDetail(blocking) ?? []),
            ...(suppressionDetail(set.entries, set.statements, suppressed, report.modified, now) ?? []),
            ...(diff ? (resolvedDetail(diff.resolved) ?? []) : []),
        ],
    });
}

;// CONCATENATED MODULE: ./src/scan-gate/gate.ts



const gate_gate = (0,gate/* defineGate */.p)({ name: 'scan-gate', spec: inputs_spec, parse: parseInputs, run: run });


/***/ })

};
