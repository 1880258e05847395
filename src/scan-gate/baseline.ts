// Baseline comparison for scheduled rescans: a finding is new when no entry of the earlier report has
// its key. The key leaves out versions and image names (both change between scans of the same issue):
// a package still vulnerable to the same advisory after a rebuild is not a new finding.
import type { ScanFinding } from '../lib/trivy/model.js';

function findingKey(f: ScanFinding): string {
  if (f.kind === 'vulnerability')
    return ['v', f.id, f.resultClass, f.resultType, f.pkgName, f.pkgPath ?? ''].join('\0');
  if (f.kind === 'license') return ['l', f.id, f.pkgName ?? '', f.filePath ?? ''].join('\0');
  return [f.kind, f.id, f.target].join('\0');
}

export interface BaselineDiff {
  isNew(f: ScanFinding): boolean;
  /** Baseline findings no longer present, one per key. */
  resolved: ScanFinding[];
}

export function compareBaseline(current: readonly ScanFinding[], baseline: readonly ScanFinding[]): BaselineDiff {
  const before = new Set(baseline.map(findingKey));
  const now = new Set(current.map(findingKey));
  const resolved = new Map<string, ScanFinding>();
  for (const f of baseline) {
    const k = findingKey(f);
    if (!now.has(k) && !resolved.has(k)) resolved.set(k, f);
  }
  return { isNew: (f) => !before.has(findingKey(f)), resolved: [...resolved.values()] };
}
