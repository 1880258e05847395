// Reading repository files for release metadata: bounded in size, never outside the repository.
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, normalize, relative, sep } from 'node:path';

/** Version files and changelogs are small; a huge one is a mistake, not something to load. */
export const MAX_BYTES = 8 * 1024 * 1024;

export type FileRead = { text: string } | { missing: true } | { error: string };

/** True for a relative path that stays inside the repository. */
export function isInsideRepo(path: string): boolean {
  if (path === '' || isAbsolute(path) || /^[A-Za-z]:/.test(path)) return false;
  const n = normalize(path);
  return n !== '..' && !n.startsWith(`..${sep}`) && !n.startsWith('../');
}

export async function readRepoFile(repo: string, path: string): Promise<FileRead> {
  const full = join(repo, path);
  if (relative(repo, full).startsWith('..')) return { error: 'the path leaves the repository' };
  try {
    const s = await stat(full);
    if (!s.isFile()) return { error: 'it is not a regular file' };
    if (s.size > MAX_BYTES) return { error: `it is larger than ${MAX_BYTES} bytes` };
    return { text: await readFile(full, 'utf8') };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') {
      return { missing: true };
    }
    return { error: (e as Error).message };
  }
}

/** 1-based line of a character offset. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
