// Trivy's plain .trivyignore: the id is the first whitespace-separated token, `exp:YYYY-MM-DD`
// anywhere on the line sets an expiry, `#` lines and blank lines are skipped. Each file is parsed on
// its own and the entries merged as lists, so a file without a trailing newline never runs into the next.
import type { Finding } from '../../lib/verdict/types.js';
import { ALL_KINDS, type IgnoreEntry } from './model.js';
import { applyCommentBlock, badDate, isValidId, parseDate } from './syntax.js';

export interface Parsed {
  entries: IgnoreEntry[];
  problems: Finding[];
}

export function parsePlain(text: string, file: string): Parsed {
  const lines = text.split(/\r?\n|\r/);
  const entries: IgnoreEntry[] = [];
  const problems: Finding[] = [];
  lines.forEach((raw, i) => {
    const t = raw.trim();
    if (t === '' || t.startsWith('#')) return;
    const line = i + 1;
    const tokens = t.split(/\s+/);
    const id = tokens[0] as string;
    const entry: IgnoreEntry = {
      file,
      line,
      format: 'plain',
      id,
      kinds: ALL_KINDS,
      paths: [],
      purls: [],
      valid: true,
      matched: 0,
    };
    if (!isValidId(id)) {
      entry.valid = false;
      problems.push({
        rule: 'SUPPRESSION_ID_MALFORMED',
        level: 'fail',
        message: `"${id}" is not a well-formed finding id; write the id exactly as the report shows it (e.g. CVE-2024-12345).`,
        file,
        line,
      });
    }
    const exp = tokens.find((x) => x.startsWith('exp:'));
    let expires: Date | undefined;
    if (exp !== undefined) {
      expires = parseDate(exp.slice(4));
      if (!expires) {
        // Trivy skips such a line with a warning, so the finding is NOT suppressed: we fail loudly instead.
        entry.valid = false;
        problems.push(badDate(file, line, exp, 'exp:YYYY-MM-DD'));
      }
    }
    applyCommentBlock(entry, lines, i, expires, problems);
    entries.push(entry);
  });
  return { entries, problems };
}
