// Deployment-order pieces without files: comparing orders, reading runbook blocks and workflow steps.
import { describe, expect, it } from 'vitest';
import { compareOrder } from '../../../src/validate-evidence/invariants/deployment-order.js';
import {
  APPLY_PATTERN,
  documentItems,
  fencedBlockUnder,
  workflowItems,
} from '../../../src/validate-evidence/invariants/order-sources.js';

const ORDER = ['crds', 'staging', 'canary', 'prod'];
const items = (...names: string[]) => names.map((item, i) => ({ item, line: 10 + i }));
const rules = (order: string[], found: ReturnType<typeof items>, extras = true) =>
  compareOrder(order, found, 'f', 1, extras).map((f) => [f.rule, f.line]);

describe('compareOrder', () => {
  it('accepts the canonical order, ignoring case and space', () => {
    expect(rules(ORDER, items('CRDs', ' staging', 'Canary', 'prod'))).toEqual([]);
  });

  it('reports only the first divergence', () => {
    expect(rules(ORDER, items('crds', 'canary', 'staging', 'prod'))).toEqual([['DEPLOY_ORDER_MISMATCH', 11]]);
    expect(rules(ORDER, items('prod', 'canary', 'staging', 'crds'))).toEqual([['DEPLOY_ORDER_MISMATCH', 10]]);
  });

  it('reports missing steps at the anchor line and keeps comparing the rest', () => {
    expect(rules(ORDER, items('crds', 'prod', 'staging'))).toEqual([
      ['DEPLOY_ORDER_MISMATCH', 11],
      ['DEPLOY_ORDER_MISSING', 1],
    ]);
  });

  it('reports extras and repeats at their lines, extras only when asked', () => {
    expect(rules(ORDER, items('crds', 'dev', 'staging', 'staging', 'canary', 'prod'))).toEqual([
      ['DEPLOY_ORDER_EXTRA', 11],
      ['DEPLOY_ORDER_DUPLICATE', 13],
    ]);
    expect(rules(ORDER, items('crds', 'dev', 'staging', 'canary', 'prod'), false)).toEqual([]);
  });
});

describe('APPLY_PATTERN', () => {
  it.each([
    ['kubectl apply -k deploy/overlays/prod', 'prod'],
    ['kubectl apply -k deploy/overlays/prod/ --server-side', 'prod'],
    ['kubectl apply --server-side -k ./deploy/overlays/staging', 'staging'],
    ['kubectl apply --kustomize=deploy/overlays/canary', 'canary'],
    ['kubectl apply -f manifests/crds.yaml', 'crds.yaml'],
  ])('%s names %s', (line, item) => {
    expect(APPLY_PATTERN.exec(line)?.[1]).toBe(item);
  });

  it.each(['kubectl diff -k deploy/overlays/prod', 'kubectl -n x rollout status deployment/api', 'echo apply'])(
    'ignores %s',
    (line) => {
      expect(APPLY_PATTERN.exec(line)).toBeNull();
    },
  );
});

describe('runbook blocks', () => {
  const md = [
    '# Runbook',
    '## Deployment Order',
    'Text.',
    '',
    '```',
    '1. crds',
    '- staging  # first',
    'kubectl apply -k x/canary',
    '',
    '# comment',
    'prod',
    '```',
    '## Next',
    '```',
    'other',
    '```',
  ].join('\n');

  it('reads the first fenced block under the heading, any case', () => {
    const block = fencedBlockUnder(md, '## deployment order');
    expect(block.ok).toBe(true);
    if (!block.ok) return;
    expect(documentItems(block.lines)).toEqual([
      { item: 'crds', line: 6 },
      { item: 'staging', line: 7 },
      { item: 'canary', line: 8 },
      { item: 'prod', line: 11 },
    ]);
    expect(documentItems(block.lines, /^-\s+(\w+)/)).toEqual([{ item: 'staging', line: 7 }]);
  });

  it('says whether the heading or the block is missing', () => {
    expect(fencedBlockUnder(md, 'Rollout')).toEqual({ ok: false, reason: 'heading' });
    expect(fencedBlockUnder('# A\n## Deployment order\ntext\n## B\n```\nx\n```\n', 'Deployment order')).toEqual({
      ok: false,
      reason: 'block',
      headingLine: 2,
    });
  });
});

describe('workflow steps', () => {
  const wf = [
    'jobs:',
    '  one:',
    '    steps:',
    '      - name: Apply crds',
    '        run: kubectl apply -f deploy/crds',
    '      - name: Apply staging',
    '        run: |',
    '          echo go',
    '          kubectl apply -k deploy/overlays/staging',
    '  two:',
    '    steps:',
    '      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683',
    '      - name: Apply prod',
    '        run: >-',
    '          kubectl apply -k deploy/overlays/prod',
  ].join('\n');

  it('reads run lines in job order with their lines', () => {
    expect(workflowItems(wf, { match: 'run' })).toEqual({
      ok: true,
      jobLine: 2,
      items: [
        { item: 'crds', line: 5 },
        { item: 'staging', line: 9 },
        { item: 'prod', line: 15 },
      ],
    });
  });

  it('reads step names, of one job when asked', () => {
    const r = workflowItems(wf, { match: 'name', job: 'two' });
    expect(r).toEqual({ ok: true, jobLine: 10, items: [{ item: 'Apply prod', line: 13 }] });
  });

  it('reports malformed YAML, a missing job and a workflow without jobs', () => {
    expect(workflowItems('jobs: [\n', { match: 'run' })).toMatchObject({
      ok: false,
      rule: 'yaml',
      line: expect.any(Number),
    });
    expect(workflowItems(wf, { match: 'run', job: 'three' })).toMatchObject({ ok: false, rule: 'job' });
    expect(workflowItems('on: push\n', { match: 'run' })).toMatchObject({ ok: false, rule: 'job' });
  });
});
