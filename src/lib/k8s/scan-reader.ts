// The line reader of the fast manifest scanner (scan.ts): block mappings and sequences by their
// indentation, one line at a time. Every line is checked for what would make the full parser read it
// differently or fail; only what sits on the places the images are read from (scan-places.ts) is kept.
// Its working arrays and frames are reused from document to document and file to file.
import { FlowReader } from './scan-flow.js';
import { DASH, get, HASH, isBoolOrNull, KeyStack, SPACE, type YNode } from './scan-nodes.js';
import { AT, type Held, MAP, OFF, OTHER, type Place, RECORD, ROOT, SEQ, SLOTS } from './scan-places.js';
import { keyEnd, Seekers, scalar } from './scan-scalar.js';

/** An open block mapping or sequence. Frames are reused from line to line (and document to document). */
interface Frame {
  /** Column of the mapping's keys or of the sequence's dashes. */
  indent: number;
  seq: boolean;
  /** Where it sits: which of its keys (or, for a sequence, its items) lead to places. */
  place: Place;
  /** Added to the slots of the places below it: 0, or under a container its record. */
  base: number;
  /** Where its keys start on the key stack (its mark). */
  keys: number;
}

/** Reads one document's lines at a time; false as soon as a line is outside the subset. */
export class DocReader {
  /** What each place holds (SLOTS of them), then the containers' records; `top` is the end in use. */
  readonly held: Held[] = new Array(SLOTS);
  top = SLOTS;
  private frames: Frame[] = [];
  private depth = 0;
  /** The keys of the open mappings, for the duplicate test: keys are never cut out as strings. */
  private readonly keys = new KeyStack();
  private readonly flow = new FlowReader(this.keys);
  /** Set when the last `key:` or `-` had nothing after it: its value is the block that follows, or null. */
  private pending = false;
  /** Where that block will be, and the slot that says what it is (-1: not kept). */
  private pendingPlace = OFF;
  private pendingAt = -1;
  private pendingBase = 0;
  readonly seek = new Seekers();

  /** Ready for the next document. */
  reset(): void {
    for (let i = 0; i < SLOTS; i++) this.held[i] = undefined;
    this.top = SLOTS;
    this.depth = 0;
    this.keys.release(0);
    this.pending = false;
  }

  get hasRoot(): boolean {
    return this.depth > 0;
  }

  /** The line from `start` to `end`, whose first non-space character is at k (its indentation is k - start). */
  line(s: string, start: number, k: number, end: number, lineNo: number): boolean {
    const indent = k - start;
    const item = s.charCodeAt(k) === DASH && (k + 1 === end || s.charCodeAt(k + 1) === SPACE);
    if (this.pending) {
      this.pending = false;
      const p = this.frames[this.depth - 1] as Frame;
      // A sequence may sit at its key's own column (`containers:` then `- name: a`), a mapping may not.
      if (indent > p.indent || (item && indent === p.indent && !p.seq)) {
        if (this.pendingAt >= 0) this.held[this.pendingAt] = item ? SEQ : MAP;
        this.push(indent, item, this.pendingPlace, this.pendingBase);
      }
    }
    if (this.depth === 0) {
      if (item) return false; // a top-level list is no Kubernetes object; leave it to the parser
      this.push(indent, false, ROOT, 0);
    }
    let top = this.frames[this.depth - 1] as Frame;
    while (top.indent > indent || (top.indent === indent && top.seq && !item)) {
      if (this.depth === 1) return false;
      this.keys.release(top.keys);
      this.depth--;
      top = this.frames[this.depth - 1] as Frame;
    }
    if (top.indent !== indent) return false;
    if (top.seq) return item && this.item(top, s, start, k, end, lineNo);
    return !item && this.entry(top, s, k, keyEnd(s, k, end), end, lineNo);
  }

