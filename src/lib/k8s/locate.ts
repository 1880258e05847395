// kustomize output carries no source positions, yet a finding is only useful with a file and line.
// This finds where a rendered image was most likely written: the `images:` override of the nearest
// kustomization that produces it (that is what set the rendered value), else the workload file's
// `image:` line.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { imageName, parseImageRef } from './image-ref.js';

export interface Location {
  file: string;
  line: number;
}

/** Which line of an `images:` entry a finding is about: the digest (or tag) or the name. */
export type Aspect = 'digest' | 'name';

interface Override {
  file: string;
  /** The name the entry produces: newName when set, else name. */
  produces: string;
  lines: { name?: number; newName?: number; newTag?: number; digest?: number };
}

const KUSTOMIZATIONS = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/** Keys of a kustomization whose entries are local files or directories. */
const REFERENCE_KEYS = ['resources', 'bases', 'components', 'patchesStrategicMerge'];

/** The sources of one kustomization tree, read once and asked about many images. */
export class KustomizeSources {
  /** Overrides in visiting order: the overlay's before its bases'. */
  private readonly overrides: Override[] = [];
  private readonly resources: { file: string; lines: string[] }[] = [];
  private readonly seen = new Set<string>();

  constructor(kustomization: string) {
    this.visit(kustomization);
  }

  locate(image: string, aspect: Aspect = 'digest'): Location | undefined {
    const parsed = parseImageRef(image);
    const name = parsed.ok ? imageName(parsed.ref) : image;
    const o = this.overrides.find((x) => x.produces === name);
    if (o) {
      const l = o.lines;
      const line = aspect === 'digest' ? (l.digest ?? l.newTag ?? l.newName ?? l.name) : (l.newName ?? l.name);
      if (line) return { file: o.file, line };
    }
    const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const imageLine = new RegExp(`^\\s*-?\\s*["']?image["']?\\s*:\\s*["']?${esc}(?=[\\s"'@:]|$)`);
    for (const r of this.resources) {
      const i = r.lines.findIndex((l) => imageLine.test(l));
      if (i !== -1) return { file: r.file, line: i + 1 };
    }
    return undefined;
  }

  private visit(file: string): void {
    if (this.seen.has(file)) return;
    this.seen.add(file);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return; // kustomize itself reports an unreadable kustomization; here it only means fewer places to look
    }
    const counter = new LineCounter();
    const doc = parseDocument(text, { lineCounter: counter });
    if (doc.errors.length > 0 || !isMap(doc.contents)) return;
    const lineOf = (n: unknown) => {
      const r = (n as { range?: number[] } | null)?.range;
      return r ? counter.linePos(r[0]!).line : undefined;
    };
    const images = doc.contents.get('images', true);
    if (isSeq(images)) {
      for (const entry of images.items) {
        if (!isMap(entry)) continue;
        const str = (k: string) => {
          const v = entry.get(k, true);
          return isScalar(v) ? { value: String(v.value), line: lineOf(v) } : undefined;
        };
        const [name, newName, newTag, digest] = ['name', 'newName', 'newTag', 'digest'].map(str);
        const produces = newName?.value ?? name?.value;
        if (!produces) continue;
        const lines = { name: name?.line, newName: newName?.line, newTag: newTag?.line, digest: digest?.line };
        this.overrides.push({ file, produces, lines });
      }
    }
    for (const key of REFERENCE_KEYS) {
      const list = doc.contents.get(key);
      if (!isSeq(list)) continue;
      for (const item of list.items) {
        const entry = isScalar(item) ? item.value : undefined;
        if (typeof entry !== 'string' || /^[a-z]+:\/\//i.test(entry) || entry.includes('?')) continue;
        this.reference(resolve(dirname(file), entry));
      }
    }
  }

  private reference(p: string): void {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) {
      const k = KUSTOMIZATIONS.map((n) => join(p, n)).find((c) => existsSync(c));
      if (k) this.visit(k);
    } else if (!this.seen.has(p)) {
      this.seen.add(p);
      this.resources.push({ file: p, lines: readFileSync(p, 'utf8').split('\n') });
    }
  }
}
