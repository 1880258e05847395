// action.yml is the source of truth for inputs: the parser's spec, the docs tables and the
// manifest itself must agree, and every action runs on node24 from its committed bundle.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocs } from '../../scripts/docs.js';
import { GATES } from '../../src/cli/registry.js';
import { loadManifest, manifestPath, suiteRoot } from '../../src/lib/inputs/manifest.js';

const root = suiteRoot();
const actions = readdirSync(join(root, 'actions')).filter((n) => existsSync(manifestPath(n, root)));

describe.each(actions)('%s', (name) => {
  const manifest = loadManifest(manifestPath(name, root));

  it('is registered with the CLI', () => {
    expect(Object.keys(GATES)).toContain(name);
  });

  it('declares the same inputs, required-ness and defaults as its parser', async () => {
    const gate = await GATES[name]!();
    expect(Object.keys(manifest.inputs).sort()).toEqual(Object.keys(gate.spec).sort());
    for (const [input, def] of Object.entries(gate.spec)) {
      const m = manifest.inputs[input]!;
      expect({ input, required: m.required, default: m.default }).toEqual({
        input,
        required: def.required === true,
        default: def.default,
      });
      expect(m.description.length, `${input} needs a description`).toBeGreaterThan(0);
    }
  });

  it('runs on node24 from its committed bundle', () => {
    expect(manifest.runs).toEqual({ using: 'node24', main: `../../dist/${name}/index.js` });
  });

  it('declares the outputs every gate writes', () => {
    expect(Object.keys(manifest.outputs)).toEqual(expect.arrayContaining(['outcome', 'findings-json']));
  });

  it('has a current docs page generated from action.yml', () => {
    const page = join(root, 'docs', `${name}.md`);
    expect(existsSync(page), `docs/${name}.md missing: run npm run docs`).toBe(true);
    expect(readFileSync(page, 'utf8'), `docs/${name}.md is stale: run npm run docs`).toContain(renderDocs(manifest));
  });
});
