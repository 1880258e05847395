#!/usr/bin/env node
// Builds one ESM bundle per action into dist/<name>/index.js, plus dist/cli/index.js, then starts
// every bundle under Node: ncc exits 0 and writes a tiny broken bundle when TypeScript emits CommonJS,
// so a bundle that cannot load its modules, or is under 100 kB, fails the build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const only = process.argv.slice(2);

const actions = readdirSync(join(root, 'actions')).filter((n) => existsSync(join(root, 'actions', n, 'action.yml')));
const targets = [...actions.map((n) => [n, `src/${n}/main.ts`]), ['cli', 'src/cli/main.ts']];
if (existsSync(join(root, 'src', 'verify', 'main.ts'))) targets.push(['verify', 'src/verify/main.ts']);

let failed = 0;
for (const [name, entry] of targets) {
  if (only.length && !only.includes(name)) continue;
  // Build beside the committed bundle and swap only on success: a failed build leaves dist/ as it was.
  const out = join(root, 'dist', `.${name}.tmp`);
  rmSync(out, { recursive: true, force: true });
  const r = spawnSync(
    process.execPath,
    [
      ncc,
      'build',
      entry,
      '-o',
      out,
      '--minify',
      '--no-source-map-register',
      '--quiet',
      '--license',
      'licenses.txt',
      '--target',
      'es2022',
    ],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) {
    console.error(`build: ncc failed for ${name}`);
    rmSync(out, { recursive: true, force: true });
    failed++;
    continue;
  }
  const bundle = join(out, 'index.js');
  // The bundle is index.js plus the chunks it loads lazily (ncc splits dynamic imports into files).
  const size = readdirSync(out)
    .filter((f) => f.endsWith('.js'))
    .reduce((sum, f) => sum + statSync(join(out, f)).size, 0);
  // Start the bundle with no inputs: it must load every module, then stop on the missing input.
  const smoke = spawnSync(process.execPath, [bundle, '--help'], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    timeout: 60_000,
  });
  const text = `${smoke.stdout}\n${smoke.stderr}`;
  if (/MODULE_NOT_FOUND|ERR_MODULE_NOT_FOUND|ERR_REQUIRE_ESM|SyntaxError|ReferenceError/.test(text) || size < 100_000) {
    console.error(`build: dist/${name}/index.js is broken (${size} bytes):\n${text.slice(0, 2000)}`);
    rmSync(out, { recursive: true, force: true });
    failed++;
  } else {
    const final = join(root, 'dist', name);
    rmSync(final, { recursive: true, force: true });
    renameSync(out, final);
    console.log(`build: dist/${name}/ ${(size / 1024).toFixed(0)} kB of JavaScript, starts`);
  }
}
process.exit(failed ? 1 : 0);
