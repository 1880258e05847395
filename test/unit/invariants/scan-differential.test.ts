// The fast manifest scanner held to the full YAML reader: on generated manifests in many styles, and on
// randomly damaged ones, wherever the scanner answers it must give the same images and lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { podSpecPath } from '../../../src/lib/k8s/kinds.js';
import { scanImages } from '../../../src/lib/k8s/scan.js';
import { hasUnsafe } from '../../../src/lib/k8s/scan-nodes.js';
import { extractImages, parseImages } from '../../../src/lib/k8s/workloads.js';

const DIGEST = `sha256:${'ab12'.repeat(16)}`;
const NICE = ['api', 'worker', 'ghcr.io/acme/api:1', `registry.acme.io/a/b@${DIGEST}`, 'nginx', 'app-1', 'x_y'];
const TRICKY = [
  'a: b',
  'x:',
  'a #b',
  'a#b',
  "it's",
  'say "hi"',
  '-1',
  '1.5',
  '0x1F',
  'a\u00a0',
  'a\u3000 ',
  'a \u00a0',
  'a\u2003',
  'a\u00a0 # c',
  '\u00a0',
  '.inf',
  '+1',
  '1e3',
  'true',
  'True',
  'null',
  '~',
  '',
  'foo[1]',
  '[a, b]',
  '{a: 1}',
  '&anchor x',
  '*anchor',
  '!tag x',
  '|',
  '>-',
  '@x',
  '`x',
  '%x',
  '?x',
  ':x',
  '-x',
  '- item',
  '--- x',
  'a\\b',
  'x  y',
  '123.dkr.ecr.us-east-1.amazonaws.com/app',
  '1/2',
  'a\tb',
  '#c',
  '"open',
  "'open",
  'a"',
];
const TRICKY_LINES = [
  '---',
  '--- # next',
  '...',
  '%YAML 1.2',
  '  - x',
  '- x',
  'kind: Pod',
  'kind: Deployment',
  '  image: x',
  '    image: y',
  'a: &b c',
  'b: *b',
  'x: |',
  '  text',
  '? k',
  '\ttab: x',
  'image: "a\\"b"',
  ': x',
  'k: v: w',
  'metadata:',
  '  name: other',
  '#',
  '',
  // Quotes and brackets left open, and lines that would close them: each line is read on its own.
  'image: "open',
  "  name: 'open",
  'labels: {a: "b',
  'args: [a, "b',
  '  close"',
  "  close'",
  '  close]',
  '  x: y # z',
];
const KEYS = ['env', 'args', 'labels', 'x-y', 'a.b/c', 'true', 'image', 'name', 'kind', 'replicas', 'spec'];
const KINDS = ['Deployment', 'Pod', 'CronJob', 'Job', 'Service', 'ConfigMap', 'List', 'toString'];

const value = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...NICE) },
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 1, arbitrary: fc.string() },
);
const extra = fc.array(fc.tuple(fc.constantFrom(...KEYS), value), { maxLength: 2 });
const container = fc.record({
  name: fc.option(value, { nil: undefined }),
  image: fc.option(value, { freq: 8, nil: undefined }),
  extra,
  ports: fc.boolean(),
});
const doc = fc.record({
  kind: fc.constantFrom(...KINDS),
  name: fc.option(value, { nil: undefined }),
  extra,
  init: fc.array(container, { maxLength: 2 }),
  containers: fc.array(container, { maxLength: 3 }),
});
const style = fc.record({
  step: fc.constantFrom(2, 4),
  seqIndented: fc.boolean(),
  quoting: fc.array(fc.constantFrom('plain', 'single', 'double'), { minLength: 1, maxLength: 4 }),
  comments: fc.boolean(),
  flow: fc.boolean(),
});
const mutation = fc.record({
  op: fc.constantFrom('delete', 'dup', 'indent', 'dedent', 'insert', 'replace'),
  at: fc.nat(),
  line: fc.constantFrom(...TRICKY_LINES),
});

type Tree = { [key: string]: Tree | Tree[] | string };
type DocSpec = { kind: string; name?: string; extra: [string, string][]; init: Cont[]; containers: Cont[] };
type Cont = { name?: string; image?: string; extra: [string, string][]; ports: boolean };

function treeOf(d: DocSpec): Tree {
  const cont = (c: Cont): Tree => {
    const t: Tree = {};
    if (c.name !== undefined) t.name = c.name;
    if (c.image !== undefined) t.image = c.image;
    for (const [k, v] of c.extra) t[k] = v;
    if (c.ports) t.ports = [{ containerPort: '8080' }];
    return t;
  };
  const pod: Tree = {};
  if (d.init.length) pod.initContainers = d.init.map(cont);
  if (d.containers.length) pod.containers = d.containers.map(cont);
  let spec: Tree = pod;
  for (const key of [...(podSpecPath(d.kind) ?? ['spec', 'template', 'spec'])].reverse()) spec = { [key]: spec };
  const root: Tree = { apiVersion: 'v1', kind: d.kind };
  if (d.name !== undefined) root.metadata = { name: d.name };
  for (const [k, v] of d.extra) root[k] = v;
  return { ...root, ...spec };
}

type Style = { step: number; seqIndented: boolean; quoting: string[]; comments: boolean; flow: boolean };

