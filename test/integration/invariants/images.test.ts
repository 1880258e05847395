// Immutable images on copies of the example's kustomize tree, rendered by the real `kubectl kustomize`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { announceKubectl, brief, copyExample, edit, HAVE_KUBECTL, lineOf, removeCopies, runInvariant } from './repo.js';

const PROD = 'deploy/overlays/prod/kustomization.yaml';
const API_DIGEST = 'sha256:8830a0a34f35435e172ad942ddf5feca563fc435da6817a644ac490bc5edc57e';
const prodOnly = { directories: ['deploy/overlays/prod'] };

announceKubectl();
afterAll(removeCopies);

describe.skipIf(!HAVE_KUBECTL)('immutable-images with kubectl kustomize', () => {
  it('passes on the example, staging and prod', async () => {
    const r = await runInvariant(copyExample(), 'immutable-images');
    expect(r.findings).toEqual([]);
    expect(r.rows.map((row) => [row[1], row[3]])).toEqual([
      ['3 of 3 images pinned by digest', 'PASS'],
      ['3 of 3 images pinned by digest', 'PASS'],
    ]);
  });

  it('fails a tag instead of a digest, at the overlay line that sets the image', async () => {
    const repo = copyExample();
    edit(repo, PROD, `digest: ${API_DIGEST}`, 'newTag: 1.4.2');
    const r = await runInvariant(repo, 'immutable-images', { override: prodOnly });
    expect(brief(r)).toEqual([
      { rule: 'IMAGE_NOT_PINNED', level: 'fail', file: PROD, line: lineOf(PROD, 'newTag: 1.4.2', repo) },
    ]);
    expect(r.findings[0]!.message).toContain('Deployment/api container "api" image "ghcr.io/acme/shop-api:1.4.2"');
  });

  it('fails an all-zero digest on the initContainer', async () => {
    const repo = copyExample();
    edit(repo, PROD, /sha256:925a[0-9a-f]+/, `sha256:${'0'.repeat(64)}`);
    const r = await runInvariant(repo, 'immutable-images', { override: prodOnly });
    expect(brief(r)).toEqual([
      {
        rule: 'IMAGE_DIGEST_PLACEHOLDER',
        level: 'fail',
        file: PROD,
        line: lineOf(PROD, `sha256:${'0'.repeat(64)}`, repo),
      },
    ]);
    expect(r.findings[0]!.message).toContain('initContainer "migrate"');
  });

  it('fails a placeholder registry on the CronJob', async () => {
    const repo = copyExample();
    edit(repo, PROD, 'newName: ghcr.io/acme/shop-report-worker', 'newName: registry.example.com/acme/report-worker');
    const r = await runInvariant(repo, 'immutable-images', { override: prodOnly });
    expect(brief(r)).toEqual([
      {
        rule: 'IMAGE_PLACEHOLDER_REGISTRY',
        level: 'fail',
        file: PROD,
        line: lineOf(PROD, 'registry.example.com', repo),
      },
    ]);
    expect(r.findings[0]!.message).toContain('CronJob/nightly-report');
  });

  it('points at the base file when no overlay sets the image', async () => {
    const repo = copyExample();
    edit(repo, PROD, / {2}- name: report-worker\n.*\n.*\n/, '');
    const r = await runInvariant(repo, 'immutable-images', { override: prodOnly });
    const cron = 'deploy/base/cronjob.yaml';
    expect(brief(r)).toEqual([{ rule: 'IMAGE_NOT_PINNED', level: 'fail', file: cron, line: lineOf(cron, 'image:') }]);
  });

  it('is unknown, saying how to enable them, for Helm charts the policy does not let kustomize inflate', async () => {
    const repo = copyExample();
    const chart = 'helmCharts:\n  - name: app\n    repo: https://charts.example.invalid\n    version: 1.0.0\n';
    mkdirSync(join(repo, 'deploy/charts'));
    writeFileSync(join(repo, 'deploy/charts/kustomization.yaml'), chart);
    const off = await runInvariant(repo, 'immutable-images', { override: { directories: ['deploy/charts'] } });
    expect(brief(off)).toEqual([
      { rule: 'IMAGES_HELM_NOT_ENABLED', level: 'unknown', file: 'deploy/charts', line: undefined },
    ]);
    expect(off.findings[0]!.message).toContain('enable-helm: true');
    // With the option on but no helm on PATH (only kubectl is there), the renderer is missing a part.
    const bin = mkdtempSync(join(tmpdir(), 'rco-kubectl-only-'));
    symlinkSync(execFileSync('sh', ['-c', 'command -v kubectl']).toString().trim(), join(bin, 'kubectl'));
    const on = await runInvariant(repo, 'immutable-images', {
      override: { directories: ['deploy/charts'], 'enable-helm': true },
      env: { PATH: bin, HOME: tmpdir() },
    });
    expect(brief(on)).toEqual([
      { rule: 'IMAGES_RENDERER_MISSING', level: 'unknown', file: 'deploy/charts', line: undefined },
    ]);
    expect(on.findings[0]!.message).toContain('needs helm');
    rmSync(bin, { recursive: true, force: true });
  });

  it('reports a kustomization that does not build as a failed render, not a crash', async () => {
    const repo = copyExample();
    edit(repo, PROD, '../../base', '../../no-such-base');
    const r = await runInvariant(repo, 'immutable-images', { override: prodOnly });
    expect(brief(r)).toEqual([{ rule: 'IMAGES_RENDER_FAILED', level: 'fail', file: PROD, line: undefined }]);
    expect(r.findings[0]!.message).toMatch(/no-such-base/);
    expect(r.findings[0]!.message).not.toMatch(/run\.go|E\d{4} /);
  });
});

