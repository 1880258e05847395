// A fast reader for the plain YAML most Kubernetes manifests are written in: block mappings and
// sequences, one-line plain or quoted scalars, simple one-line flow collections, comments. Parsing with the full YAML library costs
// about 50 times reading the file; this line scanner tracks the indentation path instead.
//
// It answers only when it is certain the full parser would give the same images and no problem:
// anything outside that subset (multi-line or unusual flow style, anchors, aliases, tags, block scalars, multi-line
// scalars, escapes, tabs, directives, odd indentation, duplicate keys, a value that is not surely a
// string where one is needed) returns undefined, and the caller parses the file fully. A differential
// property test holds the two readers to the same answers.
import { CONTAINER_LISTS, podSpecPath } from './kinds.js';
import { flowValue } from './scan-flow.js';
import {
  add,
  COLON,
  DASH,
  get,
  HASH,
  has,
  hasUnsafe,
  isBoolOrNull,
  isKeyChar,
  isKeyStart,
  isWhiteSpace,
  NULL,
  newMap,
  plainIsString,
  restIsEmpty,
  SPACE,
  setLast,
  type YMap,
  type YNode,
  type YScalar,
  type YSeq,
} from './scan-nodes.js';
import type { WorkloadImage } from './workloads.js';

interface Frame {
  node: YMap | YSeq;
  /** Column of the mapping's keys or of the sequence's dashes. */
  indent: number;
}

// Characters that cannot start a plain scalar (or start a construct this scanner leaves to the parser),
// as a lookup table: asked once per value, where a Set's hashing was a measured cost.
const BAD_START = new Uint8Array(128);
for (const c of ',[]{}#&*!|>%@`?:') BAD_START[c.charCodeAt(0)] = 1;

// Every reader below works on the whole text with absolute positions and the position `end` where the
// current line ends (its newline, or the text's end): no line is cut out as a string of its own, and
// reading one character past a line gives the newline (or NaN), which no rule below accepts.

/** The end of a plain key at k when a `key:` entry starts there, else -1. */
function keyEnd(s: string, k: number, end: number): number {
  if (!isKeyStart(s.charCodeAt(k))) return -1;
  let j = k + 1;
  while (j < end && isKeyChar(s.charCodeAt(j))) j++;
  if (s.charCodeAt(j) !== COLON) return -1;
  return j + 1 === end || s.charCodeAt(j + 1) === SPACE ? j : -1;
}

/**
 * Where the next `#` at or after `from` is, kept across calls: searching each line for a comment with
 * indexOf would run on to the text's end whenever the line has none, once per line.
 */
class Hashes {
  private at: number;
  constructor(private readonly s: string) {
    this.at = s.indexOf('#');
  }

  /** Where ` #` (a comment) starts in [k, end), or -1: what `line.indexOf(' #', k)` gives on the line. */
  comment(k: number, end: number): number {
    let h = this.at;
    if (h >= 0 && h < k) h = this.s.indexOf('#', k);
    while (h >= 0 && h < end) {
      if (h > k && this.s.charCodeAt(h - 1) === SPACE) break;
      h = this.s.indexOf('#', h + 1);
    }
    this.at = h;
    return h >= 0 && h < end ? h - 1 : -1;
  }
}

/** A one-line value at k: a flow collection or a scalar; undefined when not read with certainty. */
function value(s: string, k: number, end: number, lineNo: number, hashes: Hashes): YNode | undefined {
  const c = s.charCodeAt(k);
  return c === 123 || c === 91 ? flowValue(s, k, end, lineNo) : scalar(s, k, end, lineNo, hashes);
}

/** indexOf within the line: -1 when `what` is not found before `end`. */
function find(s: string, what: string, from: number, end: number): number {
  const at = s.indexOf(what, from);
  return at < 0 || at + what.length > end ? -1 : at;
}

