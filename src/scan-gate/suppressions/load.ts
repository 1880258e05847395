// Reads the declared ignore files and VEX documents. The format follows the name, as in Trivy:
// .yml/.yaml is the YAML form, anything else the plain form. A declared file that does not exist fails:
// a suppression list that silently does not apply is the bug this gate exists to prevent.
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import type { Finding } from '../../lib/verdict/types.js';
import type { IgnoreEntry, VexStatement } from './model.js';
import { parsePlain } from './plain.js';
import { parseVex } from './vex.js';
import { parseYaml } from './yaml.js';

export interface SuppressionSet {
  entries: IgnoreEntry[];
  statements: VexStatement[];
  /** Problems found while reading: missing files, malformed ids, dates, YAML, VEX. */
  problems: Finding[];
}

async function readText(path: string, shown: string, kind: string, problems: Finding[]): Promise<string | undefined> {
  try {
    // Editors on Windows often save a byte-order mark; it would otherwise glue itself to the first id.
    return (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  } catch (e) {
    const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
    problems.push({
      rule: 'SUPPRESSION_FILE_MISSING',
      level: 'fail',
      message: missing
        ? `The declared ${kind} ${shown} does not exist: fix the path or remove it from the inputs.`
        : `Cannot read the ${kind} ${shown}: ${(e as Error).message}.`,
      file: shown,
    });
    return undefined;
  }
}

/** Paths are shown relative to the working directory, the way annotations expect them. */
function shownPath(cwd: string, p: string): string {
  const abs = resolve(cwd, p);
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}

export async function loadSuppressions(
  ignoreFiles: readonly string[],
  vexFiles: readonly string[],
  cwd: string,
): Promise<SuppressionSet> {
  const set: SuppressionSet = { entries: [], statements: [], problems: [] };
  for (const f of ignoreFiles) {
    const shown = shownPath(cwd, f);
    const text = await readText(resolve(cwd, f), shown, 'ignore file', set.problems);
    if (text === undefined) continue;
    const ext = extname(f).toLowerCase();
    const parsed = ext === '.yaml' || ext === '.yml' ? parseYaml(text, shown) : parsePlain(text, shown);
    set.entries.push(...parsed.entries);
    set.problems.push(...parsed.problems);
  }
  for (const f of vexFiles) {
    const shown = shownPath(cwd, f);
    const text = await readText(resolve(cwd, f), shown, 'VEX document', set.problems);
    if (text === undefined) continue;
    const parsed = parseVex(text, shown);
    set.statements.push(...parsed.statements);
    set.problems.push(...parsed.problems);
  }
  return set;
}
