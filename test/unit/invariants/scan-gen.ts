// Generators for the scanner's differential tests: Kubernetes manifests in many styles (plain and
// flow, quoting, comments, indentation), values that are tricky for a YAML reader, and damage to them.
import fc from 'fast-check';
import { podSpecPath } from '../../../src/lib/k8s/kinds.js';

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
// Blocks inserted at a line's column: mostly off the paths images are read along (only checked, never
// kept), some with keys that are kept elsewhere (`containers`, `image`, `name`), some broken.
export const BLOCKS = [
  ['labels:', '  app: x', '  containers: y', '  image: z'],
  ['labels: {app: x, tier: "b"}'],
  ['labels: {app: x, app: y}'],
  ['labels: {true: x}'],
  ['annotations: {a: {b: [c, "d", \'e\']}, f: []}'],
  ['ports: [{containerPort: 80, name: http}, {containerPort: 81}]'],
  ['ports: [{containerPort: 80,}]'],
  ['env:', '- name: A', '  value: b', '- name: A', '  valueFrom: {secretKeyRef: {name: s, key: k}}'],
  ['env:', '  - name: A', '    name: B'],
  ['resources:', '  limits: {cpu: "1", memory: 512Mi}', '  requests:', '    cpu: 100m'],
  ['containers: [{name: f, image: ghcr.io/f:1}]'],
  ['containers:', '- {name: f, image: "ghcr.io/f:1"}', '- name: g', '  image: g'],
  ['spec: {containers: [{name: f, image: x}], initContainers: []}'],
  ['metadata: {name: m, labels: {a: b}}'],
  ['image:', '  nested: x'],
  ['args: [--a, "--b=c", \'d\']'],
  ['x: {a: b: c}'],
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
export const doc = fc.record({
  kind: fc.constantFrom(...KINDS),
  name: fc.option(value, { nil: undefined }),
  extra,
  init: fc.array(container, { maxLength: 2 }),
  containers: fc.array(container, { maxLength: 3 }),
});
export const style = fc.record({
  step: fc.constantFrom(2, 4),
  seqIndented: fc.boolean(),
  quoting: fc.array(fc.constantFrom('plain', 'single', 'double'), { minLength: 1, maxLength: 4 }),
  comments: fc.boolean(),
  flow: fc.boolean(),
});
export const mutation = fc.record({
  op: fc.constantFrom('delete', 'dup', 'indent', 'dedent', 'insert', 'replace', 'block', 'block'),
  at: fc.nat(),
  line: fc.constantFrom(...TRICKY_LINES),
  block: fc.constantFrom(...BLOCKS),
});

// Manifests every reader reads: nice values only, nothing broken.

// Manifests in the subset the scanner reads: nice values only, nothing broken.
const nice = fc.constantFrom(...NICE);
const plainContainer = fc.record({
  name: nice,
  image: nice,
  extra: fc.constant<[string, string][]>([]),
  ports: fc.boolean(),
});
export const plainDoc = fc.record({
  kind: fc.constantFrom('Deployment', 'Pod', 'CronJob', 'Service'),
  name: nice,
  extra: fc.constant<[string, string][]>([]),
  init: fc.array(plainContainer, { maxLength: 2 }),
  containers: fc.array(plainContainer, { minLength: 1, maxLength: 3 }),
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

export function render(docs: DocSpec[], s: Style) {
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

export function mutate(lines: string[], ms: { op: string; at: number; line: string; block: string[] }[]): string[] {
  const out = [...lines];
  for (const m of ms) {
    const i = out.length ? m.at % out.length : 0;
    // A block goes at the column of the keys on line i (past its dash, if it has one).
    const col = /^ *(- )?/.exec(out[i] ?? '')?.[0].length ?? 0;
    if (m.op === 'block') out.splice(i, 0, ...m.block.map((l) => ' '.repeat(col) + l));
    else if (m.op === 'delete') out.splice(i, 1);
    else if (m.op === 'dup') out.splice(i, 0, out[i] ?? '');
    else if (m.op === 'indent') out[i] = ` ${out[i] ?? ''}`;
    else if (m.op === 'dedent') out[i] = (out[i] ?? '').replace(/^ /, '');
    else if (m.op === 'insert') out.splice(i, 0, m.line);
    else out[i] = m.line;
  }
  return out;
}
