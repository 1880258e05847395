// The rehearsal step passes on the example repository, and fails once its suppression is removed:
// the example report really holds a HIGH finding that only the reviewed suppression allows.
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRepo } from '../../../src/cli/rehearse.js';
import { step } from '../../../src/scan-gate/rehearse.js';
import { testIo } from '../../helpers/io.js';
import { tmp } from './fixtures.js';

describe('scan-gate rehearsal step', () => {
  it('passes on the example repository with its reviewed suppression', async () => {
    const v = await step.run(defaultRepo(), testIo());
    expect(v.outcome).toBe('pass');
    expect(v.outputs).toMatchObject({ 'blocking-count': '0', 'suppressed-count': '2', medium: '2', low: '1' });
  });

  it('fails without the suppression', async () => {
    const repo = tmp();
    cpSync(join(defaultRepo(), 'security'), join(repo, 'security'), { recursive: true });
    rmSync(join(repo, 'security', '.trivyignore'));
    const v = await step.run(repo, testIo());
    expect(v.outcome).toBe('fail');
    expect(v.findings.map((f) => f.rule)).toEqual(['SUPPRESSION_FILE_MISSING', 'SCAN_VULNERABILITY']);
  });
});
