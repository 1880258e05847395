export const id = 228;
export const ids = [228];
export const modules = {

/***/ 8560:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tz: () => (/* binding */ tryReadUtf8),
/* harmony export */   f1: () => (/* binding */ readFailure),
/* harmony export */   mO: () => (/* binding */ tryReadRegularFile),
/* harmony export */   oQ: () => (/* binding */ notRegular),
/* harmony export */   si: () => (/* binding */ statFollowing)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Reading text files of a checkout, the way the evidence and manifest readers read thousands of them
// in a row, and saying in words why a path could not be read.

/**
 * The options as one constant object: given the string 'utf8', Node 20 builds and validates an
 * options object on every call, which measured 30% of reading a small file (Node 24 no longer does).
 */
const UTF8 = { encoding: 'utf8', flag: 'r' };
const REASONS = {
    ENOENT: 'does not exist',
    ENOTDIR: 'does not exist',
    EISDIR: 'is a directory, not a file',
    ELOOP: 'is a symbolic link that loops',
    EACCES: 'cannot be read: permission denied',
    EPERM: 'cannot be read: permission denied',
};
/**
 * Why reading a repository path failed. A folder or a looping link where a document should be is the
 * repository's problem to report, never a crash; an error without an errno code is not a file-system
 * error (our bug) and is thrown again.
 */
function readFailure(e) {
    const code = e?.code;
    if (typeof code !== 'string')
        throw e;
    return { missing: code === 'ENOENT' || code === 'ENOTDIR', reason: REASONS[code] ?? `cannot be read (${code})` };
}
/** The file's text, or why it could not be read. */
function tryReadUtf8(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, UTF8);
    }
    catch (e) {
        return readFailure(e);
    }
}
/**
 * The text of a path a policy names, which only a regular file may answer: a symbolic link to
 * /dev/zero or a FIFO would never end a read. (Files a listing found are regular by their directory
 * entry and are read with tryReadUtf8, sparing thousands of stat calls.)
 */
function tryReadRegularFile(path) {
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path, { throwIfNoEntry: false });
    }
    catch (e) {
        return readFailure(e);
    }
    if (!st)
        return { missing: true, reason: REASONS['ENOENT'] };
    return notRegular(st) ?? tryReadUtf8(path);
}
/** Why what a path leads to is no document to read (a folder, a device, a FIFO), or undefined for a file. */
function notRegular(st) {
    if (st.isFile())
        return undefined;
    return {
        missing: false,
        reason: st.isDirectory() ? REASONS['EISDIR'] : 'is not a regular file (a device, FIFO or socket)',
    };
}
/**
 * What a path leads to, following symbolic links: undefined when nothing can be reached there (absent,
 * or a link that loops, which a walk passes over like a dangling one), a failure when that cannot be
 * told (no permission).
 */
function statFollowing(path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path, { throwIfNoEntry: false });
    }
    catch (e) {
        const failure = readFailure(e);
        return failure.missing || e.code === 'ELOOP' ? undefined : failure;
    }
}


/***/ }),

/***/ 2608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tv: () => (/* binding */ closesFence),
/* harmony export */   Ug: () => (/* binding */ fenceTracker),
/* harmony export */   iF: () => (/* binding */ fenceOpen)
/* harmony export */ });
// Fenced code blocks as CommonMark reads them: a run of 3+ backticks or tildes indented at most 3
// spaces opens one (a backtick fence's info string may not hold a backtick, else it is inline code);
// a run of the same character, at least as long and with nothing after it, closes it. Every Markdown
// reader here shares this so they agree on what is code and what is text.
const OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
/** The fence this line opens (its marker and trimmed info string), or undefined. */
function fenceOpen(line) {
    const m = OPEN.exec(line);
    if (!m)
        return undefined;
    const marker = m[1];
    const rest = m[2];
    if (marker[0] === '`' && rest.includes('`'))
        return undefined;
    return { marker, info: rest.trim() };
}
/** Whether this line closes the fence opened by `marker`. */
function closesFence(line, marker) {
    const m = CLOSE.exec(line);
    return m !== null && m[1][0] === marker[0] && m[1].length >= marker.length;
}
/** A line-by-line reader: true for each line that belongs to a fenced block, fence lines included. */
function fenceTracker() {
    let open;
    return (line) => {
        if (open !== undefined) {
            if (closesFence(line, open))
                open = undefined;
            return true;
        }
        open = fenceOpen(line)?.marker;
        return open !== undefined;
    };
}


