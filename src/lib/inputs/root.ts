// Where the suite's own files are (actions/, examples/), found from the running module. Kept apart
// from manifest.ts so that code needing only the path does not load the YAML parser at start-up.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The suite's root folder, found from this module both in src/ and inside a dist/ bundle. */
export function suiteRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"name":\s*"rco-actions"/.test(readFileSync(pkg, 'utf8'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`rco-actions root not found above ${from}`);
    dir = up;
  }
}
