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

export class JsonScanError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'JsonScanError';
  }
}

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

export function skipWs(buf: Buffer, pos: number): number {
  while (pos < buf.length && isWs(buf[pos] as number)) pos++;
  return pos;
}

/**
 * i is just after an opening quote; returns the index just after the closing quote, or -1 when the
 * input ends first. Short strings (keys, versions, URLs) are walked byte by byte; a long one (a description) switches
 * to the native indexOf, which finds quotes many times faster than a JS loop.
 */
function skipString(buf: Buffer, i: number): number {
  const n = buf.length;
  const stop = Math.min(n, i + 96);
  while (i < stop) {
    const c = buf[i++] as number;
    if (c === QUOTE) return i;
    if (c === BACKSLASH) i++;
  }
  if (i >= n) return -1;
  for (;;) {
    const q = buf.indexOf(QUOTE, i);
    if (q < 0) return -1;
    // The quote is escaped only when an odd number of the backslashes not yet consumed precede it.
    let bs = 0;
    for (let j = q - 1; j >= i && buf[j] === BACKSLASH; j--) bs++;
    if (bs % 2 === 0) return q + 1;
    i = q + 1;
  }
}

/** pos is at an opening quote; returns the index just after the closing quote. */
export function stringEnd(buf: Buffer, pos: number): number {
  const end = skipString(buf, pos + 1);
  if (end < 0) throw new JsonScanError('unterminated string (the file is truncated)', pos);
  return end;
}

/** pos is at the first byte of a value; returns the index just after it. */
export function valueEnd(buf: Buffer, pos: number): number {
  const c = buf[pos];
  if (c === undefined) throw new JsonScanError('unexpected end of input (the file is truncated)', pos);
  if (c === QUOTE) return stringEnd(buf, pos);
  if (c === LBRACE || c === LBRACK) return containerEnd(buf, pos);
  // A number or literal runs to the next delimiter; JSON.parse of the enclosing element validates it.
  let i = pos;
  while (i < buf.length) {
    const b = buf[i] as number;
    if (b === COMMA || b === RBRACE || b === RBRACK || isWs(b)) break;
    if (b === QUOTE || b === LBRACE || b === LBRACK || b === COLON) break;
    i++;
  }
  if (i === pos) throw new JsonScanError(`unexpected character "${String.fromCharCode(c)}"`, pos);
  return i;
}

const MAX_DEPTH = 512;
/** Shared by every call (the scanner never re-enters itself): one allocation instead of one per value. */
const STACK = new Uint8Array(MAX_DEPTH);

/** Skips an object or array, checking that brackets pair up; strings are skipped inline. */
function containerEnd(buf: Buffer, pos: number): number {
  const stack = STACK;
  const n = buf.length;
  let depth = 0;
  let i = pos;
  while (i < n) {
    const b = buf[i++] as number;
    if (b === QUOTE) {
      i = skipString(buf, i);
      if (i < 0) throw new JsonScanError('unterminated string (the file is truncated)', n);
    } else if (b === LBRACE || b === LBRACK) {
      if (depth === MAX_DEPTH) throw new JsonScanError(`nested deeper than ${MAX_DEPTH} levels`, i - 1);
      stack[depth++] = b === LBRACE ? RBRACE : RBRACK;
    } else if (b === RBRACE || b === RBRACK) {
      if (stack[--depth] !== b) throw new JsonScanError(`mismatched "${String.fromCharCode(b)}"`, i - 1);
      if (depth === 0) return i;
    }
  }
  throw new JsonScanError('unexpected end of input (the file is truncated)', n);
}

/** Decodes and parses the bytes [start, end) as one JSON value. */
export function parseSlice(buf: Buffer, start: number, end: number): unknown {
  // Most values of a report are plain strings: decode those directly instead of through JSON.parse.
  if (buf[start] === QUOTE && end - start >= 2 && buf[end - 1] === QUOTE) {
    let plain = true;
    for (let j = start + 1; j < end - 1; j++) {
      const c = buf[j] as number;
      if (c === BACKSLASH || c === QUOTE || c < 0x20) {
        plain = false;
        break;
      }
    }
    if (plain) return buf.toString('utf8', start + 1, end - 1);
  }
  try {
    return JSON.parse(buf.toString('utf8', start, end));
  } catch (e) {
    throw new JsonScanError(`invalid JSON value (${(e as Error).message})`, start);
  }
}

function plainKey(buf: Buffer, start: number, end: number): string | undefined {
  for (let j = start; j < end; j++) {
    const c = buf[j] as number;
    if (c === BACKSLASH || c > 0x7e || c < 0x20) return undefined;
  }
  return buf.toString('latin1', start, end);
}

/**
 * Walks the members of the object at pos. For each, `onValue(key, valueStart)` may consume the value
 * itself and return the index after it; returning undefined lets the scanner skip it.
 * Returns the index after the closing brace.
 */
