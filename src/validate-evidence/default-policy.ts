// The built-in policy, used when the repository has no policy file: the common
// docs/operations-artifacts/ convention of capacity, disaster-recovery, security and egress evidence.
import { DEFAULT_VOCABULARY } from '../lib/policy/vocabulary.js';
import { type ArtifactRule, ENVIRONMENT_KEY, type Policy } from './policy.js';

const DIR = 'docs/operations-artifacts';

export const DEFAULT_EVIDENCE: ArtifactRule[] = [
  {
    name: 'capacity-baselines',
    file: `${DIR}/capacity-baselines.md`,
    status: { label: 'Current gate status' },
  },
  {
    name: 'dr-drill',
    pattern: `${DIR}/dr-drill-YYYYMMDD.md`,
    status: { heading: 'Status', expect: ['COMPLETED'] },
  },
  {
    name: 'security-controls-validation',
    file: `${DIR}/security-controls-validation.md`,
    table: { heading: 'Validation Matrix', rows: { kind: 'all' }, requiredKeys: [], result: 'Result' },
  },
  {
    name: 'controller-egress-handoff',
    file: `${DIR}/controller-egress-handoff.md`,
    status: { heading: 'Current Status' },
    table: {
      heading: 'Validation Matrix',
      rows: { kind: 'latest-per', column: 'Environment' },
      requiredKeys: [ENVIRONMENT_KEY],
      result: 'Smoke check result',
      signer: 'Reviewer',
    },
  },
];

export function defaultPolicy(): Policy {
  return { vocabulary: DEFAULT_VOCABULARY, evidence: DEFAULT_EVIDENCE, invariants: {}, invariantLines: {} };
}
