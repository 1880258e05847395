// One-line flow collections as manifests write them (`labels: {app: api}`, `ports: [{containerPort:
// 80}]`, `args: []`), for the fast manifest scanner. Only a strict subset is read: keys as in block
// style followed by `: `, values that are nested collections, quoted strings without escapes, or
// plain words of [A-Za-z0-9_./@+-] with inner colons (no spaces); no trailing comma, no duplicate key, the
// closing bracket on the same line. Anything else is undefined and the full parser decides.
//
// Most flow collections lie where no image is read (labels, ports, resources): those are only checked,
// in place, and no node or string is made of them.
import {
  add,
  COLON,
  DASH,
  isBoolOrNull,
  isKeyChar,
  isKeyStart,
  type KeyStack,
  newMap,
  plainIsString,
  restIsEmpty,
  SPACE,
  type YMap,
  type YNode,
  type YScalar,
  type YSeq,
} from './scan-nodes.js';

const OPEN_MAP = 123;
const CLOSE_MAP = 125;
const OPEN_SEQ = 91;
const CLOSE_SEQ = 93;
const COMMA = 44;

/** What a collection that is only checked reads as: any node, never looked into. */
const CHECKED: YScalar = { t: 'scalar', value: undefined, line: 0 };

function isWordChar(c: number): boolean {
  return isKeyChar(c) || c === 64 || c === 43; // key characters plus @ and +
}

/** Reads flow collections, one at a time; one reader serves a whole scan. */
export class FlowReader {
  private text = '';
  /** Position in the text, advanced by the readers below. */
  private i = 0;
  /** Where the line ends (its newline or the text's end). */
  private end = 0;
  private lineNo = 0;
  /** Whether nodes are made; when not, every value reads as CHECKED. */
  private keep = false;

  constructor(private readonly keys: KeyStack) {}

  /**
   * The flow collection starting at k (`{` or `[`), which must end the line (bar a comment); `text` is
   * the whole text and `end` the position of the line's end in it. With `keep` false it is only
   * checked, and CHECKED stands for it.
   */
  read(text: string, k: number, end: number, lineNo: number, keep: boolean): YNode | undefined {
    this.text = text;
    this.i = k;
    this.end = end;
    this.lineNo = lineNo;
    this.keep = keep;
    const v = this.node(0);
    return v && restIsEmpty(text, this.i, end) ? v : undefined;
  }

  private skip(): number {
    while (this.text.charCodeAt(this.i) === SPACE) this.i++;
    return this.text.charCodeAt(this.i);
  }

  private node(depth: number): YNode | undefined {
    if (depth > 32) return undefined;
    const c = this.text.charCodeAt(this.i);
    if (c === OPEN_MAP) return this.map(depth);
    if (c === OPEN_SEQ) return this.seq(depth);
    if (c === 34 || c === 39) return this.quoted(c);
    return this.word();
  }

  private quoted(q: number): YScalar | undefined {
    const text = this.text;
    const close = text.indexOf(q === 34 ? '"' : "'", this.i + 1);
    if (close < 0 || close >= this.end) return undefined;
    // Escapes (`\` in double quotes) and doubled single quotes are left to the parser.
    if (q === 34) for (let j = this.i + 1; j < close; j++) if (text.charCodeAt(j) === 92) return undefined;
    if (q === 39 && text.charCodeAt(close + 1) === 39) return undefined;
    const start = this.i + 1;
    this.i = close + 1;
    return this.keep ? { t: 'scalar', value: text.slice(start, close), line: this.lineNo } : CHECKED;
  }

  private word(): YScalar | undefined {
    const text = this.text;
    const start = this.i;
    const c = text.charCodeAt(start);
    // `-` may only start a word when a word character follows (`- x` is a block sequence).
    if (!(isKeyStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 47 || c === DASH)) return undefined;
    let j = start + 1;
    // A colon inside a word (`nginx:1.25`, `@sha256:...`) is part of it; before a space or bracket it is not.
    while (j < this.end) {
      const d = text.charCodeAt(j);
      if (isWordChar(d) || (d === COLON && isWordChar(text.charCodeAt(j + 1)))) j++;
      else break;
    }
    if (c === DASH && j === start + 1) return undefined;
    this.i = j;
    if (!this.keep) return CHECKED;
    const value = text.slice(start, j);
    return { t: 'scalar', value: plainIsString(value) ? value : undefined, line: this.lineNo };
  }

  /** After an entry: `,` and another entry, or the closing bracket. Undefined on anything else. */
  private next(close: number): 'more' | 'end' | undefined {
    const c = this.skip();
    if (c === close) {
      this.i++;
      return 'end';
    }
    if (c !== COMMA) return undefined;
    this.i++;
    const d = this.skip();
    return d === close || d === COMMA ? undefined : 'more'; // a trailing or doubled comma: the parser decides
  }

  private map(depth: number): YNode | undefined {
    const m = this.keep ? newMap() : undefined;
    const mark = this.keys.mark;
    const v = this.entries(m, mark, depth);
    this.keys.release(mark);
    return v === undefined ? undefined : (m ?? CHECKED);
  }

  /** The entries of a mapping (its `{` at i), added to m when nodes are kept; undefined when not read. */
  private entries(m: YMap | undefined, mark: number, depth: number): true | undefined {
    const text = this.text;
    this.i++;
    if (this.skip() === CLOSE_MAP) {
      this.i++;
      return true;
    }
    for (;;) {
      const start = this.i;
      if (!isKeyStart(text.charCodeAt(start))) return undefined;
      let j = start + 1;
      while (j < this.end && isKeyChar(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) !== COLON || text.charCodeAt(j + 1) !== SPACE) return undefined;
      if (isBoolOrNull(text, start, j - start) || !this.keys.add(text, mark, start, j - start)) return undefined;
      this.i = j + 1;
      this.skip();
      const v = this.node(depth + 1);
      if (!v) return undefined;
      if (m) add(m, text.slice(start, j), v);
      const after = this.next(CLOSE_MAP);
      if (after !== 'more') return after === 'end' ? true : undefined;
    }
  }

  private seq(depth: number): YNode | undefined {
    const s: YSeq | undefined = this.keep ? { t: 'seq', items: [] } : undefined;
    this.i++;
    if (this.skip() === CLOSE_SEQ) {
      this.i++;
      return s ?? CHECKED;
    }
    for (;;) {
      const v = this.node(depth + 1);
      if (!v) return undefined;
      s?.items.push(v);
      const after = this.next(CLOSE_SEQ);
      if (after !== 'more') return after === 'end' ? (s ?? CHECKED) : undefined;
    }
  }
}
