import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { podSpecPath } from '../../../src/lib/k8s/kinds.js';
import { scanImages } from '../../../src/lib/k8s/scan.js';
import { isBoolOrNull } from '../../../src/lib/k8s/scan-nodes.js';
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
    // The scanner reads the whole text by position: a quote or bracket is never closed on a later line.
    ['double quote closed on a later line', 'kind: Pod\nx: "a\n  b"\n'],
    ['single quote closed on a later line', "kind: Pod\nx: 'a\n  b'\n"],
    ['flow quote closed on a later line', 'kind: Pod\nx: {a: "b\n  c"}\n'],
    ['flow sequence closed on a later line', 'kind: Pod\nx: [a, b\n  ]\n'],
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

  it.each([
    ['double-quoted', 'x: "b', '    image: c"'],
    ['single-quoted', "x: 'b", "    image: c'"],
    ['flow mapping', 'x: {a: "b', '    image: c"}'],
    ['flow sequence', "x: [a, 'b", "    image: c']"],
  ])('never lets a %s value on one line swallow the next', (_name, open, next) => {
    // The full reader reads one multi-line value and finds no image; the next line alone would be one.
    const text = `kind: Pod\nspec:\n  containers:\n  - name: a\n    ${open}\n${next}\n`;
    expect(scanImages(text, 'f.yaml')).toBeUndefined();
    expect(parseImages(text, 'f.yaml').problems).toHaveLength(1);
  });

  it('finds comments on their own line only, wherever the next # is', () => {
    const text = [
      'kind: Pod',
      'metadata:',
      '  name: a#b',
      'spec:',
      '  containers:',
      '  - name: c#d # the app',
      '    image: ghcr.io/a:1',
      '  # image: not this',
      '  - image: x#y',
      '# end',
    ].join('\n');
    const fast = scanImages(text, 'f.yaml');
    expect(fast?.map((i) => [i.workload, i.container, i.image, i.line])).toEqual([
      ['Pod/a#b', 'c#d', 'ghcr.io/a:1', 7],
      ['Pod/a#b', 'containers[1]', 'x#y', 9],
    ]);
    expect({ images: fast, problems: [] }).toEqual(parseImages(text, 'f.yaml'));
  });

  it('leaves a plain value ending in a Unicode space to the parser, which keeps it', () => {
    for (const end of ['\u00a0', ' \u3000', '\u2003 # c']) {
      const text = `kind: Pod\nspec:\n  containers:\n    - name: a\n      image: reg.io/a${end}\n`;
      expect(scanImages(text, 'f.yaml')).toBeUndefined();
      expect(extractImages(text, 'f.yaml')).toEqual(parseImages(text, 'f.yaml'));
    }
  });

  it('treats `kind: toString` as no workload in both readers', () => {
    const text = 'kind: toString\nspec:\n  containers:\n  - image: x\n';
    expect(scanImages(text, 'f.yaml')).toEqual([]);
    expect(parseImages(text, 'f.yaml')).toEqual({ images: [], problems: [] });
  });
});

// --- differential property: generated manifests in varied styles, then randomly damaged ---

describe('the scanner helpers', () => {
  it('isBoolOrNull names exactly the core-schema booleans and nulls', () => {
    // The definition the word-by-word comparison is held to.
    const NOT_STRING = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;
    const near = fc.constantFrom('true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'fALSE', 'null', 'Null');
    const word = fc.oneof(
      near,
      fc.constantFrom('NULL', 'nulL', 'name', 'nul', 'nulls', 'truth', 'fals', 'Falsy', 'image', '', 'n', 'yes'),
      fc.string({ maxLength: 6 }),
      near.map((w) => `${w} `),
    );
    fc.assert(
      fc.property(word, (w) => {
        expect(isBoolOrNull(w)).toBe(NOT_STRING.test(w));
      }),
      { numRuns: 2000 },
    );
  });

  it('podSpecPath knows the workload kinds only, not names every object has', () => {
    expect(podSpecPath('Deployment')).toEqual(['spec', 'template', 'spec']);
    expect(podSpecPath('CronJob')).toEqual(['spec', 'jobTemplate', 'spec', 'template', 'spec']);
    expect(podSpecPath('Pod')).toEqual(['spec']);
    for (const k of ['toString', '__proto__', 'constructor', 'hasOwnProperty', 'Service', 'deployment', ''])
      expect(podSpecPath(k)).toBeUndefined();
  });
});
