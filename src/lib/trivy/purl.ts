// Package URLs (https://github.com/package-url/purl-spec) and the matching rule Trivy applies to
// suppressions: type, namespace and name equal; version and subpath only when the rule sets them;
// every qualifier of the rule present with the same value on the package.

export interface Purl {
  type: string;
  namespace: string;
  name: string;
  version: string;
  qualifiers: Record<string, string>;
  subpath: string;
}

function dec(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Parses `pkg:type/namespace/name@version?qualifiers#subpath`; undefined when it is not a purl. */
export function parsePurl(text: string): Purl | undefined {
  const m = /^pkg:\/*([A-Za-z.+-][A-Za-z0-9.+-]*)\/([^?#]+?)(?:\?([^#]*))?(?:#(.*))?$/.exec(text.trim());
  if (!m) return undefined;
  let path = m[2] as string;
  let version = '';
  const at = path.lastIndexOf('@');
  if (at > 0) {
    version = dec(path.slice(at + 1));
    path = path.slice(0, at);
  }
  const parts = path.split('/').filter((p) => p !== '');
  const name = parts.pop();
  if (!name) return undefined;
  const type = (m[1] as string).toLowerCase();
  const qualifiers: Record<string, string> = {};
  for (const kv of (m[3] ?? '').split('&')) {
    const eq = kv.indexOf('=');
    if (eq > 0) qualifiers[kv.slice(0, eq).toLowerCase()] = dec(kv.slice(eq + 1));
  }
  return {
    type,
    namespace: parts.map(dec).join('/'),
    name: dec(name),
    version,
    qualifiers,
    subpath: (m[4] ?? '').replace(/^\/+|\/+$/g, ''),
  };
}

/** Does the rule purl cover the package purl? */
export function purlMatches(rule: Purl, pkg: Purl): boolean {
  if (rule.type !== pkg.type || rule.namespace !== pkg.namespace || rule.name !== pkg.name) return false;
  if (rule.version && rule.version !== pkg.version) return false;
  if (rule.subpath && rule.subpath !== pkg.subpath) return false;
  return Object.entries(rule.qualifiers).every(([k, v]) => pkg.qualifiers[k] === v);
}