export function forEachMember(
  buf: Buffer,
  pos: number,
  onValue: (key: string, start: number) => number | undefined,
): number {
  if (buf[pos] !== LBRACE) throw new JsonScanError('expected an object', pos);
  let i = skipWs(buf, pos + 1);
  if (buf[i] === RBRACE) return i + 1;
  for (;;) {
    if (buf[i] !== QUOTE) throw new JsonScanError('expected a member name in quotes', i);
    const keyEnd = stringEnd(buf, i);
    // Keys are ASCII names in practice: decode them directly unless they hold an escape or non-ASCII byte.
    const key = plainKey(buf, i + 1, keyEnd - 1) ?? (parseSlice(buf, i, keyEnd) as string);
    i = skipWs(buf, keyEnd);
    if (buf[i] !== COLON) throw new JsonScanError(`expected ":" after "${key}"`, i);
    i = skipWs(buf, i + 1);
    const start = i;
    i = onValue(key, start) ?? valueEnd(buf, start);
    i = skipWs(buf, i);
    if (buf[i] === COMMA) i = skipWs(buf, i + 1);
    else if (buf[i] === RBRACE) return i + 1;
    else
      throw new JsonScanError(
        i >= buf.length ? 'unexpected end of input (the file is truncated)' : 'expected "," or "}"',
        i,
      );
  }
}

/**
 * Walks the elements of the array at pos. onElement(index, start) may consume the element and return
 * the index after it (undefined: the scanner skips it). Returns the index after "]".
 */
export function forEachElement(
  buf: Buffer,
  pos: number,
  onElement: (index: number, start: number) => number | undefined,
): number {
  if (buf[pos] !== LBRACK) throw new JsonScanError('expected an array', pos);
  let i = skipWs(buf, pos + 1);
  if (buf[i] === RBRACK) return i + 1;
  for (let n = 0; ; n++) {
    // Checked before the callback, so a cut-off file reads as truncated, not as a malformed element.
    if (i >= buf.length) throw new JsonScanError('unexpected end of input (the file is truncated)', i);
    i = skipWs(buf, onElement(n, i) ?? valueEnd(buf, i));
    if (buf[i] === COMMA) i = skipWs(buf, i + 1);
    else if (buf[i] === RBRACK) return i + 1;
    else
      throw new JsonScanError(
        i >= buf.length ? 'unexpected end of input (the file is truncated)' : 'expected "," or "]"',
        i,
      );
  }
}

/** 1-based line of a byte offset, for error messages (only computed when something is wrong). */
export function lineOf(buf: Buffer, offset: number): number {
  let line = 1;
  let i = buf.indexOf(0x0a, 0);
  while (i >= 0 && i < offset) {
    line++;
    i = buf.indexOf(0x0a, i + 1);
  }
  return line;
}

/** A fixed set of member names, matched against raw key bytes without decoding them. */
export class KeySet {
  private readonly byLength = new Map<number, { bytes: Buffer; slot: number }[]>();

  constructor(readonly names: readonly string[]) {
    names.forEach((name, slot) => {
      const bytes = Buffer.from(name, 'latin1');
      this.byLength.set(bytes.length, [...(this.byLength.get(bytes.length) ?? []), { bytes, slot }]);
    });
  }

  /** The slot of the key whose bytes are buf[start, end), or -1. Escaped keys never match (Trivy writes none). */
  slotOf(buf: Buffer, start: number, end: number): number {
    const candidates = this.byLength.get(end - start);
    if (!candidates) return -1;
    for (const { bytes, slot } of candidates) {
      let j = 0;
      while (j < bytes.length && buf[start + j] === bytes[j]) j++;
      if (j === bytes.length) return slot;
    }
    return -1;
  }
}

/**
 * Walks the object at pos like forEachMember, but without a callback or decoding any key: the value
 * range of each member named in `keys` is written to out[2*slot], out[2*slot+1] (-1 when absent).
 * This is the hot loop of a big report. Returns the index after the closing brace.
 */
export function pickMembers(buf: Buffer, pos: number, keys: KeySet, out: Int32Array): number {
  out.fill(-1);
  if (buf[pos] !== LBRACE) throw new JsonScanError('expected an object', pos);
  let i = skipWs(buf, pos + 1);
  if (buf[i] === RBRACE) return i + 1;
  for (;;) {
    if (buf[i] !== QUOTE) throw new JsonScanError('expected a member name in quotes', i);
    const keyEnd = stringEnd(buf, i);
    const slot = keys.slotOf(buf, i + 1, keyEnd - 1);
    i = skipWs(buf, keyEnd);
    if (buf[i] !== COLON) throw new JsonScanError('expected ":" after a member name', i);
    i = skipWs(buf, i + 1);
    const start = i;
    i = valueEnd(buf, start);
    if (slot >= 0) {
      out[2 * slot] = start;
      out[2 * slot + 1] = i;
    }
    i = skipWs(buf, i);
    if (buf[i] === COMMA) i = skipWs(buf, i + 1);
    else if (buf[i] === RBRACE) return i + 1;
    else {
      throw new JsonScanError(
        i >= buf.length ? 'unexpected end of input (the file is truncated)' : 'expected "," or "}"',
        i,
      );
    }
  }
}
