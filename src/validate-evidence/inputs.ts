import { asList, type InputSpec } from '../lib/inputs/spec.js';

export const spec: InputSpec = {
  path: { default: '.' },
  policy: { default: '.github/release-evidence.yml' },
  environment: { default: 'prod' },
  tag: {},
};

export interface Inputs {
  path: string;
  policy: string;
  environments: string[];
  tag?: string;
}

export function parseInputs(v: Record<string, string>): Inputs {
  return {
    path: v['path'] ?? '.',
    policy: v['policy'] ?? '',
    environments: asList(v['environment'] ?? ''),
    tag: v['tag'] || undefined,
  };
}
