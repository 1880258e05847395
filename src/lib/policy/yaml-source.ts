// Reads a YAML policy file keeping line numbers, and collects every problem in it with the path of the
// bad key (`evidence[2].table.rows`) and its line, so one run reports them all.
import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument } from 'yaml';

export type PathPart = string | number;

export interface Problem {
  at: string;
  message: string;
  line?: number;
}

export interface YamlSource {
  /** The document as plain data; undefined when the YAML does not parse. */
  data: unknown;
  /** Syntax errors, with lines. */
  syntax: Problem[];
  lineOf(path: readonly PathPart[], key?: boolean): number | undefined;
}

function pathText(path: readonly PathPart[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out || '(top level)';
}

export function readYaml(text: string): YamlSource {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const syntax: Problem[] = doc.errors.map((e) => ({
    at: '(file)',
    message: e.message.split('\n')[0] ?? e.message,
    line: counter.linePos(e.pos[0]).line,
  }));
  const lineOf = (path: readonly PathPart[], key = false): number | undefined => {
    try {
      if (key && path.length > 0) {
        const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
        if (isMap(parent)) {
          const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === path.at(-1));
          if (pair && isNode(pair.key) && pair.key.range) return counter.linePos(pair.key.range[0]).line;
        }
      }
      const node = path.length ? doc.getIn(path, true) : doc.contents;
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
    } catch {
      // A path through a scalar has no node: fall back to no line rather than fail the report.
    }
    return undefined;
  };
  let data: unknown;
  if (syntax.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      syntax.push({ at: '(file)', message: e instanceof Error ? e.message : String(e), line: 1 });
    }
  }
  return { data, syntax, lineOf };
}

/** Collects problems while a parser walks the data. */
export class Problems {
  readonly list: Problem[] = [];
  constructor(private readonly src?: YamlSource) {}

  add(path: readonly PathPart[], message: string, key = false): void {
    this.list.push({ at: pathText(path), message, line: this.src?.lineOf(path, key) });
  }

  /** Refuses keys the schema does not know, so a typo never silently turns a check off. */
  knownKeys(obj: Record<string, unknown>, path: readonly PathPart[], allowed: readonly string[]): void {
    for (const k of Object.keys(obj)) {
      if (!allowed.includes(k))
        this.add([...path, k], `unknown key "${k}"; expected one of: ${allowed.join(', ')}`, true);
    }
  }

  str(obj: Record<string, unknown>, path: readonly PathPart[], key: string, required = false): string | undefined {
    const v = obj[key];
    if (v === undefined || v === null) {
      if (required) this.add(path, `"${key}" is required`);
      return undefined;
    }
    if (typeof v !== 'string' || v.trim() === '') {
      this.add([...path, key], `"${key}" must be a non-empty string`);
      return undefined;
    }
    return v.trim();
  }

  strList(obj: Record<string, unknown>, path: readonly PathPart[], key: string): string[] | undefined {
    const v = obj[key];
    if (v === undefined || v === null) return undefined;
    const list = typeof v === 'string' ? [v] : v;
    if (!Array.isArray(list) || list.some((x) => typeof x !== 'string' || x.trim() === '')) {
      this.add([...path, key], `"${key}" must be a list of non-empty strings`);
      return undefined;
    }
    return list.map((x: string) => x.trim());
  }

  days(obj: Record<string, unknown>, path: readonly PathPart[], key: string): number | undefined {
    const v = obj[key];
    if (v === undefined || v === null || v === false) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 36500) {
      this.add([...path, key], `"${key}" must be a whole number of days (0 to 36500), or false to switch it off`);
      return undefined;
    }
    return v;
  }

  map(v: unknown, path: readonly PathPart[]): Record<string, unknown> | undefined {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
    this.add(path, 'must be a mapping of keys to values');
    return undefined;
  }
}
