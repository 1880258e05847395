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

  it('bounds long output', () => {
    expect(cleanError('x'.repeat(5000)).length).toBeLessThanOrEqual(600);
  });
});
