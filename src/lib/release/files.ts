// Reading repository files for release metadata: bounded in size, never outside the repository.
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, normalize, relative, sep } from 'node:path';
import { notRegular, readFailure } from '../io/read-text.js';

/** Version files and changelogs are small; a huge one is a mistake, not something to load. */
export const MAX_BYTES = 8 * 1024 * 1024;

export type FileRead = { text: string } | { missing: true } | { error: string };

/** True for a relative path that stays inside the repository. */
export function isInsideRepo(path: string): boolean {
  if (path === '' || isAbsolute(path) || /^[A-Za-z]:/.test(path)) return false;
  const n = normalize(path);
  return n !== '..' && !n.startsWith(`..${sep}`) && !n.startsWith('../');
}

/** The file's text, or why not: in the same words as every other reader of the checkout (lib/io). */
export async function readRepoFile(repo: string, path: string): Promise<FileRead> {
  const full = join(repo, path);
  if (relative(repo, full).startsWith('..')) return { error: 'the path leaves the repository' };
  try {
    const s = await stat(full);
    const odd = notRegular(s);
    if (odd) return { error: `it ${odd.reason}` };
    if (s.size > MAX_BYTES) return { error: `it is larger than ${MAX_BYTES} bytes` };
    return { text: await readFile(full, 'utf8') };
  } catch (e) {
    const failure = readFailure(e);
    return failure.missing ? { missing: true } : { error: `it ${failure.reason}` };
  }
}

/** 1-based line of a character offset. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
