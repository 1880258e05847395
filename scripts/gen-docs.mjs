#!/usr/bin/env node
// Writes the generated tables into docs/<action>.md between the markers, keeping the prose around them.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const { renderDocs, BEGIN, END } = await import('./docs.ts');
const { loadManifest, manifestPath, suiteRoot } = await import('../src/lib/inputs/manifest.ts');

const root = suiteRoot();
for (const name of readdirSync(join(root, 'actions'))) {
  if (!existsSync(manifestPath(name, root))) continue;
  const m = loadManifest(manifestPath(name, root));
  const page = join(root, 'docs', `${name}.md`);
  const tables = renderDocs(m);
  let text = existsSync(page)
    ? readFileSync(page, 'utf8')
    : `# ${name}\n\n${m.description.trim()}\n\n${BEGIN}\n${END}\n`;
  const a = text.indexOf(BEGIN);
  const b = text.indexOf(END);
  text = a >= 0 && b > a ? text.slice(0, a) + tables + text.slice(b + END.length) : `${text.trimEnd()}\n\n${tables}\n`;
  writeFileSync(page, text);
  console.log(`docs: ${page}`);
}
