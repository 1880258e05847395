import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args.js';

describe('parseArgs', () => {
  it('reads the action, inputs and flags', () => {
    expect(
      parseArgs(['scan-gate', '--report', 'r.json', '--fail-on=CRITICAL', '--json', '--summary-file', 's.md']),
    ).toEqual({
      command: 'scan-gate',
      inputs: { report: 'r.json', 'fail-on': 'CRITICAL' },
      json: true,
      help: false,
      summaryFile: 's.md',
    });
  });

  it('collects a repeated input one value per line', () => {
    expect(parseArgs(['x', '--environment', 'prod', '--environment', 'stage']).inputs).toEqual({
      environment: 'prod\nstage',
    });
  });

  it('reads a bare flag as true', () => {
    expect(parseArgs(['x', '--allow-tags', '--json']).inputs).toEqual({ 'allow-tags': 'true' });
  });

  it('refuses a stray positional argument', () => {
    expect(() => parseArgs(['x', 'y'])).toThrow(/Unexpected argument "y"/);
  });
});
