export const id = 604;
export const ids = [604];
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

/***/ 4604:
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
// EXTERNAL MODULE: ./src/lib/inputs/spec.ts
var spec = __webpack_require__(3210);
// EXTERNAL MODULE: ./src/lib/verdict/errors.ts
var errors = __webpack_require__(7098);
;// CONCATENATED MODULE: ./src/validate-evidence/inputs.ts
// Inputs of validate-evidence; actions/validate-evidence/action.yml declares the same names and defaults.



const DEFAULT_POLICY = '.github/release-evidence.yml';
const inputs_spec = {
    path: { default: '.' },
    policy: { default: DEFAULT_POLICY },
    environment: { default: 'prod' },
    tag: {},
    'as-of': {},
};
/**
 * `YYYY-MM-DD` means the end of that day (UTC), so evidence signed during the release day counts;
 * a full ISO-8601 timestamp is taken as written.
 */
function parseAsOf(value) {
    const v = value.trim();
    if (v === '')
        return undefined;
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    const t = day ? new Date(`${v}T23:59:59.999Z`) : new Date(v);
    const calendar = day === null || (!Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === v);
    if (Number.isNaN(t.getTime()) ||
        !calendar ||
        (!day && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(v))) {
        throw (0,errors/* userError */.IF)('INPUT_INVALID', `Input "as-of" must be an ISO-8601 date (2026-11-16) or timestamp (2026-11-16T12:00:00Z), got "${value}".`);
    }
    return t;
}
/** The tag from input `tag`, else from GITHUB_REF on a tag push (refs/tags/v1.4.0). */
function tagOf(value, env) {
    if (value.trim())
        return value.trim().replace(/^refs\/tags\//, '');
    const ref = env['GITHUB_REF'] ?? '';
    return ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
}
function parseInputs(v, io) {
    const policy = (v['policy'] ?? '').trim() || DEFAULT_POLICY;
    const environments = (0,spec/* asList */.DD)(v['environment'] ?? '');
    if (environments.length === 0) {
        throw (0,errors/* userError */.IF)('INPUT_INVALID', 'Input "environment" must name at least one environment, e.g. prod.');
    }
    return {
        path: (0,external_node_path_.resolve)(io.cwd, (v['path'] ?? '').trim() || '.'),
        policy,
        policyExplicit: policy !== DEFAULT_POLICY,
        environments,
        tag: tagOf(v['tag'] ?? '', io.env),
        asOf: parseAsOf(v['as-of'] ?? ''),
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/lib/text/space.ts
// White space as JavaScript's own trim and `\s` see it, told by character code: the Markdown reader and
// the manifest scanner test it on every line they read, where a regex call per character was a cost.
/** The characters String.prototype.trim removes and `\s` matches (White_Space plus line terminators). */
function isSpace(c) {
    if (c === 32 || (c >= 9 && c <= 13))
        return true;
    if (c < 160)
        return false;
    return (c === 160 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff);
}

;// CONCATENATED MODULE: ./src/lib/markdown/compare.ts
// How headings, labels and column names are compared: the way a reader does, markup, case and spacing
// aside. Every heading and header of every document is compared, so the common case (ASCII text that
// only needs its case changed) is answered by character, in place, without a copy.

/**
 * What the full normalisation would change besides case: markup, a colon, runs or ends of space, or
 * space other than ' ' (the regex /[*_`:]|\s\s|[^\S ]|^\s|\s$/, by character: every header and
 * heading of every document is normalised, and a regex call each was a measured cost).
 */
function needsNormalizing(s) {
    const last = s.length - 1;
    for (let i = 0; i <= last; i++) {
        const c = s.charCodeAt(i);
        if (c === 42 || c === 95 || c === 96 || c === 58)
            return true;
        if (c === 32) {
            if (i === 0 || i === last || s.charCodeAt(i + 1) === 32)
                return true;
        }
        else if (isSpace(c))
            return true;
    }
    return false;
}
/** Compares headings, labels and column names the way a reader does: markup, case and spacing aside. */
function normalizeText(s) {
    // Plain words with single spaces (most headers and labels) only need the case change.
    if (!needsNormalizing(s))
        return s.toLowerCase();
    return s
        .replace(/\*\*|__|`/g, '')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/:$/, '')
        .trim()
        .toLowerCase();
}
/**
 * normalizeText(src.slice(from, to)) === want for a normalised `want`. One pass, no copy, for ASCII
 * text that needs only its case changed (most headings and column names); anything else (markup, a
 * colon, odd spacing, non-ASCII) is cut out and normalised in full.
 */
function sameTextAt(src, from, to, want) {
    const last = to - 1;
    let equal = to - from === want.length;
    for (let i = from; i <= last; i++) {
        let c = src.charCodeAt(i);
        if (c >= 128 || c === 42 || c === 95 || c === 96 || c === 58 || (c >= 9 && c <= 13)) {
            return normalizeText(src.slice(from, to)) === want;
        }
        if (c === 32 && (i === from || i === last || src.charCodeAt(i + 1) === 32)) {
            return normalizeText(src.slice(from, to)) === want;
        }
        if (c >= 65 && c <= 90)
            c += 32;
        if (equal && c !== want.charCodeAt(i - from))
            equal = false;
    }
    return equal;
}
/** normalizeText(raw) === want for a normalised `want` (see sameTextAt). */
function sameText(raw, want) {
    return sameTextAt(raw, 0, raw.length, want);
}

;// CONCATENATED MODULE: ./src/lib/markdown/headings.ts
// Headings of the Markdown reader: the ATX and setext rules, and the lists that keep what was found. A
// document read in place keeps its headings as numbers (line, level, where the text is) and makes a
// heading object only for one a rule asks for: most rules ask for one heading of three or more.


/** The indices `d` gives the text group: only lines the quick reading leaves to the regex take it. */
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/d;
/** Where src.slice(from, to).trim() starts; trimEnd: where it ends. */
function trimStart(src, from, to) {
    while (from < to && isSpace(src.charCodeAt(from)))
        from++;
    return from;
}
function trimEnd(src, from, to) {
    while (to > from && isSpace(src.charCodeAt(to - 1)))
        to--;
    return to;
}
/** The ATX heading on line src.slice(s, e) by the full rule; false when there is none. */
function atxByRegex(src, s, e, line, sink) {
    const m = ATX.exec(src.slice(s, e));
    if (!m)
        return false;
    const span = m.indices?.[2];
    const from = span ? trimStart(src, s + span[0], s + span[1]) : e;
    sink.add(line, m[1].length, src, from, span ? trimEnd(src, from, s + span[1]) : e);
    return true;
}
/**
 * The ATX heading (`## Status`) on line src.slice(s, e), given to the sink; false when there is none.
 * Read by character when its text holds no `#` (then ATX's text, trimmed, is simply the rest of the
 * line trimmed); other lines take the regex.
 */
function readAtxAt(src, s, e, line, sink) {
    let i = s;
    while (i < s + 3 && i < e && src.charCodeAt(i) === 32)
        i++;
    let n = 0;
    while (i + n < e && src.charCodeAt(i + n) === 35)
        n++;
    // Four spaces or more: let ATX decide.
    if (n === 0)
        return i < e && src.charCodeAt(i) === 32 && atxByRegex(src, s, e, line, sink);
    if (n > 6)
        return false;
    const after = i + n;
    if (after === e) {
        sink.add(line, n, src, e, e);
        return true;
    }
    const c = src.charCodeAt(after);
    if (c !== 32 && c !== 9)
        return false;
    // ATX's `.` stops at U+2028/U+2029, so such a line is left to the regex, as is one with a closing `#`.
    for (let k = after; k < e; k++) {
        const d = src.charCodeAt(k);
        if (d === 35 || d === 0x2028 || d === 0x2029)
            return atxByRegex(src, s, e, line, sink);
    }
    const from = trimStart(src, after + 1, e);
    sink.add(line, n, src, from, trimEnd(src, from, e));
    return true;
}
// Made once: a regex literal in a function body is a new RegExp object each time it runs.
const BLOCK_START = /^ {0,3}(?:[-*+]\s|\d+[.)]\s|>|#)/;
const CODE_INDENT = /^ {4}/;
const EQUALS_RULE = /^ {0,3}=+[ \t]*$/;
const DASH_RULE = /^ {0,3}-+[ \t]*$/;
/** The level of the setext heading of `line` underlined by `next` (1 or 2), or 0; never a table row or list item. */
function setextLevel(line, next) {
    if (trimStart(line, 0, line.length) === line.length || line.includes('|'))
        return 0;
    if (BLOCK_START.test(line) || CODE_INDENT.test(line))
        return 0;
    if (EQUALS_RULE.test(next))
        return 1;
    return DASH_RULE.test(next) ? 2 : 0;
}
/** A setext heading, given to the sink: src.slice(s, e) is its line, trimmed for its text. */
function addSetext(src, s, e, line, level, sink) {
    const from = trimStart(src, s, e);
    sink.add(line, level, src, from, trimEnd(src, from, e));
}
/** Headings as objects: the line reader's list, whose lines are strings of their own. */
class ListedHeadings {
    all = [];
    add(line, level, src, from, to) {
        this.all.push({ level, text: src.slice(from, to), line });
    }
    named(want) {
        for (const h of this.all)
            if (sameTextAt(h.text, 0, h.text.length, want))
                return h;
        return undefined;
    }
    after(line, level) {
        for (const h of this.all)
            if (h.line > line && h.level <= level)
                return h.line;
        return undefined;
    }
}
/**
 * Headings of a document read in place, four numbers each: line, level, and where the text starts and
 * ends in `src`, the document. Heading objects are made on demand (all of them once `all` is asked).
 */
class HeadingMarks {
    src;
    /**
     * Room for three headings, what most evidence has: a list grown from empty by push reserves room
     * for seventeen numbers at once. `count` numbers of it are used.
     */
    marks = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    count = 0;
    made;
    constructor(src) {
        this.src = src;
    }
    /** `src` is the document's text, the one this list was made for. */
    add(line, level, _src, from, to) {
        const m = this.marks;
        const k = this.count;
        m[k] = line;
        m[k + 1] = level;
        m[k + 2] = from;
        m[k + 3] = to;
        this.count = k + 4;
    }
    get all() {
        if (!this.made) {
            const made = [];
            for (let k = 0; k < this.count; k += 4)
                made.push(this.heading(k));
            this.made = made;
        }
        return this.made;
    }
    /** The heading whose numbers start at marks[k]: the one made for `all` when there is one. */
    heading(k) {
        const m = this.marks;
        if (this.made)
            return this.made[k / 4];
        return { level: m[k + 1], text: this.src.slice(m[k + 2], m[k + 3]), line: m[k] };
    }
    named(want) {
        const m = this.marks;
        for (let k = 0; k < this.count; k += 4) {
            if (sameTextAt(this.src, m[k + 2], m[k + 3], want))
                return this.heading(k);
        }
        return undefined;
    }
    after(line, level) {
        const m = this.marks;
        for (let k = 0; k < this.count; k += 4)
            if (m[k] > line && m[k + 1] <= level)
                return m[k];
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/lib/markdown/table.ts
// Table rows of the Markdown reader: splitting a row into cells on unescaped pipes (GFM), and the
// character tests that find a table (delimiter rows, header widths). The tables themselves, which keep
// their rows as places in the text until a rule reads a cell, are in rows.ts.

/** The index of the first character that is not `\s`, or -1: what `/\S/` finds, without a regex per line. */
function firstNonSpace(line) {
    for (let i = 0; i < line.length; i++)
        if (!isSpace(line.charCodeAt(i)))
            return i;
    return -1;
}
const PIPE = 124;
const BACKSLASH = 92;
const COLON = 58;
const DASH = 45;
/** line.slice(a, b).trim(), without the intermediate string. */
function trimmedSlice(line, a, b) {
    while (a < b && isSpace(line.charCodeAt(a)))
        a++;
    while (b > a && isSpace(line.charCodeAt(b - 1)))
        b--;
    return line.slice(a, b);
}
/** Splits a table row on unescaped pipes (GFM), dropping the optional outer pipes. */
function splitRow(line) {
    // Index arithmetic instead of trim/slice/split/map: rows are the bulk of what evidence holds.
    let a = 0;
    let b = line.length;
    while (a < b && isSpace(line.charCodeAt(a)))
        a++;
    while (b > a && isSpace(line.charCodeAt(b - 1)))
        b--;
    if (a < b && line.charCodeAt(a) === PIPE)
        a++;
    if (b > a && line.charCodeAt(b - 1) === PIPE && !(b - 2 >= a && line.charCodeAt(b - 2) === BACKSLASH))
        b--;
    const slash = line.indexOf('\\', a);
    if (slash !== -1 && slash < b)
        return splitEscaped(line.slice(a, b));
    const cells = [];
    for (;;) {
        const p = line.indexOf('|', a);
        if (p === -1 || p >= b)
            break;
        cells.push(trimmedSlice(line, a, p));
        a = p + 1;
    }
    cells.push(trimmedSlice(line, a, b));
    return cells;
}
/**
 * The bounds splitRow uses for the row s.slice(from, to): trimmed, its optional outer pipes dropped.
 * Two functions, not one returning a pair: cell() runs for every cell a rule reads, and the pair was
 * a measured share of a run's allocations. `rowEnd` takes rowStart's answer.
 */
function rowStart(s, from, to) {
    let a = from;
    while (a < to && isSpace(s.charCodeAt(a)))
        a++;
    return a < to && s.charCodeAt(a) === PIPE ? a + 1 : a;
}
function rowEnd(s, a, to) {
    let b = to;
    while (b > a && isSpace(s.charCodeAt(b - 1)))
        b--;
    return b > a && s.charCodeAt(b - 1) === PIPE ? b - 1 : b;
}
/** One cell of a delimiter row: `\s*:?-+:?\s*` from a; where it ends, or -1 when there is none. */
function delimiterCell(s, a, b) {
    while (a < b && isSpace(s.charCodeAt(a)))
        a++;
    if (a < b && s.charCodeAt(a) === COLON)
        a++;
    if (a >= b || s.charCodeAt(a) !== DASH)
        return -1;
    while (a < b && s.charCodeAt(a) === DASH)
        a++;
    if (a < b && s.charCodeAt(a) === COLON)
        a++;
    while (a < b && isSpace(s.charCodeAt(a)))
        a++;
    return a;
}
/**
 * The cell count of s.slice(from, to) when it is a GFM delimiter row (what
 * /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/ matches), else 0. By character, in the same pass
 * that counts its cells: every line under a line with a pipe is tested, and the regex and a separate
 * count were a measured share of reading tables. Such a row holds no backslash, so the count is
 * splitRow's.
 */
function delimiterCells(s, from, to) {
    let b = to;
    while (b > from && isSpace(s.charCodeAt(b - 1)))
        b--;
    let a = rowStart(s, from, b);
    for (let n = 1;; n++) {
        a = delimiterCell(s, a, b);
        if (a < 0)
            return 0;
        if (a === b || (a === b - 1 && s.charCodeAt(a) === PIPE))
            return n;
        if (s.charCodeAt(a) !== PIPE)
            return 0;
        a++;
    }
}
/** splitRow(line).length, without building the cells. */
function cellCount(line) {
    if (line.includes('\\'))
        return splitRow(line).length;
    const a = rowStart(line, 0, line.length);
    const b = rowEnd(line, a, line.length);
    let n = 1;
    for (let p = line.indexOf('|', a); p !== -1 && p < b; p = line.indexOf('|', p + 1))
        n++;
    return n;
}
/**
 * Whether `head` (holding a pipe) opens a table over a delimiter row of `width` cells (delimiterCells,
 * not 0): the delimiter row has a cell per header, and a one-column table needs a pipe outside its
 * only cell, leading the header or in the delimiter row.
 */
function opensTable(head, width, delimHasPipe) {
    if (cellCount(head) !== width)
        return false;
    return width > 1 || delimHasPipe || head.charCodeAt(firstNonSpace(head)) === PIPE;
}
/** The slow path of splitRow: `\|` is a pipe inside a cell. */
function splitEscaped(s) {
    const cells = [];
    let cur = '';
    for (let i = 0; i < s.length; i++) {
        const ch = s[i];
        if (ch === '\\' && s[i + 1] === '|') {
            cur += '|';
            i++;
        }
        else if (ch === '|') {
            cells.push(cur.trim());
            cur = '';
        }
        else
            cur += ch;
    }
    cells.push(cur.trim());
    return cells;
}

;// CONCATENATED MODULE: ./src/lib/markdown/rows.ts
// The tables of the Markdown reader. A row stays a place in the text until a rule reads a cell: most
// rules read two or three columns of a wide table, and evidence tables are the bulk of what a run
// parses. A table read in place keeps where its rows end in one array of numbers and reads cells
// through one reusable cursor, so judging a table makes no object per row (see cellOf).


/** Whether s.slice(from, to) holds `\\|`; by character, since a search could run past the row to the end of its document. */
function hasEscapedPipe(s, from, to) {
    for (let k = from; k + 1 < to; k++)
        if (s.charCodeAt(k) === 92 && s.charCodeAt(k + 1) === 124)
            return true;
    return false;
}
/**
 * A table row kept as its place in the text: src.slice(from, to), a line or a line of its document.
 * Cells are split on demand, and the row is never cut out of its source unless it is split whole.
 */
class Row {
    src;
    from;
    to;
    line;
    width;
    escapes;
    split;
    /** Where the last cell located starts, its column, and where the row's cells end (-1: not yet known). */
    at = 0;
    atColumn = 0;
    end = -1;
    /**
     * `escapes`: whether the row holds `\|`; false when its document holds none (then no row is tested),
     * undefined to test it on first use.
     */
    constructor(src, from, to, line, width, escapes) {
        this.src = src;
        this.from = from;
        this.to = to;
        this.line = line;
        this.width = width;
        this.escapes = escapes;
    }
    /** Points this row at another row of the same source (a table's cursor; see TextTable). */
    moveTo(from, to, line, escapes) {
        this.from = from;
        this.to = to;
        this.line = line;
        this.escapes = escapes;
        this.split = undefined;
        this.end = -1;
    }
    get cells() {
        if (this.split)
            return this.split;
        // The row cut out of its document (a whole line slices to itself): splitting is the rare path.
        const cells = splitRow(this.src.slice(this.from, this.to));
        // GFM: short rows are padded, long rows cut to the header's width.
        while (cells.length < this.width)
            cells.push('');
        this.split = cells.length > this.width ? cells.slice(0, this.width) : cells;
        return this.split;
    }
    cell(i) {
        if (i < 0 || i >= this.width)
            return '';
        if (this.needsSplit())
            return this.cells[i] ?? '';
        const end = this.locate(i);
        return end < 0 ? '' : trimmedSlice(this.src, this.at, end);
    }
    /** cell(i).charCodeAt(0), read in place: its first character that is not space. */
    cellCode(i) {
        if (i < 0 || i >= this.width)
            return Number.NaN;
        if (this.needsSplit())
            return (this.cells[i] ?? '').charCodeAt(0);
        const end = this.locate(i);
        let a = this.at;
        while (a < end && isSpace(this.src.charCodeAt(a)))
            a++;
        return a < end ? this.src.charCodeAt(a) : Number.NaN;
    }
    /**
     * Escaped pipes need the full split (a backslash before anything else splits as the fast path
     * does); so does a row already split.
     */
    needsSplit() {
        this.escapes ??= hasEscapedPipe(this.src, this.from, this.to);
        return this.split !== undefined || this.escapes;
    }
    /**
     * Moves `at` to the start of cell i and returns where the cell ends (untrimmed), or -1 when the row
     * has no cell i. It continues from the last cell read when that lies to the left: a rule reads its
     * columns in order.
     */
    locate(i) {
        const src = this.src;
        if (this.end < 0) {
            this.at = rowStart(src, this.from, this.to);
            this.atColumn = 0;
            this.end = rowEnd(src, this.at, this.to);
        }
        let a = this.at;
        let n = this.atColumn;
        if (n > i) {
            a = rowStart(src, this.from, this.to);
            n = 0;
        }
        for (; n < i; n++) {
            const p = src.indexOf('|', a);
            if (p === -1 || p >= this.end)
                return -1;
            a = p + 1;
        }
        this.at = a;
        this.atColumn = i;
        const p = src.indexOf('|', a);
        return p === -1 || p >= this.end ? this.end : p;
    }
}
/** What both kinds of table share: the header row, split on first use (columns are found once per header; see columnsOf). */
class Table {
    head;
    line;
    endLine;
    split;
    constructor(head, line, endLine) {
        this.head = head;
        this.line = line;
        this.endLine = endLine;
    }
    get headers() {
        this.split ??= splitRow(this.head);
        return this.split;
    }
    /** Rows are the lines after the header and delimiter rows, one each. */
    rowLine(r) {
        return this.line + 2 + r;
    }
}
/** A table of the line reader, whose rows are lines of their own. */
class LineTable extends Table {
    rows;
    constructor(head, line, endLine, rows) {
        super(head, line, endLine);
        this.rows = rows;
    }
    get rowCount() {
        return this.rows.length;
    }
    cellOf(r, i) {
        return this.rows[r]?.cell(i) ?? '';
    }
    cellCodeOf(r, i) {
        return this.rows[r]?.cellCode(i) ?? Number.NaN;
    }
}
/**
 * A table read in place: row r is text.slice(start, ends[r]), where it starts after the line before
 * it. `stop` is where its last line (a row, else the delimiter row) ends. `escapes` is false when the
 * document holds no `\|`, undefined to test each row on first use.
 */
class TextTable extends Table {
    text;
    delimEnd;
    ends;
    width;
    escapes;
    made;
    /** The row cellOf read last, and which it is (-1: none yet). */
    cursor;
    cursorRow = -1;
    constructor(head, line, text, 
    /** Where the delimiter row ends. */
    delimEnd, ends, width, escapes) {
        super(head, line, line + 1 + ends.length);
        this.text = text;
        this.delimEnd = delimEnd;
        this.ends = ends;
        this.width = width;
        this.escapes = escapes;
    }
    get stop() {
        return this.ends.length === 0 ? this.delimEnd : this.ends[this.ends.length - 1];
    }
    get rowCount() {
        return this.ends.length;
    }
    startOf(r) {
        return (r === 0 ? this.delimEnd : this.ends[r - 1]) + 1;
    }
    get rows() {
        if (!this.made) {
            const made = [];
            for (let r = 0; r < this.ends.length; r++) {
                made.push(new Row(this.text, this.startOf(r), this.ends[r], this.rowLine(r), this.width, this.escapes));
            }
            this.made = made;
        }
        return this.made;
    }
    /** Row r to read cells from: the built row once rows are (a rule may have split it), else the cursor. */
    reader(r) {
        if (r < 0 || r >= this.ends.length)
            return undefined;
        if (this.made)
            return this.made[r];
        if (r !== this.cursorRow) {
            const start = this.startOf(r);
            const end = this.ends[r];
            if (this.cursor)
                this.cursor.moveTo(start, end, this.rowLine(r), this.escapes);
            else
                this.cursor = new Row(this.text, start, end, this.rowLine(r), this.width, this.escapes);
            this.cursorRow = r;
        }
        return this.cursor;
    }
    cellOf(r, i) {
        return this.reader(r)?.cell(i) ?? '';
    }
    cellCodeOf(r, i) {
        return this.reader(r)?.cellCode(i) ?? Number.NaN;
    }
}

;// CONCATENATED MODULE: ./src/lib/markdown/blocks.ts
// Headings and tables read from a document's lines: the reference reader, used for every document
// with carriage returns or fenced blocks, and the rules the in-place reader (in-text.ts) shares.



/** The line's first non-space character is `=` or `-`: it may underline a setext heading. */
function mayUnderline(line) {
    // By character, not by a regex call per line, which was a measured share of the parse.
    const c = line.charCodeAt(firstNonSpace(line));
    return c === 61 || c === 45;
}
/** The level of a setext heading on line i (1 or 2), or 0: a paragraph line underlined with === or ---. */
function readSetext(lines, i, inFence) {
    const next = lines[i + 1];
    if (next === undefined || !mayUnderline(next) || inFence[i + 1])
        return 0;
    return setextLevel(lines[i], next);
}
/** The GFM table whose header row is line i, or undefined; `escapes`: the document holds `\|` somewhere. */
function readTable(lines, i, inFence, escapes) {
    const head = lines[i];
    const delim = lines[i + 1];
    if (!head.includes('|') || delim === undefined || inFence[i + 1])
        return undefined;
    const width = delimiterCells(delim, 0, delim.length);
    if (width === 0 || !opensTable(head, width, delim.includes('|')))
        return undefined;
    const rows = [];
    let j = i + 2;
    // A row holds a pipe, so it is never blank.
    while (j < lines.length && !inFence[j] && lines[j].includes('|')) {
        const line = lines[j];
        rows.push(new Row(line, 0, line.length, j + 1, width, escapes ? undefined : false));
        j++;
    }
    return new LineTable(head, i + 1, j, rows);
}
/** Headings and tables, found in one pass because a table row is never read as a heading. */
function readBlocks(lines, inFence, escapes) {
    const headings = new ListedHeadings();
    const tables = [];
    for (let i = 0; i < lines.length; i++) {
        if (inFence[i])
            continue;
        const table = readTable(lines, i, inFence, escapes);
        if (table) {
            tables.push(table);
            i = table.endLine - 1;
            continue;
        }
        const line = lines[i];
        if (line.includes('#') && readAtxAt(line, 0, line.length, i + 1, headings))
            continue;
        const level = readSetext(lines, i, inFence);
        if (level) {
            addSetext(line, 0, line.length, i + 1, level, headings);
            i++; // skip the underline
        }
    }
    return { headings, tables, lineCount: lines.length };
}

// EXTERNAL MODULE: ./src/lib/markdown/fence.ts
var fence = __webpack_require__(2608);
;// CONCATENATED MODULE: ./src/lib/markdown/in-text.ts
// The in-place reader: headings and tables of a document without carriage returns or fences, read
// from the text by offset, with no string per line. blocks.ts (the line reader) stays the reference,
// and a differential property test holds the two to the same answers.




/** Where the line that starts at s ends: at its '\n', or at the end of the text for the last line. */
function lineEnd(text, s) {
    const e = text.indexOf('\n', s);
    return e === -1 ? text.length : e;
}
function hasPipe(s, from, to) {
    const p = s.indexOf('|', from);
    return p !== -1 && p < to;
}
/**
 * The GFM table whose header row is line i, text.slice(s, e) (it holds a pipe and a line follows it),
 * read in place in a text without carriage returns or fences (see readBlocksInText). Its rows are kept
 * as where each ends, one number per row.
 */
function tableInText(text, i, s, e, escapes) {
    const de = lineEnd(text, e + 1);
    const width = delimiterCells(text, e + 1, de);
    if (width === 0)
        return undefined;
    const head = text.slice(s, e);
    if (!opensTable(head, width, hasPipe(text, e + 1, de)))
        return undefined;
    const ends = [];
    let end = de; // where the last line read ends
    while (end < text.length) {
        const re = lineEnd(text, end + 1);
        // A row holds a pipe, so it is never blank.
        if (!hasPipe(text, end + 1, re))
            break;
        ends.push(re);
        end = re;
    }
    return new TextTable(head, i + 1, text, de, ends, width, escapes ? undefined : false);
}
/** Whether the line text.slice(from, to) may underline a setext heading: mayUnderline, in place. */
function mayUnderlineAt(text, from, to) {
    let k = from;
    while (k < to && isSpace(text.charCodeAt(k)))
        k++;
    const c = text.charCodeAt(k);
    return k < to && (c === 61 || c === 45);
}
/** The blocks found; `tables` is undefined until the first table, so a document without one allocates no list for it. */
function blocks(headings, tables, lineCount) {
    return { headings, tables: tables ?? [], lineCount };
}
/**
 * readBlocks over the text itself, for a document without carriage returns or fences: its lines are
 * then exactly the text between '\n's, none of them fenced. Lines are visited by offset and only one
 * that may start a block is cut out (a table's header holds a pipe, a setext heading has an underline
 * below it), instead of a string per line; headings are kept as offsets (see HeadingMarks).
 * readBlocks stays the reference: a differential test holds the two to the same answers.
 */
function readBlocksInText(text, escapes) {
    const headings = new HeadingMarks(text);
    let tables;
    let pipe = text.indexOf('|');
    let hash = text.indexOf('#');
    let i = 0; // the line visited, from 0, and where it starts
    let s = 0;
    for (;;) {
        const e = lineEnd(text, s);
        const last = e === text.length;
        if (pipe !== -1 && pipe < s)
            pipe = text.indexOf('|', s);
        if (hash !== -1 && hash < s)
            hash = text.indexOf('#', s);
        const table = !last && pipe !== -1 && pipe < e ? tableInText(text, i, s, e, escapes) : undefined;
        if (table) {
            if (tables)
                tables.push(table);
            else
                tables = [table];
            if (table.stop === text.length)
                return blocks(headings, tables, table.endLine);
            i = table.endLine;
            s = table.stop + 1;
            continue;
        }
        const atx = hash !== -1 && hash < e && readAtxAt(text, s, e, i + 1, headings);
        if (!atx && !last) {
            const ne = lineEnd(text, e + 1);
            const level = mayUnderlineAt(text, e + 1, ne) ? setextLevel(text.slice(s, e), text.slice(e + 1, ne)) : 0;
            if (level) {
                addSetext(text, s, e, i + 1, level, headings);
                if (ne === text.length)
                    return blocks(headings, tables, i + 2);
                i += 2; // past the underline
                s = ne + 1;
                continue;
            }
        }
        if (last)
            return blocks(headings, tables, i + 1);
        i++;
        s = e + 1;
    }
}

;// CONCATENATED MODULE: ./src/lib/markdown/parse.ts
// A small Markdown reader for evidence documents: headings, fenced blocks and GFM tables, each with
// 1-based line numbers so every finding can point at the line a reviewer must fix. It reads what
// people write in release evidence, not all of CommonMark, and it never throws: any text is a document.




/** No line is fenced: a length-0 array cannot be written to, so it is safe to share. */
const NOT_FENCED = new Uint8Array(0);
/** Whether the text may hold a fence: most evidence has none, and then no line needs marking. */
function mayHoldFence(text) {
    return text.includes('```') || text.includes('~~~');
}
/** Marks fenced lines and collects the fences, so headings and tables inside code are not read as such. */
function readFences(doc) {
    // An index past the end of NOT_FENCED reads as "not fenced".
    if (!mayHoldFence(doc.text))
        return { fences: [], inFence: NOT_FENCED };
    const lines = doc.lines;
    const fences = [];
    const inFence = new Uint8Array(lines.length);
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (!line.includes('```') && !line.includes('~~~'))
            continue;
        const m = (0,fence/* fenceOpen */.iF)(line);
        if (!m)
            continue;
        let j = i + 1;
        while (j < lines.length && !(0,fence/* closesFence */.Tv)(lines[j], m.marker))
            j++;
        const end = Math.min(j, lines.length - 1);
        inFence.fill(1, i, end + 1);
        fences.push({ info: m.info, line: i + 1, endLine: end + 1, body: lines.slice(i + 1, j) });
        i = end;
    }
    return { fences, inFence };
}
/**
 * Everything is read on first use: a status after a label is found in the text itself (see
 * valueAfterLabel), many rules never ask for headings or tables, and thousands of documents are read per
 * run, so lines, fences and blocks are each built only when a question needs them.
 */
class Doc {
    text;
    split;
    fenced;
    /** The text holds no fence marker (undefined: not tested yet); then inFence needs no fence list. */
    unfenced;
    blocks;
    /** Whether the text holds a carriage return (undefined: not tested yet). */
    cr;
    /** The last line cut out by line(): its index from 0, and where it starts. */
    cursor = 0;
    cursorAt = 0;
    /** `text` is the document without a leading byte-order mark. */
    constructor(text) {
        this.text = text;
    }
    get lines() {
        this.split ??= this.text.includes('\r') ? this.text.split(/\r\n|\r|\n/) : this.text.split('\n');
        return this.split;
    }
    get fencing() {
        this.fenced ??= readFences(this);
        return this.fenced;
    }
    get fences() {
        return this.fencing.fences;
    }
    get inFence() {
        this.unfenced ??= !mayHoldFence(this.text);
        return this.unfenced ? NOT_FENCED : this.fencing.inFence;
    }
    line(n) {
        this.cr ??= this.text.includes('\r');
        // Asked for a line before the last one: split once rather than walk from the start each time.
        if (this.split || this.cr || n - 1 < this.cursor)
            return this.lines[n - 1] ?? '';
        const text = this.text;
        let i = this.cursor;
        let s = this.cursorAt;
        for (; i < n - 1; i++) {
            const nl = text.indexOf('\n', s);
            if (nl === -1)
                return '';
            s = nl + 1;
        }
        this.cursor = i;
        this.cursorAt = s;
        return text.slice(s, lineEnd(text, s));
    }
    get lineCount() {
        return this.split?.length ?? this.blocks?.lineCount ?? this.lines.length;
    }
    get block() {
        if (!this.blocks) {
            // One test of the text spares every row its own test for escaped pipes.
            const escapes = this.text.includes('\\|');
            // Without carriage returns or fences, the text is read in place, without splitting it.
            this.cr ??= this.text.includes('\r');
            const inPlace = this.inFence.length === 0 && !this.cr;
            this.blocks = inPlace ? readBlocksInText(this.text, escapes) : readBlocks(this.lines, this.inFence, escapes);
        }
        return this.blocks;
    }
    get headings() {
        return this.block.headings.all;
    }
    headingNamed(want) {
        return this.block.headings.named(want);
    }
    headingAfter(line, level) {
        return this.block.headings.after(line, level);
    }
    get tables() {
        return this.block.tables;
    }
}
function parseMarkdown(text) {
    const src = typeof text === 'string' ? text : '';
    return new Doc(src.charCodeAt(0) === 0xfeff ? src.slice(1) : src);
}

// EXTERNAL MODULE: ./src/lib/verdict/types.ts
var types = __webpack_require__(6868);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/lib/io/read-text.ts
var read_text = __webpack_require__(8560);
;// CONCATENATED MODULE: ./src/validate-evidence/artifacts.ts
// Finds the document an artifact rule names: a fixed file, or the newest of a dated series
// (dr-drill-20261114.md), chosen by the date in the name, never by file time, which git does not keep.





const DAY = 86_400_000;
/** A real calendar date from digits, or undefined for 20261399 and the like. */
function dateFromDigits(y, m, d) {
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
    const ok = date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
    return ok ? date : undefined;
}
/** Whole days from `date` to `asOf`, by calendar day (UTC). */
function ageDays(date, asOf) {
    const day = (t) => Math.floor(t.getTime() / DAY);
    return day(asOf) - day(date);
}
function isoDay(d) {
    return d.toISOString().slice(0, 10);
}
/** The summary's "date and age" cell: 2026-11-12 (4 days). */
function dateAndAge(d, age) {
    return `${isoDay(d)} (${age} ${age === 1 ? 'day' : 'days'})`;
}
function escapeRe(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** Turns `dr-drill-YYYYMMDD.md` into a regex capturing year, month and day. */
function patternRe(name) {
    const token = /YYYYMMDD|YYYY-MM-DD/.exec(name);
    const date = token[0] === 'YYYYMMDD' ? '(\\d{4})(\\d{2})(\\d{2})' : '(\\d{4})-(\\d{2})-(\\d{2})';
    return new RegExp(`^${escapeRe(name.slice(0, token.index))}${date}${escapeRe(name.slice(token.index + token[0].length))}$`);
}
/**
 * Reads synchronously on purpose: evidence files are small, and fs/promises costs four thread-pool
 * round trips per file (open, stat, read, close), which measured 5x slower over 2,000 files.
 */
function lookupOf(rel, abs, notes, listed, date) {
    const text = listed ? (0,read_text/* tryReadUtf8 */.Tz)(abs) : (0,read_text/* tryReadRegularFile */.mO)(abs);
    if (typeof text !== 'string') {
        const missing = `${rel} ${text.reason}`;
        return text.missing ? { notes, missing } : { notes, missing, unreadable: rel };
    }
    return { found: date ? { rel, text, date } : { rel, text }, notes };
}
async function newestDated(repo, pattern, asOf, name) {
    const dir = external_node_path_.posix.dirname(pattern);
    const re = patternRe(external_node_path_.posix.basename(pattern));
    let entries;
    try {
        entries = await (0,promises_.readdir)((0,external_node_path_.join)(repo, dir));
    }
    catch (e) {
        const failure = (0,read_text/* readFailure */.f1)(e);
        if (!failure.missing)
            return { notes: [], missing: `${dir} ${failure.reason}`, unreadable: dir };
        entries = [];
    }
    const notes = [];
    let best;
    for (const file of entries) {
        const m = re.exec(file);
        if (!m)
            continue;
        const rel = dir === '.' ? file : `${dir}/${file}`;
        const date = dateFromDigits(m[1], m[2], m[3]);
        if (!date) {
            notes.push({
                rule: 'EVIDENCE_DATE_INVALID',
                level: 'warning',
                file: rel,
                message: `The date in the name of ${rel} is not a calendar date, so the file is ignored; rename it.`,
            });
        }
        else if (ageDays(date, asOf) < 0) {
            // Evidence dated after the audit date did not exist then (re-audit of a past release), or is misnamed.
            notes.push({
                rule: 'EVIDENCE_DATED_AFTER_AS_OF',
                level: 'notice',
                file: rel,
                message: `${rel} is dated after ${isoDay(asOf)} (the as-of date), so it is not considered.`,
            });
        }
        else if (!best || date > best.date)
            best = { file: rel, date };
    }
    if (!best)
        return { notes, missing: `no file matching ${pattern} for ${name}` };
    return lookupOf(best.file, (0,external_node_path_.join)(repo, best.file), notes, false, best.date);
}
async function locate(repo, rule, asOf) {
    if (rule.pattern)
        return newestDated(repo, rule.pattern, asOf, rule.name);
    return locateFile(repo, rule.file);
}
/** A fixed file, read synchronously: thousands of them are judged one after the other. */
function locateFile(repo, rel) {
    return lookupOf(rel, (0,external_node_path_.join)(repo, rel), [], false);
}
/**
 * A file a glob listed (a plain relative name the walk built), read like locateFile but with its
 * path concatenated: path.join's normalisation was a measured cost over thousands of files.
 */
function locateListed(repo, rel) {
    return lookupOf(rel, repo === '' ? rel : `${repo}/${rel}`, [], true);
}
/** Folders a glob never descends into: they hold no evidence and can be huge. */
const SKIP = new Set(['.git', 'node_modules']);
function walk(repo, dir, out) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(repo, dir), { withFileTypes: true });
    }
    catch (e) {
        // An absent folder holds no match; one that cannot be listed may hide evidence, which is reported.
        const failure = (0,read_text/* readFailure */.f1)(e);
        if (!failure.missing)
            out.unreadable.push({ rel: dir || '.', reason: failure.reason });
        return;
    }
    for (const e of entries) {
        const rel = dir ? `${dir}/${e.name}` : e.name;
        if (e.isDirectory() && !SKIP.has(e.name))
            walk(repo, rel, out);
        else if (e.isFile())
            out.files.push(rel);
    }
}
function byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * The files a `files` glob names, sorted, and every folder under its start that could not be listed
 * (any of them might hold a match). The walk starts at the glob's fixed leading folders, so
 * `docs/evidence/*.md` reads one folder, not the whole repository.
 */
function expandGlob(repo, glob, listings = new Map()) {
    const parts = glob.split('/');
    const fixed = [];
    while (parts.length > 1 && !/[*?[\]{}()!+@]/.test(parts[0]))
        fixed.push(parts.shift());
    const start = fixed.join('/');
    let listing = listings.get(start);
    if (!listing) {
        listing = { files: [], unreadable: [] };
        walk(repo, start, listing);
        // Filtering keeps this order, so each glob's matches come out sorted. By code units, as the
        // default sort orders strings, but without its conversion of each element (half the cost).
        listing.files.sort(byCodeUnits);
        listings.set(start, listing);
    }
    // picomatch's matcher, minus the result object it builds per call: a name matches when it is the
    // glob itself or the glob's regex matches it (paths here are never empty and already use /).
    const re = picomatch_default().makeRe(glob, { dot: false });
    return { files: listing.files.filter((f) => f === glob || re.test(f)), unreadable: listing.unreadable };
}

;// CONCATENATED MODULE: ./src/lib/text/ascii.ts
// A test the text readers run over whole documents and lines before taking a path that holds only for
// ASCII (case-insensitive matching without case mapping, offsets kept by lower-casing).
/**
 * True when every character is ASCII: one native UTF-8 length count, measured about twice as fast
 * as the regex /[^\x00-\x7f]/ over a document (a lone surrogate counts 3 bytes: not ASCII either).
 */
function isAscii(text) {
    return Buffer.byteLength(text, 'utf8') === text.length;
}

;// CONCATENATED MODULE: ./src/lib/markdown/inline.ts
// Inline reading of one line by character: code spans and labels. These run on the line of every
// document that holds its value, and the regexes (and lower-cased or backtick-free copies) they
// replace were a measured share of a run's allocations; a property test holds each to its regex.


const TICK = 96;
/** Where the run of backticks that starts at i ends. */
function runEnd(s, i) {
    while (i < s.length && s.charCodeAt(i) === TICK)
        i++;
    return i;
}
/** Where the first run of exactly `n` backticks at or after `from` starts, or -1. */
function runOf(s, from, n) {
    for (let p = s.indexOf('`', from); p !== -1;) {
        const e = runEnd(s, p);
        if (e - p === n)
            return p;
        p = s.indexOf('`', e);
    }
    return -1;
}
/**
 * The text of the first inline code span in s from `from`, trimmed, or undefined: what
 * /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/ finds there. That regex may open at any backtick of a run (the
 * opener is the rest of the run, since its body starts with a non-backtick) and closes at the first
 * later run of the same length: a run, because the body ends with a non-backtick and `(?!`)` follows.
 */
function codeSpanAt(s, from) {
    for (let p = s.indexOf('`', from); p !== -1;) {
        const body = runEnd(s, p);
        if (body === s.length)
            return undefined;
        for (let open = p; open < body; open++) {
            const close = runOf(s, body + 1, body - open);
            if (close !== -1)
                return trimmedSlice(s, body, close);
        }
        p = s.indexOf('`', body);
    }
    return undefined;
}
const WORD = /[\p{L}\p{N}]/u;
/** A letter or digit in any script (`\p{L}` or `\p{N}`), answered without the regex for ASCII. */
function isWordChar(c, ch) {
    if (Number.isNaN(c))
        return false;
    if (c < 128)
        return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    return WORD.test(ch ?? '');
}
/** The general test: the line without backticks, lower-cased, starts with `want` at a word boundary. */
function labelEndByCopy(line, want) {
    const plain = line.includes('`') ? line.replace(/`/g, '') : line;
    if (!plain.toLowerCase().startsWith(want))
        return -1;
    // "Status" must not match "Statusboard": the label ends at a word boundary.
    if (isWordChar(plain.charCodeAt(want.length), plain[want.length]))
        return -1;
    // Where the label ends in the line: backticks may sit inside it and are not counted.
    let cut = 0;
    for (let seen = 0; cut < line.length && seen < want.length; cut++)
        if (line[cut] !== '`')
            seen++;
    return cut;
}
/**
 * Where the label `want` (normalised, not empty) ends in `line` when the line starts with it,
 * backticks aside and at a word boundary; -1 when it does not. Compared in place while the label's
 * part of the line is ASCII (whose lower case is one character each, whatever follows); other text
 * takes the general test with its copies.
 */
function labelEnd(line, want) {
    let k = 0;
    for (let j = 0; j < want.length; k++) {
        if (k >= line.length)
            return -1;
        let c = line.charCodeAt(k);
        if (c === TICK)
            continue;
        if (c >= 128)
            return labelEndByCopy(line, want);
        if (c >= 65 && c <= 90)
            c += 32;
        if (c !== want.charCodeAt(j))
            return -1;
        j++;
    }
    let next = k;
    while (next < line.length && line.charCodeAt(next) === TICK)
        next++;
    return isWordChar(line.charCodeAt(next), line[next]) ? -1 : k;
}
/** s.slice(from).replace(/^[\s:=\-–—]+/, '').trim(), without the two copies. */
function afterSeparators(s, from) {
    let a = from;
    for (; a < s.length; a++) {
        const c = s.charCodeAt(a);
        if (!(c === 58 || c === 61 || c === 45 || c === 0x2013 || c === 0x2014 || isSpace(c)))
            break;
    }
    return trimmedSlice(s, a, s.length);
}

;// CONCATENATED MODULE: ./src/lib/markdown/query.ts
// Questions asked of a parsed Markdown document: the section under a heading, the value after a label,
// the first value of a section, the table of a section and its columns by header name. All answers
// carry line numbers; a question without an answer returns undefined, never throws.





/** hay.toLowerCase().includes(needle) for an ASCII `hay`, without building the lower-cased copy. */
function includesLowered(hay, needle) {
    const m = needle.length;
    for (let i = 0; i + m <= hay.length; i++) {
        let j = 0;
        for (; j < m; j++) {
            let c = hay.charCodeAt(i + j);
            if (c >= 65 && c <= 90)
                c += 32;
            if (c !== needle.charCodeAt(j))
                break;
        }
        if (j === m)
            return true;
    }
    return false;
}
/** The last heading asked for, normalised: a rule asks for the same heading in every document. */
let lastHeading = { text: '', want: '' };
/** The first heading with this text (any level), or undefined. */
function findHeading(doc, text) {
    if (lastHeading.text !== text) {
        lastHeading = { text, want: normalizeText(text.charCodeAt(0) === 35 ? text.replace(/^#+\s*/, '') : text) };
    }
    return doc.headingNamed(lastHeading.want);
}
/** The body of a heading: up to the next heading of the same or a higher level. */
function section(doc, text) {
    const heading = findHeading(doc, text);
    if (!heading)
        return undefined;
    const next = doc.headingAfter(heading.line, heading.level);
    return { heading, start: heading.line + 1, end: next === undefined ? doc.lineCount : next - 1 };
}
/** The text of the first inline code span, or undefined. */
function codeSpan(text) {
    return codeSpanAt(text, 0);
}
const QUOTES = /^\s*(?:>\s*)*/;
const LIST_MARK = /^(?:[-*+]|\d+[.)])\s+/;
const EMPHASIS = /\*\*|__/g;
/** A line without its block markers (quote, list, task box) and bold/underline emphasis. */
function stripLine(line) {
    // Each replacement only where its first character (or pair) is there: most lines are plain text,
    // and this runs on the one line of every document that holds its value.
    let s = line;
    const c = s.charCodeAt(0);
    if (c === 62 || isSpace(c))
        s = s.replace(QUOTES, '');
    const d = s.charCodeAt(0);
    if (d === 45 || d === 42 || d === 43 || (d >= 48 && d <= 57))
        s = s.replace(LIST_MARK, '');
    if (s.includes('**') || s.includes('__'))
        s = s.replace(EMPHASIS, '');
    return s.trim();
}
/**
 * The answer when line n starts with the normalised label `want` (after markers), else undefined.
 * The value is the first code span after the label, else the text after it (`rest`), found in the
 * stripped line by offset rather than in copies of its end.
 */
function labelOnLine(raw, n, want) {
    const stripped = stripLine(raw);
    const cut = labelEnd(stripped, want);
    if (cut < 0)
        return undefined;
    const rest = afterSeparators(stripped, cut);
    const code = codeSpanAt(stripped, cut);
    let value;
    if (code !== undefined)
        value = { value: code, line: n, code: true };
    else if (rest)
        value = { value: rest, line: n, code: false };
    return { found: true, line: n, value, rest };
}
/** Case-insensitive searches for label words, compiled once per word (policies name a handful). */
const searches = new Map();
function searchFor(word) {
    let re = searches.get(word);
    if (!re) {
        if (searches.size >= 256)
            searches.clear();
        // Without the `u` flag, `i` folds ASCII letters only (no character of 128 or more folds to ASCII):
        // for ASCII text that is exactly includesLowered's test.
        re = new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi');
        searches.set(word, re);
    }
    return re;
}
/**
 * The line search below, run over the text itself without splitting it into lines. Only for ASCII
 * text without fences or carriage returns: its lines are then exactly the text between '\n's.
 */
function labelInText(text, want, first) {
    const re = searchFor(first);
    let line = 1;
    let counted = 0; // newlines before this offset are counted in `line`
    re.lastIndex = 0;
    while (re.test(text)) {
        const at = re.lastIndex - first.length;
        const start = text.lastIndexOf('\n', at) + 1;
        for (let nl = text.indexOf('\n', counted); nl !== -1 && nl < start; nl = text.indexOf('\n', nl + 1))
            line++;
        counted = start;
        const nl = text.indexOf('\n', at);
        const hit = labelOnLine(text.slice(start, nl === -1 ? text.length : nl), line, want);
        if (hit)
            return hit;
        if (nl === -1)
            break;
        re.lastIndex = nl + 1;
    }
    return { found: false };
}
/** The last label asked for, normalised: a rule asks for the same label in every document it covers. */
let lastLabel;
/** The label normalised, and its first word (most lines do not hold it: a cheap test skips them). */
function labelWords(label) {
    if (lastLabel?.label !== label) {
        const want = normalizeText(label);
        const space = want.indexOf(' ');
        lastLabel = { label, want, first: space < 0 ? want : want.slice(0, space) };
    }
    return lastLabel;
}
/**
 * The value on the line that starts with `label` (after list and emphasis markers): its first inline
 * code span, else the text after the label; `rest` is all the text after it. `found` is false when no
 * line starts with the label.
 */
function valueAfterLabel(doc, label, within) {
    const { want, first } = labelWords(label);
    if (want === '')
        return { found: false };
    const text = doc.text;
    // Substring tests and one length count: a regex alternation over the whole text cost more than
    // the search it guards.
    const plain = !text.includes('\r') && !text.includes('```') && !text.includes('~~~') && isAscii(text);
    if (!within && plain)
        return labelInText(text, want, first);
    const from = within?.start ?? 1;
    const to = within?.end ?? doc.lines.length;
    for (let n = from; n <= to; n++) {
        if (doc.inFence[n - 1])
            continue;
        const raw = doc.lines[n - 1] ?? '';
        // Without a lower-cased copy of each line; non-ASCII lines (some of whose letters lower-case to
        // ASCII, e.g. the Kelvin sign) take the general test.
        if (isAscii(raw) ? !includesLowered(raw, first) : !raw.toLowerCase().includes(first))
            continue;
        const hit = labelOnLine(raw, n, want);
        if (hit)
            return hit;
    }
    return { found: false };
}
// Regexes of the per-document path are made once: a literal in a function body is a new RegExp
// object each time it runs, a measured share of a run's allocations.
const COMMENT = /^\s*<!--.*-->\s*$/;
const LABELLED = /^[A-Za-z][\w \-/]{0,40}:\s+(.+)$/;
function isComment(line) {
    return COMMENT.test(line);
}
/**
 * The first value written in a section: the first non-blank line (or the first line of a fenced block
 * there), read as its inline code span, else as the text after a short `Label:`, else the whole line.
 */
function firstValue(doc, s) {
    for (let n = s.start; n <= s.end; n++) {
        const raw = doc.line(n);
        if (raw.trim() === '' || isComment(raw))
            continue;
        if (doc.inFence[n - 1]) {
            const fence = doc.fences.find((f) => f.line === n);
            if (fence) {
                const idx = fence.body.findIndex((l) => l.trim() !== '');
                if (idx < 0)
                    return undefined;
                return { value: fence.body[idx].trim(), line: n + 1 + idx, code: true };
            }
            continue;
        }
        const text = stripLine(raw);
        const code = codeSpan(text);
        if (code !== undefined)
            return { value: code, line: n, code: true };
        const labelled = LABELLED.exec(text);
        return { value: (labelled ? labelled[1] : text).trim(), line: n, code: false };
    }
    return undefined;
}
/** The first table that starts inside the range (a section, or the whole document). */
function tableIn(doc, within) {
    // The tables first: reading them counts the lines, which spares a split of the text.
    const tables = doc.tables;
    const from = within?.start ?? 1;
    const to = within?.end ?? doc.lineCount;
    // A loop, not find(): a closure per call was a measured allocation.
    for (const t of tables)
        if (t.line >= from && t.line <= to)
            return t;
    return undefined;
}
/** The index of a column by its header name, or -1. Never by position: columns move between templates. */
function columnIndex(table, name) {
    const want = normalizeText(name);
    return table.headers.findIndex((h) => sameText(h, want));
}

;// CONCATENATED MODULE: ./src/lib/policy/vocabulary.ts
// The words evidence is judged by. Runbooks write statuses in many hands (`READY`, Ready, **ready**),
// so every comparison strips backticks, emphasis, surrounding space and case first.

const DEFAULT_VOCABULARY = {
    accepted: ['APPROVED', 'PASS', 'PASSED', 'READY', 'COMPLETED'],
    blocked: ['BLOCKED', 'PENDING*'],
    failed: ['FAIL', 'FAILED', 'REJECTED'],
    placeholders: ['TBD', 'TODO', 'FIXME', 'XXX'],
};
// Made once: a regex literal in a function body is a new RegExp object each time it runs.
const MARKUP_OR_SPACE = /[`*_\s]/;
const NEEDS_CLEANING = /[`*_]|\s\s|[\t\n\r]/;
const MARKUP = /[`*]/g;
const SPACES = /\s+/g;
const OUTER_UNDERSCORES = /^_+|_+$/g;
function normalizeValue(value) {
    // Most values are plain ASCII words, often upper case already: one pass by character, and no
    // copy when there is nothing to change (a measured hot path on big tables).
    let lower = false;
    for (let i = 0; i < value.length; i++) {
        const c = value.charCodeAt(i);
        if (c >= 128 || c === 96 || c === 42 || c === 95 || c === 32 || (c >= 9 && c <= 13))
            return normalizeMarked(value);
        if (c >= 97 && c <= 122)
            lower = true;
    }
    return lower ? value.toUpperCase() : value;
}
/** normalizeValue of a value with markup, space or non-ASCII text. */
function normalizeMarked(value) {
    if (!MARKUP_OR_SPACE.test(value))
        return value.toUpperCase();
    if (!NEEDS_CLEANING.test(value))
        return value.trim().toUpperCase();
    return value.replace(MARKUP, '').replace(SPACES, ' ').trim().replace(OUTER_UNDERSCORES, '').toUpperCase();
}
// Normalizing every vocabulary word for every table cell dominated large runs: compile each vocabulary once.
const compiled = new WeakMap();
function matcher(words) {
    const m = { words: new Set(), prefixes: [] };
    for (const w of words) {
        if (w.endsWith('*'))
            m.prefixes.push(normalizeValue(w.slice(0, -1)));
        else
            m.words.add(normalizeValue(w));
    }
    return m;
}
/** The vocabulary compiled last: a run asks for one vocabulary thousands of times in a row. */
let last;
function compile(vocab) {
    if (last?.vocab === vocab)
        return last.compiled;
    let c = compiled.get(vocab);
    if (!c) {
        const blocked = matcher(vocab.blocked);
        const failed = matcher(vocab.failed);
        const placeholders = vocab.placeholders.map(normalizeValue);
        const words = [...blocked.words, ...blocked.prefixes, ...failed.words, ...failed.prefixes, ...placeholders];
        const safe = words.every((w) => w !== '' && !/[\s|\\]/.test(w));
        c = {
            accepted: matcher(vocab.accepted),
            blocked,
            failed,
            placeholders,
            flagWords: safe ? words : undefined,
            flagRe: safe && words.every((w) => /^[\x20-\x7e]+$/.test(w))
                ? new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i')
                : undefined,
            seen: new Map(),
        };
        compiled.set(vocab, c);
    }
    last = { vocab, compiled: c };
    return c;
}
function matches(m, v) {
    if (m.words.has(v))
        return true;
    for (const p of m.prefixes)
        if (v.startsWith(p))
            return true;
    return false;
}
/** A placeholder word stands alone or leads the value, followed by a space, colon or parenthesis. */
function leadsWith(v, w) {
    if (!v.startsWith(w))
        return false;
    const next = v[w.length];
    return next === undefined || next === ' ' || next === ':' || next === '(';
}
const SLOT = /<[^<>\n]*>/;
const LINE_BREAKS = /<br\s*\/?>/gi;
function placeholderIn(raw, v, words) {
    if (raw.includes('<') && SLOT.test(raw.replace(LINE_BREAKS, '')))
        return true;
    for (const w of words)
        if (leadsWith(v, w))
            return true;
    return false;
}
/** A template slot left unfilled: `<owner>`, `<YYYY-MM-DD>`, or a configured word on its own or leading. */
function isPlaceholder(value, vocab) {
    return placeholderIn(value, normalizeValue(value), compile(vocab).placeholders);
}
/** Placeholder first: a row that says `PASS <date>` is unfinished, whatever else it says. */
function classify(value, vocab) {
    const c = compile(vocab);
    let verdict = c.seen.get(value);
    if (verdict === undefined) {
        verdict = classifyNew(value, c);
        if (c.seen.size >= 4096)
            c.seen.clear(); // bounded: unique values (ids, dates) must not pile up
        c.seen.set(value, verdict);
    }
    return verdict;
}
function classifyNew(value, c) {
    const v = normalizeValue(value);
    if (v === '' || v === '-' || v === '—')
        return 'empty';
    if (placeholderIn(value, v, c.placeholders))
        return 'placeholder';
    if (matches(c.blocked, v))
        return 'blocked';
    if (matches(c.failed, v))
        return 'failed';
    if (matches(c.accepted, v))
        return 'accepted';
    return 'other';
}
/**
 * ASCII without the markup normalisation removes (backticks, asterisks): mayFlag answers such text
 * with one regex. Any part of plain text is plain, so a caller that tested a whole document can
 * say so for each of its lines (mayFlag's `plain`) instead of testing every line again.
 */
function isPlainText(text) {
    return !text.includes('*') && !text.includes('`') && isAscii(text);
}
/**
 * False when no part of `text` (e.g. a whole table row) can classify as placeholder, blocked or
 * failed, so its cells need not be classified one by one. Sound because normalisation only removes
 * backticks, asterisks, outer space and underscores and changes case, and no flag word holds a space
 * or a pipe: any flagged cell's word is then a substring of the upper-cased line.
 */
function mayFlag(text, vocab, plain) {
    const c = compile(vocab);
    const words = c.flagWords;
    if (!words || text.includes('<'))
        return true;
    // Plain ASCII text: the same answer without an upper-cased copy per row (ASCII case-insensitive
    // matching is exactly upper-casing both sides; markup and other text take the general path).
    if (c.flagRe && (plain || isPlainText(text)))
        return c.flagRe.test(text);
    let upper = text.toUpperCase();
    if (upper.includes('`') || upper.includes('*'))
        upper = upper.replace(/[`*]/g, '');
    for (const w of words)
        if (upper.includes(w))
            return true;
    return false;
}

;// CONCATENATED MODULE: ./src/validate-evidence/checklist.ts



const TIMESTAMP = /\b(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})\b/;
const DATE_LIKE = /\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}/;
/** A mark as a reviewer writes it: a word (PASS, FAIL) or a task box ([x], [ ]). */
function markOf(raw, vocab) {
    const v = raw.trim();
    if (/^\[[xX]\]$|^☑|^✅|^✔/.test(v))
        return 'pass';
    if (/^\[ \]$|^☐/.test(v))
        return 'unmarked';
    const kind = classify(v, vocab);
    if (kind === 'accepted')
        return 'pass';
    if (kind === 'failed' || kind === 'blocked')
        return 'fail';
    return kind === 'placeholder' ? 'placeholder' : 'unmarked';
}
function judgeItem(name, mark, line, vocab, add) {
    const m = markOf(mark, vocab);
    if (m === 'pass')
        return true;
    if (m === 'fail')
        add('CHECKLIST_ITEM_FAILED', 'fail', `Item "${name}" is marked ${mark}: fix it before release.`, line);
    else if (m === 'placeholder')
        add('EVIDENCE_PLACEHOLDER', 'fail', `Item "${name}" holds a placeholder mark.`, line);
    else
        add('CHECKLIST_ITEM_UNMARKED', 'unknown', `Item "${name}" is not marked${mark.trim() ? ` (${JSON.stringify(mark)})` : ''}; mark it PASS or FAIL.`, line);
    return false;
}
function checkItems(doc, rule, vocab, add) {
    const range = rule.heading ? section(doc, rule.heading) : { start: 1, end: doc.lines.length };
    if (!range) {
        add('CHECKLIST_SECTION_NOT_FOUND', 'unknown', `No "${rule.heading}" heading; add the review items under it.`);
        return '(not found)';
    }
    let total = 0;
    let passed = 0;
    const table = tableIn(doc, range);
    if (table) {
        const item = columnIndex(table, rule.item);
        const mark = columnIndex(table, rule.mark);
        if (item < 0 || mark < 0) {
            const lack = item < 0 ? rule.item : rule.mark;
            add('CHECKLIST_COLUMN_NOT_FOUND', 'unknown', `The checklist table has no "${lack}" column.`, table.line);
            return '(columns missing)';
        }
        for (const row of table.rows) {
            total++;
            if (judgeItem(row.cell(item) || `line ${row.line}`, row.cell(mark), row.line, vocab, add))
                passed++;
        }
    }
    for (let n = range.start; n <= range.end; n++) {
        const m = doc.inFence[n - 1] ? null : /^\s*[-*+]\s+\[([ xX])\]\s+(.*)$/.exec(doc.lines[n - 1] ?? '');
        if (!m)
            continue;
        total++;
        if (judgeItem(m[2], `[${m[1]}]`, n, vocab, add))
            passed++;
    }
    if (total === 0)
        add('CHECKLIST_EMPTY', 'unknown', 'The checklist has no items (a table or a task list).');
    return `${passed}/${total} items passed`;
}
function parseTimestamp(m) {
    const [, y, mo, d, h, mi, s] = m;
    const t = new Date(m[0]);
    const ok = !Number.isNaN(t.getTime()) &&
        Number(mo) >= 1 &&
        Number(mo) <= 12 &&
        Number(d) >= 1 &&
        Number(d) <= 31 &&
        Number(h) <= 23 &&
        Number(mi) <= 59 &&
        Number(s ?? 0) <= 59 &&
        Number(y) >= 1970;
    // Date() rolls 2026-02-30 over into March: compare the calendar day it landed on.
    const local = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    return ok && local.getUTCDate() === Number(d) ? t : undefined;
}
function checkSignOff(doc, role, rule, asOf, vocab, add) {
    const range = rule.signOffHeading ? section(doc, rule.signOffHeading) : undefined;
    const r = valueAfterLabel(doc, role, range);
    const artifact = `sign-off: ${role}`;
    if (!r.found) {
        add('SIGNOFF_MISSING', 'unknown', `No "${role}:" sign-off line; add "${role}: <name> — <ISO-8601 timestamp>".`);
        return [artifact, '(missing)', '', ''];
    }
    const rest = r.rest ?? '';
    if (isPlaceholder(rest, vocab)) {
        add('EVIDENCE_PLACEHOLDER', 'fail', `The ${role} sign-off still holds a placeholder; sign it.`, r.line);
        return [artifact, rest, '', ''];
    }
    const ts = TIMESTAMP.exec(rest);
    const name = (ts ? rest.replace(ts[0], '') : rest)
        .replace(/[`*_()[\]]/g, '')
        .replace(/(^|\s)(on|at|signed)(?=\s|$)/gi, ' ')
        .replace(/^[\s,;:|—–-]+|[\s,;:|—–-]+$/g, '')
        .trim();
    if (!name)
        add('SIGNOFF_NAME_MISSING', 'unknown', `The ${role} sign-off has no name; the signer writes it.`, r.line);
    const when = ts ? parseTimestamp(ts) : undefined;
    if (!when) {
        const shown = ts?.[0] ?? DATE_LIKE.exec(rest)?.[0];
        add(shown ? 'SIGNOFF_TIMESTAMP_INVALID' : 'SIGNOFF_TIMESTAMP_MISSING', shown ? 'fail' : 'unknown', `The ${role} sign-off needs an ISO-8601 timestamp with time and zone, e.g. 2026-11-16T09:30:00Z${shown ? `, not "${shown}"` : ''}.`, r.line);
        return [artifact, name || '(no name)', '', ''];
    }
    const age = ageDays(when, asOf);
    if (when.getTime() > asOf.getTime())
        add('SIGNOFF_AFTER_AS_OF', 'fail', `The ${role} sign-off (${ts?.[0]}) is later than ${asOf.toISOString()}.`, r.line);
    else if (rule.maxAgeDays !== undefined && age > rule.maxAgeDays)
        add('SIGNOFF_STALE', 'fail', `The ${role} sign-off is ${age} days old (limit ${rule.maxAgeDays}); sign the checklist again.`, r.line);
    return [artifact, name || '(no name)', dateAndAge(when, age), ''];
}
function checkChecklist(doc, rule, file, asOf, vocab) {
    const findings = [];
    let bucket = [];
    const add = (r, level, message, line) => {
        const f = { rule: r, level, message: `checklist: ${message}`, file, ...(line ? { line } : {}) };
        findings.push(f);
        bucket.push(f);
        return f;
    };
    const rows = [];
    const items = checkItems(doc, rule, vocab, add);
    rows.push({ row: [file, items, '', ''], findings: bucket });
    for (const role of rule.signOffs) {
        bucket = [];
        rows.push({ row: checkSignOff(doc, role, rule, asOf, vocab, add), findings: bucket });
    }
    return { findings, rows };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/lib/policy/yaml-source.ts
// Reads a YAML policy file keeping line numbers, and collects every problem in it with the path of the
// bad key (`evidence[2].table.rows`) and its line, so one run reports them all.

function pathText(path) {
    let out = '';
    for (const p of path)
        out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
    return out || '(top level)';
}
function readYaml(text) {
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    const syntax = doc.errors.map((e) => ({
        at: '(file)',
        message: e.message.split('\n')[0] ?? e.message,
        line: counter.linePos(e.pos[0]).line,
    }));
    const lineOf = (path, key = false) => {
        try {
            if (key && path.length > 0) {
                const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
                if ((0,dist/* isMap */.jh)(parent)) {
                    const pair = parent.items.find((p) => (0,dist/* isPair */.tO)(p) && (0,dist/* isScalar */.jn)(p.key) && p.key.value === path.at(-1));
                    if (pair && (0,dist/* isNode */.Ll)(pair.key) && pair.key.range)
                        return counter.linePos(pair.key.range[0]).line;
                }
            }
            const node = path.length ? doc.getIn(path, true) : doc.contents;
            if ((0,dist/* isNode */.Ll)(node) && node.range)
                return counter.linePos(node.range[0]).line;
        }
        catch {
            // A path through a scalar has no node: fall back to no line rather than fail the report.
        }
        return undefined;
    };
    let data;
    if (syntax.length === 0) {
        try {
            data = doc.toJS({ maxAliasCount: 100 });
        }
        catch (e) {
            syntax.push({ at: '(file)', message: e instanceof Error ? e.message : String(e), line: 1 });
        }
    }
    return { data, syntax, lineOf };
}
/** Collects problems while a parser walks the data. */
class Problems {
    src;
    list = [];
    constructor(src) {
        this.src = src;
    }
    add(path, message, key = false) {
        this.list.push({ at: pathText(path), message, line: this.src?.lineOf(path, key) });
    }
    /** Refuses keys the schema does not know, so a typo never silently turns a check off. */
    knownKeys(obj, path, allowed) {
        for (const k of Object.keys(obj)) {
            if (!allowed.includes(k))
                this.add([...path, k], `unknown key "${k}"; expected one of: ${allowed.join(', ')}`, true);
        }
    }
    str(obj, path, key, required = false) {
        const v = obj[key];
        if (v === undefined || v === null) {
            if (required)
                this.add(path, `"${key}" is required`);
            return undefined;
        }
        if (typeof v !== 'string' || v.trim() === '') {
            this.add([...path, key], `"${key}" must be a non-empty string`);
            return undefined;
        }
        return v.trim();
    }
    strList(obj, path, key) {
        const v = obj[key];
        if (v === undefined || v === null)
            return undefined;
        const list = typeof v === 'string' ? [v] : v;
        if (!Array.isArray(list) || list.some((x) => typeof x !== 'string' || x.trim() === '')) {
            this.add([...path, key], `"${key}" must be a list of non-empty strings`);
            return undefined;
        }
        return list.map((x) => x.trim());
    }
    days(obj, path, key) {
        const v = obj[key];
        if (v === undefined || v === null || v === false)
            return undefined;
        if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 36500) {
            this.add([...path, key], `"${key}" must be a whole number of days (0 to 36500), or false to switch it off`);
            return undefined;
        }
        return v;
    }
    map(v, path) {
        if (v !== null && typeof v === 'object' && !Array.isArray(v))
            return v;
        this.add(path, 'must be a mapping of keys to values');
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/validate-evidence/policy.ts
// The policy file of validate-evidence: which evidence documents must exist, where their status and
// tables are, how old they may be, the review checklist, and the invariants switched on by their keys.
// Every problem is reported with the bad key's path and line; a bad policy never crashes the gate.


/** The required key that stands for every value of the `environment` input (written literally in policies). */
const ENVIRONMENT_KEY = '$' + '{environment}';
const TOP = ['vocabulary', 'max-age-days', 'evidence', 'checklist'];
const DATE_TOKEN = /YYYYMMDD|YYYY-MM-DD/;
function parseVocabulary(p, raw) {
    if (raw === undefined || raw === null)
        return DEFAULT_VOCABULARY;
    const m = p.map(raw, ['vocabulary']);
    if (!m)
        return DEFAULT_VOCABULARY;
    p.knownKeys(m, ['vocabulary'], ['accepted', 'blocked', 'failed', 'placeholders']);
    const pick = (k) => p.strList(m, ['vocabulary'], k) ?? DEFAULT_VOCABULARY[k];
    return {
        accepted: pick('accepted'),
        blocked: pick('blocked'),
        failed: pick('failed'),
        placeholders: pick('placeholders'),
    };
}
function parseStatus(p, raw, at) {
    const m = p.map(raw, at);
    if (!m)
        return undefined;
    p.knownKeys(m, at, ['label', 'heading', 'expect']);
    const label = p.str(m, at, 'label');
    const heading = p.str(m, at, 'heading');
    if ((label === undefined) === (heading === undefined))
        p.add(at, 'give exactly one of "label" or "heading"');
    const expect = p.strList(m, at, 'expect');
    return { label, heading, expect };
}
function parseRows(p, raw, at) {
    if (raw === undefined || raw === null || raw === 'all')
        return { kind: 'all' };
    const m = typeof raw === 'string' ? /^latest-per-(.+)$/.exec(raw.trim()) : null;
    if (m)
        return { kind: 'latest-per', column: m[1].trim() };
    p.add(at, `"rows" must be "all" or "latest-per-<column>", got ${JSON.stringify(raw)}`);
    return { kind: 'all' };
}
function parseTable(p, raw, at) {
    const m = p.map(raw, at);
    if (!m)
        return undefined;
    p.knownKeys(m, at, ['heading', 'rows', 'required-keys', 'result', 'signer', 'check-columns']);
    const rows = parseRows(p, m['rows'], [...at, 'rows']);
    const requiredKeys = p.strList(m, at, 'required-keys') ?? [];
    if (requiredKeys.length && rows.kind !== 'latest-per') {
        p.add([...at, 'required-keys'], '"required-keys" needs rows: latest-per-<column> (the column the keys are in)', true);
    }
    return {
        heading: p.str(m, at, 'heading'),
        rows,
        requiredKeys,
        result: p.str(m, at, 'result'),
        signer: p.str(m, at, 'signer'),
        checkColumns: p.strList(m, at, 'check-columns'),
    };
}
function parseArtifact(p, raw, i) {
    const at = ['evidence', i];
    const m = p.map(raw, at);
    if (!m)
        return undefined;
    p.knownKeys(m, at, ['name', 'file', 'pattern', 'files', 'max-age-days', 'status', 'table']);
    const file = p.str(m, at, 'file');
    const pattern = p.str(m, at, 'pattern');
    const files = p.str(m, at, 'files');
    if ([file, pattern, files].filter((x) => x !== undefined).length !== 1) {
        p.add(at, 'give exactly one of "file", "pattern" or "files"');
    }
    if (pattern !== undefined && (pattern.match(new RegExp(DATE_TOKEN, 'g')) ?? []).length !== 1) {
        p.add([...at, 'pattern'], '"pattern" must hold exactly one date token, YYYYMMDD or YYYY-MM-DD, in the file name');
    }
    else if (pattern !== undefined && DATE_TOKEN.test(pattern.slice(0, pattern.lastIndexOf('/') + 1))) {
        p.add([...at, 'pattern'], 'the date token must be in the file name, not in a folder name');
    }
    for (const [k, v] of [
        ['file', file],
        ['pattern', pattern],
        ['files', files],
    ]) {
        if (v && (v.startsWith('/') || v.split('/').includes('..'))) {
            p.add([...at, k], `"${k}" must be a path inside the repository (no leading / and no ..)`);
        }
    }
    const status = m['status'] === undefined ? undefined : parseStatus(p, m['status'], [...at, 'status']);
    const table = m['table'] === undefined ? undefined : parseTable(p, m['table'], [...at, 'table']);
    if (!status && !table && m['status'] === undefined && m['table'] === undefined) {
        p.add(at, 'say what to check: "status", "table" or both');
    }
    const name = p.str(m, at, 'name') ?? file ?? pattern ?? files ?? `evidence[${i}]`;
    return { name, file, pattern, files, maxAgeDays: p.days(m, at, 'max-age-days'), status, table };
}
function parseChecklist(p, raw) {
    const at = ['checklist'];
    const m = p.map(raw, at);
    if (!m)
        return undefined;
    p.knownKeys(m, at, ['file', 'heading', 'item', 'mark', 'sign-offs', 'sign-off-heading', 'max-age-days']);
    const file = p.str(m, at, 'file', true);
    if (!file)
        return undefined;
    return {
        file,
        heading: p.str(m, at, 'heading'),
        item: p.str(m, at, 'item') ?? 'Item',
        mark: p.str(m, at, 'mark') ?? 'Result',
        signOffs: p.strList(m, at, 'sign-offs') ?? [],
        signOffHeading: p.str(m, at, 'sign-off-heading'),
        maxAgeDays: p.days(m, at, 'max-age-days'),
    };
}
/** Parses policy text; `invariantKeys` are the extra top-level keys the invariants own. */
function parsePolicy(text, invariantKeys) {
    const src = readYaml(text);
    if (src.syntax.length)
        return { problems: src.syntax };
    const p = new Problems(src);
    const data = src.data ?? {};
    const top = p.map(data, []);
    if (!top)
        return { problems: p.list };
    p.knownKeys(top, [], [...TOP, ...invariantKeys]);
    const policy = {
        vocabulary: parseVocabulary(p, top['vocabulary']),
        maxAgeDays: p.days(top, [], 'max-age-days'),
        invariants: {},
        invariantLines: {},
    };
    if (top['evidence'] !== undefined) {
        if (!Array.isArray(top['evidence']))
            p.add(['evidence'], '"evidence" must be a list of artifacts');
        else
            policy.evidence = top['evidence'].flatMap((a, i) => parseArtifact(p, a, i) ?? []);
    }
    if (top['checklist'] !== undefined && top['checklist'] !== null)
        policy.checklist = parseChecklist(p, top['checklist']);
    for (const key of invariantKeys) {
        if (!(key in top))
            continue;
        policy.invariants[key] = top[key];
        policy.invariantLines[key] = src.lineOf([key], true);
    }
    return p.list.length ? { problems: p.list } : { policy, problems: [] };
}

;// CONCATENATED MODULE: ./src/validate-evidence/default-policy.ts
// The built-in policy, used when the repository has no policy file: the common
// docs/operations-artifacts/ convention of capacity, disaster-recovery, security and egress evidence.


const DIR = 'docs/operations-artifacts';
const DEFAULT_EVIDENCE = [
    {
        name: 'capacity-baselines',
        file: `${DIR}/capacity-baselines.md`,
        status: { label: 'Current gate status' },
    },
    {
        name: 'dr-drill',
        pattern: `${DIR}/dr-drill-YYYYMMDD.md`,
        status: { heading: 'Status', expect: ['COMPLETED'] },
    },
    {
        name: 'security-controls-validation',
        file: `${DIR}/security-controls-validation.md`,
        table: { heading: 'Validation Matrix', rows: { kind: 'all' }, requiredKeys: [], result: 'Result' },
    },
    {
        name: 'controller-egress-handoff',
        file: `${DIR}/controller-egress-handoff.md`,
        status: { heading: 'Current Status' },
        table: {
            heading: 'Validation Matrix',
            rows: { kind: 'latest-per', column: 'Environment' },
            requiredKeys: [ENVIRONMENT_KEY],
            result: 'Smoke check result',
            signer: 'Reviewer',
        },
    },
];
function defaultPolicy() {
    return { vocabulary: DEFAULT_VOCABULARY, evidence: DEFAULT_EVIDENCE, invariants: {}, invariantLines: {} };
}

;// CONCATENATED MODULE: ./src/validate-evidence/judge.ts
// The verdict on one value of an evidence document, and the collector of a document's findings,
// shared by the status and table checks.

/** Collects one document's findings; a class, not a closure per document, on this hot path. */
class Out {
    name;
    file;
    findings = [];
    constructor(name, file) {
        this.name = name;
        this.file = file;
    }
    add(rule, level, message, line) {
        const f = { rule, level, message: `${this.name}: ${message}`, file: this.file };
        if (line)
            f.line = line;
        this.findings.push(f);
    }
}
/** The verdict on one value; undefined when it is acceptable. */
function judge(value, vocab, what, expect) {
    const kind = classify(value, vocab);
    // Most values pass: build message parts only for the ones that do not. An expected value is
    // accepted or other, never empty, a placeholder, blocked or failed.
    if (kind === 'accepted' && !expect)
        return undefined;
    if (expect && (kind === 'accepted' || kind === 'other')) {
        const v = normalizeValue(value);
        if (expect.some((e) => normalizeValue(e) === v))
            return undefined;
    }
    const shown = JSON.stringify(value);
    switch (kind) {
        case 'empty':
            return { rule: 'EVIDENCE_VALUE_NOT_FOUND', level: 'unknown', message: `${what} is empty; record the outcome.` };
        case 'placeholder':
            return {
                rule: 'EVIDENCE_PLACEHOLDER',
                level: 'fail',
                message: `${what} is a placeholder (${shown}); fill it in.`,
            };
        case 'blocked':
            return {
                rule: 'EVIDENCE_STATUS_BLOCKED',
                level: 'fail',
                message: `${what} is ${shown}: resolve it before the release goes on.`,
            };
        case 'failed':
            return { rule: 'EVIDENCE_STATUS_FAILED', level: 'fail', message: `${what} is ${shown}: fix and re-run it.` };
        default: {
            const want = (expect ?? vocab.accepted).join(', ');
            return {
                rule: 'EVIDENCE_STATUS_NOT_ACCEPTED',
                level: 'fail',
                message: `${what} is ${shown}, not an accepted value (${want}).`,
            };
        }
    }
}

;// CONCATENATED MODULE: ./src/validate-evidence/table-evidence.ts




/**
 * The rows a rule looks at, by index: all of them (undefined), or the last row per key (later rows
 * supersede earlier ones). Indexes, not row objects: a table read in place makes none (see cellOf).
 */
function selectRows(table, rule, keyCol, ctx, out) {
    if (rule.rows.kind === 'all')
        return undefined;
    const latest = new Map();
    for (let r = 0; r < table.rowCount; r++)
        latest.set(normalizeValue(table.cellOf(r, keyCol)), r);
    const keys = rule.requiredKeys.flatMap((k) => (k === ENVIRONMENT_KEY ? ctx.environments : [k]));
    if (keys.length === 0)
        return [...latest.values()];
    const picked = [];
    for (const key of keys) {
        const row = latest.get(normalizeValue(key));
        if (row !== undefined)
            picked.push(row);
        else
            out.add('EVIDENCE_ROW_MISSING', 'unknown', `No row for ${rule.rows.column} "${key}"; record its evidence in the table.`, table.line);
    }
    return picked;
}
/** How a message names a cell of row r: its column and the row's first non-empty cell. */
function cellName(table, r, i) {
    const row = table.rows[r];
    const label = row.cells.find((c) => c !== '') ?? `line ${row.line}`;
    return `"${table.headers[i]}" of row "${label}"`;
}
/** The verdict of the last value read in one column: rows repeat PASS and the same names row after row. */
class Memo {
    value;
    kind = 'other';
    /** The verdict of cell i of row r. (Comparing the cell in place would spare its string, but measured slower on Node 20.) */
    classify(table, r, i, vocab) {
        const v = table.cellOf(r, i);
        if (v !== this.value) {
            this.value = v;
            this.kind = classify(v, vocab);
        }
        return this.kind;
    }
}
/** Blocked values and placeholders in the checked columns; false when any is found. */
function checkCells(table, r, cols, ctx, out) {
    let ok = true;
    for (let i = 0; i < table.headers.length; i++) {
        if (i === cols.result || i === cols.signer || (cols.check && !cols.check.has(i)))
            continue;
        const kind = classify(table.cellOf(r, i), ctx.vocab);
        if (kind === 'placeholder' || kind === 'blocked' || kind === 'failed') {
            const bad = judge(table.cellOf(r, i), ctx.vocab, cellName(table, r, i));
            out.add(bad.rule, bad.level, bad.message, table.rowLine(r));
            ok = false;
        }
    }
    return ok;
}
/** The result cell must be accepted; false (with a finding) when it is not. */
function checkResult(table, r, i, memo, ctx, out) {
    if (memo.classify(table, r, i, ctx.vocab) === 'accepted')
        return true;
    const v = table.cellOf(r, i);
    const bad = judge(v, ctx.vocab, cellName(table, r, i));
    const rule = bad.rule === 'EVIDENCE_VALUE_NOT_FOUND' ? 'EVIDENCE_RESULT_MISSING' : bad.rule;
    out.add(rule, bad.level, bad.message, table.rowLine(r));
    return false;
}
/** An ASCII letter or digit (a character code, NaN for none): a value that starts with one is never empty once normalised. */
function isWordStart(code) {
    const c = code | 32;
    return (c >= 48 && c <= 57) || (c >= 97 && c <= 122);
}
/**
 * The signer cell must name someone; false (with a finding) when it is empty or a placeholder. In a
 * row that cannot flag (mayFlag), no cell is a placeholder, so a name that starts with a letter or
 * digit needs no classifying: names differ row by row and would miss every memo.
 */
function checkSigner(table, r, i, memo, ctx, out, rowMayFlag) {
    // The first character read in place: the name itself is not needed.
    if (!rowMayFlag && isWordStart(table.cellCodeOf(r, i)))
        return true;
    const kind = memo.classify(table, r, i, ctx.vocab);
    if (kind === 'empty') {
        out.add('EVIDENCE_SIGNER_MISSING', 'unknown', `${cellName(table, r, i)} is empty; name who signed.`, table.rowLine(r));
        return false;
    }
    if (kind !== 'placeholder')
        return true;
    const bad = judge(table.cellOf(r, i), ctx.vocab, cellName(table, r, i));
    out.add(bad.rule, bad.level, bad.message, table.rowLine(r));
    return false;
}
function checkRow(doc, table, r, cols, result, signer, ctx, out, mayFlagRows) {
    let ok = true;
    // One test of the whole row line rules out every placeholder, blocked or failed cell in it.
    let rowMayFlag = false;
    if (mayFlagRows) {
        rowMayFlag = mayFlag(doc.line(table.rowLine(r)), ctx.vocab);
        if (rowMayFlag)
            ok = checkCells(table, r, cols, ctx, out);
    }
    if (cols.result !== undefined && !checkResult(table, r, cols.result, result, ctx, out))
        ok = false;
    const i = cols.signer;
    if (i !== undefined && !checkSigner(table, r, i, signer, ctx, out, rowMayFlag))
        ok = false;
    return ok;
}
/** A named column's index; undefined when no name is given, null (with a finding) when it is missing. */
function columnOf(table, name, rule, out) {
    if (!name)
        return undefined;
    const i = columnIndex(table, name);
    if (i >= 0)
        return i;
    out.add('EVIDENCE_COLUMN_NOT_FOUND', 'unknown', `The table ${whereOf(rule)} has no "${name}" column (it has: ${table.headers.join(', ')}).`, table.line);
    return null;
}
/**
 * The columns a rule reads, found once per header row: the documents one rule covers mostly share a
 * template, so their header rows repeat. Keyed by the rule, which lives as long as its policy.
 */
const columnCache = new WeakMap();
/** The rule's columns in this table, or undefined (with a finding each) when any is missing. */
function columnsOf(table, rule, out) {
    const header = table.head;
    let known = columnCache.get(rule);
    const cached = known?.get(header);
    if (cached)
        return cached;
    const result = columnOf(table, rule.result, rule, out);
    const signer = columnOf(table, rule.signer, rule, out);
    const key = columnOf(table, rule.rows.kind === 'latest-per' ? rule.rows.column : undefined, rule, out);
    let missing = result === null || signer === null || key === null;
    let check;
    if (rule.checkColumns) {
        check = new Set();
        for (const name of rule.checkColumns) {
            const i = columnOf(table, name, rule, out);
            if (i === null)
                missing = true;
            else if (i !== undefined)
                check.add(i);
        }
    }
    if (missing)
        return undefined;
    const cols = { result: result ?? undefined, signer: signer ?? undefined, key: key ?? undefined, check };
    if (!known) {
        known = new Map();
        columnCache.set(rule, known);
    }
    if (known.size < 64)
        known.set(header, cols);
    return cols;
}
/** Where a message says the table is; made only for a message (most tables give none). */
function whereOf(rule) {
    return rule.heading ? `under "${rule.heading}"` : 'in the document';
}
function checkTable(doc, rule, ctx, out) {
    let range;
    if (rule.heading) {
        range = section(doc, rule.heading);
        if (!range) {
            out.add('EVIDENCE_SECTION_NOT_FOUND', 'unknown', `No "${rule.heading}" heading; add it with the table under it.`);
            return '(no table)';
        }
    }
    const table = tableIn(doc, range);
    if (!table) {
        out.add('EVIDENCE_TABLE_NOT_FOUND', 'unknown', `No table ${whereOf(rule)}; add the table.`, range?.start ? range.start - 1 : 1);
        return '(no table)';
    }
    const cols = columnsOf(table, rule, out);
    if (!cols)
        return '(columns missing)';
    if (table.rowCount === 0) {
        out.add('EVIDENCE_TABLE_EMPTY', 'unknown', `The table ${whereOf(rule)} has no rows; record the evidence.`, table.line);
        return '0 rows';
    }
    const picked = selectRows(table, rule, cols.key ?? -1, ctx, out);
    const count = picked ? picked.length : table.rowCount;
    // When no line of the table can flag anything, no row needs its cells classified one by one. One
    // search of the whole document usually says so for all of them at once (a line is part of it; no flag
    // word spans lines); only a document holding a flag word somewhere has its table lines tested.
    const plain = isPlainText(doc.text) || undefined;
    let mayFlagRows = false;
    const anywhere = mayFlag(doc.text, ctx.vocab, plain);
    for (let n = table.line; anywhere && n < table.endLine && !mayFlagRows; n++) {
        mayFlagRows = mayFlag(doc.line(n + 1), ctx.vocab, plain);
    }
    const result = new Memo();
    const signer = new Memo();
    let good = 0;
    for (let k = 0; k < count; k++) {
        if (checkRow(doc, table, picked ? picked[k] : k, cols, result, signer, ctx, out, mayFlagRows))
            good++;
    }
    return `${good}/${count} rows accepted`;
}

;// CONCATENATED MODULE: ./src/validate-evidence/evidence.ts



function checkStatus(doc, rule, ctx, out) {
    let found;
    if (rule.label) {
        const r = valueAfterLabel(doc, rule.label);
        if (!r.found) {
            out.add('EVIDENCE_LABEL_NOT_FOUND', 'unknown', `No line starts with "${rule.label}"; write the status after it.`);
            return '(not found)';
        }
        if (!r.value) {
            out.add('EVIDENCE_VALUE_NOT_FOUND', 'unknown', `"${rule.label}" has no value; write it as \`STATUS\`.`, r.line);
            return '(empty)';
        }
        found = r.value;
    }
    else {
        const heading = rule.heading;
        const s = section(doc, heading);
        if (!s) {
            out.add('EVIDENCE_SECTION_NOT_FOUND', 'unknown', `No "${heading}" heading; add it with the status under it.`);
            return '(not found)';
        }
        found = firstValue(doc, s);
        if (!found) {
            out.add('EVIDENCE_VALUE_NOT_FOUND', 'unknown', `The "${heading}" section is empty; write the status.`, s.heading.line);
            return '(empty)';
        }
    }
    const what = rule.label ? `"${rule.label}"` : `The status under "${rule.heading}"`;
    const bad = judge(found.value, ctx.vocab, what, rule.expect);
    if (bad)
        out.add(bad.rule, bad.level, bad.message, found.line);
    return found.value;
}
function checkEvidence(doc, rule, ctx) {
    const out = new Out(rule.name, ctx.file);
    const status = rule.status ? checkStatus(doc, rule.status, ctx, out) : undefined;
    const table = rule.table ? checkTable(doc, rule.table, ctx, out) : undefined;
    const value = status !== undefined && table !== undefined ? `${status}; ${table}` : (status ?? table ?? '');
    return { findings: out.findings, value };
}

;// CONCATENATED MODULE: ./src/validate-evidence/summary.ts
/** A row's verdict from its own findings: a definite failure outranks an unknown. */
function rowVerdict(findings) {
    // A loop, not two some() closures: this runs once per evidence document.
    let unknown = false;
    for (const f of findings) {
        if (f.level === 'fail')
            return 'FAIL';
        if (f.level === 'unknown')
            unknown = true;
    }
    return unknown ? 'UNKNOWN' : 'PASS';
}
function summaryTable(rows) {
    return { headers: ['Artifact', 'Value found', 'Date (age)', 'Verdict'], rows };
}
function outputsOf(findings, rows, asOf) {
    return {
        'fail-count': String(findings.filter((f) => f.level === 'fail').length),
        'unknown-count': String(findings.filter((f) => f.level === 'unknown').length),
        'artifact-count': String(rows.length),
        'as-of': asOf.toISOString(),
    };
}

;// CONCATENATED MODULE: ./src/validate-evidence/invariants/config.ts
// Small validators for the invariants' policy keys: each error names the key path (`at`) and the
// expected form, so a user can fix the policy file without reading our source.

function invalid(at, expected, got) {
    const shown = got === undefined ? '' : `, got ${JSON.stringify(got)?.slice(0, 80)}`;
    return (0,errors/* userError */.IF)('POLICY_INVALID', `Policy key "${at}" must be ${expected}${shown}.`);
}
function asObject(raw, at, known) {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
        throw invalid(at, 'a mapping', raw);
    const obj = raw;
    for (const key of Object.keys(obj)) {
        // A misspelt key silently ignored would switch a check off: refuse it.
        if (!known.includes(key))
            throw invalid(`${at}.${key}`, `one of the known keys (${known.join(', ')})`);
    }
    return obj;
}
function str(obj, key, at) {
    const v = obj[key];
    if (v === undefined || v === null)
        return undefined;
    if (typeof v === 'number')
        return String(v);
    if (typeof v !== 'string' || v.trim() === '')
        throw invalid(`${at}.${key}`, 'a non-empty string', v);
    return v;
}
function reqStr(obj, key, at) {
    const v = str(obj, key, at);
    if (v === undefined)
        throw invalid(`${at}.${key}`, 'given (a non-empty string)');
    return v;
}
function strList(obj, key, at) {
    const v = obj[key];
    if (v === undefined || v === null)
        return undefined;
    const list = typeof v === 'string' ? [v] : v;
    if (!Array.isArray(list))
        throw invalid(`${at}.${key}`, 'a list of strings', v);
    return list.map((item, i) => {
        if (typeof item === 'number')
            return String(item);
        if (typeof item !== 'string' || item.trim() === '')
            throw invalid(`${at}.${key}[${i}]`, 'a non-empty string', item);
        return item;
    });
}
function asBool(obj, key, at) {
    const v = obj[key];
    if (v === undefined || v === null)
        return undefined;
    if (typeof v !== 'boolean')
        throw invalid(`${at}.${key}`, 'true or false', v);
    return v;
}
function list(obj, key, at) {
    const v = obj[key];
    if (v === undefined || v === null)
        return undefined;
    if (!Array.isArray(v))
        throw invalid(`${at}.${key}`, 'a list', v);
    return v;
}
function wholeNumber(obj, key, at, min, max) {
    const v = obj[key];
    if (v === undefined || v === null)
        return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
        throw invalid(`${at}.${key}`, `a whole number from ${min} to ${max}`, v);
    }
    return v;
}
function oneOf(obj, key, at, allowed) {
    const v = str(obj, key, at);
    if (v !== undefined && !allowed.includes(v))
        throw invalid(`${at}.${key}`, `one of ${allowed.join(', ')}`, v);
    return v;
}
/** A regular expression from the policy, which must capture the value it is meant to find. */
function regex(obj, key, at, groups = 1) {
    const source = str(obj, key, at);
    if (source === undefined)
        return undefined;
    let re;
    try {
        re = new RegExp(source);
    }
    catch (e) {
        throw invalid(`${at}.${key}`, `a valid regular expression (${e.message})`);
    }
    const captures = new RegExp(`${source}|`).exec('').length - 1;
    if (captures < groups)
        throw invalid(`${at}.${key}`, `a regular expression with ${groups} capture group(s)`, source);
    return re;
}
/** A path the policy names must stay inside the repository: the gate reads nothing else. */
function repoPath(value, at) {
    const v = value.replace(/\\/g, '/');
    if (v.startsWith('/') || v.split('/').includes('..'))
        throw invalid(at, 'a path inside the repository', value);
    return v;
}

;// CONCATENATED MODULE: ./src/lib/markdown/anchors.ts
// The anchors GitHub gives a Markdown file, so `#fragment` links can be checked offline. GitHub slugs the
// rendered text of each heading: lowercase, punctuation and symbols removed except `-` and `_`, each
// space turned into `-`, and a repeated slug suffixed -1, -2, ... in document order. Explicit HTML
// anchors (`<a name="x">`, `id="x"`) count too.


// Letters, marks, digits and connector punctuation (`_`) survive; so do space and hyphen.
const DROPPED = /[^\p{L}\p{M}\p{N}\p{Pc} -]/gu;
function slug(text) {
    return text.toLowerCase().replace(DROPPED, '').replace(/ /g, '-');
}
/** Hands out slugs the way GitHub does within one document: a taken slug gets the next free -N suffix. */
class Slugger {
    seen = new Map();
    slug(text) {
        const base = slug(text);
        let result = base;
        let n = this.seen.get(base) ?? 0;
        while (this.seen.has(result)) {
            n += 1;
            result = `${base}-${n}`;
        }
        this.seen.set(base, n);
        this.seen.set(result, 0);
        return result;
    }
}
/**
 * The text GitHub renders for a heading's inline Markdown, as far as the slug can tell: HTML tags and
 * link targets render no text, `_` emphasis markers vanish. Other markup (`*`, `~`, backticks,
 * backslashes) is punctuation the slug drops anyway, so it is left alone. Every step is linear, so a
 * hostile heading cannot stall the check.
 */
function headingText(inline) {
    const text = inline
        .replace(/<[^<>]*>/g, '')
        // Bracket contents exclude `[` as well, which keeps these linear on text full of brackets.
        .replace(/!?\[([^[\]]*)\]\([^()]*\)/g, '$1')
        .replace(/\[([^[\]]*)\]\[[^[\]]*\]/g, '$1')
        .replace(/&amp;/g, '&');
    return stripUnderscoreEmphasis(text).trim();
}
/**
 * Removes `_` runs that open or close emphasis (GFM: never inside a word), pairing closers with the
 * nearest opener; an unpaired `_` stays literal, as `snake_case` and a lone `_` do on GitHub.
 */
function stripUnderscoreEmphasis(text) {
    const runs = [];
    for (const m of text.matchAll(/_+/g)) {
        const start = m.index;
        const end = start + m[0].length;
        const before = text[start - 1] ?? ' ';
        const after = text[end] ?? ' ';
        if (isWordChar(before.charCodeAt(0), before) && isWordChar(after.charCodeAt(0), after))
            continue; // intraword: literal
        runs.push({ start, end, open: !/\s/.test(after), close: !/\s/.test(before) });
    }
    const drop = new Set();
    const openers = [];
    runs.forEach((r, i) => {
        if (r.close && openers.length > 0) {
            drop.add(openers.pop());
            drop.add(i);
        }
        else if (r.open)
            openers.push(i);
    });
    if (drop.size === 0)
        return text;
    let out = '';
    let at = 0;
    runs.forEach((r, i) => {
        if (!drop.has(i))
            return;
        out += text.slice(at, r.start);
        at = r.end;
    });
    return out + text.slice(at);
}
const anchors_ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const HTML_ANCHOR = /<[a-z][^<>]*?\s(?:name|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
/** Headings (ATX and setext, outside fenced code) and explicit anchors of a Markdown text. */
function anchorIndex(markdown) {
    const lines = markdown.split(/\r?\n/);
    const slugger = new Slugger();
    const headings = [];
    const anchors = new Set();
    const inCode = (0,fence/* fenceTracker */.Ug)();
    // YAML front matter is metadata, not text: its closing `---` would otherwise make a setext heading.
    const frontEnd = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
    for (let i = frontEnd + 1; i < lines.length; i++) {
        const line = lines[i];
        if (inCode(line))
            continue;
        if (line.includes('<'))
            for (const m of line.matchAll(HTML_ANCHOR))
                anchors.add(m[1] ?? m[2] ?? m[3] ?? '');
        const atx = anchors_ATX.exec(line);
        let heading;
        if (atx)
            heading = { text: atx[2] ?? '', level: atx[1].length };
        else {
            const next = lines[i + 1];
            const setext = next === undefined ? null : SETEXT.exec(next);
            const isParagraph = line.trim() !== '' && !/^ {4}/.test(line) && !/^\s*([-*+>]|\d+[.)])\s/.test(line);
            if (setext && isParagraph && (setext[1][0] === '=' || line.trim() !== '')) {
                heading = { text: line.trim(), level: setext[1][0] === '=' ? 1 : 2 };
                i++;
            }
        }
        if (!heading)
            continue;
        const anchor = slugger.slug(headingText(heading.text));
        headings.push({ text: heading.text, level: heading.level, line: i + 1 - (atx ? 0 : 1), anchor });
        anchors.add(anchor);
    }
    return { headings, anchors };
}

;// CONCATENATED MODULE: ./src/validate-evidence/invariants/order-sources.ts
// Where a deployment order is written down: a fenced block under a runbook heading, and the steps of
// a workflow. Each source yields the items it names in order, each with its line.


/**
 * The default matcher: the last path segment given to `kubectl apply -k|-f` (so
 * `kubectl apply -k deploy/overlays/prod` names `prod`).
 */
const APPLY_PATTERN = /kubectl\s+apply\b.*?\s(?:-k|-f|--kustomize|--filename)(?:=|\s+)(?:\S*\/)?([^\s/]+)\/?(?:\s|$)/;
/** The first fenced code block in the section under `heading` (matched on its text, any level, any case). */
function fencedBlockUnder(markdown, heading) {
    const wanted = heading
        .replace(/^#+\s*/, '')
        .trim()
        .toLowerCase();
    const { headings } = anchorIndex(markdown);
    const h = headings.find((x) => headingText(x.text).toLowerCase() === wanted);
    if (!h)
        return { ok: false, reason: 'heading' };
    const next = headings.find((x) => x.line > h.line && x.level <= h.level);
    const lines = markdown.split(/\r?\n/);
    const end = next ? next.line - 1 : lines.length;
    let fence;
    const body = [];
    for (let i = h.line; i < end; i++) {
        const text = lines[i];
        const f = /^ {0,3}(`{3,}|~{3,})/.exec(text);
        if (!fence) {
            if (f)
                fence = f[1];
            continue;
        }
        if (f && f[1][0] === fence[0] && f[1].length >= fence.length && text.trim() === f[1]) {
            return { ok: true, lines: body, headingLine: h.line };
        }
        body.push({ text, line: i + 1 });
    }
    // An unclosed fence runs to the end of the document in CommonMark; within the section it still counts.
    return fence ? { ok: true, lines: body, headingLine: h.line } : { ok: false, reason: 'block', headingLine: h.line };
}
/**
 * Items of a runbook block. With a pattern, only matching lines count (the first capture is the item).
 * Without one, a `kubectl apply` line names its path's last segment and any other line is an item
 * itself, minus list markers and trailing comments.
 */
function documentItems(lines, pattern) {
    const out = [];
    for (const { text, line } of lines) {
        const t = text.trim();
        if (t === '' || t.startsWith('#') || t.startsWith('//'))
            continue;
        if (pattern) {
            const m = pattern.exec(t);
            if (m?.[1])
                out.push({ item: m[1].trim(), line });
            continue;
        }
        const apply = APPLY_PATTERN.exec(t);
        const item = apply
            ? apply[1]
            : t
                .replace(/^(?:[-*+]|\d+[.)])\s+/, '')
                .replace(/\s+#.*$/, '')
                .trim();
        if (item)
            out.push({ item, line });
    }
    return out;
}
/**
 * Items of a workflow's steps, jobs in file order (or only `job`). `match: run` tests every line of
 * each `run:` script, `match: name` each step name; the pattern's first capture is the item, and a
 * step name without a pattern is the item itself.
 */
function workflowItems(text, opts) {
    const counter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        return { ok: false, rule: 'yaml', message: e.message.split('\n')[0], line: counter.linePos(e.pos[0]).line };
    }
    const lineOf = (node) => {
        const r = node?.range;
        return r ? counter.linePos(r[0]).line : 1;
    };
    const jobs = doc.get('jobs', true);
    if (!(0,dist/* isMap */.jh)(jobs))
        return { ok: false, rule: 'job', message: 'the workflow has no jobs mapping' };
    const selected = jobs.items.filter((p) => opts.job === undefined || ((0,dist/* isScalar */.jn)(p.key) && p.key.value === opts.job));
    if (selected.length === 0)
        return { ok: false, rule: 'job', message: `the workflow has no job "${opts.job}"` };
    const items = [];
    const pattern = opts.pattern ?? (opts.match === 'run' ? APPLY_PATTERN : undefined);
    for (const pair of selected) {
        const steps = (0,dist/* isMap */.jh)(pair.value) ? pair.value.get('steps', true) : undefined;
        if (!(0,dist/* isSeq */.oP)(steps))
            continue;
        for (const step of steps.items) {
            if (!(0,dist/* isMap */.jh)(step))
                continue;
            const node = step.get(opts.match, true);
            if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string')
                continue;
            items.push(...scalarItems(node, lineOf(node), pattern));
        }
    }
    return { ok: true, items, jobLine: lineOf(selected[0].key) };
}
function scalarItems(node, startLine, pattern) {
    // A block scalar's content starts on the line after its `|` or `>` header.
    const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
    const out = [];
    node.value.split('\n').forEach((text, i) => {
        const line = block ? startLine + 1 + i : startLine;
        if (!pattern) {
            if (text.trim())
                out.push({ item: text.trim(), line });
            return;
        }
        const m = pattern.exec(text);
        if (m?.[1])
            out.push({ item: m[1].trim(), line });
    });
    return out;
}

;// CONCATENATED MODULE: ./src/validate-evidence/invariants/deployment-order.ts
// Deployment order: one canonical order, and every runbook and workflow that states an order states
// that one. A runbook that says "prod, then staging" while the pipeline does the reverse is a release
// hazard, whichever of the two is right.





const deploymentOrder = {
    key: 'deployment-order',
    parse(raw, at) {
        const o = asObject(raw, at, ['order', 'pattern', 'documents', 'workflows']);
        const order = strList(o, 'order', at);
        if (!order || order.length === 0)
            throw invalid(`${at}.order`, 'a non-empty list of deployment steps');
        const shared = regex(o, 'pattern', at);
        const documents = (list(o, 'documents', at) ?? []).map((d, i) => {
            const p = `${at}.documents[${i}]`;
            const x = asObject(d, p, ['file', 'heading', 'pattern']);
            return {
                file: repoPath(reqStr(x, 'file', p), `${p}.file`),
                heading: reqStr(x, 'heading', p),
                pattern: regex(x, 'pattern', p) ?? shared,
            };
        });
        const workflows = (list(o, 'workflows', at) ?? []).map((w, i) => {
            const p = `${at}.workflows[${i}]`;
            const x = asObject(w, p, ['file', 'job', 'match', 'pattern']);
            return {
                file: repoPath(reqStr(x, 'file', p), `${p}.file`),
                job: str(x, 'job', p),
                match: oneOf(x, 'match', p, ['run', 'name']) ?? 'run',
                pattern: regex(x, 'pattern', p) ?? shared,
            };
        });
        if (documents.length + workflows.length === 0) {
            throw invalid(at, 'a mapping naming at least one of documents or workflows to compare with the order');
        }
        const seen = new Set();
        order.forEach((item, i) => {
            if (seen.has(norm(item)))
                throw invalid(`${at}.order[${i}]`, 'listed once (it repeats an earlier step)', item);
            seen.add(norm(item));
        });
        return { order, documents, workflows };
    },
    check: checkOrder,
};
/** Items compare without case and surrounding space: `Prod` in a runbook is `prod` in the pipeline. */
const norm = (s) => s.trim().toLowerCase();
/** A source that could not be read: the order it holds is unknown. */
function sourceUnread(file, failure) {
    return failure.missing
        ? {
            rule: 'DEPLOY_ORDER_SOURCE_MISSING',
            level: 'unknown',
            message: `${file} named in deployment-order does not exist: restore it or fix the policy.`,
            file,
        }
        : {
            rule: 'DEPLOY_ORDER_SOURCE_UNREADABLE',
            level: 'unknown',
            message: `${file} named in deployment-order ${failure.reason}: name the file that holds the order.`,
            file,
        };
}
async function checkOrder(config, ctx) {
    const findings = [];
    const rows = [];
    // Each source reports its findings and, when it could be read, the steps it names in its order.
    const source = (file, read) => {
        const text = (0,read_text/* tryReadRegularFile */.mO)((0,external_node_path_.join)(ctx.repo, file));
        const { findings: found, steps } = typeof text === 'string' ? read(text) : { findings: [sourceUnread(file, text)] };
        findings.push(...found);
        const unread = typeof text === 'string' ? '(not found)' : text.missing ? '(missing)' : '(unreadable)';
        const value = steps ? steps.join(' → ') || '(no steps)' : unread;
        rows.push([`Deployment order in ${file}`, value, '', rowVerdict(found)]);
    };
    for (const doc of config.documents) {
        source(doc.file, (text) => {
            const block = fencedBlockUnder(text, doc.heading);
            if (!block.ok) {
                const message = block.reason === 'heading'
                    ? `no heading "${doc.heading}" in ${doc.file}: add it with the deployment order in a fenced block, or fix the policy.`
                    : `no fenced code block under "${doc.heading}" in ${doc.file}: write the deployment order in one.`;
                const f = { rule: 'DEPLOY_ORDER_NOT_FOUND', level: 'unknown', message, file: doc.file };
                if (block.headingLine)
                    f.line = block.headingLine;
                return { findings: [f] };
            }
            const items = documentItems(block.lines, doc.pattern);
            return { findings: compareOrder(config.order, items, doc.file, block.headingLine, true), steps: names(items) };
        });
    }
    for (const wf of config.workflows) {
        source(wf.file, (text) => {
            const got = workflowItems(text, { job: wf.job, match: wf.match, pattern: wf.pattern });
            if (!got.ok) {
                const yaml = got.rule === 'yaml';
                const f = {
                    rule: yaml ? 'DEPLOY_ORDER_WORKFLOW_INVALID' : 'DEPLOY_ORDER_NOT_FOUND',
                    level: yaml ? 'fail' : 'unknown',
                    message: `${wf.file}: ${got.message}. ${yaml ? 'Fix the workflow YAML.' : 'Fix the workflow or the policy.'}`,
                    file: wf.file,
                    line: got.line,
                };
                return { findings: [f] };
            }
            // Step names are free text: without a pattern, steps not in the order (checkout, login) are not extras.
            const extras = !(wf.match === 'name' && !wf.pattern);
            const known = new Set(config.order.map(norm));
            const items = extras ? got.items : got.items.filter((it) => known.has(norm(it.item)));
            return { findings: compareOrder(config.order, items, wf.file, got.jobLine, extras), steps: names(items) };
        });
    }
    return { findings, rows };
}
const names = (items) => items.map((it) => it.item);
/**
 * Compares the items a source names with the canonical order: unknown items (extras), repeats,
 * items the source lacks, and the first place where the shared items' order diverges.
 */
function compareOrder(order, items, file, anchorLine, reportExtras) {
    const findings = [];
    const fail = (rule, message, line) => ({ rule, level: 'fail', message, file, line });
    const canonical = new Map(order.map((o, i) => [norm(o), i]));
    const firsts = [];
    const seen = new Set();
    for (const it of items) {
        const key = norm(it.item);
        if (!canonical.has(key)) {
            if (reportExtras)
                findings.push(fail('DEPLOY_ORDER_EXTRA', `"${it.item}" is not in the canonical deployment order (${order.join(' → ')}): add it to the policy or remove it here.`, it.line));
            continue;
        }
        if (seen.has(key)) {
            findings.push(fail('DEPLOY_ORDER_DUPLICATE', `"${it.item}" appears more than once: deploy each step once.`, it.line));
            continue;
        }
        seen.add(key);
        firsts.push(it);
    }
    const expected = order.filter((o) => seen.has(norm(o)));
    const at = firsts.findIndex((it, i) => norm(it.item) !== norm(expected[i]));
    if (at !== -1) {
        const it = firsts[at];
        findings.push(fail('DEPLOY_ORDER_MISMATCH', `"${it.item}" comes where the canonical order has "${expected[at]}" (order: ${order.join(' → ')}): reorder the steps.`, it.line));
    }
    for (const o of order) {
        if (!seen.has(norm(o)))
            findings.push(fail('DEPLOY_ORDER_MISSING', `step "${o}" of the canonical deployment order is missing: add it in its place.`, anchorLine));
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/lib/markdown/links.ts
// The link targets a Markdown file holds, with their lines: inline links and images, reference
// definitions and HTML href/src. Code (fenced blocks and inline spans) is skipped: a link shown as
// code is an example, not a link.

// [text](target "title") and ![alt](src); the text may hold one level of brackets, the target one
// level of balanced parentheses (as in wiki-style file names). Nested brackets may not nest again,
// which keeps the scan linear on lines full of `[`.
const INLINE = /!?\[(?:[^[\]]|\[[^[\]]*\])*\]\(\s*(<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
const DEFINITION = /^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/;
const HTML = /<(?:a|img|source)\b[^<>]*?\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
/** How many earlier lines of a paragraph a link's text may start on. */
const WRAP_LINES = 3;
function markdownLinks(markdown) {
    const out = [];
    const inCode = (0,fence/* fenceTracker */.Ug)();
    let comment = false;
    // The paragraph's earlier lines, for link text that wraps: `[see the\nrunbook](runbook.md)`.
    let para = [];
    markdown.split(/\r?\n/).forEach((text, i) => {
        // HTML comments render nothing, so links in them (often commented-out drafts) are not links.
        let raw = text;
        if (comment) {
            const end = raw.indexOf('-->');
            if (end === -1)
                return;
            comment = false;
            raw = raw.slice(end + 3);
        }
        if (raw.includes('<!--')) {
            raw = raw.replace(/<!--.*?-->/g, '');
            const open = raw.indexOf('<!--');
            if (open !== -1) {
                comment = true;
                raw = raw.slice(0, open);
            }
        }
        if (inCode(raw) || raw.trim() === '') {
            para = [];
            return;
        }
        const line = raw.includes('`') ? raw.replace(/(`+)(?:(?!\1).)+?\1/g, '') : raw;
        const push = (t) => {
            if (t === undefined)
                return;
            const target = t.startsWith('<') && t.endsWith('>') ? t.slice(1, -1) : t;
            if (target.trim() !== '')
                out.push({ target: target.trim(), line: i + 1 });
        };
        if (para.length > 0 && line.includes(']('))
            for (const t of wrappedTargets(para, line))
                push(t);
        para.push(line);
        if (para.length > WRAP_LINES)
            para.shift();
        // Most prose lines hold no link: skip them before the costlier expressions run.
        if (!line.includes('](') && !line.includes(']:') && !line.includes('<'))
            return;
        const def = DEFINITION.exec(line);
        if (def)
            push(def[1]);
        for (const m of line.matchAll(INLINE))
            push(m[1]);
        if (line.includes('<'))
            for (const m of line.matchAll(HTML))
                push(m[1] ?? m[2]);
    });
    return out;
}
/**
 * Targets of inline links whose text starts on an earlier line of the paragraph and ends on `line`
 * (a line break inside link text reads as a space); links wholly on one line are found there.
 */
function wrappedTargets(earlier, line) {
    const before = earlier.join(' ');
    const cut = before.length + 1;
    const out = [];
    for (const m of `${before} ${line}`.matchAll(INLINE)) {
        if (m.index < cut && m.index + m[0].length > cut)
            out.push(m[1]);
    }
    return out;
}
/** External targets (a scheme such as https: or mailto:, or a protocol-relative //host) are not ours to check. */
function isExternal(target) {
    return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');
}

;// CONCATENATED MODULE: ./src/validate-evidence/invariants/doc-links.ts
// Doc links: every relative link and #anchor in the repository's Markdown resolves, as GitHub would
// resolve it, so a runbook never sends an operator to a page or section that is not there.








/** Directories never scanned: dependencies and VCS data are not the repository's documentation. */
const SKIP_DIRS = new Set(['node_modules', '.git']);
const docLinks = {
    key: 'doc-links',
    parse(raw, at) {
        // `doc-links: true` switches the check on with the defaults.
        if (raw === true || raw === null)
            return { include: ['**/*.md'], exclude: [] };
        const o = asObject(raw, at, ['include', 'exclude']);
        return { include: strList(o, 'include', at) ?? ['**/*.md'], exclude: strList(o, 'exclude', at) ?? [] };
    },
    check: checkDocLinks,
};
/**
 * What links point at, each path looked up once: thousands of links share a few hundred targets, and
 * a Markdown file already read for its links is not read again for its anchors.
 */
class Targets {
    kinds = new Map();
    anchorSets = new Map();
    texts = new Map();
    kind(abs) {
        if (!this.kinds.has(abs)) {
            const st = (0,read_text/* statFollowing */.si)(abs);
            this.kinds.set(abs, st === undefined || 'reason' in st ? st : st.isDirectory() ? 'dir' : 'file');
        }
        return this.kinds.get(abs);
    }
    /** The anchors of a Markdown file, or why it cannot be read. */
    anchors(abs) {
        let a = this.anchorSets.get(abs);
        if (!a) {
            const text = this.texts.get(abs) ?? (0,read_text/* tryReadRegularFile */.mO)(abs);
            if (typeof text !== 'string')
                return text;
            a = anchorIndex(text).anchors;
            this.anchorSets.set(abs, a);
        }
        return a;
    }
}
async function checkDocLinks(config, ctx) {
    const repo = (0,external_node_path_.resolve)(ctx.repo);
    const findings = [];
    const files = markdownFiles(repo, config, findings);
    const targets = new Targets();
    let checked = 0;
    for (const file of files) {
        const abs = (0,external_node_path_.join)(repo, file);
        const text = (0,read_text/* tryReadUtf8 */.Tz)(abs);
        if (typeof text !== 'string') {
            findings.push(unreadable(file, text.reason));
            continue;
        }
        targets.texts.set(abs, text);
        for (const link of markdownLinks(text)) {
            if (isExternal(link.target))
                continue;
            checked++;
            const f = checkLink(link.target, abs, repo, targets);
            if (f) {
                const message = `Link "${link.target}": ${f.message}`;
                findings.push({
                    rule: f.rule,
                    level: f.rule === UNREADABLE ? 'unknown' : 'fail',
                    message,
                    file,
                    line: link.line,
                });
            }
        }
    }
    const value = `${checked} relative links in ${files.length} Markdown files`;
    return { findings, rows: [['Doc links', value, '', rowVerdict(findings)]] };
}
function checkLink(target, from, repo, targets) {
    const hash = target.indexOf('#');
    const rawPath = (hash === -1 ? target : target.slice(0, hash)).replace(/\?.*$/, '');
    const rawFragment = hash === -1 ? undefined : target.slice(hash + 1);
    let path;
    let fragment;
    try {
        path = decodeURI(rawPath);
        fragment = rawFragment === undefined ? undefined : decodeURIComponent(rawFragment);
    }
    catch {
        return { rule: 'DOC_LINK_BROKEN', message: 'malformed percent-encoding: fix the link.' };
    }
    // GitHub resolves a leading / against the repository root, anything else against the linking file.
    const abs = path === '' ? from : path.startsWith('/') ? (0,external_node_path_.join)(repo, path) : (0,external_node_path_.resolve)((0,external_node_path_.dirname)(from), path);
    const rel = (0,external_node_path_.relative)(repo, abs);
    if (rel.startsWith(`..${external_node_path_.sep}`) || rel === '..') {
        return { rule: 'DOC_LINK_OUTSIDE_REPO', message: 'points outside the repository: link inside it or use a URL.' };
    }
    const kind = targets.kind(abs);
    const shown = rel.split(external_node_path_.sep).join('/');
    if (typeof kind === 'object')
        return { rule: UNREADABLE, message: `${shown} ${kind.reason}, so it is not checked.` };
    if (!kind) {
        return {
            rule: 'DOC_LINK_BROKEN',
            message: `${shown} does not exist: fix the path or restore the file.`,
        };
    }
    if (fragment === undefined || fragment === '' || fragment === 'top')
        return undefined;
    if (kind === 'dir' || !/^\.(md|markdown)$/i.test((0,external_node_path_.extname)(abs)))
        return undefined;
    const known = targets.anchors(abs);
    if (!(known instanceof Set))
        return { rule: UNREADABLE, message: `${shown} ${known.reason}, so the anchor is not checked.` };
    if (known.has(fragment))
        return undefined;
    const near = [...known].find((a) => a.toLowerCase() === fragment.toLowerCase());
    const where = path === '' ? 'this file' : shown;
    return {
        rule: 'DOC_ANCHOR_BROKEN',
        message: `no heading or anchor "#${fragment}" in ${where}${near ? `: did you mean "#${near}"?` : ': fix the anchor or the heading.'}`,
    };
}
/** What could not be read: the links in it, or the link to it, are unknown. */
const UNREADABLE = 'DOC_LINKS_UNREADABLE';
/** A Markdown file or folder the check could not read: its links are unknown. */
function unreadable(file, reason) {
    return {
        rule: UNREADABLE,
        level: 'unknown',
        message: `${file} ${reason}, so its links are not checked: make it readable or exclude it.`,
        file,
    };
}
/**
 * Repository-relative POSIX paths of the Markdown files the policy selects, sorted; a folder that
 * cannot be listed is a finding.
 */
function markdownFiles(repo, config, findings) {
    const include = picomatch_default()(config.include, { dot: true });
    const exclude = config.exclude.length > 0 ? picomatch_default()(config.exclude, { dot: true }) : () => false;
    const out = [];
    const walk = (dir, prefix) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
        }
        catch (e) {
            findings.push(unreadable(prefix || '.', (0,read_text/* readFailure */.f1)(e).reason));
            return;
        }
        for (const entry of entries) {
            const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
            // A symlinked directory is not followed (a link to a parent would never end); a symlinked file
            // counts when its target exists (a dangling or looping link is no document).
            if (entry.isDirectory()) {
                if (!SKIP_DIRS.has(entry.name))
                    walk((0,external_node_path_.join)(dir, entry.name), rel);
            }
            else if (include(rel) && !exclude(rel)) {
                if (entry.isFile()) {
                    out.push(rel);
                    continue;
                }
                const st = (0,read_text/* statFollowing */.si)((0,external_node_path_.join)(dir, entry.name));
                if (st && 'reason' in st)
                    findings.push(unreadable(rel, st.reason));
                else if (st?.isFile())
                    out.push(rel);
            }
        }
    };
    walk(repo, '');
    return out;
}

;// CONCATENATED MODULE: ./src/lib/k8s/image-ref.ts
// Container image references as Kubernetes manifests write them: [registry/]repository[:tag][@digest].
// The grammar follows the distribution project's reference rules; the digest is kept even when it is
// malformed so the caller can say precisely what is wrong with it instead of "unparseable".
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:]+\])(?::\d+)?$/;
/** The first path component is a registry only when it looks like a host: a dot, a port, or localhost. */
function isRegistry(first) {
    return first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase();
}
function parseImageRef(input) {
    const ref = fastImageRef(input);
    return ref ? { ok: true, ref } : parseImageRefByRules(input);
}
/** The reference read by the grammar's regular expressions: the definition the fast path is held to. */
function parseImageRefByRules(input) {
    const text = input.trim();
    if (text === '')
        return { ok: false, reason: 'the image is empty' };
    if (/\s/.test(text))
        return { ok: false, reason: 'an image reference cannot contain spaces' };
    const at = text.indexOf('@');
    const namePart = at === -1 ? text : text.slice(0, at);
    const digest = at === -1 ? undefined : text.slice(at + 1);
    if (digest === '')
        return { ok: false, reason: 'nothing follows "@"' };
    // A tag is the text after the last ':' of the last path component (a ':' before a '/' is a port).
    const slash = namePart.lastIndexOf('/');
    const colon = namePart.lastIndexOf(':');
    const hasTag = colon > slash;
    const name = hasTag ? namePart.slice(0, colon) : namePart;
    const tag = hasTag ? namePart.slice(colon + 1) : undefined;
    if (tag !== undefined && !TAG.test(tag))
        return { ok: false, reason: `"${tag}" is not a valid tag` };
    const parts = name.split('/');
    let registry;
    if (parts.length > 1 && isRegistry(parts[0])) {
        registry = parts.shift();
        if (!HOST.test(registry))
            return { ok: false, reason: `"${registry}" is not a valid registry host` };
    }
    if (parts.length === 0 || parts.some((p) => !COMPONENT.test(p))) {
        return { ok: false, reason: `"${name}" is not a valid repository name (lowercase letters, digits, . _ -)` };
    }
    const ref = { repository: parts.join('/') };
    if (registry)
        ref.registry = registry;
    if (tag !== undefined)
        ref.tag = tag;
    if (digest !== undefined)
        ref.digest = digest;
    return { ok: true, ref };
}
// The fast path: most manifests write `host.name/path[:tag]@sha256:<hex>`, judged once per image of every
// manifest, and the steps above (trim, split, a regular expression per part) cost more than reading the
// file. One expression recognises that shape: a lowercase host with a dot and no port (so certainly a
// registry), components and tag as COMPONENT and TAG, and after `@` only printable ASCII (so nothing to
// trim and no space anywhere). It answers only when the reference certainly parses, with exactly what
// parseImageRefByRules gives; anything else, errors included, is left to the rules. A property test
// holds the two to the same answers.
// A host label as runs of letters and digits joined by dashes: the same labels as HOST's
// `[a-z0-9](?:[a-z0-9-]*[a-z0-9])?`, without stepping back over each label's last character: the
// expression measured about 13% cheaper on Node 24 (which the action runs on), the same on Node 20.
const LABEL = '[a-z0-9]+(?:-+[a-z0-9]+)*';
const PART = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const SHAPE = `^${LABEL}(?:\\.${LABEL})+/${PART}(?:/${PART})*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?`;
const COMMON = new RegExp(`${SHAPE}(?:@[\\x21-\\x7e]+)?$`);
// The same shape pinned by a well-formed digest: what isDigest accepts, after the '@'. The 64 hex digits
// are counted by finding the shape's only '@' 72 characters from the end (a counted repetition in the
// expression was measured slower than the open one).
const AT = 64;
// A lowercase hex digit, written as '0'..'f' without the punctuation and capitals between '9' and 'a':
// the same characters as [a-f0-9], tested as two single ranges that every hex digit answers alike.
// [a-f0-9] is tested digit-or-letter, which a random digest makes unpredictable to the CPU (the class
// ran 2.5 times faster over all-digit digests than over real ones); this form was measured a third
// cheaper over a whole reference on Node 20, a quarter on Node 24.
const HEX_DIGIT = '(?:(?![:-`])[0-f])';
const PINNED = new RegExp(`${SHAPE}@sha256:${HEX_DIGIT}+$`);
/** The reference when it has the common shape (and so certainly parses); undefined leaves it to the rules. */
function fastImageRef(s) {
    return COMMON.test(s) ? commonRef(s) : undefined;
}
/**
 * fastImageRef for a reference of the common shape pinned by a well-formed sha256 digest (isDigest holds
 * for its digest); undefined for anything else. One pass answers both questions for most images.
 */
function pinnedImageRef(s) {
    return s.charCodeAt(s.length - 72) === AT && PINNED.test(s) ? commonRef(s) : undefined;
}
/**
 * Whether judging the reference finds nothing wrong with it: the common shape pinned by a well-formed
 * digest (pinnedImageRef), whose digest is not one repeated character, on a registry whose last label is
 * not one reserved for examples, with no "example" in its name (so neither a reserved `example.com`
 * host nor a placeholder path). No parts are built: nearly every image of a release is like this, and
 * building the parts and asking the placeholder checks measured a third of judging such an image. False
 * only means "judge it fully"; a property test holds it to those functions.
 */
function isCleanPinnedRef(s) {
    const at = s.length - 72;
    if (s.charCodeAt(at) !== AT || !PINNED.test(s))
        return false;
    const hex = at + 8;
    if (s.charCodeAt(hex) === s.charCodeAt(hex + 1) && isPlaceholderDigest(s.slice(at + 1)))
        return false;
    if (endsInReservedLabel(s, s.indexOf('/')))
        return false;
    // "example" needs an 'x', which neither "sha256:" nor hex holds: one character search spares most names
    // the word search.
    const x = s.indexOf('x');
    return x < 0 || x > at || s.lastIndexOf('example', at) < 0;
}
/**
 * Whether the host before `slash` (lowercase, with a dot and no port: the common shape) ends in the
 * label "test" or "invalid". Told by the host's last characters, which spares searching back for its
 * last dot (measured a tenth of isCleanPinnedRef); its last character alone rules out nearly every host.
 */
function endsInReservedLabel(s, slash) {
    const c = s.charCodeAt(slash - 1);
    if (c === 116)
        return slash >= 5 && s.startsWith('.test', slash - 5); // t
    return c === 100 && slash >= 8 && s.startsWith('.invalid', slash - 8); // d
}
/** The parts of a reference of the common shape: its host holds no ':', and before '@' only the tag's does. */
function commonRef(s) {
    const slash = s.indexOf('/');
    const at = s.indexOf('@');
    const nameEnd = at < 0 ? s.length : at;
    const colon = s.indexOf(':');
    const repoEnd = colon >= 0 && colon < nameEnd ? colon : nameEnd;
    const ref = { repository: s.slice(slash + 1, repoEnd), registry: s.slice(0, slash) };
    if (repoEnd < nameEnd)
        ref.tag = s.slice(repoEnd + 1, nameEnd);
    if (at >= 0)
        ref.digest = s.slice(at + 1);
    return ref;
}
/** The reference without tag and digest, as kustomize's `images[].name` matches it. */
function imageName(ref) {
    return ref.registry ? `${ref.registry}/${ref.repository}` : ref.repository;
}
function formatImageRef(ref) {
    return imageName(ref) + (ref.tag !== undefined ? `:${ref.tag}` : '') + (ref.digest ? `@${ref.digest}` : '');
}
/**
 * A digest nobody computed: one repeated hex character (all zeros, all f) is what templates and
 * placeholders hold; a real sha256 essentially never looks like that.
 */
function isPlaceholderDigest(digest) {
    // /^(.)\1*$/ over the hex, by hand: no slice, no regex (judged once per image of every manifest).
    const from = digest.indexOf(':') + 1;
    if (from >= digest.length)
        return false;
    const c = digest.charCodeAt(from);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029)
        return false; // `.` matches no line terminator
    for (let i = from + 1; i < digest.length; i++)
        if (digest.charCodeAt(i) !== c)
            return false;
    return true;
}
// RFC 2606 / RFC 6761 reserve these names for documentation: an image there was never pushed.
const RESERVED_HOST = /(?:^|\.)(?:example\.(?:com|net|org)|example|invalid|test)(?::\d+)?$/i;
/** Why the reference points at a documentation-only registry or path, or undefined when it does not. */
function placeholderRegistryReason(ref, extra = []) {
    if (ref.registry && RESERVED_HOST.test(ref.registry))
        return `registry "${ref.registry}" is reserved for examples`;
    // `/example/` as a directory of the path (not the final image name, which may really be called so).
    // (A directory segment is one with a '/' after it: the same as splitting and dropping the last.)
    // The word holds no '/', so it can only be in the name when it is in the registry or the repository:
    // asking those first spares building the name for nearly every image.
    if (!ref.repository.includes('example') && !ref.registry?.includes('example') && extra.length === 0)
        return undefined;
    const name = imageName(ref);
    if (name.startsWith('example/') || name.includes('/example/'))
        return `path segment "/example/" in "${name}"`;
    for (const p of extra) {
        if (name === p || name.startsWith(p.endsWith('/') ? p : `${p}/`))
            return `"${p}" is listed as a placeholder registry`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/lib/k8s/locate.ts
// kustomize output carries no source positions, yet a finding is only useful with a file and line.
// This finds where a rendered image was most likely written: the `images:` override of the nearest
// kustomization that produces it (that is what set the rendered value), else the workload file's
// `image:` line.




const KUSTOMIZATIONS = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/** Keys of a kustomization whose entries are local files or directories. */
const REFERENCE_KEYS = ['resources', 'bases', 'components', 'patchesStrategicMerge'];
/** The sources of one kustomization tree, read once and asked about many images. */
class KustomizeSources {
    /** Overrides in visiting order: the overlay's before its bases'. */
    overrides = [];
    resources = [];
    seen = new Set();
    constructor(kustomization) {
        this.visit(kustomization);
    }
    locate(image, aspect = 'digest') {
        const parsed = parseImageRef(image);
        const name = parsed.ok ? imageName(parsed.ref) : image;
        const o = this.overrides.find((x) => x.produces === name);
        if (o) {
            const l = o.lines;
            const line = aspect === 'digest' ? (l.digest ?? l.newTag ?? l.newName ?? l.name) : (l.newName ?? l.name);
            if (line)
                return { file: o.file, line };
        }
        const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        const imageLine = new RegExp(`^\\s*-?\\s*["']?image["']?\\s*:\\s*["']?${esc}(?=[\\s"'@:]|$)`);
        for (const r of this.resources) {
            const i = r.lines.findIndex((l) => imageLine.test(l));
            if (i !== -1)
                return { file: r.file, line: i + 1 };
        }
        return undefined;
    }
    visit(file) {
        if (this.seen.has(file))
            return;
        this.seen.add(file);
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        catch {
            return; // kustomize itself reports an unreadable kustomization; here it only means fewer places to look
        }
        const counter = new dist/* LineCounter */.HN();
        const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: counter });
        if (doc.errors.length > 0 || !(0,dist/* isMap */.jh)(doc.contents))
            return;
        const lineOf = (n) => {
            const r = n?.range;
            return r ? counter.linePos(r[0]).line : undefined;
        };
        const images = doc.contents.get('images', true);
        if ((0,dist/* isSeq */.oP)(images)) {
            for (const entry of images.items) {
                if (!(0,dist/* isMap */.jh)(entry))
                    continue;
                const str = (k) => {
                    const v = entry.get(k, true);
                    return (0,dist/* isScalar */.jn)(v) ? { value: String(v.value), line: lineOf(v) } : undefined;
                };
                const [name, newName, newTag, digest] = ['name', 'newName', 'newTag', 'digest'].map(str);
                const produces = newName?.value ?? name?.value;
                if (!produces)
                    continue;
                const lines = { name: name?.line, newName: newName?.line, newTag: newTag?.line, digest: digest?.line };
                this.overrides.push({ file, produces, lines });
            }
        }
        for (const key of REFERENCE_KEYS) {
            const list = doc.contents.get(key);
            if (!(0,dist/* isSeq */.oP)(list))
                continue;
            for (const item of list.items) {
                const entry = (0,dist/* isScalar */.jn)(item) ? item.value : undefined;
                if (typeof entry !== 'string' || /^[a-z]+:\/\//i.test(entry) || entry.includes('?'))
                    continue;
                this.reference((0,external_node_path_.resolve)((0,external_node_path_.dirname)(file), entry));
            }
        }
    }
    reference(p) {
        if (!(0,external_node_fs_.existsSync)(p))
            return;
        if ((0,external_node_fs_.statSync)(p).isDirectory()) {
            const k = KUSTOMIZATIONS.map((n) => (0,external_node_path_.join)(p, n)).find((c) => (0,external_node_fs_.existsSync)(c));
            if (k)
                this.visit(k);
        }
        else if (!this.seen.has(p)) {
            this.seen.add(p);
            this.resources.push({ file: p, lines: (0,external_node_fs_.readFileSync)(p, 'utf8').split('\n') });
        }
    }
}

;// CONCATENATED MODULE: ./src/lib/k8s/kinds.ts
// The workload kinds that carry container images, and where their pod spec sits. Shared by the full
// YAML reader and the fast scanner so both walk exactly the same paths.
/**
 * Where the pod spec sits in each workload kind (kinds without a pod template carry no images). A Map,
 * so only these kinds are found (`kind: toString` is no workload) with one lookup: measured cheaper
 * than an own-property test and a read on an object.
 */
const TEMPLATE = ['spec', 'template', 'spec'];
const POD_SPEC = new Map([
    ['Pod', ['spec']],
    ['Deployment', TEMPLATE],
    ['StatefulSet', TEMPLATE],
    ['DaemonSet', TEMPLATE],
    ['ReplicaSet', TEMPLATE],
    ['ReplicationController', TEMPLATE],
    ['Job', TEMPLATE],
    ['CronJob', ['spec', 'jobTemplate', 'spec', 'template', 'spec']],
]);
const CONTAINER_LISTS = [
    ['initContainers', true],
    ['containers', false],
];
/** Every pod-spec path some kind uses, each once: where the fast scanner keeps what it reads. */
const POD_SPEC_PATHS = [...new Set(POD_SPEC.values())];
/** The pod-spec path of a workload kind. */
function podSpecPath(kind) {
    return POD_SPEC.get(kind);
}

;// CONCATENATED MODULE: ./src/lib/k8s/scan-nodes.ts
// The small YAML tree the fast manifest scanner's flow reader builds for a flow collection where images
// are read (scan-flow.ts; block style is never built as a tree, see scan-reader.ts), and the character
// rules and key stack the scanner's readers share. Only what is read with certainty ever becomes a node.
/**
 * Whether a plain scalar (the `len` characters of s at k, by default all of s) is one the core schema
 * reads as a boolean or null rather than a string: true, false or null, all lowercase, capitalised or
 * all uppercase. Compared in place, word by word after the length and first letter, which was measured
 * cheaper than a regular expression (keys such as `name` reach here on every container).
 */
function isBoolOrNull(s, k = 0, len = s.length) {
    if (len !== 4 && len !== 5)
        return false;
    // The second letter sets most keys apart (`name` from `null`) before any word is compared.
    const c = s.charCodeAt(k);
    const d = s.charCodeAt(k + 1) | 32;
    if (len === 4) {
        if (c === 116 || c === 84)
            return d === 114 && (s.startsWith('true', k) || s.startsWith('True', k) || s.startsWith('TRUE', k));
        return ((c === 110 || c === 78) &&
            d === 117 &&
            (s.startsWith('null', k) || s.startsWith('Null', k) || s.startsWith('NULL', k)));
    }
    return ((c === 102 || c === 70) &&
        d === 97 &&
        (s.startsWith('false', k) || s.startsWith('False', k) || s.startsWith('FALSE', k)));
}
/** The value of `key`: a loop over the keys (the even places), measured cheaper than indexOf here. */
function get(map, key) {
    const e = map.entries;
    for (let i = 0; i < e.length; i += 2)
        if (e[i] === key)
            return e[i + 1];
    return undefined;
}
function add(map, key, value) {
    map.entries.push(key, value);
}
function newMap() {
    return { t: 'map', entries: [] };
}
/**
 * The keys of the open mappings, each as its start and length in the text, so a duplicate is found
 * without cutting keys out as strings. A mapping's keys follow those of the mappings around it, and
 * are dropped when it closes.
 */
class KeyStack {
    keys = [];
    top = 0;
    /** Where the next mapping's keys start. */
    get mark() {
        return this.top;
    }
    /** Drops the keys from `mark` on (the mapping that started there has closed). */
    release(mark) {
        this.top = mark;
    }
    /** Adds the key at k, `len` long, to the mapping whose keys start at `mark`; false if it has it already. */
    add(s, mark, k, len) {
        const keys = this.keys;
        for (let i = mark; i < this.top; i += 2)
            if (keys[i + 1] === len && scan_nodes_sameText(s, keys[i], k, len))
                return false;
        keys[this.top++] = k;
        keys[this.top++] = len;
        return true;
    }
}
function scan_nodes_sameText(s, a, b, len) {
    for (let i = 0; i < len; i++)
        if (s.charCodeAt(a + i) !== s.charCodeAt(b + i))
            return false;
    return true;
}
const SPACE = 32;
const HASH = 35;
const scan_nodes_DASH = 45;
const scan_nodes_COLON = 58;
// Character classes as lookup tables: the scanner asks them for nearly every key character.
const KEY_START = new Uint8Array(128);
const KEY_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
    KEY_START[c] = +((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95);
    KEY_CHAR[c] = +(KEY_START[c] === 1 || (c >= 48 && c <= 57) || c === 46 || c === 47 || c === scan_nodes_DASH);
}
/** Letters and `_` (NaN, past the end of the text, is none). */
function isKeyStart(c) {
    return KEY_START[c] === 1;
}
/** Key characters: letters, digits, `_ . / -`. */
function isKeyChar(c) {
    return KEY_CHAR[c] === 1;
}
/**
 * True when only spaces, then nothing or a comment, follow position j up to the line's end (a comment
 * needs a space before it).
 */
function restIsEmpty(text, j, end) {
    const start = j;
    while (text.charCodeAt(j) === SPACE)
        j++;
    return j >= end || (text.charCodeAt(j) === HASH && j > start);
}
/**
 * Whether a plain scalar is certainly the string it spells: core-schema numbers, infinities and NaN
 * all start with a digit, sign, dot or tilde and never hold a slash (image names often do), and
 * booleans and nulls are a few words.
 */
function plainIsString(value) {
    const first = value.charCodeAt(0);
    const numeric = (first >= 48 && first <= 57) || first === 43 || first === scan_nodes_DASH || first === 46 || first === 126;
    return !(numeric && !value.includes('/')) && !isBoolOrNull(value);
}
// Characters whose presence anywhere makes a certain reading harder than it is worth: tabs, CR,
// control and format characters, BOM, non-characters, line separators. (Global: searched from a
// position, see hasUnsafe.)
const UNSAFE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g;
// Lines of printable ASCII, what nearly every manifest is made of: matched from the start (sticky)
// as far as they go, never failing.
const PLAIN_TEXT = /[ -~]*(?:\n[ -~]*)*/y;
/**
 * Whether the text holds an UNSAFE character. Printable ASCII and newlines are passed over first by
 * PLAIN_TEXT: one tight loop per line, measured a third cheaper (Node 20; nearly half on Node 24)
 * than searching for UNSAFE from every position. Only a text with other characters is searched, from
 * the first of them on.
 */
function hasUnsafe(text) {
    PLAIN_TEXT.lastIndex = 0;
    PLAIN_TEXT.test(text);
    if (PLAIN_TEXT.lastIndex === text.length)
        return false;
    UNSAFE.lastIndex = PLAIN_TEXT.lastIndex;
    return UNSAFE.test(text);
}

;// CONCATENATED MODULE: ./src/lib/k8s/scan-places.ts
// The places of a manifest the fast scanner keeps what it reads from: the paths of keys from the root
// that the images are read along (kind, metadata.name, each pod-spec path and its container lists), as a
// small tree built from kinds.ts. Everything elsewhere in a document is only checked, never kept: most
// keys of a manifest (labels, env, resources, ports) lie off these paths.

const MAP = Symbol('mapping');
const SEQ = Symbol('sequence');
/** A scalar that is not certainly a string: a number, boolean, null, nothing at all. */
const OTHER = Symbol('other scalar');
let slots = 0;
function place(slot = slots++) {
    return { slot, keys: [], kids: [], item: undefined, line: false };
}
/** The place of `key` under p, made when missing. */
function kid(p, key, make = place) {
    const i = p.keys.indexOf(key);
    if (i >= 0)
        return p.kids[i];
    const k = make();
    p.keys.push(key);
    p.kids.push(k);
    return k;
}
/**
 * Each container is held in a record of RECORD slots appended to its document's slots: the slot of its
 * list, the item itself (MAP when it is a mapping), its name, its image and the image's line; AT says
 * where each is in the record.
 */
const scan_places_AT = { list: 0, item: 1, name: 2, image: 3, line: 4 };
const RECORD = 5;
const CONTAINER = place(scan_places_AT.item);
kid(CONTAINER, 'name', () => place(scan_places_AT.name));
kid(CONTAINER, 'image', () => place(scan_places_AT.image)).line = true; // so its line is at AT.line
/** Where nothing is kept: every key and item below it is only checked. */
const OFF = place(-1);
const ROOT = place();
const KIND = kid(ROOT, 'kind');
const METADATA = kid(ROOT, 'metadata');
const NAME = kid(METADATA, 'name');
for (const path of POD_SPEC_PATHS) {
    let spec = ROOT;
    for (const key of path)
        spec = kid(spec, key);
    for (const [list] of CONTAINER_LISTS)
        kid(spec, list).item = CONTAINER;
}
/** How many slots a document has before its records. */
const SLOTS = slots;
/** The place of `key` under p, which must be one the tree above has. */
function child(p, key) {
    return p.kids[p.keys.indexOf(key)];
}

;// CONCATENATED MODULE: ./src/lib/k8s/scan-flow.ts
// One-line flow collections as manifests write them (`labels: {app: api}`, `ports: [{containerPort:
// 80}]`, `args: []`), for the fast manifest scanner. Only a strict subset is read: keys as in block
// style followed by `: `, values that are nested collections, quoted strings without escapes, or
// plain words of [A-Za-z0-9_./@+-] with inner colons (no spaces); no trailing comma, no duplicate key, the
// closing bracket on the same line. Anything else is undefined and the full parser decides.
//
// Most flow collections lie where no image is read (labels, ports, resources): those are only checked,
// in place, and no node or string is made of them.

const OPEN_MAP = 123;
const CLOSE_MAP = 125;
const OPEN_SEQ = 91;
const CLOSE_SEQ = 93;
const COMMA = 44;
/** What a collection that is only checked reads as: any node, never looked into. */
const CHECKED = { t: 'scalar', value: undefined, line: 0 };
function scan_flow_isWordChar(c) {
    return isKeyChar(c) || c === 64 || c === 43; // key characters plus @ and +
}
/** Reads flow collections, one at a time; one reader serves a whole scan. */
class FlowReader {
    keys;
    text = '';
    /** Position in the text, advanced by the readers below. */
    i = 0;
    /** Where the line ends (its newline or the text's end). */
    end = 0;
    lineNo = 0;
    /** Whether nodes are made; when not, every value reads as CHECKED. */
    keep = false;
    constructor(keys) {
        this.keys = keys;
    }
    /**
     * The flow collection starting at k (`{` or `[`), which must end the line (bar a comment); `text` is
     * the whole text and `end` the position of the line's end in it. With `keep` false it is only
     * checked, and CHECKED stands for it.
     */
    read(text, k, end, lineNo, keep) {
        this.text = text;
        this.i = k;
        this.end = end;
        this.lineNo = lineNo;
        this.keep = keep;
        const v = this.node(0);
        return v && restIsEmpty(text, this.i, end) ? v : undefined;
    }
    skip() {
        while (this.text.charCodeAt(this.i) === SPACE)
            this.i++;
        return this.text.charCodeAt(this.i);
    }
    node(depth) {
        if (depth > 32)
            return undefined;
        const c = this.text.charCodeAt(this.i);
        if (c === OPEN_MAP)
            return this.map(depth);
        if (c === OPEN_SEQ)
            return this.seq(depth);
        if (c === 34 || c === 39)
            return this.quoted(c);
        return this.word();
    }
    quoted(q) {
        const text = this.text;
        const close = text.indexOf(q === 34 ? '"' : "'", this.i + 1);
        if (close < 0 || close >= this.end)
            return undefined;
        // Escapes (`\` in double quotes) and doubled single quotes are left to the parser.
        if (q === 34)
            for (let j = this.i + 1; j < close; j++)
                if (text.charCodeAt(j) === 92)
                    return undefined;
        if (q === 39 && text.charCodeAt(close + 1) === 39)
            return undefined;
        const start = this.i + 1;
        this.i = close + 1;
        return this.keep ? { t: 'scalar', value: text.slice(start, close), line: this.lineNo } : CHECKED;
    }
    word() {
        const text = this.text;
        const start = this.i;
        const c = text.charCodeAt(start);
        // `-` may only start a word when a word character follows (`- x` is a block sequence).
        if (!(isKeyStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 47 || c === scan_nodes_DASH))
            return undefined;
        let j = start + 1;
        // A colon inside a word (`nginx:1.25`, `@sha256:...`) is part of it; before a space or bracket it is not.
        while (j < this.end) {
            const d = text.charCodeAt(j);
            if (scan_flow_isWordChar(d) || (d === scan_nodes_COLON && scan_flow_isWordChar(text.charCodeAt(j + 1))))
                j++;
            else
                break;
        }
        if (c === scan_nodes_DASH && j === start + 1)
            return undefined;
        this.i = j;
        if (!this.keep)
            return CHECKED;
        const value = text.slice(start, j);
        return { t: 'scalar', value: plainIsString(value) ? value : undefined, line: this.lineNo };
    }
    /** After an entry: `,` and another entry, or the closing bracket. Undefined on anything else. */
    next(close) {
        const c = this.skip();
        if (c === close) {
            this.i++;
            return 'end';
        }
        if (c !== COMMA)
            return undefined;
        this.i++;
        const d = this.skip();
        return d === close || d === COMMA ? undefined : 'more'; // a trailing or doubled comma: the parser decides
    }
    map(depth) {
        const m = this.keep ? newMap() : undefined;
        const mark = this.keys.mark;
        const v = this.entries(m, mark, depth);
        this.keys.release(mark);
        return v === undefined ? undefined : (m ?? CHECKED);
    }
    /** The entries of a mapping (its `{` at i), added to m when nodes are kept; undefined when not read. */
    entries(m, mark, depth) {
        const text = this.text;
        this.i++;
        if (this.skip() === CLOSE_MAP) {
            this.i++;
            return true;
        }
        for (;;) {
            const start = this.i;
            if (!isKeyStart(text.charCodeAt(start)))
                return undefined;
            let j = start + 1;
            while (j < this.end && isKeyChar(text.charCodeAt(j)))
                j++;
            if (text.charCodeAt(j) !== scan_nodes_COLON || text.charCodeAt(j + 1) !== SPACE)
                return undefined;
            if (isBoolOrNull(text, start, j - start) || !this.keys.add(text, mark, start, j - start))
                return undefined;
            this.i = j + 1;
            this.skip();
            const v = this.node(depth + 1);
            if (!v)
                return undefined;
            if (m)
                add(m, text.slice(start, j), v);
            const after = this.next(CLOSE_MAP);
            if (after !== 'more')
                return after === 'end' ? true : undefined;
        }
    }
    seq(depth) {
        const s = this.keep ? { t: 'seq', items: [] } : undefined;
        this.i++;
        if (this.skip() === CLOSE_SEQ) {
            this.i++;
            return s ?? CHECKED;
        }
        for (;;) {
            const v = this.node(depth + 1);
            if (!v)
                return undefined;
            s?.items.push(v);
            const after = this.next(CLOSE_SEQ);
            if (after !== 'more')
                return after === 'end' ? (s ?? CHECKED) : undefined;
        }
    }
}

;// CONCATENATED MODULE: ./src/lib/k8s/scan-scalar.ts
// One-line keys and scalars for the fast manifest scanner (scan.ts). Every reader here works on the
// whole text with absolute positions and the position `end` where the current line ends (its newline,
// or the text's end): no line is cut out as a string of its own, and reading one character past a line
// gives the newline (or NaN), which no rule below accepts. A scalar is checked in place and cut out as
// a string only where the scanner keeps it.



// Characters that cannot start a plain scalar (or start a construct this scanner leaves to the parser),
// as a lookup table: asked once per value, where a Set's hashing was a measured cost.
const BAD_START = new Uint8Array(128);
for (const c of ',[]{}#&*!|>%@`?:')
    BAD_START[c.charCodeAt(0)] = 1;
/** The end of a plain key at k when a `key:` entry starts there, else -1. */
function keyEnd(s, k, end) {
    if (!isKeyStart(s.charCodeAt(k)))
        return -1;
    let j = k + 1;
    while (j < end && isKeyChar(s.charCodeAt(j)))
        j++;
    if (s.charCodeAt(j) !== scan_nodes_COLON)
        return -1;
    return j + 1 === end || s.charCodeAt(j + 1) === SPACE ? j : -1;
}
/**
 * Where the text holds `what` next, kept across calls that ask from ever later positions: searching
 * each value with indexOf would run on to the text's end whenever the rest of its line has none.
 */
class Seeker {
    what;
    s = '';
    at = -1;
    constructor(what) {
        this.what = what;
    }
    /** Starts over on a new text. */
    reset(s) {
        this.s = s;
        this.at = -1;
    }
    /** The first `what` at or after k, or the text's length when there is none. */
    from(k) {
        if (this.at < k) {
            const at = this.s.indexOf(this.what, k);
            this.at = at < 0 ? this.s.length : at;
        }
        return this.at;
    }
}
/** The searches a text's scalars need, each kept across the text's lines (reset for each text). */
class Seekers {
    hashes = new Seeker('#');
    colons = new Seeker(': ');
    reset(s) {
        this.hashes.reset(s);
        this.colons.reset(s);
    }
    /** Where ` #` (a comment) starts in [k, end), or -1: what `line.indexOf(' #', k)` gives on the line. */
    comment(s, k, end) {
        let h = this.hashes.from(k);
        while (h < end && !(h > k && s.charCodeAt(h - 1) === SPACE))
            h = this.hashes.from(h + 1);
        return h < end ? h - 1 : -1;
    }
    /** Whether `: ` occurs within [k, e). */
    colonSpace(k, e) {
        return this.colons.from(k) + 2 <= e;
    }
}
/** indexOf within the line: -1 when `what` is not found before `end`. */
function find(s, what, from, end) {
    const at = s.indexOf(what, from);
    return at < 0 || at + what.length > end ? -1 : at;
}
/**
 * A one-line scalar starting at k: what a slot holds of it, where `keep` says the value is wanted
 * (otherwise OTHER stands for any scalar read with certainty); undefined when it is not one this
 * scanner reads with certainty.
 */
function scalar(s, k, end, seek, keep) {
    const c = s.charCodeAt(k);
    if (c === 34) {
        const close = find(s, '"', k + 1, end);
        if (close < 0)
            return undefined;
        for (let j = k + 1; j < close; j++)
            if (s.charCodeAt(j) === 92)
                return undefined; // escapes: the parser's
        if (!restIsEmpty(s, close + 1, end))
            return undefined;
        return keep ? s.slice(k + 1, close) : OTHER;
    }
    if (c === 39)
        return singleQuoted(s, k, end, keep);
    if (BAD_START[c] === 1 || (c === scan_nodes_DASH && (k + 1 === end || s.charCodeAt(k + 1) === SPACE)))
        return undefined;
    const hash = seek.comment(s, k, end);
    // The value ends before the spaces that end the line (s[k] is no space, so it is never empty).
    let e = hash < 0 ? end : hash;
    while (s.charCodeAt(e - 1) === SPACE)
        e--;
    // YAML ends a plain value at spaces, not at other white space (no-break, ideographic spaces), which
    // trimming would also drop: such a value is left to the parser.
    if (isSpace(s.charCodeAt(e - 1)))
        return undefined;
    // `a: b: c` and `a: b:` are errors (or keys) to a YAML parser, never a plain value.
    if (s.charCodeAt(e - 1) === scan_nodes_COLON)
        return undefined;
    if (!keep)
        return seek.colonSpace(k, e) ? undefined : OTHER;
    // A kept value is cut out anyway, and searching it was measured cheaper than seeking in the text.
    const value = s.slice(k, e);
    if (value.includes(': '))
        return undefined;
    return plainIsString(value) ? value : OTHER;
}
/** A single-quoted scalar at k, where `''` stands for one quote. */
function singleQuoted(s, k, end, keep) {
    let value = '';
    let j = k + 1;
    for (;;) {
        const q = find(s, "'", j, end);
        if (q < 0)
            return undefined;
        const doubled = s.charCodeAt(q + 1) === 39;
        if (keep)
            value += s.slice(j, doubled ? q + 1 : q);
        j = doubled ? q + 2 : q + 1;
        if (!doubled)
            break;
    }
    return restIsEmpty(s, j, end) ? (keep ? value : OTHER) : undefined;
}

;// CONCATENATED MODULE: ./src/lib/k8s/scan-reader.ts
// The line reader of the fast manifest scanner (scan.ts): block mappings and sequences by their
// indentation, one line at a time. Every line is checked for what would make the full parser read it
// differently or fail; only what sits on the places the images are read from (scan-places.ts) is kept.
// Its working arrays and frames are reused from document to document and file to file.




/** Reads one document's lines at a time; false as soon as a line is outside the subset. */
class DocReader {
    /** What each place holds (SLOTS of them), then the containers' records; `top` is the end in use. */
    held = new Array(SLOTS);
    top = SLOTS;
    frames = [];
    depth = 0;
    /** The keys of the open mappings, for the duplicate test: keys are never cut out as strings. */
    keys = new KeyStack();
    flow = new FlowReader(this.keys);
    /** Set when the last `key:` or `-` had nothing after it: its value is the block that follows, or null. */
    pending = false;
    /** Where that block will be, and the slot that says what it is (-1: not kept). */
    pendingPlace = OFF;
    pendingAt = -1;
    pendingBase = 0;
    seek = new Seekers();
    /** Ready for the next document. */
    reset() {
        for (let i = 0; i < SLOTS; i++)
            this.held[i] = undefined;
        this.top = SLOTS;
        this.depth = 0;
        this.keys.release(0);
        this.pending = false;
    }
    get hasRoot() {
        return this.depth > 0;
    }
    /** The line from `start` to `end`, whose first non-space character is at k (its indentation is k - start). */
    line(s, start, k, end, lineNo) {
        const indent = k - start;
        const item = s.charCodeAt(k) === scan_nodes_DASH && (k + 1 === end || s.charCodeAt(k + 1) === SPACE);
        if (this.pending) {
            this.pending = false;
            const p = this.frames[this.depth - 1];
            // A sequence may sit at its key's own column (`containers:` then `- name: a`), a mapping may not.
            if (indent > p.indent || (item && indent === p.indent && !p.seq)) {
                if (this.pendingAt >= 0)
                    this.held[this.pendingAt] = item ? SEQ : MAP;
                this.push(indent, item, this.pendingPlace, this.pendingBase);
            }
        }
        if (this.depth === 0) {
            if (item)
                return false; // a top-level list is no Kubernetes object; leave it to the parser
            this.push(indent, false, ROOT, 0);
        }
        let top = this.frames[this.depth - 1];
        while (top.indent > indent || (top.indent === indent && top.seq && !item)) {
            if (this.depth === 1)
                return false;
            this.keys.release(top.keys);
            this.depth--;
            top = this.frames[this.depth - 1];
        }
        if (top.indent !== indent)
            return false;
        if (top.seq)
            return item && this.item(top, s, start, k, end, lineNo);
        return !item && this.entry(top, s, k, keyEnd(s, k, end), end, lineNo);
    }
    push(indent, seq, place, base) {
        let f = this.frames[this.depth];
        if (f === undefined) {
            f = { indent, seq, place, base, keys: this.keys.mark };
            this.frames.push(f);
        }
        else {
            f.indent = indent;
            f.seq = seq;
            f.place = place;
            f.base = base;
            f.keys = this.keys.mark;
        }
        this.depth++;
        return f;
    }
    /** The entry whose key runs from k to keyAt (-1: the line holds no `key:`). */
    entry(f, s, k, keyAt, end, lineNo) {
        const len = keyAt - k;
        if (keyAt < 0 || len > 1000)
            return false;
        // Duplicate keys are the parser's error to report.
        if (isBoolOrNull(s, k, len) || !this.keys.add(s, f.keys, k, len))
            return false;
        const i = keyIndex(f.place, s, k, len);
        const place = i < 0 ? OFF : f.place.kids[i];
        const at = i < 0 ? -1 : f.base + place.slot;
        let j = keyAt + 1;
        while (s.charCodeAt(j) === SPACE)
            j++;
        if (j < end && s.charCodeAt(j) !== HASH)
            return this.value(s, j, end, lineNo, place, at, f.base);
        this.expect(place, at, f.base);
        return true;
    }
    item(f, s, start, dash, end, lineNo) {
        let k = dash + 1;
        while (s.charCodeAt(k) === SPACE)
            k++;
        // On a container list each item gets a record; the items of any other sequence are only checked.
        const place = f.place.item ?? OFF;
        const rec = place === OFF ? 0 : this.record(f.place);
        const at = place === OFF ? -1 : rec + place.slot;
        if (k >= end || s.charCodeAt(k) === HASH) {
            this.expect(place, at, rec);
            return true;
        }
        if (s.charCodeAt(k) === scan_nodes_DASH && (k + 1 === end || s.charCodeAt(k + 1) === SPACE))
            return false;
        const keyAt = keyEnd(s, k, end);
        if (keyAt >= 0) {
            // `- name: a`: a mapping whose keys sit at the column of `name`.
            if (at >= 0)
                this.held[at] = MAP;
            return this.entry(this.push(k - start, false, place, rec), s, k, keyAt, end, lineNo);
        }
        return this.value(s, k, end, lineNo, place, at, rec);
    }
    /** The last key or item has no value on its line: null, unless a block follows. */
    expect(place, at, base) {
        if (at >= 0)
            this.held[at] = OTHER;
        this.pending = true;
        this.pendingPlace = place;
        this.pendingAt = at;
        this.pendingBase = base;
    }
    /** A one-line value at j, held at `at` when kept there (-1: only checked). */
    value(s, j, end, lineNo, place, at, base) {
        const c = s.charCodeAt(j);
        if (c === 123 || c === 91) {
            const node = this.flow.read(s, j, end, lineNo, at >= 0);
            if (node && at >= 0)
                this.keepFlow(node, place, at, base);
            return node !== undefined;
        }
        const v = scalar(s, j, end, this.seek, at >= 0);
        if (v === undefined)
            return false;
        if (at >= 0)
            this.hold(at, place, v, lineNo);
        return true;
    }
    hold(at, place, v, lineNo) {
        this.held[at] = v;
        if (place.line)
            this.held[at + 1] = lineNo;
    }
    /** A container's record, appended to the held slots: its list's slot, then its item, name, image, line. */
    record(list) {
        const rec = this.top;
        for (let i = 0; i < RECORD; i++)
            this.held[rec + i] = undefined;
        this.held[rec + scan_places_AT.list] = list.slot;
        this.top += RECORD;
        return rec;
    }
    /** Holds what a flow collection (read as a tree) puts on the places under `place`. */
    keepFlow(node, place, at, base) {
        if (node.t === 'scalar') {
            this.hold(at, place, node.value ?? OTHER, node.line);
            return;
        }
        this.held[at] = node.t === 'map' ? MAP : SEQ;
        if (node.t === 'map') {
            for (let i = 0; i < place.keys.length; i++) {
                const v = get(node, place.keys[i]);
                const kid = place.kids[i];
                if (v !== undefined)
                    this.keepFlow(v, kid, base + kid.slot, base);
            }
        }
        else if (place.item) {
            for (const v of node.items) {
                const rec = this.record(place);
                this.keepFlow(v, place.item, rec + place.item.slot, rec);
            }
        }
    }
}
/**
 * Which of the keys kept at `place` the key at k is, compared in place (by character: measured cheaper
 * than startsWith's call for keys this short); -1 for none.
 */
function keyIndex(place, s, k, len) {
    const keys = place.keys;
    for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (key.length === len && isAt(s, k, key))
            return i;
    }
    return -1;
}
function isAt(s, k, key) {
    for (let i = 0; i < key.length; i++)
        if (s.charCodeAt(k + i) !== key.charCodeAt(i))
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/lib/k8s/scan.ts
// A fast reader for the plain YAML most Kubernetes manifests are written in: block mappings and
// sequences, one-line plain or quoted scalars, simple one-line flow collections, comments. Parsing with the full YAML library costs
// about 50 times reading the file; this line scanner tracks the indentation path instead.
//
// It answers only when it is certain the full parser would give the same images and no problem:
// anything outside that subset (multi-line or unusual flow style, anchors, aliases, tags, block scalars, multi-line
// scalars, escapes, tabs, directives, odd indentation, duplicate keys, a value that is not surely a
// string where one is needed) returns undefined, and the caller parses the file fully. A differential
// property test holds the two readers to the same answers.
//
// Every line is checked, but only what sits on the paths the images are read along is kept
// (scan-places.ts): no tree is built, keys are compared in place, and a value is cut out as a string only
// where it is kept. Allocation was most of the scan's cost (and garbage collection's).




/**
 * The images of one document, walking the same paths as the full reader; false when the document
 * holds anything the full reader would report as a problem or read differently.
 */
function documentImages(doc, file, withLines, out) {
    const held = doc.held;
    const kind = held[KIND.slot];
    if (kind === undefined)
        return true;
    if (typeof kind !== 'string' || kind.endsWith('List'))
        return false;
    const path = podSpecPath(kind);
    if (!path)
        return true;
    let name = '(unnamed)';
    if (held[METADATA.slot] !== undefined) {
        if (held[METADATA.slot] !== MAP)
            return false;
        const n = held[NAME.slot];
        if (n !== undefined) {
            if (typeof n !== 'string')
                return false;
            name = n;
        }
    }
    const workload = `${kind}/${name}`;
    let spec = ROOT;
    for (const key of path) {
        spec = child(spec, key);
        if (held[spec.slot] === undefined)
            return true;
        if (held[spec.slot] !== MAP)
            return false;
    }
    for (const [list, init] of CONTAINER_LISTS) {
        const seq = child(spec, list).slot;
        if (held[seq] === undefined)
            continue;
        if (held[seq] !== SEQ)
            return false;
        let i = 0;
        for (let r = SLOTS; r < doc.top; r += RECORD) {
            if (held[r + scan_places_AT.list] !== seq)
                continue;
            if (held[r + scan_places_AT.item] !== MAP)
                return false;
            const n = held[r + scan_places_AT.name];
            const container = n === undefined ? `${list}[${i}]` : n;
            const image = held[r + scan_places_AT.image];
            if (typeof container !== 'string' || typeof image !== 'string')
                return false;
            const line = withLines ? held[r + scan_places_AT.line] : undefined;
            out.push({ image, workload, container, init, file, line });
            i++;
        }
    }
    return true;
}
/**
 * Reads manifests one after another, reusing its working arrays from file to file: one scanner serves
 * a whole directory, so a manifest costs only what is kept of it.
 */
class ManifestScanner {
    doc = new DocReader();
    /**
     * Appends the container images of a multi-document YAML text to `out` when every document is plain
     * enough to read with certainty; false (with `out` as it was) means "parse it fully". Never reports
     * problems: any doubt is a fallback.
     */
    scan(text, file, withLines, out) {
        if (hasUnsafe(text))
            return false;
        const length = out.length;
        if (this.read(text, file, withLines, out))
            return true;
        out.length = length;
        return false;
    }
    read(text, file, withLines, out) {
        const doc = this.doc;
        doc.reset();
        doc.seek.reset(text);
        let lineNo = 0;
        for (let start = 0; start < text.length;) {
            const nl = text.indexOf('\n', start);
            const end = nl < 0 ? text.length : nl;
            const at = start;
            start = end + 1;
            lineNo++;
            let i = at;
            while (text.charCodeAt(i) === SPACE)
                i++;
            if (i === end || text.charCodeAt(i) === HASH)
                continue;
            if (i === at) {
                const c = text.charCodeAt(at);
                if (c === scan_nodes_DASH && text.startsWith('---', at) && (end - at === 3 || text.charCodeAt(at + 3) === SPACE)) {
                    if (!restIsEmpty(text, at + 3, end))
                        return false;
                    if (doc.hasRoot && !documentImages(doc, file, withLines, out))
                        return false;
                    doc.reset();
                    continue;
                }
                if (c === 37 || text.startsWith('...', at))
                    return false; // directives and document ends
            }
            if (!doc.line(text, at, i, end, lineNo))
                return false;
        }
        return !doc.hasRoot || documentImages(doc, file, withLines, out);
    }
}
/** The container images of a YAML text, or undefined: "parse it fully" (see ManifestScanner.scan). */
function scanImages(text, file, withLines = true) {
    const out = [];
    return new ManifestScanner().scan(text, file, withLines, out) ? out : undefined;
}

;// CONCATENATED MODULE: ./src/lib/k8s/workloads.ts
// Every container image of the workloads in a (multi-document) YAML text, with the line it sits on.
// Malformed YAML and odd shapes become problems, never exceptions: one bad document must not hide the
// images of the others.



/**
 * `file` names the text in results; `lines` says whether line numbers mean anything to the reader.
 * Plain manifests are read by the fast scanner; anything it is not certain of is parsed fully.
 */
function extractImages(text, file, opts = {}) {
    const images = scanImages(text, file, opts.lines ?? true);
    return images ? { images, problems: [] } : parseImages(text, file, opts);
}
/** The full YAML reader: every document parsed, aliases followed, malformed input turned into problems. */
function parseImages(text, file, opts = {}) {
    const withLines = opts.lines ?? true;
    const counter = new dist/* LineCounter */.HN();
    const out = { images: [], problems: [] };
    const lineAt = (offset) => withLines && offset !== undefined ? counter.linePos(offset).line : undefined;
    let docs;
    try {
        const parsed = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
        docs = Array.isArray(parsed) ? parsed : [];
    }
    catch (e) {
        out.problems.push({ message: `cannot parse YAML: ${e.message}`, file });
        return out;
    }
    for (const doc of docs) {
        if (doc.errors.length > 0) {
            const err = doc.errors[0];
            out.problems.push({ message: `invalid YAML: ${firstLine(err.message)}`, file, line: lineAt(err.pos[0]) });
            continue;
        }
        walkObject(doc, doc.contents, out, file, lineAt);
    }
    return out;
}
function firstLine(s) {
    return s.split('\n')[0].trim();
}
function walkObject(doc, node, out, file, lineAt) {
    // Aliases are followed everywhere: an image reached through `*anchor` still deploys.
    const deref = (n) => {
        if (!(0,dist/* isAlias */.Vj)(n))
            return n;
        const target = n.resolve(doc);
        if (target === undefined) {
            out.problems.push({ message: `alias *${n.source} is not defined`, file, line: lineAt(nodeStart(n)) });
        }
        return target;
    };
    const child = (n, key) => ((0,dist/* isMap */.jh)(n) ? deref(n.get(key, true)) : undefined);
    const obj = deref(node);
    if (!(0,dist/* isMap */.jh)(obj))
        return; // scalars, empty documents and lists at the top level are not Kubernetes objects
    const kind = obj.get('kind');
    if (typeof kind === 'string' && kind.endsWith('List')) {
        const items = child(obj, 'items');
        if ((0,dist/* isSeq */.oP)(items))
            for (const item of items.items)
                walkObject(doc, item, out, file, lineAt);
        return;
    }
    const path = typeof kind === 'string' ? podSpecPath(kind) : undefined;
    if (!path)
        return;
    const meta = child(obj, 'metadata');
    const name = (0,dist/* isMap */.jh)(meta) && typeof meta.get('name') === 'string' ? meta.get('name') : '(unnamed)';
    const workload = `${kind}/${name}`;
    let spec = obj;
    for (const key of path)
        spec = child(spec, key);
    for (const [list, init] of CONTAINER_LISTS) {
        const seq = child(spec, list);
        if (seq === undefined || seq === null)
            continue;
        if (!(0,dist/* isSeq */.oP)(seq)) {
            out.problems.push({ message: `${workload}: ${list} is not a list`, file, line: lineAt(nodeStart(seq)) });
            continue;
        }
        seq.items.forEach((raw, i) => {
            const item = deref(raw);
            const where = lineAt(nodeStart(raw));
            if (!(0,dist/* isMap */.jh)(item)) {
                out.problems.push({ message: `${workload}: ${list}[${i}] is not a mapping`, file, line: where });
                return;
            }
            const cname = typeof item.get('name') === 'string' ? item.get('name') : `${list}[${i}]`;
            const imageNode = child(item, 'image');
            const image = (0,dist/* isScalar */.jn)(imageNode) ? imageNode.value : undefined;
            if (typeof image !== 'string') {
                out.problems.push({ message: `${workload}: container "${cname}" has no image`, file, line: where });
                return;
            }
            out.images.push({ image, workload, container: cname, init, file, line: lineAt(nodeStart(imageNode)) ?? where });
        });
    }
}
function nodeStart(node) {
    const range = node?.range;
    return range?.[0];
}

;// CONCATENATED MODULE: ./src/lib/k8s/render.ts
// The workloads a directory deploys: rendered with kustomize when it holds a kustomization (what
// `kubectl apply -k` would send), otherwise the YAML files as they are.







const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
function kustomizationIn(dir) {
    return KUSTOMIZATION_FILES.map((n) => (0,external_node_path_.join)(dir, n)).find((p) => (0,external_node_fs_.existsSync)(p));
}
/**
 * The images of `dir` (absolute). Plain YAML is read at once, synchronously: a caller judges those
 * images and lets them go before other work starts, rather than holding every manifest it read (a
 * measured share of garbage collection) until its next turn. A kustomization is rendered by a child
 * process; that rejects with an environment RcoError when no kustomize renderer can be started.
 */
function renderImages(dir, io, opts) {
    const kustomization = kustomizationIn(dir);
    if (!kustomization)
        return renderPlain(dir, (0,external_node_path_.relative)(opts.repo, dir) || '.');
    return renderKustomization(dir, kustomization, io, opts);
}
async function renderKustomization(dir, kustomization, io, opts) {
    const rel = (p) => (0,external_node_path_.relative)(opts.repo, p) || '.';
    const result = await runKustomize(dir, io, opts);
    // A renderer stopped from outside says nothing about the kustomization: the images are unknown.
    if (result.timedOut) {
        throw (0,errors/* envError */.gy)('K8S_RENDER_TIMEOUT', `Rendering ${rel(dir)} did not finish within ${renderSeconds(opts)} s.`, {
            hint: 'check remote bases and the network, or raise immutable-images.timeout-seconds',
        });
    }
    if (result.signal) {
        throw (0,errors/* envError */.gy)('K8S_RENDER_KILLED', `Rendering ${rel(dir)} was stopped by ${result.signal}.`, {
            hint: 'the renderer was killed from outside (out of memory?); run the gate again',
        });
    }
    if (result.code !== 0) {
        // Helm charts the policy did not let kustomize inflate, or no helm to inflate them: the images
        // could not be checked, which says nothing against the kustomization.
        if (/must specify --enable-helm/.test(result.stderr)) {
            throw (0,errors/* envError */.gy)('K8S_HELM_NOT_ENABLED', `${rel(kustomization)} inflates Helm charts.`, {
                hint: 'set immutable-images.enable-helm: true, with helm installed, so they are rendered and checked',
            });
        }
        if (opts.enableHelm && /"helm": executable file not found|is 'helm' installed/.test(result.stderr)) {
            throw (0,errors/* envError */.gy)('K8S_HELM_MISSING', `Rendering ${rel(dir)} needs helm, which is not installed.`, {
                hint: 'install helm on the runner',
            });
        }
        const detail = cleanError(result.stderr) || `exit code ${result.code}`;
        return { images: [], problems: [], mode: 'kustomize', renderFailed: { message: detail, file: rel(kustomization) } };
    }
    // Rendered output has no source lines: name the kustomization, and let callers ask the sources.
    const got = extractImages(result.stdout, rel(dir), { lines: false });
    for (const img of got.images)
        img.file = rel(kustomization);
    const sources = new KustomizeSources(kustomization);
    const locate = (image, aspect) => {
        const at = sources.locate(image, aspect);
        return at ? { file: rel(at.file), line: at.line } : undefined;
    };
    return { ...got, mode: 'kustomize', locate };
}
/** The images of the plain YAML files under `dir` (`relDir` is its name relative to the repository). */
function renderPlain(dir, relDir) {
    const unreadable = [];
    const out = { images: [], problems: [], mode: 'plain', unreadable };
    const files = yamlFiles(dir, relDir, unreadable);
    // All files are read before any is scanned: measured faster than alternating the two (each loop
    // stays hot), and a manifests directory is small enough to hold at once.
    const texts = files.abs.map((file) => (0,read_text/* tryReadUtf8 */.Tz)(file));
    const scanner = new ManifestScanner();
    for (let i = 0; i < texts.length; i++) {
        const text = texts[i];
        const name = files.rel[i];
        if (typeof text !== 'string') {
            unreadable.push({ file: name, message: `${name} ${text.reason}` });
            continue;
        }
        // Parsing is the whole cost; a file that cannot spell the key `image` (not even through a
        // backslash escape in a quoted key) holds no container image, so it is not parsed.
        if (!text.includes('image') && !text.includes('\\'))
            continue;
        // What extractImages does, with one scanner for the whole directory, writing straight into the
        // results: no working arrays or result objects per file.
        if (scanner.scan(text, name, true, out.images))
            continue;
        const got = parseImages(text, name);
        for (const img of got.images)
            out.images.push(img);
        for (const p of got.problems)
            out.problems.push(p);
    }
    return out;
}
function renderSeconds(opts) {
    return opts.timeoutSeconds ?? 120;
}
async function runKustomize(dir, io, opts) {
    const renderer = opts.renderer ?? 'auto';
    const execOpts = { cwd: opts.repo, env: { ...io.env }, timeoutMs: renderSeconds(opts) * 1000 };
    const tries = [];
    const helm = opts.enableHelm ? ['--enable-helm'] : [];
    if (renderer !== 'kustomize')
        tries.push(['kubectl', ['kustomize', ...helm, dir]]);
    if (renderer !== 'kubectl')
        tries.push(['kustomize', ['build', ...helm, dir]]);
    for (const [file, args] of tries) {
        try {
            return await io.exec(file, args, execOpts);
        }
        catch (e) {
            // Only "not installed" moves on to the next renderer; any other failure is reported as is.
            if (!(0,errors/* isRcoError */.Bp)(e) || e.code !== 'TOOL_MISSING')
                throw e;
        }
    }
    throw (0,errors/* envError */.gy)('K8S_RENDERER_MISSING', `Cannot render ${dir}: ${tries.map((t) => t[0]).join(' or ')} not found.`, {
        hint: 'install kubectl (Debian package kubectl or kubernetes-client) or kustomize',
    });
}
/** kubectl wraps kustomize's error in a klog line (`E1123 10:49:55.3 123 run.go:72] "command failed" err="..."`). */
function cleanError(stderr) {
    // A multi-line message comes as a klog block, `... err=<` then the lines, then ` >`: keep the lines.
    const block = /err=<\n([\s\S]*?)\n\s*>\s*$/.exec(stderr.trim());
    if (block) {
        const text = block[1].replace(/\s+/g, ' ').trim();
        return text.replace(/^Error:\s*/, '').slice(0, 600);
    }
    const lines = stderr.trim().split('\n').slice(-3);
    return lines
        .map((l) => l.replace(/^[EWIF]\d{4} [\d:.]+\s+\d+ [\w.-]+:\d+\]\s*/, '').replace(/^"command failed" err="(.*)"$/, '$1'))
        .join(' ')
        .replace(/^Error:\s*/, '')
        .slice(0, 600);
}
/**
 * YAML files under dir, sorted so results do not depend on the file system's order (`relDir` is dir's
 * name relative to the repository), built by joining names because path.relative per file was a
 * measured cost over hundreds of manifests; held as two lists, not a pair per file, which was a
 * measured share of what listing allocates.
 */
function yamlFiles(dir, relDir, unreadable) {
    const out = { abs: [], rel: [] };
    const walk = (d, r) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
        }
        catch (e) {
            unreadable.push({ file: r, message: `${r} ${(0,read_text/* readFailure */.f1)(e).reason}` });
            return;
        }
        // Concatenated, not path.join'ed: `d` is already normal (absolute, from resolve) and join's
        // normalisation per manifest was a measured cost. Each folder's prefixes are made once, so a
        // name costs one concatenation per path.
        const dirPrefix = d.endsWith(external_node_path_.sep) ? d : d + external_node_path_.sep;
        const relPrefix = r === '.' ? '' : r + external_node_path_.sep;
        for (const entry of entries) {
            if (entry.name.startsWith('.'))
                continue;
            const p = dirPrefix + entry.name;
            const q = relPrefix + entry.name;
            // A symlinked directory is not followed (a link to a parent would never end); a symlinked file
            // is read when its target exists (a dangling or looping link is passed over).
            if (entry.isDirectory())
                walk(p, q);
            else if (!/\.ya?ml$/.test(entry.name))
                continue;
            else if (entry.isFile())
                render_add(out, p, q);
            else {
                const st = (0,read_text/* statFollowing */.si)(p);
                if (st && 'reason' in st)
                    unreadable.push({ file: q, message: `${q} ${st.reason}` });
                else if (st?.isFile())
                    render_add(out, p, q);
            }
        }
    };
    walk(dir, relDir);
    return out;
}
function render_add(files, abs, rel) {
    files.abs.push(abs);
    files.rel.push(rel);
}

// EXTERNAL MODULE: ./src/lib/oci/digest.ts
var digest = __webpack_require__(8785);
;// CONCATENATED MODULE: ./src/validate-evidence/invariants/images.ts
// Immutable images: every container and initContainer a release deploys is pinned by a real sha256
// digest on a real registry, so what was scanned and signed is exactly what runs.









const KEYS = ['directories', 'allow', 'placeholder-registries', 'renderer', 'timeout-seconds', 'enable-helm'];
const images_images = {
    key: 'immutable-images',
    parse(raw, at) {
        const o = asObject(raw, at, KEYS);
        const directories = strList(o, 'directories', at);
        if (!directories || directories.length === 0) {
            throw invalid(`${at}.directories`, 'a non-empty list of directories to render');
        }
        return {
            directories: directories.map((d, i) => repoPath(d, `${at}.directories[${i}]`)),
            allow: strList(o, 'allow', at) ?? [],
            placeholderRegistries: strList(o, 'placeholder-registries', at) ?? [],
            renderer: oneOf(o, 'renderer', at, ['auto', 'kubectl', 'kustomize']) ?? 'auto',
            timeoutSeconds: wholeNumber(o, 'timeout-seconds', at, 1, 3600) ?? 120,
            enableHelm: asBool(o, 'enable-helm', at) ?? false,
        };
    },
    check: checkImages,
};
async function checkImages(config, ctx) {
    const results = await Promise.all(config.directories.map((dir) => checkDirectory(dir, config, ctx)));
    return { findings: results.flatMap((r) => r.findings), rows: results.map((r) => r.row) };
}
/** The rule of a render that could not be done, by the renderer's error code. */
const RENDER_RULES = {
    K8S_RENDERER_MISSING: 'IMAGES_RENDERER_MISSING',
    K8S_RENDER_TIMEOUT: 'IMAGES_RENDER_TIMEOUT',
    K8S_HELM_NOT_ENABLED: 'IMAGES_HELM_NOT_ENABLED',
    K8S_HELM_MISSING: 'IMAGES_RENDERER_MISSING',
};
async function checkDirectory(dir, config, ctx) {
    const repo = (0,external_node_path_.resolve)(ctx.repo);
    const abs = (0,external_node_path_.resolve)(repo, dir);
    const findings = [];
    const row = (value) => [`Images in ${dir}`, value, '', rowVerdict(findings)];
    if (!(0,external_node_fs_.existsSync)(abs) || !(0,external_node_fs_.statSync)(abs).isDirectory()) {
        findings.push({
            rule: 'IMAGES_DIRECTORY_MISSING',
            level: 'unknown',
            message: `Directory ${dir} named in immutable-images.directories does not exist: fix the path or the policy.`,
            file: dir,
        });
        return { findings, row: row('missing') };
    }
    let rendered;
    try {
        const r = renderImages(abs, ctx.io, {
            repo,
            renderer: config.renderer,
            timeoutSeconds: config.timeoutSeconds,
            enableHelm: config.enableHelm,
        });
        // Plain YAML comes back at once: judging it in the same turn frees the manifests read for it.
        rendered = r instanceof Promise ? await r : r;
    }
    catch (e) {
        if (!(0,errors/* isRcoError */.Bp)(e))
            throw e;
        const message = `Cannot check the images of ${dir}: ${e.message}${e.hint ? ` (${e.hint})` : ''}`;
        const rule = RENDER_RULES[e.code] ?? 'IMAGES_RENDERER_FAILED';
        findings.push({ rule, level: e.kind === 'user' ? 'fail' : 'unknown', message, file: dir });
        return { findings, row: row('not rendered') };
    }
    if (rendered.renderFailed) {
        // The kustomization belongs to the release being checked: if it does not build, `kubectl apply -k`
        // would not either, so this is a definite defect of the release (fail), not a tool outage.
        const { message, file } = rendered.renderFailed;
        findings.push({
            rule: 'IMAGES_RENDER_FAILED',
            level: 'fail',
            message: `kustomize cannot render ${dir}: ${message}. Fix the kustomization so it builds.`,
            file,
        });
        return { findings, row: row('render failed') };
    }
    for (const p of rendered.problems) {
        findings.push({
            rule: 'IMAGES_YAML_INVALID',
            level: 'fail',
            message: `${p.message}. Fix the manifest so its images can be checked.`,
            file: p.file,
            line: p.line,
        });
    }
    for (const u of rendered.unreadable ?? []) {
        findings.push({
            rule: 'IMAGES_FILE_UNREADABLE',
            level: 'unknown',
            message: `${u.message}, so its images are not checked: make it readable, or move it out of ${dir}.`,
            file: u.file,
        });
    }
    if (rendered.images.length === 0 && rendered.problems.length === 0 && !rendered.unreadable?.length) {
        findings.push({
            rule: 'IMAGES_NONE_FOUND',
            level: 'unknown',
            message: `No workload with a container image found in ${dir}: check that immutable-images.directories names the directory you deploy.`,
            file: dir,
        });
    }
    const allowed = config.allow.length > 0 ? picomatch_default()(config.allow) : () => false;
    const seen = new Set();
    let pinned = 0;
    // Each image is judged, shared ones too: for the common shape that is one expression over the
    // reference, measured cheaper than hashing the reference into a cache of verdicts.
    for (const img of rendered.images) {
        const v = judgeRef(img.image, allowed, config.placeholderRegistries);
        if (v.length === 0) {
            pinned++; // the common case: nothing to locate or report
            continue;
        }
        for (const { aspect, ...f } of v.map(([rule, text]) => located(img, rule, text))) {
            const at = rendered.locate?.(img.image, aspect);
            if (at)
                Object.assign(f, at);
            const key = `${f.rule}|${f.file}|${f.line}|${img.image}`;
            if (seen.has(key))
                continue; // one override line rendered into several workloads is one problem
            seen.add(key);
            findings.push(f);
        }
    }
    return { findings, row: row(`${pinned} of ${rendered.images.length} images pinned by digest`) };
}
function located(img, rule, text) {
    const what = `${img.workload} ${img.init ? 'initContainer' : 'container'} "${img.container}" image "${img.image}"`;
    // Name problems point at the line that names the image, digest problems at the line that pins it.
    const aspect = rule === 'IMAGE_PLACEHOLDER_REGISTRY' || rule === 'IMAGE_REF_INVALID' ? 'name' : 'digest';
    return { rule, level: 'fail', message: `${what} ${text}`, file: img.file, line: img.line, aspect };
}
/** The verdict of a reference with no problem: shared, never changed. */
const NONE = [];
function judgeRef(image, allowed, extra) {
    // Nearly every reference is clean, which is told without building its parts or any verdict (when no
    // placeholder registries are listed: those are names to compare, so they take the path below).
    if (extra.length === 0 && isCleanPinnedRef(image))
        return NONE;
    // Most references have the common shape pinned by a well-formed digest: one expression reads the
    // reference and checks the digest at once (pinnedImageRef). Anything else is parsed by the rules.
    let ref = pinnedImageRef(image);
    const wellPinned = ref !== undefined;
    if (!ref) {
        const parsed = parseImageRef(image);
        if (!parsed.ok)
            return [['IMAGE_REF_INVALID', `is not a valid image reference: ${parsed.reason}.`]];
        ref = parsed.ref;
    }
    if (allowed(imageName(ref)))
        return NONE;
    const out = [];
    const placeholder = placeholderRegistryReason(ref, extra);
    if (placeholder)
        out.push(['IMAGE_PLACEHOLDER_REGISTRY', `points at a placeholder (${placeholder}): use the real registry.`]);
    if (!ref.digest) {
        out.push([
            'IMAGE_NOT_PINNED',
            'is not pinned: set the digest, e.g. with kustomize images[].digest: sha256:<64 hex>.',
        ]);
    }
    else if (!wellPinned && !(0,digest/* isDigest */.Bc)(ref.digest)) {
        out.push(['IMAGE_DIGEST_INVALID', `has digest "${ref.digest}": it must be sha256: and 64 lowercase hex.`]);
    }
    else if (isPlaceholderDigest(ref.digest)) {
        out.push(['IMAGE_DIGEST_PLACEHOLDER', 'has a placeholder digest: pin the digest the release built.']);
    }
    return out.length === 0 ? NONE : out;
}

// EXTERNAL MODULE: ./src/lib/release/metadata.ts + 2 modules
var metadata = __webpack_require__(3228);
;// CONCATENATED MODULE: ./src/validate-evidence/invariants/release-metadata.ts
// Release metadata: the version file, the changelog's newest entry, version constants and the tag name
// one version. The reading and comparing is the shared module signed-tag-check uses too; this adapts
// it to the invariant contract and adds the two switches only validate-evidence offers.



/** Keys this wrapper handles itself; the rest belong to the shared module's policy. */
const OWN_KEYS = ['tag-pattern', 'require-notes'];
const releaseMetadata = {
    key: 'release-metadata',
    parse(raw, at) {
        // `release-metadata: true` switches the check on with auto-detected files.
        if (raw === true || raw === null)
            return { policy: {}, requireNotes: false };
        if (typeof raw !== 'object' || Array.isArray(raw))
            throw invalid(at, 'a mapping (or true)', raw);
        const o = raw;
        const shared = Object.fromEntries(Object.entries(o).filter(([k]) => !OWN_KEYS.includes(k)));
        return {
            policy: (0,metadata/* parseReleaseMetadataPolicy */._)(shared, at),
            tagPattern: regex(o, 'tag-pattern', at),
            requireNotes: asBool(o, 'require-notes', at) ?? false,
        };
    },
    check: checkRelease,
};
async function checkRelease(config, ctx) {
    const opts = {
        requireNotes: config.requireNotes,
        ...(ctx.tag !== undefined ? { tag: ctx.tag } : {}),
        ...(config.tagPattern ? { tagPattern: config.tagPattern } : {}),
    };
    const meta = await (0,metadata/* checkReleaseMetadata */.z)(ctx.repo, config.policy, opts);
    const name = (src) => (src.source === 'tag' ? `tag ${src.file}` : src.file);
    const versions = new Set(meta.sources.map((src) => src.version));
    // When the sources disagree, the row shows each one's version: the reader sees the odd one out.
    const value = versions.size > 1
        ? meta.sources.map((src) => `${name(src)}: ${src.version ?? '?'}`).join('; ')
        : meta.version
            ? `${meta.version} (${meta.sources.map(name).join(', ')})`
            : 'not found';
    return { findings: meta.findings, rows: [['Release version', value, '', rowVerdict(meta.findings)]] };
}

;// CONCATENATED MODULE: ./src/validate-evidence/invariants/index.ts
// Every invariant the policy file can switch on, by its top-level key.




// biome-ignore lint/suspicious/noExplicitAny: each invariant has its own config type; the policy loader pairs them by key
const INVARIANTS = [releaseMetadata, deploymentOrder, images_images, docLinks];

;// CONCATENATED MODULE: ./src/validate-evidence/load-policy.ts
// Finds and reads the policy file: the named file, or the built-in default when the default path is
// absent. A policy that cannot be read or parsed becomes findings at its lines, never a crash.




async function loadPolicy(inputs, file, invariantKeys) {
    // Synchronous: one small file, and a thread-pool round trip costs more than the read.
    const text = (0,read_text/* tryReadRegularFile */.mO)((0,external_node_path_.join)(inputs.path, inputs.policy));
    if (typeof text !== 'string') {
        if (text.missing && !inputs.policyExplicit) {
            return {
                policy: defaultPolicy(),
                source: 'built-in default',
                findings: [
                    {
                        rule: 'POLICY_DEFAULT',
                        level: 'notice',
                        message: `No ${inputs.policy}: the built-in default policy for docs/operations-artifacts/ applies.`,
                    },
                ],
            };
        }
        return {
            source: file,
            findings: [
                {
                    rule: 'POLICY_MISSING',
                    level: 'fail',
                    file,
                    message: `The policy file ${file} ${text.reason}; fix input "policy".`,
                },
            ],
        };
    }
    const { policy, problems } = parsePolicy(text, invariantKeys);
    const findings = problems.map((p) => ({
        rule: p.at === '(file)' ? 'POLICY_YAML_INVALID' : 'POLICY_INVALID',
        level: 'fail',
        file,
        ...(p.line ? { line: p.line } : {}),
        message: p.at === '(file)' ? `The policy is not valid YAML: ${p.message}` : `Policy key ${p.at}: ${p.message}.`,
    }));
    return { policy, source: file, findings };
}

;// CONCATENATED MODULE: ./src/validate-evidence/run.ts
// The validate-evidence gate: loads the policy, judges every evidence document, the review checklist
// and the invariants the policy switches on, and reports all problems in one verdict.












/** How many listed documents are read before they are judged. */
const READ_BATCH = 128;
/** Findings name files relative to the repository; these make them relative to the working directory. */
function shown(findings, s) {
    for (const f of findings)
        if (f.file !== undefined)
            f.file = s.show(f.file);
    return findings;
}
/** Judges one located artifact into `out` (synchronous: thousands of documents are judged in a row). */
function judgeArtifact(rule, policy, s, look, out) {
    // Pushes only when there is something: two empty spreads per document were a measured cost.
    if (look.notes.length > 0)
        out.findings.push(...shown(look.notes, s));
    if (!look.found) {
        out.findings.push(look.unreadable
            ? {
                rule: 'EVIDENCE_FILE_UNREADABLE',
                level: 'unknown',
                message: `${rule.name}: ${look.missing}, so its evidence cannot be judged; fix the path or make it readable.`,
                file: s.show(look.unreadable),
            }
            : {
                rule: 'EVIDENCE_FILE_MISSING',
                level: 'unknown',
                message: `${rule.name}: ${look.missing}; add the evidence document.`,
                file: s.show(rule.file ?? rule.files ?? external_node_path_.posix.dirname(rule.pattern)),
            });
        out.rows.push([rule.name, look.unreadable ? '(unreadable)' : '(missing)', '', 'UNKNOWN']);
        return;
    }
    const file = s.show(look.found.rel);
    const judged = checkEvidence(parseMarkdown(look.found.text), rule, {
        vocab: s.vocab,
        environments: s.environments,
        file,
    });
    let when = '';
    if (look.found.date) {
        const age = ageDays(look.found.date, s.asOf);
        when = dateAndAge(look.found.date, age);
        const max = rule.maxAgeDays ?? policy.maxAgeDays;
        if (max !== undefined && age > max) {
            const stale = {
                rule: 'EVIDENCE_STALE',
                level: 'fail',
                file,
                line: 1,
                message: `${rule.name}: ${look.found.rel} is ${age} days old (limit ${max} days as of ${isoDay(s.asOf)}); repeat it and record the new evidence.`,
            };
            judged.findings.push(stale);
        }
    }
    if (judged.findings.length > 0)
        out.findings.push(...judged.findings);
    const mine = look.notes.length > 0 ? [...look.notes, ...judged.findings] : judged.findings;
    out.rows.push([look.found.rel, judged.value, when, rowVerdict(mine)]);
}
/**
 * Every evidence rule in policy order, a `files` glob standing for each file it matches (a glob that
 * matches nothing is missing evidence). Only dated series read their folder asynchronously.
 */
async function checkAllEvidence(rules, policy, s) {
    const out = { findings: [], rows: [] };
    for (const rule of rules) {
        if (rule.files) {
            const { files, unreadable } = expandGlob(s.repo, rule.files, s.listings);
            for (const u of unreadable) {
                judgeArtifact(rule, policy, s, { notes: [], missing: `${u.rel} ${u.reason}`, unreadable: u.rel }, out);
            }
            if (files.length === 0 && unreadable.length === 0) {
                judgeArtifact(rule, policy, s, locateFile(s.repo, rule.files), out);
            }
            // A batch of files is read before any is judged: measured faster than alternating the two
            // (each loop stays hot in caches the other evicts). Batches bound what is held at once.
            for (let at = 0; at < files.length; at += READ_BATCH) {
                const looks = files.slice(at, at + READ_BATCH).map((file) => locateListed(s.repo, file));
                for (const look of looks)
                    judgeArtifact(rule, policy, s, look, out);
            }
        }
        else if (rule.pattern)
            judgeArtifact(rule, policy, s, await locate(s.repo, rule, s.asOf), out);
        else
            judgeArtifact(rule, policy, s, locateFile(s.repo, rule.file), out);
    }
    return out;
}
async function checkReview(policy, s) {
    const rule = policy.checklist;
    if (!rule)
        return { findings: [], rows: [] };
    const look = await locate(s.repo, { name: 'checklist', file: rule.file }, s.asOf);
    if (!look.found) {
        const f = look.unreadable
            ? {
                rule: 'CHECKLIST_FILE_UNREADABLE',
                level: 'unknown',
                file: s.show(rule.file),
                message: `The review checklist ${look.missing}, so it cannot be judged; fix the path or make it readable.`,
            }
            : {
                rule: 'CHECKLIST_FILE_MISSING',
                level: 'unknown',
                file: s.show(rule.file),
                message: `The review checklist ${rule.file} does not exist; add it.`,
            };
        return { findings: [f], rows: [[rule.file, look.unreadable ? '(unreadable)' : '(missing)', '', 'UNKNOWN']] };
    }
    const r = checkChecklist(parseMarkdown(look.found.text), rule, s.show(rule.file), s.asOf, s.vocab);
    return {
        findings: r.findings,
        rows: r.rows.map(({ row, findings }, i) => [i === 0 ? rule.file : row[0], row[1], row[2], rowVerdict(findings)]),
    };
}
async function checkInvariants(policy, file, ctx, s) {
    const findings = [];
    const rows = [];
    for (const inv of INVARIANTS) {
        if (!(inv.key in policy.invariants))
            continue;
        try {
            const config = inv.parse(policy.invariants[inv.key], inv.key);
            const r = await inv.check(config, ctx);
            findings.push(...shown(r.findings, s));
            rows.push(...r.rows);
        }
        catch (e) {
            // One broken invariant must not hide the others' findings; our own bugs still propagate.
            if (!(0,errors/* isRcoError */.Bp)(e))
                throw e;
            const line = policy.invariantLines[inv.key];
            findings.push((0,errors/* findingOf */.hD)(e, e.kind === 'user' ? { file, ...(line ? { line } : {}) } : {}));
            rows.push([inv.key, '(not checked)', '', e.kind === 'user' ? 'FAIL' : 'UNKNOWN']);
        }
    }
    return { findings, rows };
}
/** A tag was given (or came from GITHUB_REF) but no invariant compares it: say so rather than stay silent. */
function tagNotChecked(tag, policyFile) {
    return {
        rule: 'RELEASE_TAG_NOT_CHECKED',
        level: 'notice',
        file: policyFile,
        message: `Tag "${tag}" is not compared with the project's version: the policy does not switch on release-metadata; add \`release-metadata: true\` to check it.`,
    };
}
function isDirectory(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function scopeOf(inputs, io, vocab) {
    const prefix = (0,external_node_path_.relative)(io.cwd, inputs.path).split(external_node_path_.sep).join('/');
    const inside = prefix === '' || !(prefix.startsWith('..') || (0,external_node_path_.isAbsolute)(prefix));
    return {
        repo: inputs.path,
        asOf: inputs.asOf ?? io.now(),
        vocab,
        environments: inputs.environments,
        show: (rel) => (inside && prefix ? external_node_path_.posix.join(prefix, rel) : rel),
        listings: new Map(),
    };
}
async function run(inputs, io) {
    if (!isDirectory(inputs.path)) {
        // Without this every artifact would be reported missing, hiding the one real mistake.
        throw (0,errors/* userError */.IF)('INPUT_INVALID', `Input "path": ${inputs.path} is not a directory; give the repository root.`);
    }
    const base = scopeOf(inputs, io, { accepted: [], blocked: [], failed: [], placeholders: [] });
    const policyFile = base.show(inputs.policy);
    const loaded = await loadPolicy(inputs, policyFile, INVARIANTS.map((i) => i.key));
    const asOf = base.asOf;
    if (!loaded.policy) {
        return (0,types/* verdict */.W)('validate-evidence', loaded.findings, { outputs: outputsOf(loaded.findings, [], asOf) });
    }
    const policy = loaded.policy;
    // A fresh vocabulary object per run: vocabulary.ts caches compiled words and classified values per
    // object, and the built-in default is one shared object, so without the copy that cache would
    // outlive the run (a long-lived process, or a benchmark repeating runs, would reuse it).
    const s = { ...base, vocab: { ...policy.vocabulary } };
    const evidence = policy.evidence ?? DEFAULT_EVIDENCE;
    io.log.info(`validate-evidence: policy ${loaded.source}, ${evidence.length} evidence artifacts, environments ${s.environments.join(', ')}, as of ${asOf.toISOString()}`);
    const ctx = { repo: s.repo, io, ...(inputs.tag ? { tag: inputs.tag } : {}) };
    // Invariants start first: while a kustomize render runs in its own process, the evidence is judged.
    const [invariants, judged, review] = await Promise.all([
        checkInvariants(policy, policyFile, ctx, s),
        checkAllEvidence(evidence, policy, s),
        checkReview(policy, s),
    ]);
    const findings = [...loaded.findings, ...judged.findings, ...review.findings, ...invariants.findings];
    if (inputs.tag && !('release-metadata' in policy.invariants))
        findings.push(tagNotChecked(inputs.tag, policyFile));
    const rows = [...judged.rows, ...review.rows, ...invariants.rows];
    return (0,types/* verdict */.W)('validate-evidence', findings, {
        outputs: outputsOf(findings, rows, asOf),
        table: summaryTable(rows),
    });
}

;// CONCATENATED MODULE: ./src/validate-evidence/gate.ts



const gate_gate = (0,gate/* defineGate */.p)({ name: 'validate-evidence', spec: inputs_spec, parse: parseInputs, run: run });


/***/ })

};