/** A one-line scalar starting at k, or undefined when it is not one this scanner reads with certainty. */
function scalar(s: string, k: number, end: number, lineNo: number, hashes: Hashes): YScalar | undefined {
  const c = s.charCodeAt(k);
  if (c === 34) {
    const close = find(s, '"', k + 1, end);
    if (close < 0) return undefined;
    const value = s.slice(k + 1, close);
    if (value.includes('\\') || !restIsEmpty(s, close + 1, end)) return undefined;
    return { t: 'scalar', value, line: lineNo };
  }
  if (c === 39) {
    let value = '';
    let j = k + 1;
    for (;;) {
      const q = find(s, "'", j, end);
      if (q < 0) return undefined;
      if (s.charCodeAt(q + 1) === 39) {
        value += s.slice(j, q + 1);
        j = q + 2;
        continue;
      }
      value += s.slice(j, q);
      j = q + 1;
      break;
    }
    return restIsEmpty(s, j, end) ? { t: 'scalar', value, line: lineNo } : undefined;
  }
  if (BAD_START[c] === 1 || (c === DASH && (k + 1 === end || s.charCodeAt(k + 1) === SPACE))) return undefined;
  const hash = hashes.comment(k, end);
  // The value ends before the spaces that end the line (s[k] is no space, so it is never empty).
  let e = hash < 0 ? end : hash;
  while (s.charCodeAt(e - 1) === SPACE) e--;
  // YAML ends a plain value at spaces, not at other white space (no-break, ideographic spaces), which
  // trimming would also drop: such a value is left to the parser.
  if (isWhiteSpace(s.charCodeAt(e - 1))) return undefined;
  const value = s.slice(k, e);
  // `a: b: c` and `a: b:` are errors (or keys) to a YAML parser, never a plain value.
  if (value.includes(': ') || value.charCodeAt(value.length - 1) === COLON) return undefined;
  return { t: 'scalar', value: plainIsString(value) ? value : undefined, line: lineNo };
}

/** Reads one document's lines into a tree; false as soon as a line is outside the subset. */
class DocReader {
  root: YMap | undefined;
  private frames: Frame[] = [];
  /** The frame whose last `key:` or `-` had nothing after it: its value is the block that follows, or null. */
  private pending: Frame | undefined;

  constructor(private readonly hashes: Hashes) {}

  /** The line from `start` to `end`, whose first non-space character is at k (its indentation is k - start). */
  line(s: string, start: number, k: number, end: number, lineNo: number): boolean {
    const indent = k - start;
    const item = s.charCodeAt(k) === DASH && (k + 1 === end || s.charCodeAt(k + 1) === SPACE);
    const p = this.pending;
    if (p) {
      this.pending = undefined;
      // A sequence may sit at its key's own column (`containers:` then `- name: a`), a mapping may not.
      if (indent > p.indent || (item && indent === p.indent && p.node.t === 'map')) {
        const node: YMap | YSeq = item ? { t: 'seq', items: [] } : newMap();
        const owner = p.node;
        if (owner.t === 'map') setLast(owner, node);
        else owner.items[owner.items.length - 1] = node;
        this.frames.push({ node, indent });
      }
    }
    if (!this.root) {
      if (item) return false; // a top-level list is no Kubernetes object; leave it to the parser
      this.root = newMap();
      this.frames.push({ node: this.root, indent });
    }
    const frames = this.frames;
    let top = frames[frames.length - 1] as Frame;
    while (top.indent > indent || (top.indent === indent && top.node.t === 'seq' && !item)) {
      if (frames.length === 1) return false;
      frames.pop();
      top = frames[frames.length - 1] as Frame;
    }
    if (top.indent !== indent) return false;
    if (top.node.t === 'seq') return item && this.item(top.node, s, start, k, end, lineNo);
    return !item && this.entry(top, top.node, s, k, keyEnd(s, k, end), end, lineNo);
  }

  /** The entry whose key runs from k to keyAt (-1: the line holds no `key:`). */
  private entry(frame: Frame, map: YMap, s: string, k: number, keyAt: number, end: number, lineNo: number): boolean {
    if (keyAt < 0 || keyAt - k > 1000) return false;
    const key = s.slice(k, keyAt);
    if (isBoolOrNull(key) || has(map, key)) return false; // duplicates are the parser's error to report
    let j = keyAt + 1;
    while (s.charCodeAt(j) === SPACE) j++;
    if (j >= end || s.charCodeAt(j) === HASH) {
      add(map, key, NULL);
      this.pending = frame;
      return true;
    }
    const v = value(s, j, end, lineNo, this.hashes);
    if (!v) return false;
    add(map, key, v);
    return true;
  }

