// The pieces of suppression syntax both file formats share: ids, dates and the governance comment
// block (`# owner: ...`, `# expires: YYYY-MM-DD`) directly above an entry.
import type { Finding } from '../../lib/verdict/types.js';
import type { GovernanceComment, IgnoreEntry } from './model.js';

/** An id that is well-formed for its family; a CVE or GHSA id is held to its exact shape. */
export function isValidId(id: string, allowSpaces = false): boolean {
  if (/^cve-/i.test(id)) return /^CVE-\d{4}-\d{4,}$/.test(id);
  if (/^ghsa-/i.test(id)) return /^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/.test(id);
  return allowSpaces ? /^[A-Za-z0-9][A-Za-z0-9._:+/() -]*$/.test(id) : /^[A-Za-z0-9][A-Za-z0-9._:+/()-]*$/.test(id);
}

/**
 * YYYY-MM-DD as UTC midnight (Trivy's `exp:` form), or a full RFC 3339 timestamp (YAML expired_at).
 * undefined when malformed or not a calendar date.
 */
export function parseDate(text: string): Date | undefined {
  const t = text.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : undefined;
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(t)) {
    const ms = Date.parse(t);
    return Number.isNaN(ms) ? undefined : new Date(ms);
  }
  return undefined;
}

/** Reads `# owner:` and `# expires:` from the comment lines directly above line index `at` (no blank between). */
function commentAbove(lines: readonly string[], at: number): GovernanceComment {
  const out: GovernanceComment = {};
  for (let i = at - 1; i >= 0; i--) {
    const t = (lines[i] ?? '').trim();
    if (!t.startsWith('#')) break;
    const m = /^#+\s*(owner|expires)\s*:\s*(.*?)\s*$/i.exec(t);
    if (!m) continue;
    const key = (m[1] as string).toLowerCase() as keyof GovernanceComment;
    // The nearest line wins when a block repeats a key.
    if (out[key] === undefined && m[2]) out[key] = m[2];
  }
  return out;
}

export function earliest(a: Date | undefined, b: Date | undefined): Date | undefined {
  if (!a) return b;
  if (!b) return a;
  return a.getTime() <= b.getTime() ? a : b;
}

export function badDate(file: string, line: number, got: string, form: string): Finding {
  return {
    rule: 'SUPPRESSION_DATE_MALFORMED',
    level: 'fail',
    message: `"${got}" is not a valid date; write it as ${form} (a real calendar date, UTC).`,
    file,
    line,
  };
}

/**
 * Takes the owner and expiry from the comment block above the entry at line index `at`; the entry
 * expires at the earlier of that and the format's own expiry (`exp:` or `expired_at`).
 */
export function applyCommentBlock(
  entry: IgnoreEntry,
  lines: readonly string[],
  at: number,
  ownExpiry: Date | undefined,
  problems: Finding[],
): void {
  const c = commentAbove(lines, at);
  if (c.owner) entry.owner = c.owner;
  let expires = ownExpiry;
  if (c.expires !== undefined) {
    const d = parseDate(c.expires);
    if (!d) {
      entry.valid = false;
      problems.push(badDate(entry.file, at, `# expires: ${c.expires}`, '# expires: YYYY-MM-DD'));
    }
    expires = earliest(expires, d);
  }
  if (expires) entry.expires = expires;
}
