// Every gate the `rco` command can run, loaded only when asked for (cold start stays small).
// An action is listed here only when it works end to end and has an actions/<name>/action.yml.
import type { Gate } from '../lib/gate/gate.js';

export const GATES: Record<string, () => Promise<Gate<unknown>>> = {
  'validate-evidence': async () => (await import('../validate-evidence/gate.js')).gate as Gate<unknown>,
  'scan-gate': async () => (await import('../scan-gate/gate.js')).gate as Gate<unknown>,
  'verify-signature': async () => (await import('../verify-signature/gate.js')).gate as Gate<unknown>,
  'signed-tag-check': async () => (await import('../signed-tag-check/gate.js')).gate as Gate<unknown>,
};