  private item(seq: YSeq, s: string, start: number, dash: number, end: number, lineNo: number): boolean {
    let k = dash + 1;
    while (s.charCodeAt(k) === SPACE) k++;
    if (k >= end || s.charCodeAt(k) === HASH) {
      seq.items.push(NULL);
      this.pending = this.frames[this.frames.length - 1] as Frame;
      return true;
    }
    if (s.charCodeAt(k) === DASH && (k + 1 === end || s.charCodeAt(k + 1) === SPACE)) return false;
    const keyAt = keyEnd(s, k, end);
    if (keyAt >= 0) {
      // `- name: a`: a mapping whose keys sit at the column of `name`.
      const map = newMap();
      seq.items.push(map);
      const frame = { node: map, indent: k - start };
      this.frames.push(frame);
      return this.entry(frame, map, s, k, keyAt, end, lineNo);
    }
    const v = value(s, k, end, lineNo, this.hashes);
    if (!v) return false;
    seq.items.push(v);
    return true;
  }
}

const str = (n: YNode | undefined): string | undefined => (n?.t === 'scalar' ? n.value : undefined);

/**
 * The images of one document, walking the same paths as the full reader; undefined when the document
 * holds anything the full reader would report as a problem or read differently.
 */
function documentImages(root: YMap, file: string, withLines: boolean, out: WorkloadImage[]): boolean {
  const kindNode = get(root, 'kind');
  if (kindNode === undefined) return true;
  const kind = str(kindNode);
  if (kind === undefined || kind.endsWith('List')) return false;
  const path = podSpecPath(kind);
  if (!path) return true;
  const meta = get(root, 'metadata');
  let name = '(unnamed)';
  if (meta !== undefined) {
    if (meta.t !== 'map') return false;
    const n = get(meta, 'name');
    if (n !== undefined) {
      if (str(n) === undefined) return false;
      name = str(n) as string;
    }
  }
  const workload = `${kind}/${name}`;
  let spec: YNode | undefined = root;
  for (const key of path) {
    if (spec.t !== 'map') return false;
    spec = get(spec, key);
    if (spec === undefined) return true;
  }
  if (spec.t !== 'map') return false;
  for (const [list, init] of CONTAINER_LISTS) {
    const seq = get(spec, list);
    if (seq === undefined) continue;
    if (seq.t !== 'seq') return false;
    const items = seq.items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as YNode;
      if (item.t !== 'map') return false;
      const nameNode = get(item, 'name');
      const container = nameNode === undefined ? `${list}[${i}]` : str(nameNode);
      const imageNode = get(item, 'image');
      const image = str(imageNode);
      if (container === undefined || image === undefined) return false;
      const line = withLines ? (imageNode as YScalar).line : undefined;
      out.push({ image, workload, container, init, file, line });
    }
  }
  return true;
}

/**
 * The container images of a multi-document YAML text when every document is plain enough to read
 * with certainty; undefined means "parse it fully". Never reports problems: any doubt is a fallback.
 */
export function scanImages(text: string, file: string, withLines = true): WorkloadImage[] | undefined {
  if (hasUnsafe(text)) return undefined;
  const images: WorkloadImage[] = [];
  const hashes = new Hashes(text);
  let doc = new DocReader(hashes);
  let lineNo = 0;
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const at = start;
    start = end + 1;
    lineNo++;
    let i = at;
    while (text.charCodeAt(i) === SPACE) i++;
    if (i === end || text.charCodeAt(i) === HASH) continue;
    if (i === at) {
      const c = text.charCodeAt(at);
      if (c === DASH && text.startsWith('---', at) && (end - at === 3 || text.charCodeAt(at + 3) === SPACE)) {
        if (!restIsEmpty(text, at + 3, end)) return undefined;
        if (doc.root && !documentImages(doc.root, file, withLines, images)) return undefined;
        doc = new DocReader(hashes);
        continue;
      }
      if (c === 37 || text.startsWith('...', at)) return undefined; // directives and document ends
    }
    if (!doc.line(text, at, i, end, lineNo)) return undefined;
  }
  return !doc.root || documentImages(doc.root, file, withLines, images) ? images : undefined;
}