/***/ }),

/***/ 3874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h8: () => (/* binding */ isInsideRepo),
/* harmony export */   mh: () => (/* binding */ lineAt),
/* harmony export */   v6: () => (/* binding */ readRepoFile)
/* harmony export */ });
/* unused harmony export MAX_BYTES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _io_read_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8560);
// Reading repository files for release metadata: bounded in size, never outside the repository.



/** Version files and changelogs are small; a huge one is a mistake, not something to load. */
const MAX_BYTES = 8 * 1024 * 1024;
/** True for a relative path that stays inside the repository. */
function isInsideRepo(path) {
    if (path === '' || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) || /^[A-Za-z]:/.test(path))
        return false;
    const n = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.normalize)(path);
    return n !== '..' && !n.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) && !n.startsWith('../');
}
/** The file's text, or why not: in the same words as every other reader of the checkout (lib/io). */
async function readRepoFile(repo, path) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(repo, path);
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(repo, full).startsWith('..'))
        return { error: 'the path leaves the repository' };
    try {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(full);
        const odd = (0,_io_read_text_js__WEBPACK_IMPORTED_MODULE_2__/* .notRegular */ .oQ)(s);
        if (odd)
            return { error: `it ${odd.reason}` };
        if (s.size > MAX_BYTES)
            return { error: `it is larger than ${MAX_BYTES} bytes` };
        return { text: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(full, 'utf8') };
    }
    catch (e) {
        const failure = (0,_io_read_text_js__WEBPACK_IMPORTED_MODULE_2__/* .readFailure */ .f1)(e);
        return failure.missing ? { missing: true } : { error: `it ${failure.reason}` };
    }
}
/** 1-based line of a character offset. */
function lineAt(text, index) {
    let line = 1;
    for (let i = 0; i < index && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}


/***/ }),

/***/ 3228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  z: () => (/* binding */ checkReleaseMetadata),
  _: () => (/* reexport */ parseReleaseMetadataPolicy)
});

// EXTERNAL MODULE: ./src/lib/markdown/fence.ts
var fence = __webpack_require__(2608);
// EXTERNAL MODULE: ./src/lib/release/semver.ts
var semver = __webpack_require__(8617);
;// CONCATENATED MODULE: ./src/lib/release/changelog.ts
// Reads a Keep-a-Changelog style CHANGELOG: `## [X.Y.Z] - date`, `## X.Y.Z`, `## [Unreleased]`.
// Entries are listed newest first, so the newest release is the first version heading.


// `[1.2.3]`, `v1.2.3`, `[1.2.3](link)`, followed by end, space, dash or parenthesis (a date or note).
const VERSION_HEADING = new RegExp(`^\\[?v?(${semver/* SEMVER_SOURCE */.DM})\\]?(?:\\([^)]*\\))?(?=$|[\\s(\\-\u2013\u2014:])`);
const H2 = /^ {0,3}##(?!#)[ \t]+(.*?)[ \t#]*$/;
const SECTION_END = /^ {0,3}#{1,2}(?!#)(?:[ \t]|$)/;
/** Every level-2 version heading, in file order, skipping headings inside fenced code blocks. */
function parseChangelog(text) {
    const lines = text.split(/\r?\n/);
    const out = { entries: [] };
    const inCode = (0,fence/* fenceTracker */.Ug)();
    let open;
    const close = (end) => {
        if (open)
            out.entries.push({ version: open.version, line: open.line, body: lines.slice(open.start, end).join('\n') });
        open = undefined;
    };
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (inCode(line) || !SECTION_END.test(line))
            continue;
        close(i);
        const h = H2.exec(line);
        if (!h)
            continue;
        const title = h[1].trim();
        if (/^\[?unreleased\]?/i.test(title)) {
            out.unreleasedLine ??= i + 1;
            continue;
        }
        const v = VERSION_HEADING.exec(title);
        if (v)
            open = { version: v[1], line: i + 1, start: i + 1 };
    }
    close(lines.length);
    return out;
}
/**
 * True when a section holds no release notes: only blank lines, HTML comments, link definitions or
 * sub-headings (`### Added` with nothing under it is a template, not notes).
 */
