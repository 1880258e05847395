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
import { CONTAINER_LISTS, podSpecPath } from './kinds.js';
import { DASH, HASH, hasUnsafe, restIsEmpty, SPACE } from './scan-nodes.js';
import { AT, child, KIND, MAP, METADATA, NAME, RECORD, ROOT, SEQ, SLOTS } from './scan-places.js';
import { DocReader } from './scan-reader.js';
import type { WorkloadImage } from './workloads.js';

/**
 * The images of one document, walking the same paths as the full reader; false when the document
 * holds anything the full reader would report as a problem or read differently.
 */
function documentImages(doc: DocReader, file: string, withLines: boolean, out: WorkloadImage[]): boolean {
  const held = doc.held;
  const kind = held[KIND.slot];
  if (kind === undefined) return true;
  if (typeof kind !== 'string' || kind.endsWith('List')) return false;
  const path = podSpecPath(kind);
  if (!path) return true;
  let name = '(unnamed)';
  if (held[METADATA.slot] !== undefined) {
    if (held[METADATA.slot] !== MAP) return false;
    const n = held[NAME.slot];
    if (n !== undefined) {
      if (typeof n !== 'string') return false;
      name = n;
    }
  }
  const workload = `${kind}/${name}`;
  let spec = ROOT;
  for (const key of path) {
    spec = child(spec, key);
    if (held[spec.slot] === undefined) return true;
    if (held[spec.slot] !== MAP) return false;
  }
  for (const [list, init] of CONTAINER_LISTS) {
    const seq = child(spec, list).slot;
    if (held[seq] === undefined) continue;
    if (held[seq] !== SEQ) return false;
    let i = 0;
    for (let r = SLOTS; r < doc.top; r += RECORD) {
      if (held[r + AT.list] !== seq) continue;
      if (held[r + AT.item] !== MAP) return false;
      const n = held[r + AT.name];
      const container = n === undefined ? `${list}[${i}]` : n;
      const image = held[r + AT.image];
      if (typeof container !== 'string' || typeof image !== 'string') return false;
      const line = withLines ? (held[r + AT.line] as number) : undefined;
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
export class ManifestScanner {
  private readonly doc = new DocReader();

  /**
   * Appends the container images of a multi-document YAML text to `out` when every document is plain
   * enough to read with certainty; false (with `out` as it was) means "parse it fully". Never reports
   * problems: any doubt is a fallback.
   */
  scan(text: string, file: string, withLines: boolean, out: WorkloadImage[]): boolean {
    if (hasUnsafe(text)) return false;
    const length = out.length;
    if (this.read(text, file, withLines, out)) return true;
    out.length = length;
    return false;
  }

  private read(text: string, file: string, withLines: boolean, out: WorkloadImage[]): boolean {
    const doc = this.doc;
    doc.reset();
    doc.seek.reset(text);
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
          if (!restIsEmpty(text, at + 3, end)) return false;
          if (doc.hasRoot && !documentImages(doc, file, withLines, out)) return false;
          doc.reset();
          continue;
        }
        if (c === 37 || text.startsWith('...', at)) return false; // directives and document ends
      }
      if (!doc.line(text, at, i, end, lineNo)) return false;
    }
    return !doc.hasRoot || documentImages(doc, file, withLines, out);
  }
}

/** The container images of a YAML text, or undefined: "parse it fully" (see ManifestScanner.scan). */
export function scanImages(text: string, file: string, withLines = true): WorkloadImage[] | undefined {
  const out: WorkloadImage[] = [];
  return new ManifestScanner().scan(text, file, withLines, out) ? out : undefined;
}