function render(docs: DocSpec[], s: Style) {
  const out: string[] = [];
  let n = 0;
  const fmt = (v: string) => {
    const q = s.quoting[n++ % s.quoting.length];
    if (q === 'single') return `'${v.replace(/'/g, "''")}'`;
    if (q === 'double') return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    return v;
  };
  const pad = (i: number) => ' '.repeat(i);
  const comment = (i: number) => {
    if (s.comments && n % 3 === 0) out.push(`${pad(i)}# note`);
  };
  // Flow style for what is flat enough: a mapping of strings, or a list of such mappings.
  const flat = (v: Tree | Tree[] | string): v is Tree =>
    typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
  const flow = (v: Tree | Tree[]): string =>
    Array.isArray(v)
      ? `[${v.map((x) => flow(x)).join(', ')}]`
      : `{${Object.entries(v)
          .map(([k, x]) => `${k}: ${fmt(x as string)}`)
          .join(', ')}}`;
  const entries = (t: Tree, indent: number, first?: string) => {
    Object.entries(t).forEach(([k, v], idx) => {
      const lead = idx === 0 && first !== undefined ? first : pad(indent);
      if (s.flow && typeof v !== 'string' && (flat(v) || (Array.isArray(v) && v.every(flat)))) {
        out.push(`${lead}${k}: ${flow(v)}`);
      } else if (typeof v === 'string') {
        out.push(`${lead}${k}: ${fmt(v)}${s.comments && n % 5 === 0 ? ' # why' : ''}`);
      } else if (Array.isArray(v)) {
        out.push(`${lead}${k}:`);
        const at = s.seqIndented ? indent + s.step : indent;
        for (const item of v) {
          comment(at);
          if (Object.keys(item).length === 0) out.push(`${pad(at)}- {}`);
          else entries(item as Tree, at + 2, `${pad(at)}- `);
        }
      } else {
        out.push(`${lead}${k}:`);
        entries(v, indent + s.step);
      }
    });
  };
  for (const d of docs) {
    if (out.length) out.push('---');
    entries(treeOf(d), 0);
  }
  return out;
}

function mutate(lines: string[], ms: { op: string; at: number; line: string }[]): string[] {
  const out = [...lines];
  for (const m of ms) {
    const i = out.length ? m.at % out.length : 0;
    if (m.op === 'delete') out.splice(i, 1);
    else if (m.op === 'dup') out.splice(i, 0, out[i] ?? '');
    else if (m.op === 'indent') out[i] = ` ${out[i] ?? ''}`;
    else if (m.op === 'dedent') out[i] = (out[i] ?? '').replace(/^ /, '');
    else if (m.op === 'insert') out.splice(i, 0, m.line);
    else out[i] = m.line;
  }
  return out;
}

describe('scanImages against the full reader', () => {
  it('agrees wherever it answers, on generated and damaged manifests', () => {
    fc.assert(
      fc.property(
        fc.array(doc, { minLength: 1, maxLength: 3 }),
        style,
        fc.array(mutation, { maxLength: 3 }),
        fc.boolean(),
        (docs, s, ms, withLines) => {
          const text = `${mutate(render(docs, s), ms).join('\n')}\n`;
          const fast = scanImages(text, 'f.yaml', withLines);
          if (fast !== undefined)
            expect({ images: fast, problems: [] }).toEqual(parseImages(text, 'f.yaml', { lines: withLines }));
          expect(extractImages(text, 'f.yaml', { lines: withLines })).toEqual(
            parseImages(text, 'f.yaml', { lines: withLines }),
          );
        },
      ),
      { numRuns: 600 },
    );
  });

  it('answers for every plain-style manifest, so the fast path is really taken', () => {
    const nice = fc.constantFrom(...NICE);
    const plainContainer = fc.record({
      name: nice,
      image: nice,
      extra: fc.constant<[string, string][]>([]),
      ports: fc.boolean(),
    });
    const plainDoc = fc.record({
      kind: fc.constantFrom('Deployment', 'Pod', 'CronJob', 'Service'),
      name: nice,
      extra: fc.constant<[string, string][]>([]),
      init: fc.array(plainContainer, { maxLength: 2 }),
      containers: fc.array(plainContainer, { minLength: 1, maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(plainDoc, { minLength: 1, maxLength: 3 }), style, (docs, s) => {
        const text = `${render(docs, s).join('\n')}\n`;
        const fast = scanImages(text, 'f.yaml');
        expect(fast).toBeDefined();
        expect({ images: fast, problems: [] }).toEqual(parseImages(text, 'f.yaml'));
      }),
      { numRuns: 200 },
    );
  });
});

describe('hasUnsafe', () => {
  // The definition: one search over the whole text.
  const UNSAFE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
  // Printable ASCII and newlines mostly, then characters either side of each edge of the class.
  const char = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom('a', ' ', '\n', '~', ':', '-') },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        ...['\x00', '\t', '\x0b', '\r', '\x1f', '\x7f', '\x80', '\x9f', '\xa0', '\xff', '\u0100'],
        ...['\u2027', '\u2028', '\u2029', '\u202a', '\ufefe', '\ufeff', '\uff00', '\ufffd', '\ufffe', '\uffff'],
        ...['\ud800', '\udc00', '\u{1f600}', 'é'],
      ),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 1 }) },
  );
  it('agrees with searching the whole text for an unsafe character', () => {
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(hasUnsafe(text)).toBe(UNSAFE.test(text));
      }),
      { numRuns: 5000 },
    );
    for (const text of ['', '\n', 'a: b\n', 'a\tb', 'é\t', 'é', 'a\n\u2028'])
      expect(hasUnsafe(text)).toBe(UNSAFE.test(text));
  });
});