function isEmptySection(body) {
    const text = body.replace(/<!--[\s\S]*?-->/g, '');
    return text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .every((l) => l === '' || /^\[[^\]]+\]:\s*\S+/.test(l) || /^#{3,6}(?:\s|$)/.test(l));
}

// EXTERNAL MODULE: ./src/lib/release/files.ts
var files = __webpack_require__(3874);
// EXTERNAL MODULE: ./src/lib/release/version-file.ts + 1 modules
var version_file = __webpack_require__(5432);
// EXTERNAL MODULE: ./src/lib/verdict/errors.ts
var errors = __webpack_require__(7098);
;// CONCATENATED MODULE: ./src/lib/release/policy.ts
// Validates the `release-metadata` part of a policy file; every error names the bad key.


const bad = (at, what) => (0,errors/* userError */.IF)('POLICY_INVALID', `${at}: ${what}.`, { hint: 'see docs/validate-evidence.md, "Release metadata"' });
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function onlyKeys(raw, at, allowed) {
    for (const k of Object.keys(raw)) {
        if (!allowed.includes(k))
            throw bad(`${at}.${k}`, `unknown key (expected one of ${allowed.join(', ')})`);
    }
}
function path(raw, at) {
    if (typeof raw !== 'string' || raw.trim() === '')
        throw bad(at, 'must be a file path relative to the repository');
    if (!(0,files/* isInsideRepo */.h8)(raw.trim()))
        throw bad(at, `"${raw}" must be a relative path inside the repository`);
    return raw.trim();
}
/** A regexp with at least one capture group: group 1 is the version. */
function pattern(raw, at) {
    if (typeof raw !== 'string' || raw === '')
        throw bad(at, 'must be a regular expression with one capture group');
    let groups;
    try {
        // Matching the empty alternative reveals how many groups the pattern declares.
        groups = new RegExp(`${raw}|`).exec('').length - 1;
    }
    catch (e) {
        throw bad(at, `is not a valid regular expression (${e.message})`);
    }
    if (groups < 1)
        throw bad(at, `/${raw}/ needs a capture group around the version, e.g. version = "(.+)"`);
    return raw;
}
/**
 * Accepts the YAML form (`version-file`, `changelog`, `constants`) and returns the typed policy.
 * `version-file` may be a path or `{ path, pattern }`; each constant is `{ file, pattern }`.
 */
