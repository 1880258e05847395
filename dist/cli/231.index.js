export const id = 231;
export const ids = [231,223];
export const modules = {

/***/ 7223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gate: () => (/* binding */ gate_gate)
});

// EXTERNAL MODULE: ./src/lib/gate/gate.ts
var gate = __webpack_require__(3864);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/lib/verdict/errors.ts
var errors = __webpack_require__(7098);
;// CONCATENATED MODULE: ./src/lib/git/git.ts

/**
 * English messages (LC_ALL=C) because verification output is parsed; no terminal prompts because a
 * gate must never hang waiting for a password.
 */
function gitEnv(io, extra = {}) {
    return { ...io.env, LC_ALL: 'C', LANG: 'C', GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', ...extra };
}
async function git(io, repo, args, opts = {}) {
    const config = Object.entries(opts.config ?? {}).flatMap(([k, v]) => ['-c', `${k}=${v}`]);
    return io.exec('git', [...config, ...args], { cwd: repo, env: gitEnv(io, opts.env), timeoutMs: 60_000 });
}
/** git that must succeed; a failure is the environment's (not a git repository, git broken). */
async function gitOk(io, repo, args) {
    const r = await git(io, repo, args);
    if (r.code !== 0) {
        throw (0,errors/* envError */.gy)('GIT_FAILED', `git ${args.join(' ')} failed in ${repo}: ${r.stderr.trim() || `exit ${r.code}`}.`);
    }
    return r.stdout;
}

;// CONCATENATED MODULE: ./src/lib/git/tag-object.ts
// Parses an annotated tag object as `git cat-file tag` prints it (and as GitHub's API serves the
// same fields): headers, a blank line, the message, and an optional trailing signature block.
// Git recognises a signature by the armor header that starts it; the type follows from the header.
const SIGNATURE_HEADERS = [
    ['-----BEGIN PGP SIGNATURE-----', 'gpg'],
    ['-----BEGIN PGP MESSAGE-----', 'gpg'],
    ['-----BEGIN SSH SIGNATURE-----', 'ssh'],
    ['-----BEGIN SIGNED MESSAGE-----', 'x509'],
];
/** The signature type an armored block starts with, or undefined for anything else. */
function signatureTypeOf(armored) {
    const head = armored.trimStart();
    return SIGNATURE_HEADERS.find(([h]) => head.startsWith(h))?.[1];
}
/** `Name <email> 1700000000 +0100` */
function parseTagger(raw) {
    const m = /^(.*?)\s*<([^>]*)>\s*(?:(\d+)\s*([+-]\d{4})?)?\s*$/.exec(raw);
    if (!m)
        return undefined;
    const seconds = m[3] === undefined ? Number.NaN : Number(m[3]);
    return {
        name: m[1],
        email: m[2],
        ...(Number.isFinite(seconds) && seconds <= 8.64e12 ? { date: new Date(seconds * 1000) } : {}),
    };
}
/** undefined when the text is not a tag object (no object/type/tag headers). */
function parseTagObject(text) {
    const normalized = text.replace(/\r\n/g, '\n');
    const split = normalized.indexOf('\n\n');
    const head = split < 0 ? normalized : normalized.slice(0, split);
    let body = split < 0 ? '' : normalized.slice(split + 2);
    const headers = new Map();
    for (const line of head.split('\n')) {
        const sp = line.indexOf(' ');
        if (sp > 0 && !headers.has(line.slice(0, sp)))
            headers.set(line.slice(0, sp), line.slice(sp + 1));
    }
    const object = headers.get('object');
    const type = headers.get('type');
    const tag = headers.get('tag');
    if (!object || !type || tag === undefined)
        return undefined;
    let signature;
    // The signature is the last armored block of the body; the message is everything before it.
    let best = -1;
    for (const [h] of SIGNATURE_HEADERS) {
        const at = body.lastIndexOf(`${h}`);
        if (at >= 0 && (at === 0 || body[at - 1] === '\n') && at > best)
            best = at;
    }
    if (best >= 0) {
        const armored = body.slice(best);
        signature = { type: signatureTypeOf(armored), armored };
        body = body.slice(0, best);
    }
    const taggerRaw = headers.get('tagger');
    const tagger = taggerRaw === undefined ? undefined : parseTagger(taggerRaw);
    return { object, type, tag, ...(tagger ? { tagger } : {}), message: body, ...(signature ? { signature } : {}) };
}

;// CONCATENATED MODULE: ./src/lib/git/tag.ts



/** Tag names git accepts; anything else is refused before it reaches a command line. */
function isValidTagName(name) {
    return (name !== '' &&
        !name.startsWith('-') &&
        !name.startsWith('/') &&
        !name.endsWith('/') &&
        !name.endsWith('.') &&
        !name.endsWith('.lock') &&
        !name.includes('..') &&
        !name.includes('@{') &&
        !name.includes('//') &&
        !/[\u0000-\u0020\u007f~^:?*[\\]/.test(name));
}
/**
 * One for-each-ref gives the ref's object type and SHA and, for a tag object, the type and SHA of what
 * it points at; a second process reads the tag object. (Fewer processes: each git start costs ~2 ms.)
 */
async function resolveLocalTag(io, repo, name) {
    const ref = `refs/tags/${name}`;
    const format = '%(refname)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)';
    const r = await git(io, repo, ['for-each-ref', `--format=${format}`, ref]);
    if (r.code !== 0) {
        if (/not a git repository/i.test(r.stderr))
            return { kind: 'not-a-repo' };
        throw (0,errors/* envError */.gy)('GIT_FAILED', `git for-each-ref failed in ${repo}: ${r.stderr.trim() || `exit ${r.code}`}.`);
    }
    // The pattern also matches refs below it (refs/tags/v1/x); only the exact ref is this tag.
    const line = r.stdout.split('\n').find((l) => l.startsWith(`${ref}\u0000`));
    if (!line)
        return { kind: 'missing' };
    const [, type, sha, peeledType, peeled] = line.split('\u0000');
    if (type === 'commit')
        return { kind: 'lightweight', commit: sha };
    if (type !== 'tag')
        return { kind: 'malformed', sha: sha, reason: `the tag points at a ${type}, not a commit` };
    const object = parseTagObject(await gitOk(io, repo, ['cat-file', 'tag', sha]));
    if (!object)
        return { kind: 'malformed', sha: sha, reason: 'the tag object cannot be parsed' };
    if (peeledType !== 'commit' || !peeled) {
        return {
            kind: 'malformed',
            sha: sha,
            reason: `the tag points at a ${peeledType || object.type}, not a commit`,
        };
    }
    return { kind: 'annotated', sha: sha, object, commit: peeled };
}
/**
 * Whether `commit` is reachable from `branch` (local branch or origin's remote-tracking branch).
 * undefined when neither ref exists (a shallow or single-branch checkout).
 */
async function reachableFrom(io, repo, commit, branch) {
    for (const ref of [`refs/remotes/origin/${branch}`, `refs/heads/${branch}`]) {
        const exists = await git(io, repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
        if (exists.code !== 0)
            continue;
        const r = await git(io, repo, ['merge-base', '--is-ancestor', commit, ref]);
        if (r.code === 0)
            return true;
        if (r.code !== 1)
            continue;
        // In a shallow clone the history may simply be cut off: that is not proof the commit is elsewhere.
        const shallow = await git(io, repo, ['rev-parse', '--is-shallow-repository']);
        return shallow.stdout.trim() === 'true' ? undefined : false;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/lib/inputs/spec.ts
var spec = __webpack_require__(3210);
// EXTERNAL MODULE: ./src/lib/release/semver.ts
var semver = __webpack_require__(8617);
;// CONCATENATED MODULE: ./src/signed-tag-check/inputs.ts
// Inputs of signed-tag-check. action.yml declares the same names and defaults (checked by a test).





const inputs_spec = {
    mode: { default: 'auto' },
    tag: {},
    path: { default: '.' },
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the Actions expression action.yml declares, verbatim
    token: { default: '${{ github.token }}', secret: true },
    repository: {},
    'allowed-signers': {},
    'gpg-keys': {},
    signers: {},
    'tag-pattern': { default: 'semver' },
    'allow-prerelease': { default: 'false' },
    commit: {},
    'require-branch': {},
    'release-metadata': { default: 'true' },
    policy: { default: '.github/release-evidence.yml' },
};
/** `${{ github.token }}` reaches the CLI literally; an unexpanded expression means "not given". */
function given(v) {
    const t = v?.trim();
    return t && !t.startsWith('${{') ? t : undefined;
}
function tagFrom(v, io) {
    const explicit = given(v['tag']);
    const ref = io.env['GITHUB_REF'] ?? '';
    const tag = explicit ?? (ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined);
    if (!tag) {
        throw (0,errors/* userError */.IF)('INPUT_REQUIRED', 'Input "tag" is required when the workflow does not run on a tag push.', {
            hint: 'pass tag: v1.2.3, or run on push: tags',
        });
    }
    const name = tag.replace(/^refs\/tags\//, '');
    if (!isValidTagName(name))
        throw (0,errors/* userError */.IF)('INPUT_INVALID', `Input "tag" is not a valid git tag name: "${tag}".`);
    return name;
}
function pattern(raw) {
    const v = raw.trim();
    if (v === '' || v === 'semver')
        return semver/* DEFAULT_TAG_PATTERN */.o7;
    try {
        return new RegExp(v.startsWith('^') ? v : `^${v}`);
    }
    catch (e) {
        throw (0,errors/* userError */.IF)('INPUT_INVALID', `Input "tag-pattern" is not a valid regular expression: ${e.message}.`, {
            hint: 'e.g. ^v(\\d+\\.\\d+\\.\\d+)$ with the version in group 1, or semver',
        });
    }
}
function expectedCommit(v, io, tag) {
    const c = given(v['commit']);
    if (c) {
        if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(c)) {
            throw (0,errors/* userError */.IF)('INPUT_INVALID', `Input "commit" must be a full commit SHA, got "${c}".`);
        }
        return { sha: c.toLowerCase(), from: 'input commit' };
    }
    // Only a run triggered by this very tag knows which commit the tag must name.
    const sha = io.env['GITHUB_SHA'];
    if (io.env['GITHUB_REF'] === `refs/tags/${tag}` && sha)
        return { sha: sha.toLowerCase(), from: 'GITHUB_SHA' };
    return undefined;
}
const abs = (io, p) => ((0,external_node_path_.isAbsolute)(p) ? p : (0,external_node_path_.resolve)(io.cwd, p));
function parseInputs(v, io) {
    const requested = (0,spec/* asEnum */.eg)(v['mode'] ?? 'auto', 'mode', ['auto', 'github', 'local', 'both']);
    const mode = requested === 'auto' ? (io.env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'local') : requested;
    const tag = tagFrom(v, io);
    const token = given(v['token']) ?? given(io.env['GITHUB_TOKEN']);
    const repository = given(v['repository']) ?? given(io.env['GITHUB_REPOSITORY']);
    if (mode !== 'local' && !repository) {
        throw (0,errors/* userError */.IF)('INPUT_REQUIRED', `Input "repository" (owner/name) is required in mode ${mode}.`, {
            hint: 'on GitHub Actions GITHUB_REPOSITORY provides it',
        });
    }
    const allowed = given(v['allowed-signers']);
    const gpgKeys = (0,spec/* asList */.DD)(v['gpg-keys'] ?? '').map((p) => abs(io, p));
    if (mode !== 'github' && !allowed && gpgKeys.length === 0) {
        throw (0,errors/* userError */.IF)('INPUT_REQUIRED', `Mode ${mode} verifies with git locally and needs trust: give "allowed-signers" or "gpg-keys".`, {
            hint: 'allowed-signers is an SSH allowed signers file; gpg-keys are armored public key files',
        });
    }
    const branch = given(v['require-branch']);
    const expected = expectedCommit(v, io, tag);
    return {
        mode,
        tag,
        path: abs(io, v['path'] || '.'),
        ...(token ? { token } : {}),
        ...(repository ? { repository } : {}),
        ...(allowed ? { allowedSigners: abs(io, allowed) } : {}),
        gpgKeys,
        signers: (0,spec/* asList */.DD)(v['signers'] ?? ''),
        tagPattern: pattern(v['tag-pattern'] ?? ''),
        allowPrerelease: (0,spec/* asBool */.XL)(v['allow-prerelease'] ?? 'false', 'allow-prerelease'),
        ...(expected ? { expectedCommit: expected } : {}),
        ...(branch ? { requireBranch: branch.replace(/^refs\/heads\//, '') } : {}),
        releaseMetadata: (0,spec/* asBool */.XL)(v['release-metadata'] ?? 'true', 'release-metadata'),
        policy: v['policy'] || '.github/release-evidence.yml',
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/lib/release/metadata.ts + 2 modules
var metadata = __webpack_require__(3228);
// EXTERNAL MODULE: ./src/lib/verdict/types.ts
var types = __webpack_require__(6868);
;// CONCATENATED MODULE: ./src/signed-tag-check/evidence.ts
// What one verification path (GitHub's API or local git) learned about the tag.
/** One finding without a file: the tag, not a file in the checkout, is what is wrong. */
const finding = (rule, level, message) => ({ rule, level, message });
function emptyEvidence(via, note, findings) {
    return { via, annotated: false, verified: false, note, findings };
}
/** `alice@example.org (SHA256:...)`, or whichever part is known. */
function describeSigner(s, fallback) {
    if (!s || (!s.identity && !s.fingerprint))
        return fallback ?? '';
    if (s.identity && s.fingerprint)
        return `${s.identity} (${s.fingerprint})`;
    return (s.identity ?? s.fingerprint);
}

;// CONCATENATED MODULE: ./src/lib/github/client.ts

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Only https, or http to loopback (tests and local proxies), may carry the token. */
function checkApiUrl(raw) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw (0,errors/* userError */.IF)('GITHUB_API_URL_INVALID', `GITHUB_API_URL "${raw}" is not a URL.`);
    }
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
        throw (0,errors/* userError */.IF)('GITHUB_API_URL_INVALID', `GITHUB_API_URL must use https, got ${url.protocol}//${url.host}.`);
    }
    return url;
}
class GitHubClient {
    io;
    base;
    token;
    attempts;
    backoffMs;
    timeoutMs;
    constructor(io, opts = {}) {
        this.io = io;
        const raw = opts.apiUrl || io.env['GITHUB_API_URL'] || 'https://api.github.com';
        this.base = checkApiUrl(raw).toString().replace(/\/+$/, '');
        if (opts.token) {
            io.mask(opts.token);
            this.token = opts.token;
        }
        this.attempts = Math.max(1, opts.attempts ?? 4);
        this.backoffMs = opts.backoffMs ?? Number(io.env['RCO_GITHUB_BACKOFF_MS'] ?? 1000);
        this.timeoutMs = opts.timeoutMs ?? 30_000;
    }
    /** GET a JSON resource. 404 returns { status: 404 }; other 4xx are user errors, the rest environment errors. */
    async get(path) {
        const url = `${this.base}${path}`;
        const headers = {
            accept: 'application/vnd.github+json',
            'x-github-api-version': '2022-11-28',
            'user-agent': 'rco-actions',
        };
        if (this.token)
            headers['authorization'] = `Bearer ${this.token}`;
        let last = '';
        for (let attempt = 1; attempt <= this.attempts; attempt++) {
            if (attempt > 1)
                await sleep(this.backoffMs * 2 ** (attempt - 2));
            let res;
            try {
                res = await this.io.fetch(url, { headers, redirect: 'error', signal: AbortSignal.timeout(this.timeoutMs) });
            }
            catch (e) {
                last = `network error: ${(0,errors/* describe */.q0)(e)}`;
                this.io.log.debug(`GET ${path}: ${last} (attempt ${attempt}/${this.attempts})`);
                continue;
            }
            if (res.status === 404) {
                discard(res);
                return { status: 404 };
            }
            const retryable = res.status >= 500 || res.status === 429 || (res.status === 403 && isRateLimited(res));
            if (retryable) {
                last = `HTTP ${res.status}`;
                discard(res);
                this.io.log.debug(`GET ${path}: ${last} (attempt ${attempt}/${this.attempts})`);
                continue;
            }
            if (res.status >= 400) {
                const text = (await res.text().catch(() => '')).slice(0, 300);
                const hint = res.status === 401 || res.status === 403
                    ? 'check the token and that the job has "contents: read" permission'
                    : undefined;
                throw (0,errors/* userError */.IF)('GITHUB_API_DENIED', `GitHub API GET ${path} answered HTTP ${res.status}: ${text}`, {
                    ...(hint ? { hint } : {}),
                });
            }
            try {
                return { status: res.status, body: (await res.json()) };
            }
            catch (e) {
                last = `invalid JSON: ${(0,errors/* describe */.q0)(e)}`;
            }
        }
        throw (0,errors/* envError */.gy)('GITHUB_API_UNAVAILABLE', `GitHub API GET ${path} failed after ${this.attempts} attempts (${last}).`, {
            hint: 'the check could not be performed; re-run the job when the API is reachable',
        });
    }
}
/** Frees the connection without waiting: a body nobody reads must not hold the request open. */
function discard(res) {
    res.body?.cancel().catch(() => undefined);
}
function isRateLimited(res) {
    return res.headers.get('x-ratelimit-remaining') === '0' || res.headers.has('retry-after');
}

;// CONCATENATED MODULE: ./src/lib/github/git-tags.ts
// The two Git database endpoints a signed-tag check needs, with their documented response shapes
// validated before use: a malformed answer is the environment's failure, never a pass.

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
function isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function target(v) {
    if (!isObj(v) || typeof v['type'] !== 'string' || typeof v['sha'] !== 'string' || !SHA.test(v['sha']))
        return undefined;
    return { type: v['type'], sha: v['sha'] };
}
const malformed = (what) => (0,errors/* envError */.gy)('GITHUB_API_MALFORMED', `GitHub API returned an unexpected ${what}; the tag could not be checked.`);
/** `owner/name` as GITHUB_REPOSITORY spells it. */
function splitRepository(repository) {
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository.trim());
    if (!m)
        throw (0,errors/* userError */.IF)('INPUT_INVALID', `Input "repository" must be owner/name, got "${repository}".`);
    return { owner: m[1], repo: m[2] };
}
const seg = encodeURIComponent;
/** GET /repos/{owner}/{repo}/git/ref/tags/{tag}; undefined when the tag does not exist. */
async function getTagRef(gh, repository, tag) {
    const { owner, repo } = splitRepository(repository);
    const path = `/repos/${seg(owner)}/${seg(repo)}/git/ref/tags/${tag.split('/').map(seg).join('/')}`;
    const r = await gh.get(path);
    if (r.status === 404)
        return undefined;
    // A prefix match answers with an array of refs; only an exact ref is this tag.
    if (Array.isArray(r.body))
        return undefined;
    const body = r.body;
    const object = isObj(body) ? target(body['object']) : undefined;
    if (!isObj(body) || typeof body['ref'] !== 'string' || !object)
        throw malformed('tag reference');
    if (body['ref'] !== `refs/tags/${tag}`)
        return undefined;
    return { ref: body['ref'], object };
}
function verification(v) {
    if (!isObj(v) || typeof v['verified'] !== 'boolean' || typeof v['reason'] !== 'string')
        return undefined;
    const str = (x) => (typeof x === 'string' ? x : null);
    return {
        verified: v['verified'],
        reason: v['reason'],
        signature: str(v['signature']),
        payload: str(v['payload']),
        verified_at: str(v['verified_at']),
    };
}
/** GET /repos/{owner}/{repo}/git/tags/{sha}; undefined when the object does not exist. */
async function getTagObject(gh, repository, sha) {
    const { owner, repo } = splitRepository(repository);
    const r = await gh.get(`/repos/${seg(owner)}/${seg(repo)}/git/tags/${seg(sha)}`);
    if (r.status === 404)
        return undefined;
    const b = r.body;
    const object = isObj(b) ? target(b['object']) : undefined;
    if (!isObj(b) || typeof b['sha'] !== 'string' || typeof b['tag'] !== 'string' || !object)
        throw malformed('tag object');
    const t = b['tagger'];
    const tagger = isObj(t) && typeof t['email'] === 'string' && typeof t['date'] === 'string'
        ? { name: typeof t['name'] === 'string' ? t['name'] : '', email: t['email'], date: t['date'] }
        : undefined;
    const v = verification(b['verification']);
    return {
        sha: b['sha'],
        tag: b['tag'],
        message: typeof b['message'] === 'string' ? b['message'] : '',
        object,
        ...(tagger ? { tagger } : {}),
        ...(v ? { verification: v } : {}),
    };
}
/**
 * GET /repos/{owner}/{repo}/compare/{branch}...{commit}: the commit is on the branch when it is
 * `behind` the branch or `identical` to it. undefined when the branch or commit is unknown to GitHub.
 */
async function onBranch(gh, repository, commit, branch) {
    const { owner, repo } = splitRepository(repository);
    const base = branch.split('/').map(seg).join('/');
    const r = await gh.get(`/repos/${seg(owner)}/${seg(repo)}/compare/${base}...${seg(commit)}?per_page=1`);
    if (r.status === 404)
        return undefined;
    const status = isObj(r.body) ? r.body['status'] : undefined;
    if (status === 'behind' || status === 'identical')
        return true;
    if (status === 'ahead' || status === 'diverged')
        return false;
    throw malformed('comparison');
}

;// CONCATENATED MODULE: ./src/lib/github/reasons.ts
const REASONS = {
    unsigned: {
        level: 'fail',
        message: 'the tag has no signature: delete it and re-create it signed (git tag -s, with gpg.format ssh or openpgp).',
    },
    unknown_key: {
        level: 'fail',
        message: "the signing key is not registered with any GitHub account: add the public key to the tagger's account as a signing key, then re-run.",
    },
    bad_email: {
        level: 'fail',
        message: "the tagger e-mail is not one of the signing key's identities: re-tag with user.email set to an address in the key, or add that address to the key.",
    },
    unverified_email: {
        level: 'fail',
        message: "the tagger e-mail belongs to a GitHub account but is not verified there: verify it in the account's e-mail settings, then re-run.",
    },
    no_user: {
        level: 'fail',
        message: "no GitHub account has the tagger e-mail: add and verify the address on the signing account, or re-tag with that account's e-mail.",
    },
    expired_key: {
        level: 'fail',
        message: 'the signing key has expired: extend its expiry and re-upload the public key to GitHub, or re-sign the tag with a current key.',
    },
    not_signing_key: {
        level: 'fail',
        message: 'the key that signed lacks the "sign" capability: sign the tag with a key or subkey that may sign.',
    },
    malformed_signature: {
        level: 'fail',
        message: 'the signature cannot be parsed: re-create the tag with a current git and signing program.',
    },
    invalid: {
        level: 'fail',
        message: 'the signature does not verify with the key it names: the tag was altered or signed wrongly; do not release it, re-create the tag.',
    },
    unknown_signature_type: {
        level: 'fail',
        message: 'GitHub does not recognise the signature type: sign with GPG, SSH or S/MIME (X.509).',
    },
    bad_cert: {
        level: 'fail',
        message: 'the X.509 signing certificate or its chain could not be verified: sign with a certificate GitHub trusts.',
    },
    ocsp_revoked: {
        level: 'fail',
        message: 'a certificate in the signing chain has been revoked: re-sign the tag with a valid certificate.',
    },
    gpgverify_error: {
        level: 'unknown',
        message: "GitHub's signature verification service failed: re-run the job later.",
    },
    gpgverify_unavailable: {
        level: 'unknown',
        message: "GitHub's signature verification service is unavailable: re-run the job later.",
    },
    ocsp_pending: {
        level: 'unknown',
        message: "the certificate's revocation check is still pending: re-run the job in a few minutes.",
    },
    ocsp_error: {
        level: 'unknown',
        message: "the certificate's revocation check failed: re-run the job later.",
    },
};
/** The advice for a reason; an unrecognised one fails, because a gate cannot vouch for what it does not know. */
function adviceFor(reason) {
    return (REASONS[reason] ?? {
        level: 'fail',
        message: `GitHub reports the unrecognised verification reason "${reason}": treat the tag as unverified and check it by hand (or with mode local).`,
    });
}

;// CONCATENATED MODULE: ./src/signed-tag-check/github.ts
// mode github: the tag as GitHub holds it, with GitHub's own signature verification.





/** The client both GitHub calls of this action use (tag lookup, branch comparison). */
function githubClient(inputs, io) {
    return new GitHubClient(io, inputs.token ? { token: inputs.token } : {});
}
/** A stable rule id per documented reason; any other reason shares one id. */
function reasonRule(reason) {
    return reason in REASONS ? `TAG_GITHUB_${reason.toUpperCase()}` : 'TAG_GITHUB_REASON_UNRECOGNISED';
}
async function checkGitHub(inputs, io) {
    const { tag } = inputs;
    const repository = inputs.repository; // parseInputs requires it outside mode local
    const gh = githubClient(inputs, io);
    const ref = await getTagRef(gh, repository, tag);
    if (!ref) {
        return emptyEvidence('github', 'no such tag', [
            finding('TAG_NOT_FOUND', 'fail', `Tag ${tag} does not exist in ${repository} on GitHub: push the tag (git push origin ${tag}).`),
        ]);
    }
    if (ref.object.type === 'commit') {
        return {
            ...emptyEvidence('github', `lightweight tag on ${ref.object.sha.slice(0, 12)}`, [
                finding('TAG_LIGHTWEIGHT', 'fail', `Tag ${tag} is a lightweight tag, which cannot carry a signature: delete it and push a signed annotated tag (git tag -s ${tag}).`),
            ]),
            commit: ref.object.sha,
        };
    }
    if (ref.object.type !== 'tag') {
        return emptyEvidence('github', `points at a ${ref.object.type}`, [
            finding('TAG_MALFORMED', 'fail', `Tag ${tag} points at a ${ref.object.type}, not a commit: re-create it on the release commit.`),
        ]);
    }
    const obj = await getTagObject(gh, repository, ref.object.sha);
    if (!obj) {
        return emptyEvidence('github', 'tag object missing', [
            finding('TAG_NOT_FOUND', 'unknown', `GitHub lists tag ${tag} but not its tag object ${ref.object.sha}: re-run the job; if it persists, re-push the tag.`),
        ]);
    }
    const date = obj.tagger ? new Date(obj.tagger.date) : undefined;
    const ev = {
        via: 'github',
        annotated: true,
        tagSha: obj.sha,
        verified: false,
        note: '',
        findings: [],
        ...(obj.object.type === 'commit' ? { commit: obj.object.sha } : {}),
        ...(obj.tagger ? { taggerEmail: obj.tagger.email } : {}),
        ...(date && !Number.isNaN(date.getTime()) ? { taggerDate: date } : {}),
    };
    if (obj.object.type !== 'commit') {
        ev.findings.push(finding('TAG_MALFORMED', 'fail', `Tag ${tag} points at a ${obj.object.type}, not a commit: re-create it on the release commit.`));
    }
    const sigType = obj.verification?.signature ? signatureTypeOf(obj.verification.signature) : undefined;
    if (sigType)
        ev.signatureType = sigType;
    const v = obj.verification;
    if (!v) {
        ev.note = 'no verification object';
        ev.findings.push(finding('TAG_GITHUB_NO_VERIFICATION', 'unknown', `GitHub returned tag ${tag} without a verification object: re-run the job, or use mode local.`));
        return ev;
    }
    if (v.verified && v.reason === 'valid') {
        ev.verified = true;
        // GitHub vouches that the key belongs to the account with this verified e-mail.
        if (obj.tagger)
            ev.signer = { identity: obj.tagger.email };
        ev.note = `verified by GitHub (${sigType ?? 'signature'} by ${obj.tagger?.email ?? 'unknown tagger'})`;
        return ev;
    }
    // verified with another reason, or not verified: never a pass.
    const advice = v.verified
        ? {
            level: 'fail',
            message: `GitHub marks the tag verified but with reason "${v.reason}": check the tag by hand or with mode local.`,
        }
        : adviceFor(v.reason);
    ev.note = `not verified (${v.reason})`;
    ev.findings.push(finding(v.verified ? 'TAG_GITHUB_REASON_UNRECOGNISED' : reasonRule(v.reason), advice.level, `Tag ${tag}: ${advice.message}`));
    return ev;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/lib/git/verify.ts
// Verifies a tag's signature with git itself, against only the trust the caller gives: an SSH
// allowed-signers file, or armored GPG public keys imported into a throwaway keyring. The user's own
// git and gpg configuration never decides: the programs and trust files are set on the command line.





/** Settings that pin the verifying programs, whatever the user's or repository's config says. */
// gpg.minTrustLevel: the throwaway keyring holds only the keys given, so their (undefined) owner trust is enough.
const PINNED = {
    'gpg.program': 'gpg',
    'gpg.ssh.program': 'ssh-keygen',
    'gpg.x509.program': 'gpgsm',
    'gpg.minTrustLevel': 'undefined',
};
/** `Good "git" signature for alice@example.org with ED25519 key SHA256:abc` (ssh-keygen's own words). */
function parseSshOutput(out) {
    const good = /Good "git" signature for (.+?) with \S+ key (SHA256:[A-Za-z0-9+/=]+)/.exec(out);
    if (good)
        return { good: true, signer: { identity: good[1], fingerprint: good[2] } };
    const anon = /Good "git" signature with \S+ key (SHA256:[A-Za-z0-9+/=]+)/.exec(out);
    return { good: false, signer: anon ? { fingerprint: anon[1] } : {} };
}
/** Reads gpg's machine status lines ([GNUPG:] ...), the format meant for programs. */
function parseGpgStatus(out) {
    const lines = out.split('\n').filter((l) => l.startsWith('[GNUPG:] '));
    const field = (kw) => lines
        .find((l) => l.startsWith(`[GNUPG:] ${kw} `))
        ?.split(' ')
        .slice(2);
    const signer = {};
    const valid = field('VALIDSIG');
    if (valid?.[0]) {
        signer.fingerprint = valid[0].toUpperCase();
        const primary = valid[valid.length - 1];
        if (primary && /^[0-9A-Fa-f]{40,64}$/.test(primary))
            signer.primaryFingerprint = primary.toUpperCase();
    }
    const good = field('GOODSIG');
    const uid = good?.slice(1).join(' ') ?? '';
    const email = /<([^>]+)>/.exec(uid)?.[1];
    if (email || uid)
        signer.identity = email ?? uid;
    const problems = [
        ['BADSIG', 'the signature does not match the tag: the tag was altered after signing'],
        ['EXPKEYSIG', 'the signing key has expired'],
        ['REVKEYSIG', 'the signing key has been revoked'],
        ['EXPSIG', 'the signature has expired'],
        ['NO_PUBKEY', 'the signing key is not among the given gpg-keys'],
        ['ERRSIG', 'gpg could not check the signature'],
    ];
    const problem = problems.find(([kw]) => field(kw))?.[1];
    return { good: !!good && !!valid && !problem, ...(problem ? { problem } : {}), signer };
}
async function withGnupgHome(io, keys, fn) {
    const home = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'rco-gnupg-'));
    try {
        for (const key of keys) {
            const r = await io.exec('gpg', ['--batch', '--no-tty', '--quiet', '--import', key], {
                env: { ...io.env, GNUPGHOME: home, LC_ALL: 'C' },
                timeoutMs: 60_000,
            });
            if (r.code !== 0 && !/imported|unchanged/.test(r.stderr)) {
                throw (0,errors/* userError */.IF)('TAG_TRUST_KEYS_INVALID', `The GPG key file ${key} could not be imported: ${r.stderr.trim()}.`, {
                    hint: 'give armored public keys, e.g. from gpg --armor --export KEYID',
                });
            }
        }
        return await fn(home);
    }
    finally {
        // gpg-agent may still hold sockets in the folder; the folder is ours alone, so force removal.
        await io.exec('gpgconf', ['--kill', 'all'], { env: { ...io.env, GNUPGHOME: home } }).catch(() => undefined);
        await (0,promises_.rm)(home, { recursive: true, force: true });
    }
}
async function verifySsh(io, repo, tag, file) {
    const r = await git(io, repo, ['verify-tag', '--raw', `refs/tags/${tag}`], {
        config: { ...PINNED, 'gpg.ssh.allowedSignersFile': file, 'gpg.ssh.revocationFile': '' },
    });
    const out = `${r.stdout}\n${r.stderr}`;
    const p = parseSshOutput(out);
    if (r.code === 0 && p.good)
        return { status: 'good', type: 'ssh', signer: p.signer };
    if (/No principal matched|find-principals/.test(out) || (p.signer.fingerprint && !p.good)) {
        return {
            status: 'untrusted',
            type: 'ssh',
            signer: p.signer,
            detail: 'no principal in allowed-signers has this key',
        };
    }
    if (/command not found|cannot run|No such file or directory.*ssh-keygen/i.test(out)) {
        throw (0,errors/* envError */.gy)('TOOL_MISSING', 'ssh-keygen is needed to verify SSH-signed tags (Debian package openssh-client).');
    }
    return { status: 'bad', type: 'ssh', detail: out.trim().split('\n').slice(-3).join(' ') || `git exit ${r.code}` };
}
async function verifyGpg(io, repo, tag, keys) {
    return withGnupgHome(io, keys, async (home) => {
        const r = await git(io, repo, ['verify-tag', '--raw', `refs/tags/${tag}`], {
            config: PINNED,
            env: { GNUPGHOME: home },
        });
        const p = parseGpgStatus(`${r.stdout}\n${r.stderr}`);
        if (r.code === 0 && p.good)
            return { status: 'good', type: 'gpg', signer: p.signer };
        if (p.problem && !/altered|could not check/.test(p.problem)) {
            return { status: 'untrusted', type: 'gpg', signer: p.signer, detail: p.problem };
        }
        return { status: 'bad', type: 'gpg', detail: p.problem ?? (r.stderr.trim() || `git exit ${r.code}`) };
    });
}
/** Verifies the tag's signature of the given type with the trust of that type. */
async function verifyTagLocally(io, repo, tag, type, trust) {
    if (type === 'ssh') {
        if (!trust.allowedSigners) {
            return { status: 'no-trust', type, detail: 'the tag is SSH-signed but no allowed-signers file was given' };
        }
        return verifySsh(io, repo, tag, trust.allowedSigners);
    }
    if (type === 'gpg') {
        if (!trust.gpgKeys?.length)
            return { status: 'no-trust', type, detail: 'the tag is GPG-signed but no gpg-keys were given' };
        return verifyGpg(io, repo, tag, trust.gpgKeys);
    }
    return {
        status: 'no-trust',
        type,
        detail: 'X.509 (gpgsm) signatures cannot be verified locally; use mode github, or sign with SSH or GPG',
    };
}

;// CONCATENATED MODULE: ./src/signed-tag-check/local.ts
// mode local: the tag as the checkout holds it, verified by git against the trust the inputs give.




/** Every trust file named in the inputs must exist; a typo must not read as "no trust of this kind". */
function trustFindings(inputs) {
    const files = inputs.gpgKeys.map((k) => ['gpg-keys', k]);
    if (inputs.allowedSigners)
        files.unshift(['allowed-signers', inputs.allowedSigners]);
    return files
        .filter(([, file]) => !(0,external_node_fs_.existsSync)(file))
        .map(([input, file]) => finding('TAG_TRUST_FILE_MISSING', 'fail', `The ${input} file ${file} does not exist: fix the input "${input}".`));
}
async function checkLocal(inputs, io) {
    const missing = trustFindings(inputs);
    const ev = await inspect(inputs, io, missing);
    // Trust files are checked on the signature path; any other path still reports a typo in them, so
    // one run shows every problem.
    return ev.signatureType || !missing.length ? ev : { ...ev, findings: [...ev.findings, ...missing] };
}
async function inspect(inputs, io, missing) {
    const { tag, path } = inputs;
    const t = (0,external_node_fs_.existsSync)(path) ? await resolveLocalTag(io, path, tag) : { kind: 'not-a-repo' };
    if (t.kind === 'not-a-repo') {
        return emptyEvidence('local', 'not a git repository', [
            finding('TAG_REPO_NOT_GIT', 'unknown', `${path} is not a git repository: check out the repository (with its tags) before this step, or fix "path".`),
        ]);
    }
    if (t.kind === 'missing') {
        return emptyEvidence('local', 'no such tag', [
            finding('TAG_NOT_FOUND', 'fail', `Tag ${tag} does not exist in ${path}: push the tag, or fetch tags (actions/checkout with fetch-tags: true).`),
        ]);
    }
    if (t.kind === 'lightweight') {
        return {
            ...emptyEvidence('local', `lightweight tag on ${t.commit.slice(0, 12)}`, [
                finding('TAG_LIGHTWEIGHT', 'fail', `Tag ${tag} is a lightweight tag, which cannot carry a signature: delete it and create a signed annotated tag (git tag -s ${tag}).`),
            ]),
            commit: t.commit,
        };
    }
    if (t.kind === 'malformed') {
        return emptyEvidence('local', t.reason, [
            finding('TAG_MALFORMED', 'fail', `Tag ${tag}: ${t.reason}. Re-create the tag on the release commit.`),
        ]);
    }
    const base = {
        via: 'local',
        annotated: true,
        tagSha: t.sha,
        commit: t.commit,
        verified: false,
        note: '',
        findings: [],
        ...(t.object.tagger ? { taggerEmail: t.object.tagger.email } : {}),
        ...(t.object.tagger?.date ? { taggerDate: t.object.tagger.date } : {}),
    };
    const sig = t.object.signature;
    if (!sig) {
        base.note = 'annotated, unsigned';
        base.findings.push(finding('TAG_UNSIGNED', 'fail', `Tag ${tag} is not signed: re-create it with git tag -s (SSH or GPG signing key).`));
        return base;
    }
    base.signatureType = sig.type;
    if (missing.length)
        return { ...base, note: 'trust files missing', findings: missing };
    const v = await verifyTagLocally(io, path, tag, sig.type, {
        ...(inputs.allowedSigners ? { allowedSigners: inputs.allowedSigners } : {}),
        gpgKeys: inputs.gpgKeys,
    });
    if (v.status === 'good') {
        return {
            ...base,
            verified: true,
            signer: v.signer,
            note: `good ${v.type} signature by ${describeSigner(v.signer)}`,
        };
    }
    if (v.status === 'untrusted') {
        const who = describeSigner(v.signer, 'an unknown key');
        const fix = v.type === 'ssh'
            ? 'add the key to allowed-signers if it is trusted'
            : 'add the public key to gpg-keys if it is trusted';
        return {
            ...base,
            signer: v.signer,
            note: `${v.type} signature not trusted`,
            findings: [
                finding('TAG_SIGNATURE_UNTRUSTED', 'fail', `Tag ${tag} is signed by ${who}, but ${v.detail}: ${fix}, or re-sign the tag with a trusted key.`),
            ],
        };
    }
    if (v.status === 'no-trust') {
        return {
            ...base,
            note: v.detail,
            findings: [finding('TAG_TRUST_MISSING', 'unknown', `Tag ${tag} cannot be verified locally: ${v.detail}.`)],
        };
    }
    return {
        ...base,
        note: `${v.type} signature invalid`,
        findings: [
            finding('TAG_SIGNATURE_INVALID', 'fail', `Tag ${tag} has a ${v.type} signature that does not verify (${v.detail}): do not release it; re-create the tag.`),
        ],
    };
}

;// CONCATENATED MODULE: ./src/signed-tag-check/policy.ts
// The release policy around a verified tag: who may sign, which commit, when, and from which branch.






/** Clocks on laptops and runners drift; a tag a few minutes "ahead" is skew, not a forged date. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
const hex = (s) => s.replace(/\s+/g, '').toUpperCase();
/** The tag's version, or the findings saying why the name is not a release tag. */
function checkTagName(inputs) {
    const version = (0,semver/* versionOfTag */.mx)(inputs.tag, inputs.tagPattern);
    if (version === undefined) {
        const want = inputs.tagPattern.source;
        return {
            findings: [
                finding('TAG_NAME_PATTERN', 'fail', `Tag ${inputs.tag} does not match the release tag pattern /${want}/: tag releases as v<major>.<minor>.<patch>, or set tag-pattern.`),
            ],
        };
    }
    if ((0,semver/* isPrerelease */.V1)(version) && !inputs.allowPrerelease) {
        return {
            version,
            findings: [
                finding('TAG_PRERELEASE', 'fail', `Tag ${inputs.tag} is a pre-release (${version}): set allow-prerelease: true to release it, or tag a final version.`),
            ],
        };
    }
    return { version, findings: [] };
}
/** An allowed-signers entry matches by fingerprint (SSH SHA256:..., GPG hex) or by identity (e-mail, principal). */
function signerAllowed(s, allowed) {
    if (!s)
        return false;
    return allowed.some((a) => {
        if (/^SHA256:/.test(a))
            return s.fingerprint === a;
        if (/^[0-9A-Fa-f\s]{40,}$/.test(a))
            return [s.fingerprint, s.primaryFingerprint].some((x) => x && hex(x) === hex(a));
        return !!s.identity && s.identity.toLowerCase() === a.toLowerCase();
    });
}
async function checkPolicy(inputs, evidence, io) {
    const out = [];
    const { tag } = inputs;
    const commits = [...new Set(evidence.map((e) => e.commit).filter(Boolean))];
    if (commits.length > 1) {
        out.push(finding('TAG_COMMIT_DISAGREES', 'fail', `Tag ${tag} names ${commits.join(' on GitHub but ')} locally: the tag was moved; fetch tags with --force and find out who moved it before releasing.`));
    }
    for (const e of evidence.filter((x) => x.verified)) {
        if (inputs.signers.length && !signerAllowed(e.signer, inputs.signers)) {
            const who = describeSigner(e.signer, 'an unnamed signer');
            const hint = e.via === 'github'
                ? ' (GitHub reports the tagger e-mail only; list it, or use mode local for fingerprints)'
                : '';
            out.push(finding('TAG_SIGNER_NOT_ALLOWED', 'fail', `Tag ${tag} is signed by ${who}, who is not in signers${hint}: re-sign the tag as an allowed signer, or add the signer to the input "signers".`));
        }
    }
    const annotated = evidence.find((e) => e.annotated);
    if (annotated) {
        const date = evidence.find((e) => e.taggerDate)?.taggerDate;
        if (!date) {
            out.push(finding('TAG_TAGGER_MISSING', 'fail', `Tag ${tag} has no tagger date: re-create it with git tag -s, which records the tagger.`));
        }
        else if (date.getTime() > io.now().getTime() + CLOCK_SKEW_MS) {
            out.push(finding('TAG_DATE_IN_FUTURE', 'fail', `Tag ${tag} claims it was made ${date.toISOString()}, in the future: the tagging machine's clock is wrong or the date was forged; re-tag with a correct clock.`));
        }
    }
    const commit = commits[0];
    const exp = inputs.expectedCommit;
    // GITHUB_SHA on a tag push is the commit; accept the tag object's SHA as well, which some events report.
    if (exp && commit && exp.sha !== commit && !evidence.some((e) => e.tagSha === exp.sha)) {
        out.push(finding('TAG_COMMIT_MISMATCH', 'fail', `Tag ${tag} names commit ${commit}, but this run is for ${exp.sha} (${exp.from}): the tag was moved after the push; do not release, find out who moved it.`));
    }
    if (inputs.requireBranch && commit)
        out.push(...(await branchFindings(inputs, commit, io)));
    return out;
}
/** Local history first (no API call); GitHub's compare when the checkout cannot tell and the mode allows. */
async function reachable(inputs, commit, io) {
    const branch = inputs.requireBranch;
    const local = await reachableFrom(io, inputs.path, commit, branch).catch(() => undefined);
    if (local !== undefined || inputs.mode === 'local' || !inputs.repository)
        return local;
    return onBranch(githubClient(inputs, io), inputs.repository, commit, branch);
}
async function branchFindings(inputs, commit, io) {
    const branch = inputs.requireBranch;
    let ok;
    try {
        ok = await reachable(inputs, commit, io);
    }
    catch (e) {
        if (!(0,errors/* isRcoError */.Bp)(e))
            throw e;
        return [(0,errors/* findingOf */.hD)(e)];
    }
    if (ok === true)
        return [];
    if (ok === false) {
        return [
            finding('TAG_NOT_ON_BRANCH', 'fail', `Tag ${inputs.tag} (commit ${commit.slice(0, 12)}) is not reachable from branch ${branch}: release only commits merged into ${branch}.`),
        ];
    }
    return [
        finding('TAG_BRANCH_UNKNOWN', 'unknown', `Cannot tell whether tag ${inputs.tag} is on branch ${branch}: the branch is unknown here (check its name; in mode local, check out with fetch-depth: 0).`),
    ];
}

;// CONCATENATED MODULE: ./src/signed-tag-check/run.ts
// signed-tag-check: release only from a signed, annotated, well-formed tag whose version agrees
// with the project. Every check runs; every problem is one finding.










const ACTION = 'signed-tag-check';
/** One path's failure to run (network, missing tool) is that path's unknown, never a crash of the others. */
async function guarded(via, fn) {
    try {
        return await fn();
    }
    catch (e) {
        if (!(0,errors/* isRcoError */.Bp)(e))
            throw e;
        return emptyEvidence(via, e.message, [(0,errors/* findingOf */.hD)(e)]);
    }
}
/** The `release-metadata` key of the policy file, when the file exists. */
async function metadataPolicy(inputs) {
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.join)(inputs.path, inputs.policy), 'utf8');
    }
    catch {
        return {};
    }
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        throw (0,errors/* userError */.IF)('POLICY_INVALID', `${inputs.policy} is not valid YAML: ${e.message.split('\n')[0]}`);
    }
    const raw = doc && typeof doc === 'object' ? doc['release-metadata'] : undefined;
    return (0,metadata/* parseReleaseMetadataPolicy */._)(raw, `${inputs.policy}: release-metadata`);
}
async function run_metadata(inputs, version) {
    try {
        const policy = await metadataPolicy(inputs);
        // A tag outside the pattern is already reported; the module then compares the other sources only.
        return await (0,metadata/* checkReleaseMetadata */.z)(inputs.path, policy, {
            ...(version !== undefined ? { tag: inputs.tag, tagPattern: inputs.tagPattern } : {}),
            requireNotes: true,
        });
    }
    catch (e) {
        if (!(0,errors/* isRcoError */.Bp)(e))
            throw e;
        return [{ ...(0,errors/* findingOf */.hD)(e), file: inputs.policy }];
    }
}
function table(inputs, evidence, meta) {
    const rows = [['tag', inputs.tag, `mode ${inputs.mode}`]];
    for (const e of evidence) {
        rows.push([`signature (${e.via})`, e.verified ? 'verified' : 'NOT verified', e.note]);
    }
    const commit = evidence.find((e) => e.commit)?.commit;
    rows.push([
        'commit',
        commit ?? 'unknown',
        inputs.expectedCommit ? `expected ${inputs.expectedCommit.sha.slice(0, 12)} (${inputs.expectedCommit.from})` : '',
    ]);
    if (meta && !Array.isArray(meta)) {
        rows.push(['version', meta.version ?? 'unknown', meta.sources.map((s) => `${s.source} ${s.version}`).join(', ')]);
    }
    return { headers: ['check', 'result', 'detail'], rows };
}
async function run(inputs, io) {
    const findings = [];
    const name = checkTagName(inputs);
    findings.push(...name.findings);
    const paths = [];
    if (inputs.mode !== 'local')
        paths.push(guarded('github', () => checkGitHub(inputs, io)));
    if (inputs.mode !== 'github')
        paths.push(guarded('local', () => checkLocal(inputs, io)));
    const evidence = await Promise.all(paths);
    for (const e of evidence)
        findings.push(...e.findings);
    findings.push(...(await checkPolicy(inputs, evidence, io)));
    const meta = inputs.releaseMetadata ? await run_metadata(inputs, name.version) : undefined;
    if (Array.isArray(meta))
        findings.push(...meta);
    else if (meta)
        findings.push(...meta.findings);
    // Outputs describe the best evidence: the local one carries the key fingerprint, GitHub's the account.
    const best = [...evidence].reverse().find((e) => e.verified) ?? evidence.find((e) => e.annotated) ?? evidence[0];
    const commit = evidence.find((e) => e.commit)?.commit ?? '';
    const outputs = {
        tag: inputs.tag,
        version: (meta && !Array.isArray(meta) ? meta.version : undefined) ?? name.version ?? '',
        commit,
        signer: describeSigner(best?.signer),
        'signature-type': best?.signatureType ?? '',
        'verified-by': evidence
            .filter((e) => e.verified)
            .map((e) => e.via)
            .join(','),
    };
    return (0,types/* verdict */.W)(ACTION, findings, { outputs, table: table(inputs, evidence, meta) });
}

;// CONCATENATED MODULE: ./src/signed-tag-check/gate.ts



const gate_gate = (0,gate/* defineGate */.p)({ name: 'signed-tag-check', spec: inputs_spec, parse: parseInputs, run: run });


/***/ }),

