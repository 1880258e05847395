// Deployment order on copies of the example: the runbook's fenced block and the deploy workflow's
// apply steps against the policy's canonical order.
import { rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brief, copyExample, edit, lineOf, removeCopies, runInvariant } from './repo.js';

const RUNBOOK = 'docs/runbooks/release.md';
const WORKFLOW = '.github/workflows/deploy.yml';
const STAGING = 'kubectl apply -k deploy/overlays/staging';
const PROD = 'kubectl apply -k deploy/overlays/prod';

afterAll(removeCopies);

describe('deployment-order', () => {
  it('passes on the example', async () => {
    const r = await runInvariant(copyExample(), 'deployment-order');
    expect(r.findings).toEqual([]);
    expect(r.rows).toEqual([
      [`Deployment order in ${RUNBOOK}`, 'staging → prod', '', 'PASS'],
      [`Deployment order in ${WORKFLOW}`, 'staging → prod', '', 'PASS'],
    ]);
  });

  it('reports the first place the runbook diverges, at its line', async () => {
    const repo = copyExample();
    edit(repo, RUNBOOK, `${STAGING}\n# 2. production, after staging reports healthy\n${PROD}`, `${PROD}\n${STAGING}`);
    const r = await runInvariant(repo, 'deployment-order');
    expect(brief(r)).toEqual([
      { rule: 'DEPLOY_ORDER_MISMATCH', level: 'fail', file: RUNBOOK, line: lineOf(RUNBOOK, PROD, repo) },
    ]);
    expect(r.findings[0]!.message).toContain('"prod" comes where the canonical order has "staging"');
    expect(r.rows[0]).toEqual([`Deployment order in ${RUNBOOK}`, 'prod → staging', '', 'FAIL']);
  });

  it('reports a missing apply step in the workflow', async () => {
    const repo = copyExample();
    edit(repo, WORKFLOW, `          ${PROD}\n`, '');
    const r = await runInvariant(repo, 'deployment-order');
    expect(brief(r)).toEqual([
      { rule: 'DEPLOY_ORDER_MISSING', level: 'fail', file: WORKFLOW, line: lineOf(WORKFLOW, 'staging:') },
    ]);
    expect(r.findings[0]!.message).toContain('step "prod"');
  });

  it('reports an extra and a repeated step at their lines', async () => {
    const repo = copyExample();
    edit(
      repo,
      WORKFLOW,
      `          ${PROD}\n`,
      `          ${PROD}\n          kubectl apply -k deploy/overlays/dev\n          ${STAGING}\n`,
    );
    const r = await runInvariant(repo, 'deployment-order');
    const line = lineOf(WORKFLOW, PROD, repo);
    expect(brief(r)).toEqual([
      { rule: 'DEPLOY_ORDER_EXTRA', level: 'fail', file: WORKFLOW, line: line + 1 },
      { rule: 'DEPLOY_ORDER_DUPLICATE', level: 'fail', file: WORKFLOW, line: line + 2 },
    ]);
  });

  it('is unknown when the heading or the file is gone', async () => {
    const repo = copyExample();
    edit(repo, RUNBOOK, '## Deployment order', '## Order of things');
    const r = await runInvariant(repo, 'deployment-order', {
      override: {
        order: ['staging', 'prod'],
        documents: [{ file: RUNBOOK, heading: 'Deployment order' }],
        workflows: [{ file: '.github/workflows/missing.yml' }],
      },
    });
    expect(brief(r)).toEqual([
      { rule: 'DEPLOY_ORDER_NOT_FOUND', level: 'unknown', file: RUNBOOK, line: undefined },
      { rule: 'DEPLOY_ORDER_SOURCE_MISSING', level: 'unknown', file: '.github/workflows/missing.yml', line: undefined },
    ]);
    expect(r.rows.map((row) => row[1])).toEqual(['(not found)', '(missing)']);
  });

  it('is unknown, never a crash or a hang, when a source is a folder, a device or a link that loops', async () => {
    const repo = copyExample();
    rmSync(join(repo, WORKFLOW));
    symlinkSync('deploy.yml', join(repo, WORKFLOW)); // points at itself
    rmSync(join(repo, RUNBOOK));
    symlinkSync('/dev/zero', join(repo, RUNBOOK)); // a read would never end
    const r = await runInvariant(repo, 'deployment-order', {
      override: {
        order: ['staging', 'prod'],
        documents: [
          { file: 'docs/runbooks', heading: 'Deployment order' },
          { file: RUNBOOK, heading: 'Deployment order' },
        ],
        workflows: [{ file: WORKFLOW }],
      },
    });
    expect(brief(r)).toEqual([
      { rule: 'DEPLOY_ORDER_SOURCE_UNREADABLE', level: 'unknown', file: 'docs/runbooks', line: undefined },
      { rule: 'DEPLOY_ORDER_SOURCE_UNREADABLE', level: 'unknown', file: RUNBOOK, line: undefined },
      { rule: 'DEPLOY_ORDER_SOURCE_UNREADABLE', level: 'unknown', file: WORKFLOW, line: undefined },
    ]);
    expect(r.findings.map((f) => f.message)).toEqual([
      'docs/runbooks named in deployment-order is a directory, not a file: name the file that holds the order.',
      `${RUNBOOK} named in deployment-order is not a regular file (a device, FIFO or socket): name the file that holds the order.`,
      `${WORKFLOW} named in deployment-order is a symbolic link that loops: name the file that holds the order.`,
    ]);
    expect(r.rows.map((row) => [row[1], row[3]])).toEqual([
      ['(unreadable)', 'UNKNOWN'],
      ['(unreadable)', 'UNKNOWN'],
      ['(unreadable)', 'UNKNOWN'],
    ]);
  });

  it('reports malformed workflow YAML with its line, never a crash', async () => {
    const repo = copyExample();
    edit(repo, WORKFLOW, '    needs: staging', '    needs: [staging');
    const r = await runInvariant(repo, 'deployment-order');
    expect(brief(r)).toEqual([
      { rule: 'DEPLOY_ORDER_WORKFLOW_INVALID', level: 'fail', file: WORKFLOW, line: expect.any(Number) },
    ]);
  });

  it('matches step names when the policy says so', async () => {
    const repo = copyExample();
    const r = await runInvariant(repo, 'deployment-order', {
      override: {
        order: ['Apply staging', 'Apply prod'],
        workflows: [{ file: WORKFLOW, match: 'name' }],
      },
    });
    expect(r.findings).toEqual([]);
    const wrongJob = await runInvariant(repo, 'deployment-order', {
      override: { order: ['Apply staging', 'Apply prod'], workflows: [{ file: WORKFLOW, match: 'name', job: 'prod' }] },
    });
    expect(brief(wrongJob)).toEqual([
      { rule: 'DEPLOY_ORDER_MISSING', level: 'fail', file: WORKFLOW, line: lineOf(WORKFLOW, '  prod:') },
    ]);
  });
});