  private push(indent: number, seq: boolean, place: Place, base: number): Frame {
    let f = this.frames[this.depth];
    if (f === undefined) {
      f = { indent, seq, place, base, keys: this.keys.mark };
      this.frames.push(f);
    } else {
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
  private entry(f: Frame, s: string, k: number, keyAt: number, end: number, lineNo: number): boolean {
    const len = keyAt - k;
    if (keyAt < 0 || len > 1000) return false;
    // Duplicate keys are the parser's error to report.
    if (isBoolOrNull(s, k, len) || !this.keys.add(s, f.keys, k, len)) return false;
    const i = keyIndex(f.place, s, k, len);
    const place = i < 0 ? OFF : (f.place.kids[i] as Place);
    const at = i < 0 ? -1 : f.base + place.slot;
    let j = keyAt + 1;
    while (s.charCodeAt(j) === SPACE) j++;
    if (j < end && s.charCodeAt(j) !== HASH) return this.value(s, j, end, lineNo, place, at, f.base);
    this.expect(place, at, f.base);
    return true;
  }

  private item(f: Frame, s: string, start: number, dash: number, end: number, lineNo: number): boolean {
    let k = dash + 1;
    while (s.charCodeAt(k) === SPACE) k++;
    // On a container list each item gets a record; the items of any other sequence are only checked.
    const place = f.place.item ?? OFF;
    const rec = place === OFF ? 0 : this.record(f.place);
    const at = place === OFF ? -1 : rec + place.slot;
    if (k >= end || s.charCodeAt(k) === HASH) {
      this.expect(place, at, rec);
      return true;
    }
    if (s.charCodeAt(k) === DASH && (k + 1 === end || s.charCodeAt(k + 1) === SPACE)) return false;
    const keyAt = keyEnd(s, k, end);
    if (keyAt >= 0) {
      // `- name: a`: a mapping whose keys sit at the column of `name`.
      if (at >= 0) this.held[at] = MAP;
      return this.entry(this.push(k - start, false, place, rec), s, k, keyAt, end, lineNo);
    }
    return this.value(s, k, end, lineNo, place, at, rec);
  }

  /** The last key or item has no value on its line: null, unless a block follows. */
  private expect(place: Place, at: number, base: number): void {
    if (at >= 0) this.held[at] = OTHER;
    this.pending = true;
    this.pendingPlace = place;
    this.pendingAt = at;
    this.pendingBase = base;
  }

  /** A one-line value at j, held at `at` when kept there (-1: only checked). */
  private value(s: string, j: number, end: number, lineNo: number, place: Place, at: number, base: number): boolean {
    const c = s.charCodeAt(j);
    if (c === 123 || c === 91) {
      const node = this.flow.read(s, j, end, lineNo, at >= 0);
      if (node && at >= 0) this.keepFlow(node, place, at, base);
      return node !== undefined;
    }
    const v = scalar(s, j, end, this.seek, at >= 0);
    if (v === undefined) return false;
    if (at >= 0) this.hold(at, place, v, lineNo);
    return true;
  }

  private hold(at: number, place: Place, v: Held, lineNo: number): void {
    this.held[at] = v;
    if (place.line) this.held[at + 1] = lineNo;
  }

  /** A container's record, appended to the held slots: its list's slot, then its item, name, image, line. */
  private record(list: Place): number {
    const rec = this.top;
    for (let i = 0; i < RECORD; i++) this.held[rec + i] = undefined;
    this.held[rec + AT.list] = list.slot;
    this.top += RECORD;
    return rec;
  }

  /** Holds what a flow collection (read as a tree) puts on the places under `place`. */
  private keepFlow(node: YNode, place: Place, at: number, base: number): void {
    if (node.t === 'scalar') {
      this.hold(at, place, node.value ?? OTHER, node.line);
      return;
    }
    this.held[at] = node.t === 'map' ? MAP : SEQ;
    if (node.t === 'map') {
      for (let i = 0; i < place.keys.length; i++) {
        const v = get(node, place.keys[i] as string);
        const kid = place.kids[i] as Place;
        if (v !== undefined) this.keepFlow(v, kid, base + kid.slot, base);
      }
    } else if (place.item) {
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
function keyIndex(place: Place, s: string, k: number, len: number): number {
  const keys = place.keys;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (key.length === len && isAt(s, k, key)) return i;
  }
  return -1;
}

function isAt(s: string, k: number, key: string): boolean {
  for (let i = 0; i < key.length; i++) if (s.charCodeAt(k + i) !== key.charCodeAt(i)) return false;
  return true;
}