function parseReleaseMetadataPolicy(raw, at) {
    if (raw === null || raw === undefined)
        return {};
    if (!isRecord(raw))
        throw bad(at, 'must be a mapping with version-file, changelog or constants');
    onlyKeys(raw, at, ['version-file', 'changelog', 'constants']);
    const out = {};
    const vf = raw['version-file'];
    if (typeof vf === 'string')
        out.versionFile = { path: path(vf, `${at}.version-file`) };
    else if (isRecord(vf)) {
        onlyKeys(vf, `${at}.version-file`, ['path', 'pattern']);
        out.versionFile = { path: path(vf['path'], `${at}.version-file.path`) };
        if (vf['pattern'] !== undefined)
            out.versionFile.pattern = pattern(vf['pattern'], `${at}.version-file.pattern`);
    }
    else if (vf !== undefined && vf !== null)
        throw bad(`${at}.version-file`, 'must be a path or { path, pattern }');
    if (raw['changelog'] !== undefined && raw['changelog'] !== null) {
        out.changelog = path(raw['changelog'], `${at}.changelog`);
    }
    const cs = raw['constants'];
    if (cs !== undefined && cs !== null) {
        if (!Array.isArray(cs))
            throw bad(`${at}.constants`, 'must be a list of { file, pattern }');
        out.constants = cs.map((c, i) => {
            const here = `${at}.constants[${i}]`;
            if (!isRecord(c))
                throw bad(here, 'must be { file, pattern }');
            onlyKeys(c, here, ['file', 'pattern']);
            return { file: path(c['file'], `${here}.file`), pattern: pattern(c['pattern'], `${here}.pattern`) };
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/lib/release/metadata.ts





const DEFAULT_CHANGELOG = 'CHANGELOG.md';
async function readChangelog(repo, file) {
    const r = await (0,files/* readRepoFile */.v6)(repo, file);
    if ('missing' in r) {
        return {
            findings: [
                {
                    rule: 'RELEASE_CHANGELOG_MISSING',
                    level: 'unknown',
                    file,
                    message: `${file} does not exist: add a changelog with a "## [X.Y.Z]" entry per release, or name yours under release-metadata.changelog.`,
                },
            ],
        };
    }
    if ('error' in r) {
        return {
            findings: [
                { rule: 'RELEASE_CHANGELOG_UNREADABLE', level: 'unknown', file, message: `Cannot read ${file}: ${r.error}.` },
            ],
        };
    }
    const log = parseChangelog(r.text);
    const section = (version) => {
        const e = log.entries.find((x) => (0,semver/* sameVersion */.r1)(x.version, version));
        return e ? { line: e.line, empty: isEmptySection(e.body) } : undefined;
    };
    const newest = log.entries[0];
    if (!newest) {
        return {
            section,
            findings: [
                {
                    rule: 'RELEASE_CHANGELOG_NO_VERSION',
                    level: 'unknown',
                    file,
                    ...(log.unreleasedLine ? { line: log.unreleasedLine } : {}),
                    message: `${file} has no released version heading: add "## [X.Y.Z] - YYYY-MM-DD" for this release (Unreleased does not count).`,
                },
            ],
        };
    }
    return { section, findings: [], source: { source: 'changelog', file, line: newest.line, version: newest.version } };
}
async function readConstants(repo, policy) {
    const out = { sources: [], findings: [] };
    for (const c of policy.constants ?? []) {
        const r = await (0,files/* readRepoFile */.v6)(repo, c.file);
        if ('missing' in r || 'error' in r) {
            const why = 'missing' in r ? 'it does not exist' : r.error;
            out.findings.push({
                rule: 'RELEASE_CONSTANT_FILE_MISSING',
                level: 'unknown',
                file: c.file,
                message: `Cannot read the version constant in ${c.file}: ${why}. Fix the path under release-metadata.constants.`,
            });
            continue;
        }
        const read = (0,version_file/* fromPattern */.hg)('constant', c.file, r.text, c.pattern);
        if (read.finding)
            out.findings.push(read.finding);
        else
            out.sources.push(read.source);
    }
    return out;
}
function tagSource(tag, pattern) {
    const version = (0,semver/* versionOfTag */.mx)(tag, pattern);
    if (version === undefined) {
        return {
            finding: {
                rule: 'RELEASE_TAG_PATTERN_MISMATCH',
                level: 'fail',
                message: `Tag "${tag}" does not match the release tag pattern /${pattern.source}/: tag releases as v<major>.<minor>.<patch> (or change the pattern).`,
            },
        };
    }
    return { source: { source: 'tag', file: tag, version } };
}
function mismatch(s, ref) {
    // The finding carries file and line; the message names the source only where the file name does not.
    const label = (x) => x.source === x.file || x.file.endsWith(`/${x.source}`) ? x.file : `${x.file} (${x.source})`;
    const where = s.source === 'tag' ? `Tag ${s.file}` : label(s);
    const fix = s.source === 'tag'
        ? `tag the release v${ref.version}, or bump ${ref.file} to ${s.version}`
        : s.source === 'changelog'
            ? `add a "## [${ref.version}]" entry at the top of ${s.file}`
            : ref.source === 'tag'
                ? `set it to ${ref.version}, or if ${s.version} is the release, tag it v${s.version} instead`
                : `set it to ${ref.version}`;
    const from = ref.source === 'tag' ? `the tag ${ref.file}` : label(ref);
    return {
        rule: 'RELEASE_VERSION_MISMATCH',
        level: 'fail',
        message: `${where} says ${s.version} but ${from} says ${ref.version}: ${fix}.`,
        ...(s.source === 'tag' ? {} : { file: s.file }),
        ...(s.line ? { line: s.line } : {}),
    };
}
function notesFindings(cl, file, version) {
    if (!cl.section)
        return []; // the changelog itself is missing or unreadable: already reported
    const s = cl.section(version);
    if (!s) {
        return [
            {
                rule: 'RELEASE_NOTES_MISSING',
                level: 'fail',
                file,
                message: `${file} has no section for ${version}: add "## [${version}] - YYYY-MM-DD" with the release notes.`,
            },
        ];
    }
    if (!s.empty)
        return [];
    return [
        {
            rule: 'RELEASE_NOTES_EMPTY',
            level: 'fail',
            file,
            line: s.line,
            message: `The ${file} section for ${version} is empty: write the release notes under it.`,
        },
    ];
}
/** Reads every version source and reports each one that disagrees, with its file and line. */
async function checkReleaseMetadata(repo, policy, opts = {}) {
    const findings = [];
    const sources = [];
    const vf = await (0,version_file/* readVersionFile */.fb)(repo, policy.versionFile);
    if (vf.source)
        sources.push(vf.source);
    else
        findings.push(vf.finding);
    const changelogFile = policy.changelog ?? DEFAULT_CHANGELOG;
    const cl = await readChangelog(repo, changelogFile);
    findings.push(...cl.findings);
    if (cl.source)
        sources.push(cl.source);
    const consts = await readConstants(repo, policy);
    findings.push(...consts.findings);
    sources.push(...consts.sources);
    if (opts.tag !== undefined) {
        const t = tagSource(opts.tag, opts.tagPattern ?? semver/* DEFAULT_TAG_PATTERN */.o7);
        if (t.source)
            sources.unshift(t.source);
        if (t.finding)
            findings.push(t.finding);
    }
    // The tag is what is being released, so it is the reference; without one, the version file is.
    const ref = sources[0];
    for (const s of sources.slice(1)) {
        if (ref?.version && s.version && !(0,semver/* sameVersion */.r1)(s.version, ref.version))
            findings.push(mismatch(s, ref));
    }
    const version = ref?.version?.replace(/^v/, '');
    if (opts.requireNotes && version)
        findings.push(...notesFindings(cl, changelogFile, version));
    return { ...(version ? { version } : {}), sources, findings };
}


/***/ }),

/***/ 8617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DM: () => (/* binding */ SEMVER_SOURCE),
/* harmony export */   V1: () => (/* binding */ isPrerelease),
/* harmony export */   mx: () => (/* binding */ versionOfTag),
/* harmony export */   o7: () => (/* binding */ DEFAULT_TAG_PATTERN),
/* harmony export */   r1: () => (/* binding */ sameVersion)
/* harmony export */ });
/* unused harmony export isSemver */
// Version strings as releases write them: semver X.Y.Z with optional pre-release and build metadata.
/** Semantic Versioning 2.0.0, the grammar of semver.org, without the leading `v`. */
const SEMVER_SOURCE = '(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)' +
    '(?:-(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*))*)?' +
    '(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?';
