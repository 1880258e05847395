// The fast manifest scanner against the full YAML reader: wherever the scanner answers, it must give
// exactly the full reader's images (and the full reader no problem); wherever it is unsure it must
// say so, so the full reader decides.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { podSpecPath } from '../../../src/lib/k8s/kinds.js';
import { scanImages } from '../../../src/lib/k8s/scan.js';
import { extractImages, parseImages } from '../../../src/lib/k8s/workloads.js';

const DIGEST = `sha256:${'ab12'.repeat(16)}`;
const PLAIN = `# a plain manifest
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  labels:
    app.kubernetes.io/name: api
spec:
  replicas: 2
  template:
    spec:
      initContainers:
      - name: migrate
        image: 'ghcr.io/acme/migrate@${DIGEST}'
      containers:
        -   name: "api"
            image: ghcr.io/acme/api@${DIGEST} # pinned
            args:
              - --port=8080
            ports:
              - containerPort: 8080
        - image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/proxy:1
---
# a document of comments only
---
apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  ports:
  - port: 80
`;

describe('scanImages', () => {
  it('reads a plain manifest exactly as the full reader does, with lines', () => {
    const fast = scanImages(PLAIN, 'deploy/api.yaml');
    expect(fast).toBeDefined();
    expect(fast?.map((i) => [i.workload, i.container, i.init, i.image, i.line])).toEqual([
      ['Deployment/api', 'migrate', true, `ghcr.io/acme/migrate@${DIGEST}`, 14],
      ['Deployment/api', 'api', false, `ghcr.io/acme/api@${DIGEST}`, 17],
      ['Deployment/api', 'containers[1]', false, '123456789012.dkr.ecr.eu-west-1.amazonaws.com/proxy:1', 22],
    ]);
    expect({ images: fast, problems: [] }).toEqual(parseImages(PLAIN, 'deploy/api.yaml'));
  });

  it.each([
    ['multi-line flow mapping', 'kind: Pod\nmetadata: {name: p,\n  x: y}\n'],
    ['flow sequence with a trailing comma', 'kind: Pod\nx: [a, b,]\n'],
    ['flow pair inside a flow sequence', 'kind: Pod\nx: [a: b]\n'],
    ['duplicate key in a flow mapping', 'kind: Pod\nx: {a: 1, a: 2}\n'],
    ['spaces in a flow word', 'kind: Pod\nx: {a: b c}\n'],
    ['containers as an empty flow mapping', 'kind: Pod\nspec:\n  containers: {}\n'],
    ['anchor', 'kind: Pod\nx: &a y\n'],
    ['alias', 'kind: Pod\nspec:\n  containers:\n  - *c\n'],
    ['tag', 'kind: !!str Pod\n'],
    ['block scalar', 'kind: Pod\nnote: |\n  text\n'],
    ['multi-line plain scalar', 'kind: Pod\nnote: a\n  b\n'],
    ['escape in double quotes', 'kind: Pod\nx: "a\\"b"\n'],
    ['unclosed quote', 'kind: "Pod\n'],
    ['tab', 'kind: Pod\nspec:\n\tx: y\n'],
    ['carriage return', 'kind: Pod\r\n'],
    ['directive', '%YAML 1.2\n---\nkind: Pod\n'],
    ['document end marker', 'kind: Pod\n...\n'],
    ['duplicate key', 'kind: Pod\nkind: Job\n'],
    ['bad indentation', 'kind: Pod\nspec:\n  containers:\n  - name: a\n     image: x\n'],
    ['top-level list', '- kind: Pod\n'],
    ['kind not surely a string', 'kind: 12\n'],
    ['List kind', 'kind: List\nitems: []\n'],
    ['image not surely a string', 'kind: Pod\nspec:\n  containers:\n  - name: a\n    image: true\n'],
    ['image missing', 'kind: Pod\nspec:\n  containers:\n  - name: a\n'],
    ['containers not a list', 'kind: Pod\nspec:\n  containers:\n    name: a\n'],
    ['nested mapping in a value', 'kind: Pod\nx: a: b\n'],
    ['complex key', '? kind\n: Pod\n'],
  ])('leaves %s to the full reader', (_name, text) => {
    expect(scanImages(text, 'f.yaml')).toBeUndefined();
  });

  it('reads simple one-line flow collections', () => {
    const text =
      'kind: Pod\nmetadata: {name: p, labels: {app: p}}\nspec:\n  containers: [{name: a, image: "ghcr.io/a:1", ports: [{containerPort: 80}]}, {image: b}]\n  volumes: []\n';
    const fast = scanImages(text, 'f.yaml');
    expect(fast?.map((i) => [i.workload, i.container, i.image, i.line])).toEqual([
      ['Pod/p', 'a', 'ghcr.io/a:1', 4],
      ['Pod/p', 'containers[1]', 'b', 4],
    ]);
    expect({ images: fast, problems: [] }).toEqual(parseImages(text, 'f.yaml'));
  });

  it('treats `kind: toString` as no workload in both readers', () => {
    const text = 'kind: toString\nspec:\n  containers:\n  - image: x\n';
    expect(scanImages(text, 'f.yaml')).toEqual([]);
    expect(parseImages(text, 'f.yaml')).toEqual({ images: [], problems: [] });
  });
});

// --- differential property: generated manifests in varied styles, then randomly damaged ---

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