describe('immutable-images without kustomize', () => {
  it('is unknown, naming the package, when neither kubectl nor kustomize can be started', async () => {
    const r = await runInvariant(copyExample(), 'immutable-images', {
      override: prodOnly,
      env: { PATH: '/nonexistent' },
    });
    expect(brief(r)).toEqual([
      { rule: 'IMAGES_RENDERER_MISSING', level: 'unknown', file: 'deploy/overlays/prod', line: undefined },
    ]);
    expect(r.findings[0]!.message).toContain('Debian package kubectl');
  });

  it('is unknown, not failed, when the renderer outruns timeout-seconds, and says so', async () => {
    // A kubectl that never answers (exec: the shell becomes sleep, so the timeout's signal reaches it).
    const bin = mkdtempSync(join(tmpdir(), 'rco-slow-kubectl-'));
    writeFileSync(join(bin, 'kubectl'), '#!/bin/sh\nexec sleep 30\n', { mode: 0o755 });
    const started = Date.now();
    const r = await runInvariant(copyExample(), 'immutable-images', {
      override: { ...prodOnly, 'timeout-seconds': 1 },
      env: { PATH: `${bin}:${process.env['PATH']}` },
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(brief(r)).toEqual([
      { rule: 'IMAGES_RENDER_TIMEOUT', level: 'unknown', file: 'deploy/overlays/prod', line: undefined },
    ]);
    expect(r.findings[0]!.message).toContain('did not finish within 1 s');
    expect(r.findings[0]!.message).toContain('timeout-seconds');
    rmSync(bin, { recursive: true, force: true });
  });

  it('is unknown when the renderer is killed from outside', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'rco-killed-kubectl-'));
    writeFileSync(join(bin, 'kubectl'), '#!/bin/sh\nkill -9 $$\n', { mode: 0o755 });
    const r = await runInvariant(copyExample(), 'immutable-images', {
      override: prodOnly,
      env: { PATH: `${bin}:${process.env['PATH']}` },
    });
    expect(brief(r)).toEqual([
      { rule: 'IMAGES_RENDERER_FAILED', level: 'unknown', file: 'deploy/overlays/prod', line: undefined },
    ]);
    expect(r.findings[0]!.message).toContain('stopped by SIGKILL');
    rmSync(bin, { recursive: true, force: true });
  });

  it('reads plain YAML with file and line, and honours the allow-list for local names', async () => {
    const repo = copyExample();
    rmSync(join(repo, 'deploy/base/kustomization.yaml'));
    const base = 'deploy/base/deployment.yaml';
    const r = await runInvariant(repo, 'immutable-images', { override: { directories: ['deploy/base'] } });
    expect(brief(r)).toEqual([
      {
        rule: 'IMAGE_NOT_PINNED',
        level: 'fail',
        file: 'deploy/base/cronjob.yaml',
        line: lineOf('deploy/base/cronjob.yaml', 'image:'),
      },
      { rule: 'IMAGE_NOT_PINNED', level: 'fail', file: base, line: lineOf(base, 'image: api-migrate') },
      { rule: 'IMAGE_NOT_PINNED', level: 'fail', file: base, line: lineOf(base, /image: api$/) },
    ]);
    const allowed = await runInvariant(repo, 'immutable-images', {
      override: { directories: ['deploy/base'], allow: ['api', 'api-*', 'report-worker'] },
    });
    expect(allowed.findings).toEqual([]);
  });

  it('reports malformed YAML and a missing directory, survives symlink loops, and checks the other files', async () => {
    const repo = copyExample();
    rmSync(join(repo, 'deploy/base/kustomization.yaml'));
    symlinkSync('..', join(repo, 'deploy/base/loop'));
    symlinkSync('gone.yaml', join(repo, 'deploy/base/dangling.yaml'));
    symlinkSync('self.yaml', join(repo, 'deploy/base/self.yaml')); // a link to itself is passed over too
    writeFileSync(join(repo, 'deploy/base/broken.yaml'), 'kind: Pod\nspec:\n  containers: [{name: a, image: x}\n');
    const r = await runInvariant(repo, 'immutable-images', {
      override: { directories: ['deploy/base', 'deploy/nowhere'], allow: ['api', 'api-*', 'report-worker'] },
    });
    expect(brief(r)).toEqual([
      { rule: 'IMAGES_YAML_INVALID', level: 'fail', file: 'deploy/base/broken.yaml', line: expect.any(Number) },
      { rule: 'IMAGES_DIRECTORY_MISSING', level: 'unknown', file: 'deploy/nowhere', line: undefined },
    ]);
  });

  it('walks a folder named like a manifest, reading the files in it', async () => {
    const repo = copyExample();
    rmSync(join(repo, 'deploy/base/kustomization.yaml'));
    mkdirSync(join(repo, 'deploy/base/extra.yaml'));
    writeFileSync(
      join(repo, 'deploy/base/extra.yaml/pod.yml'),
      'kind: Pod\nspec:\n  containers: [{name: a, image: x}]\n',
    );
    const r = await runInvariant(repo, 'immutable-images', {
      override: { directories: ['deploy/base'], allow: ['api', 'api-*', 'report-worker'] },
    });
    // A folder named like a manifest is walked like any folder: its files are read.
    expect(brief(r)).toEqual([
      { rule: 'IMAGE_NOT_PINNED', level: 'fail', file: 'deploy/base/extra.yaml/pod.yml', line: 3 },
    ]);
  });
});