const SEMVER = new RegExp(`^${SEMVER_SOURCE}$`);
/** The default release tag pattern: `v` then semver; group 1 is the version. */
const DEFAULT_TAG_PATTERN = new RegExp(`^v(${SEMVER_SOURCE})$`);
function isSemver(v) {
    return SEMVER.test(v);
}
/** True when the version carries a pre-release part (`1.2.3-rc.1`); build metadata alone is not one. */
function isPrerelease(v) {
    const core = v.split('+')[0] ?? v;
    return core.includes('-');
}
/**
 * The version a tag names: group 1 of the pattern when it has one, else the tag without a leading `v`.
 * undefined when the tag does not match the pattern.
 */
function versionOfTag(tag, pattern = DEFAULT_TAG_PATTERN) {
    const m = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(tag);
    if (!m)
        return undefined;
    return m[1] ?? tag.replace(/^v/, '');
}
/** Versions agree when equal after dropping a leading `v`, so `v1.2.3` in a constant matches tag v1.2.3. */
function sameVersion(a, b) {
    return a.replace(/^v/, '') === b.replace(/^v/, '');
}


/***/ }),

/***/ 5432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hg: () => (/* binding */ fromPattern),
  fb: () => (/* binding */ readVersionFile)
});

// UNUSED EXPORTS: KNOWN_VERSION_FILES

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/lib/release/files.ts
var files = __webpack_require__(3874);
;// CONCATENATED MODULE: ./src/lib/release/toml.ts
// A deliberately small TOML reader: finds `key = "string"` inside one table ([project], [package]).
// Version files need only that, and a full TOML parser is not worth the bundle size. Multi-line
// strings are skipped so text inside them never reads as a table header or key.
const HEADER = /^\s*\[\s*([^[\]]+?)\s*\]\s*(?:#.*)?$/;
const ARRAY_HEADER = /^\s*\[\[/;
/** `"a" . b` -> `a.b`: header and dotted-key names compared without quotes or spaces. */
function normName(name) {
    return name
        .split('.')
        .map((p) => p
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .replace(/^'(.*)'$/, '$1'))
        .join('.');
}
/** Decodes a one-line basic ("...") or literal ('...') string; undefined for anything else. */
function stringValue(raw) {
    const basic = /^"((?:[^"\\]|\\.)*)"\s*(?:#.*)?$/.exec(raw);
    if (basic) {
        return basic[1].replace(/\\(["\\btnfr])/g, (_m, c) => c === 'b' ? '\b' : c === 't' ? '\t' : c === 'n' ? '\n' : c === 'f' ? '\f' : c === 'r' ? '\r' : c);
    }
    const literal = /^'([^']*)'\s*(?:#.*)?$/.exec(raw);
    return literal ? literal[1] : undefined;
}
/** Counts opening/closing of multi-line strings on a line so their content is ignored. */
function togglesMultiline(line, open) {
    let state = open;
    let i = 0;
    while (i < line.length) {
        if (state) {
            const end = line.indexOf(state, i);
            if (end < 0)
                return state;
            i = end + 3;
            state = undefined;
            continue;
        }
        const d = line.indexOf('"""', i);
        const s = line.indexOf("'''", i);
        const hash = line.indexOf('#', i);
        const next = [d, s].filter((x) => x >= 0).sort((a, b) => a - b)[0];
        if (next === undefined || (hash >= 0 && hash < next))
            return undefined;
        state = next === d ? '"""' : "'''";
        i = next + 3;
    }
    return state;
}
/** The string value of `key` in table `table` ('' for the root table), first occurrence. */
function tomlString(text, table, key) {
    const lines = text.split(/\r?\n/);
    let current = '';
    let multiline;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (multiline) {
            multiline = togglesMultiline(line, multiline);
            continue;
        }
        const header = ARRAY_HEADER.test(line) ? undefined : HEADER.exec(line);
        if (header) {
            current = normName(header[1]);
            continue;
        }
        if (ARRAY_HEADER.test(line)) {
            current = '\u0000array'; // keys of array tables never belong to the table we look for
            continue;
        }
        const kv = /^\s*([A-Za-z0-9_\-."' ]+?)\s*=\s*(.*)$/.exec(line);
        if (kv) {
            const name = normName(kv[1]);
            const full = current ? `${current}.${name}` : name;
            const want = table ? `${table}.${key}` : key;
            if (full === want) {
                const value = stringValue(kv[2].trim());
                if (value !== undefined)
                    return { value, line: i + 1 };
            }
        }
        multiline = togglesMultiline(line, undefined);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/lib/release/version-file.ts
// The project's own version: package.json, pyproject.toml [project].version, Cargo.toml
// [package].version, VERSION, or a configured file and pattern.



/** Auto-detected in this order when the policy names no version file. */
const KNOWN_VERSION_FILES = ['package.json', 'pyproject.toml', 'Cargo.toml', 'VERSION'];
const HINT = 'or name the file and a pattern under release-metadata.version-file in the policy';
const found = (source, file, version, line) => ({
    source: { source, file, version, line },
});
const problem = (rule, level, file, message, line) => ({
    finding: { rule, level, message, ...(file ? { file } : {}), ...(line ? { line } : {}) },
});
function fromPackageJson(file, text) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        const pos = /position (\d+)/.exec(e.message);
        const line = pos ? (0,files/* lineAt */.mh)(text, Number(pos[1])) : undefined;
        return problem('RELEASE_VERSION_FILE_MALFORMED', 'fail', file, `${file} is not valid JSON: fix its syntax.`, line);
    }
    const v = doc && typeof doc === 'object' && !Array.isArray(doc) ? doc['version'] : undefined;
    if (typeof v !== 'string' || v.trim() === '') {
        return problem('RELEASE_VERSION_NOT_FOUND', 'unknown', file, `${file} has no "version" string: add one, ${HINT}.`);
    }
    // The top-level key is normally the first "version" key with this exact value.
    const at = new RegExp(`"version"\\s*:\\s*${JSON.stringify(v).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(text);
    return found('package.json', file, v.trim(), at ? (0,files/* lineAt */.mh)(text, at.index) : 1);
}
function fromToml(file, text, tables, label) {
    for (const table of tables) {
        const hit = tomlString(text, table, 'version');
        if (hit)
            return found(label, file, hit.value.trim(), hit.line);
    }
    const dynamic = /^\s*dynamic\s*=.*["']version["']/m.test(text) ? ' (the version is dynamic there)' : '';
    return problem('RELEASE_VERSION_NOT_FOUND', 'unknown', file, `${file} has no [${tables[0]}] version string${dynamic}: add one, ${HINT}.`);
}
function fromPlain(file, text) {
    const lines = text.split(/\r?\n/);
    const i = lines.findIndex((l) => l.trim() !== '');
    if (i < 0)
        return problem('RELEASE_VERSION_NOT_FOUND', 'unknown', file, `${file} is empty: write the version in it.`);
    return found('VERSION', file, lines[i].trim(), i + 1);
}
/** Group 1 of the first match of a configured pattern. */
function fromPattern(source, file, text, pattern) {
    const m = new RegExp(pattern, 'm').exec(text);
    if (!m || m[1] === undefined || m[1].trim() === '') {
        return problem(source === 'constant' ? 'RELEASE_CONSTANT_NOT_FOUND' : 'RELEASE_VERSION_NOT_FOUND', 'unknown', file, `No match for /${pattern}/ in ${file}: fix the pattern in the policy or the file.`);
    }
    return found(source, file, m[1].trim(), (0,files/* lineAt */.mh)(text, m.index + m[0].indexOf(m[1])));
}
function readKnown(file, text) {
    switch ((0,external_node_path_.basename)(file)) {
        case 'package.json':
            return fromPackageJson(file, text);
        case 'pyproject.toml':
            return fromToml(file, text, ['project', 'tool.poetry'], 'pyproject.toml');
        case 'Cargo.toml':
            return fromToml(file, text, ['package', 'workspace.package'], 'Cargo.toml');
        default:
            return fromPlain(file, text);
    }
}
/** The version file's version, or the finding that says why there is none. */
async function readVersionFile(repo, conf) {
    const candidates = conf ? [conf.path] : [...KNOWN_VERSION_FILES];
    for (const file of candidates) {
        const r = await (0,files/* readRepoFile */.v6)(repo, file);
        if ('missing' in r)
            continue;
        if ('error' in r) {
            return problem('RELEASE_VERSION_FILE_UNREADABLE', 'unknown', file, `Cannot read ${file}: ${r.error}.`);
        }
        if (conf?.pattern)
            return fromPattern('version-file', file, r.text, conf.pattern);
        return readKnown(file, r.text);
    }
    return problem('RELEASE_VERSION_FILE_MISSING', 'unknown', conf?.path ?? '', conf
        ? `The version file ${conf.path} named in the policy does not exist: create it or fix the path.`
        : `No version file found (looked for ${KNOWN_VERSION_FILES.join(', ')}): add one, ${HINT}.`);
}


/***/ })

};
