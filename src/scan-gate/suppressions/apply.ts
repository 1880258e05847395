// Applies ignore entries and VEX statements to findings with Trivy's matching rules: exact id
// (a misconfiguration's ID or AVDID), doublestar globs against Result.Target or PkgPath (a license's
// FilePath), purls on vulnerabilities, expired entries dropped; for VEX the latest matching statement wins.
import picomatch from 'picomatch';
import type { ScanFinding } from '../../lib/trivy/model.js';
import { type Purl, parsePurl, purlMatches } from '../../lib/trivy/purl.js';
import type { IgnoreEntry, VexStatement } from './model.js';

export interface Suppressed {
  finding: ScanFinding;
  /** The entry or statement that suppressed it. */
  entry?: IgnoreEntry;
  statement?: VexStatement;
}

export interface Applied {
  kept: ScanFinding[];
  suppressed: Suppressed[];
}

type Matcher = (path: string) => boolean;

function index<T>(items: readonly T[], ids: (t: T) => string[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) for (const id of ids(it)) m.set(id, [...(m.get(id) ?? []), it]);
  return m;
}

/** The paths Trivy matches an entry's globs against, per finding kind. */
function pathsOf(f: ScanFinding): string[] {
  if (f.kind === 'vulnerability') return f.pkgPath ? [f.target, f.pkgPath] : [f.target];
  if (f.kind === 'license') return [f.filePath ?? f.target];
  return [f.target];
}

function isActive(e: IgnoreEntry, now: Date): boolean {
  return e.valid && (!e.expires || now.getTime() < e.expires.getTime());
}

export function applySuppressions(
  findings: readonly ScanFinding[],
  entries: readonly IgnoreEntry[],
  statements: readonly VexStatement[],
  now: Date,
): Applied {
  const active = entries.filter((e) => isActive(e, now));
  const byId = index(active, (e) => [e.id]);
  const vexById = index(statements, (s) => s.ids);
  const globs = new Map<IgnoreEntry, Matcher[]>();
  for (const e of active)
    globs.set(
      e,
      e.paths.map((p) => picomatch(p, { dot: true })),
    );
  const purlCache = new Map<string, Purl | undefined>();
  const purlOf = (f: ScanFinding) => {
    if (!f.purl) return undefined;
    if (!purlCache.has(f.purl)) purlCache.set(f.purl, parsePurl(f.purl));
    return purlCache.get(f.purl);
  };

  const entryMatches = (e: IgnoreEntry, f: ScanFinding): boolean => {
    if (!e.kinds.includes(f.kind)) return false;
    const matchers = globs.get(e) ?? [];
    if (matchers.length && !pathsOf(f).some((p) => matchers.some((m) => m(p)))) return false;
    if (e.purls.length) {
      const pkg = purlOf(f);
      if (!pkg || !e.purls.some((r) => purlMatches(r, pkg))) return false;
    }
    return true;
  };

  const vexFor = (f: ScanFinding): VexStatement | undefined => {
    const candidates = vexById.get(f.id);
    const pkg = candidates && purlOf(f);
    if (!candidates || !pkg) return undefined;
    let best: VexStatement | undefined;
    for (const s of candidates) {
      if (!s.products.some((p) => purlMatches(p, pkg))) continue;
      if (!best || s.time > best.time || (s.time === best.time && (s.file !== best.file || s.order > best.order)))
        best = s;
    }
    return best;
  };

  const kept: ScanFinding[] = [];
  const suppressed: Suppressed[] = [];
  for (const f of findings) {
    let by: IgnoreEntry | undefined;
    for (const id of f.aliasId ? [f.id, f.aliasId] : [f.id]) {
      for (const e of byId.get(id) ?? []) {
        if (!entryMatches(e, f)) continue;
        e.matched++; // every matching entry counts, so none of them is reported stale
        by ??= e;
      }
    }
    if (by) {
      suppressed.push({ finding: f, entry: by });
      continue;
    }
    const s = f.kind === 'vulnerability' ? vexFor(f) : undefined;
    if (s && (s.status === 'not_affected' || s.status === 'fixed')) {
      s.matched++;
      suppressed.push({ finding: f, statement: s });
      continue;
    }
    kept.push(f);
  }
  return { kept, suppressed };
}
