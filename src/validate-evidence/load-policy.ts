// Finds and reads the policy file: the named file, or the built-in default when the default path is
// absent. A policy that cannot be read or parsed becomes findings at its lines, never a crash.
import { join } from 'node:path';
import { tryReadRegularFile } from '../lib/io/read-text.js';
import type { Finding } from '../lib/verdict/types.js';
import { defaultPolicy } from './default-policy.js';
import type { Inputs } from './inputs.js';
import { type Policy, parsePolicy } from './policy.js';

export interface LoadedPolicy {
  policy?: Policy;
  /** What the summary names as the policy's source. */
  source: string;
  findings: Finding[];
}

export async function loadPolicy(
  inputs: Inputs,
  file: string,
  invariantKeys: readonly string[],
): Promise<LoadedPolicy> {
  // Synchronous: one small file, and a thread-pool round trip costs more than the read.
  const text = tryReadRegularFile(join(inputs.path, inputs.policy));
  if (typeof text !== 'string') {
    if (text.missing && !inputs.policyExplicit) {
      return {
        policy: defaultPolicy(),
        source: 'built-in default',
        findings: [
          {
            rule: 'POLICY_DEFAULT',
            level: 'notice',
            message: `No ${inputs.policy}: the built-in default policy for docs/operations-artifacts/ applies.`,
          },
        ],
      };
    }
    return {
      source: file,
      findings: [
        {
          rule: 'POLICY_MISSING',
          level: 'fail',
          file,
          message: `The policy file ${file} ${text.reason}; fix input "policy".`,
        },
      ],
    };
  }
  const { policy, problems } = parsePolicy(text, invariantKeys);
  const findings: Finding[] = problems.map((p) => ({
    rule: p.at === '(file)' ? 'POLICY_YAML_INVALID' : 'POLICY_INVALID',
    level: 'fail',
    file,
    ...(p.line ? { line: p.line } : {}),
    message: p.at === '(file)' ? `The policy is not valid YAML: ${p.message}` : `Policy key ${p.at}: ${p.message}.`,
  }));
  return { policy, source: file, findings };
}