/***/ 7231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rehearseSignedTag: () => (/* binding */ rehearseSignedTag),
/* harmony export */   step: () => (/* binding */ step)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _lib_gate_gate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3864);
/* harmony import */ var _lib_release_version_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5432);
/* harmony import */ var _lib_verdict_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7098);
/* harmony import */ var _lib_verdict_types_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6868);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7223);
// The rehearsal step: make a throwaway copy of the consumer repository, commit it, sign a release tag
// with an ephemeral SSH key, and verify it locally exactly as the action would. Nothing is left behind.








async function must(io, file, args, cwd, env) {
    const r = await io.exec(file, args, { cwd, env, timeoutMs: 60_000 });
    if (r.code !== 0)
        throw (0,_lib_verdict_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .envError */ .gy)('REHEARSAL_SETUP_FAILED', `${file} ${args[0]} failed: ${r.stderr.trim()}`);
}
async function signedCopy(repo, io, tmp) {
    const work = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tmp, 'repo');
    // The copy leaves out any .git of the example so the rehearsal history is ours alone.
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.cp)(repo, work, { recursive: true, filter: (src) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(src) !== '.git' });
    const read = await (0,_lib_release_version_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readVersionFile */ .fb)(work);
    if (read.finding)
        return (0,_lib_verdict_types_js__WEBPACK_IMPORTED_MODULE_7__/* .verdict */ .W)(_gate_js__WEBPACK_IMPORTED_MODULE_6__.gate.name, [read.finding], { outputs: {} });
    const tag = `v${read.source.version}`;
    // A private HOME and no system config: the machine's git settings (signing, hooks) cannot interfere.
    const env = {
        ...io.env,
        HOME: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tmp, 'home'),
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: 'rco rehearsal',
        GIT_AUTHOR_EMAIL: 'rehearsal@rco.invalid',
        GIT_COMMITTER_NAME: 'rco rehearsal',
        GIT_COMMITTER_EMAIL: 'rehearsal@rco.invalid',
    };
    const key = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tmp, 'signing-key');
    await must(io, 'ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'rehearsal@rco.invalid', '-f', key], tmp, env);
    const pub = (await io.exec('ssh-keygen', ['-y', '-f', key], { env })).stdout.trim();
    const allowed = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tmp, 'allowed_signers');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(allowed, `rehearsal@rco.invalid namespaces="git" ${pub}\n`);
    await must(io, 'git', ['init', '-q', '-b', 'main'], work, env);
    await must(io, 'git', ['add', '-A'], work, env);
    await must(io, 'git', ['commit', '-q', '--no-verify', '-m', `Release ${tag}`], work, env);
    await must(io, 'git', ['-c', 'gpg.format=ssh', '-c', `user.signingkey=${key}`, 'tag', '-s', '-m', `Release ${tag}`, tag], work, env);
    const local = { ...io, env };
    return (0,_lib_gate_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .runGate */ .R)(_gate_js__WEBPACK_IMPORTED_MODULE_6__.gate, { mode: 'local', tag, path: work, 'allowed-signers': allowed, signers: 'rehearsal@rco.invalid' }, local);
}
async function rehearseSignedTag(repo, io) {
    const tmp = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'rco-rehearse-tag-'));
    try {
        return await signedCopy(repo, io, tmp);
    }
    catch (e) {
        if (!(0,_lib_verdict_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isRcoError */ .Bp)(e))
            throw e;
        return (0,_lib_verdict_types_js__WEBPACK_IMPORTED_MODULE_7__/* .verdict */ .W)(_gate_js__WEBPACK_IMPORTED_MODULE_6__.gate.name, [(0,_lib_verdict_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .findingOf */ .hD)(e)], { outputs: {} });
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { recursive: true, force: true });
    }
}
const step = {
    title: 'Release tag signed (SSH) and verified',
    run: rehearseSignedTag,
};


/***/ })

};
