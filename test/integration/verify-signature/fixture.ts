// Shared set-up of the verify-signature registry tests: inputs, a run of the image path, and the
// outcome its findings add up to.

import { loadTrust } from '../../../src/lib/sigstore/index.js';
import { outcomeOf } from '../../../src/lib/verdict/types.js';
import { verifyImages } from '../../../src/verify-signature/images.js';
import { parseInputs } from '../../../src/verify-signature/inputs.js';
import { testIo } from '../../helpers/io.js';

export async function verify(
  raw: Record<string, string>,
  opts: { env?: Record<string, string | undefined>; trustedRoot?: string } = {},
) {
  const io = testIo(opts.env ? { env: opts.env } : {});
  const values: Record<string, string> = { 'allow-tags': 'false', 'require-tlog': 'false', concurrency: '4', ...raw };
  if (values['password']) io.mask(values['password']);
  const inputs = parseInputs(values);
  const keyPem = inputs.key;
  const trust = await loadTrust(
    { ...(keyPem ? { keyPem } : {}), ...(opts.trustedRoot ? { trustedRootPath: opts.trustedRoot } : {}) },
    io,
  );
  const r = await verifyImages(inputs, trust, io);
  return { ...r, outcome: outcomeOf(r.findings), io, rules: r.findings.map((f) => f.rule) };
}
