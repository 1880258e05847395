// Every container image of the workloads in a (multi-document) YAML text, with the line it sits on.
// Malformed YAML and odd shapes become problems, never exceptions: one bad document must not hide the
// images of the others.
import { type Document, isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml';
import { CONTAINER_LISTS, podSpecPath } from './kinds.js';
import { scanImages } from './scan.js';

export interface WorkloadImage {
  image: string;
  /** e.g. `Deployment/api`. */
  workload: string;
  container: string;
  init: boolean;
  /** Where the image was read: a source file, or for rendered output the directory rendered. */
  file: string;
  line?: number;
}

export interface K8sProblem {
  message: string;
  file: string;
  line?: number;
}

export interface Extracted {
  images: WorkloadImage[];
  problems: K8sProblem[];
}

/**
 * `file` names the text in results; `lines` says whether line numbers mean anything to the reader.
 * Plain manifests are read by the fast scanner; anything it is not certain of is parsed fully.
 */
export function extractImages(text: string, file: string, opts: { lines?: boolean } = {}): Extracted {
  const images = scanImages(text, file, opts.lines ?? true);
  return images ? { images, problems: [] } : parseImages(text, file, opts);
}

/** The full YAML reader: every document parsed, aliases followed, malformed input turned into problems. */
export function parseImages(text: string, file: string, opts: { lines?: boolean } = {}): Extracted {
  const withLines = opts.lines ?? true;
  const counter = new LineCounter();
  const out: Extracted = { images: [], problems: [] };
  const lineAt = (offset: number | undefined) =>
    withLines && offset !== undefined ? counter.linePos(offset).line : undefined;
  let docs: Document.Parsed[];
  try {
    const parsed = parseAllDocuments(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
    docs = Array.isArray(parsed) ? parsed : [];
  } catch (e) {
    out.problems.push({ message: `cannot parse YAML: ${(e as Error).message}`, file });
    return out;
  }
  for (const doc of docs) {
    if (doc.errors.length > 0) {
      const err = doc.errors[0]!;
      out.problems.push({ message: `invalid YAML: ${firstLine(err.message)}`, file, line: lineAt(err.pos[0]) });
      continue;
    }
    walkObject(doc, doc.contents, out, file, lineAt);
  }
  return out;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

type LineAt = (offset: number | undefined) => number | undefined;

function walkObject(doc: Document.Parsed, node: unknown, out: Extracted, file: string, lineAt: LineAt) {
  // Aliases are followed everywhere: an image reached through `*anchor` still deploys.
  const deref = (n: unknown): unknown => {
    if (!isAlias(n)) return n;
    const target = n.resolve(doc);
    if (target === undefined) {
      out.problems.push({ message: `alias *${n.source} is not defined`, file, line: lineAt(nodeStart(n)) });
    }
    return target;
  };
  const child = (n: unknown, key: string) => (isMap(n) ? deref(n.get(key, true)) : undefined);
  const obj = deref(node);
  if (!isMap(obj)) return; // scalars, empty documents and lists at the top level are not Kubernetes objects
  const kind = obj.get('kind');
  if (typeof kind === 'string' && kind.endsWith('List')) {
    const items = child(obj, 'items');
    if (isSeq(items)) for (const item of items.items) walkObject(doc, item, out, file, lineAt);
    return;
  }
  const path = typeof kind === 'string' ? podSpecPath(kind) : undefined;
  if (!path) return;
  const meta = child(obj, 'metadata');
  const name = isMap(meta) && typeof meta.get('name') === 'string' ? (meta.get('name') as string) : '(unnamed)';
  const workload = `${kind}/${name}`;
  let spec: unknown = obj;
  for (const key of path) spec = child(spec, key);
  for (const [list, init] of CONTAINER_LISTS) {
    const seq = child(spec, list);
    if (seq === undefined || seq === null) continue;
    if (!isSeq(seq)) {
      out.problems.push({ message: `${workload}: ${list} is not a list`, file, line: lineAt(nodeStart(seq)) });
      continue;
    }
    seq.items.forEach((raw, i) => {
      const item = deref(raw);
      const where = lineAt(nodeStart(raw));
      if (!isMap(item)) {
        out.problems.push({ message: `${workload}: ${list}[${i}] is not a mapping`, file, line: where });
        return;
      }
      const cname = typeof item.get('name') === 'string' ? (item.get('name') as string) : `${list}[${i}]`;
      const imageNode = child(item, 'image');
      const image = isScalar(imageNode) ? imageNode.value : undefined;
      if (typeof image !== 'string') {
        out.problems.push({ message: `${workload}: container "${cname}" has no image`, file, line: where });
        return;
      }
      out.images.push({ image, workload, container: cname, init, file, line: lineAt(nodeStart(imageNode)) ?? where });
    });
  }
}

function nodeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range?.[0];
}
