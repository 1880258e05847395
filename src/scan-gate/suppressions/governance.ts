// Governance of suppressions: every entry has an owner and an expiry; expired entries fail, entries
// close to expiry warn, entries that matched nothing warn (stale). Malformed ids and dates were already
// reported when the files were parsed.
import type { Finding } from '../../lib/verdict/types.js';
import type { IgnoreEntry } from './model.js';

const DAY = 86_400_000;

/** Days from now until the expiry, rounded up: 1 on the last day it still applies, <= 0 once past. */
export function daysLeft(expires: Date, now: Date): number {
  return Math.ceil((expires.getTime() - now.getTime()) / DAY) || 0;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

export function governance(
  entries: readonly IgnoreEntry[],
  now: Date,
  warningDays: number,
  opts: { stale: boolean },
): Finding[] {
  const out: Finding[] = [];
  for (const e of entries) {
    if (!e.valid) continue;
    const at = { file: e.file, line: e.line };
    const owner = e.owner ?? e.statement;
    if (!owner) {
      out.push({
        rule: 'SUPPRESSION_OWNER_MISSING',
        level: 'fail',
        message: `Suppression of ${e.id} has no owner; add "# owner: <team or person>" on the line directly above it${e.format === 'yaml' ? ' (or a "statement")' : ''}.`,
        ...at,
      });
    }
    if (!e.expires) {
      out.push({
        rule: 'SUPPRESSION_EXPIRY_MISSING',
        level: 'fail',
        message: `Suppression of ${e.id} has no expiry; add "# expires: YYYY-MM-DD" above it${e.format === 'yaml' ? ' or "expired_at"' : ' or "exp:YYYY-MM-DD" on the line'}.`,
        ...at,
      });
      continue;
    }
    const left = daysLeft(e.expires, now);
    if (now.getTime() >= e.expires.getTime()) {
      out.push({
        rule: 'SUPPRESSION_EXPIRED',
        level: 'fail',
        message: `Suppression of ${e.id} expired on ${day(e.expires)}${owner ? ` (owner: ${owner})` : ''}: fix the finding, or review it again and set a new expiry.`,
        ...at,
      });
      continue;
    }
    if (left <= warningDays) {
      out.push({
        rule: 'SUPPRESSION_EXPIRING',
        level: 'warning',
        message: `Suppression of ${e.id} expires on ${day(e.expires)}, in ${left} day(s)${owner ? ` (owner: ${owner})` : ''}: plan the fix or the review.`,
        ...at,
      });
    }
    if (opts.stale && e.matched === 0) {
      out.push({
        rule: 'SUPPRESSION_STALE',
        level: 'warning',
        message: `Suppression of ${e.id} matched no finding in this report: remove it if the finding is gone.`,
        ...at,
      });
    }
  }
  return out;
}
