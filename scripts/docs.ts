// Renders the input and output tables of an action's docs page from its action.yml.
import type { ActionManifest } from '../src/lib/inputs/manifest.js';
import { renderTable } from '../src/lib/report/markdown.js';

export const BEGIN = '<!-- generated from action.yml by `npm run docs`: do not edit -->';
export const END = '<!-- end of generated tables -->';

export function renderDocs(m: ActionManifest): string {
  const inputs = renderTable({
    headers: ['Input', 'Required', 'Default', 'Description'],
    rows: Object.entries(m.inputs).map(([n, d]) => [
      `\`${n}\``,
      d.required ? 'yes' : 'no',
      d.default ? `\`${d.default}\`` : '',
      d.description.trim(),
    ]),
  });
  const outputs = renderTable({
    headers: ['Output', 'Description'],
    rows: Object.entries(m.outputs).map(([n, d]) => [`\`${n}\``, d.description.trim()]),
  });
  return `${BEGIN}\n### Inputs\n\n${inputs}\n\n### Outputs\n\n${outputs}\n${END}`;
}
