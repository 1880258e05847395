// kubectl's error output reduced to what a user can act on.
import { describe, expect, it } from 'vitest';
import { cleanError } from '../../../src/lib/k8s/render.js';

describe('cleanError', () => {
  it('strips the klog prefix and the "command failed" wrapper', () => {
    const stderr =
      'E1123 10:49:55.314583   12895 run.go:72] "command failed" err="accumulating resources: open /r/base: no such file or directory"\n';
    expect(cleanError(stderr)).toBe('accumulating resources: open /r/base: no such file or directory');
  });

  it('keeps kustomize output as is, without its Error: prefix', () => {
    expect(cleanError('Error: invalid Kustomization: json: unknown field "resourcez"\n')).toBe(
      'invalid Kustomization: json: unknown field "resourcez"',
    );
  });

  it('reads a multi-line message from its klog block', () => {
    const stderr = [
      'E1123 14:16:05.675258    5759 run.go:72] "command failed" err=<',
      '\ttrouble configuring builtin HelmChartInflationGenerator with config: `',
      '\tname: app',
      '\t`: must specify --enable-helm',
      ' >',
      '',
    ].join('\n');
    expect(cleanError(stderr)).toBe(
      'trouble configuring builtin HelmChartInflationGenerator with config: ` name: app `: must specify --enable-helm',
    );
  });

  it('bounds long output', () => {
    expect(cleanError('x'.repeat(5000)).length).toBeLessThanOrEqual(600);
  });
});
