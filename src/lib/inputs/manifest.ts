// Reads an action's action.yml: the single source of input names, descriptions and defaults.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { suiteRoot } from './root.js';

export { suiteRoot };

export interface ManifestInput {
  description: string;
  required: boolean;
  default?: string;
}

export interface ActionManifest {
  name: string;
  description: string;
  inputs: Record<string, ManifestInput>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

export function manifestPath(action: string, root = suiteRoot()): string {
  return join(root, 'actions', action, 'action.yml');
}

export function loadManifest(path: string): ActionManifest {
  const doc = parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const inputs: Record<string, ManifestInput> = {};
  for (const [name, raw] of Object.entries((doc['inputs'] ?? {}) as Record<string, Record<string, unknown>>)) {
    const input: ManifestInput = { description: String(raw['description'] ?? ''), required: raw['required'] === true };
    if (raw['default'] !== undefined) input.default = String(raw['default']);
    inputs[name] = input;
  }
  const outputs: Record<string, { description: string }> = {};
  for (const [name, raw] of Object.entries((doc['outputs'] ?? {}) as Record<string, Record<string, unknown>>)) {
    outputs[name] = { description: String(raw['description'] ?? '') };
  }
  return {
    name: String(doc['name'] ?? ''),
    description: String(doc['description'] ?? ''),
    inputs,
    outputs,
    runs: doc['runs'] as ActionManifest['runs'],
  };
}
