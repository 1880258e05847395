// Workload image extraction: every kind with a pod template, lines of each image, and a corpus of
// malformed YAML that must end in problems, never an exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractImages } from '../../../src/lib/k8s/workloads.js';

const MULTI = `# leading comment
apiVersion: apps/v1
kind: Deployment
metadata: {name: api}
spec:
  template:
    spec:
      initContainers:
        - name: migrate
          image: ghcr.io/acme/migrate:1
      containers:
        - name: api
          image: "ghcr.io/acme/api:1"
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly}
spec:
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - {name: report, image: report}
---
kind: Service
metadata: {name: api}
---
---
kind: List
items:
  - kind: Pod
    metadata: {name: debug}
    spec:
      containers:
        - name: sh
          image: busybox
`;

describe('extractImages', () => {
  it('finds containers and initContainers of every workload kind, with lines', () => {
    const r = extractImages(MULTI, 'all.yaml');
    expect(r.problems).toEqual([]);
    expect(r.images.map((i) => [i.workload, i.container, i.init, i.image, i.line])).toEqual([
      ['Deployment/api', 'migrate', true, 'ghcr.io/acme/migrate:1', 10],
      ['Deployment/api', 'api', false, 'ghcr.io/acme/api:1', 13],
      ['CronJob/nightly', 'report', false, 'report', 24],
      ['Pod/debug', 'sh', false, 'busybox', 37],
    ]);
  });

  it.each(['StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'ReplicationController'])('reads a %s', (kind) => {
    const r = extractImages(
      `kind: ${kind}\nmetadata: {name: x}\nspec:\n  template:\n    spec:\n      containers: [{name: c, image: i}]\n`,
      'f',
    );
    expect(r.images.map((i) => i.workload)).toEqual([`${kind}/x`]);
  });

  it('follows aliases, so an image behind an anchor is still checked', () => {
    const text =
      'common: &c {name: app, image: "ghcr.io/acme/app:1"}\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [*c]\n';
    const r = extractImages(text, 'f');
    expect(r.images.map((i) => [i.image, i.line])).toEqual([['ghcr.io/acme/app:1', 1]]);
  });

  it('omits lines for rendered output', () => {
    const r = extractImages(MULTI, 'deploy/overlays/prod', { lines: false });
    expect(r.images.every((i) => i.line === undefined)).toBe(true);
  });
});

/** Each entry is malformed or oddly shaped; the expected count is how many problems it must report. */
const CORPUS: [string, string, number][] = [
  ['unclosed flow sequence', 'kind: Pod\nspec:\n  containers: [\n', 1],
  ['bad indentation', 'kind: Pod\nspec:\n  containers:\n  - name: a\n     image: x\n', 1],
  ['duplicate key', 'kind: Pod\nkind: Deployment\n', 1],
  ['tab indentation', 'kind: Pod\nspec:\n\tcontainers: []\n', 1],
  ['unterminated quote', 'kind: Pod\nspec: {containers: [{image: "x}]}\n', 1],
  ['undefined alias', 'kind: Pod\nspec: *nothing\n', 1],
  ['containers not a list', 'kind: Pod\nspec:\n  containers: nginx\n', 1],
  ['container not a mapping', 'kind: Pod\nspec:\n  containers: [nginx]\n', 1],
  ['container without image', 'kind: Pod\nspec:\n  containers: [{name: a}]\n', 1],
  ['image not a string', 'kind: Pod\nspec:\n  containers: [{name: a, image: [x]}]\n', 1],
  ['bad document then good one', 'kind: Pod\nspec: [\n---\nkind: Pod\nspec: {containers: [{name: a, image: b}]}\n', 1],
  ['binary noise', '\u0000\u0001\u0002: [', 1],
  ['scalar document', 'just text\n', 0],
  ['top-level list', '- kind: Pod\n', 0],
  ['kind not a string', 'kind: [Pod]\n', 0],
  ['spec missing', 'kind: Deployment\nmetadata: {name: x}\n', 0],
  [
    'alias bomb',
    'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nkind: Pod\n',
    0,
  ],
];

describe('malformed YAML corpus', () => {
  it.each(CORPUS)('%s', (_name, text, problems) => {
    const r = extractImages(text, 'bad.yaml');
    expect(r.problems).toHaveLength(problems);
    for (const p of r.problems) {
      expect(p.file).toBe('bad.yaml');
      expect(p.message.length).toBeGreaterThan(10);
      if (p.line !== undefined) expect(p.line).toBeGreaterThanOrEqual(1);
    }
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string(),
            fc.constantFrom('kind: Pod', 'spec:', '  containers:', '  - image: x', '---', '[', '&a', '*a'),
          ),
          {
            maxLength: 20,
          },
        ),
        (lines) => {
          const r = extractImages(lines.join('\n'), 'f.yaml');
          expect(Array.isArray(r.images)).toBe(true);
        },
      ),
    );
  });
});
