// Redacts secrets from log lines: values registered with mask(), plus the shapes secrets take
// (tokens, passwords, bearer headers, credentials in URLs and query strings).

const PATTERNS: [RegExp, string][] = [
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 ***'],
  [/\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g, '***'],
  [/\b((?:token|password|passwd|secret|api[_-]?key|access[_-]?key)["']?\s*[:=]\s*["']?)[^\s"'&,;]+/gi, '$1***'],
  [/([?&](?:token|access_token|password|sig|signature|key|X-Amz-Signature|X-Amz-Credential)=)[^&\s#]+/gi, '$1***'],
  [/(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+:[^/\s@]+@/gi, '$1***:***@'],
];

export class Redactor {
  private readonly secrets = new Set<string>();

  add(secret: string): void {
    // Very short values would redact ordinary words; GitHub's own masker has the same floor.
    if (secret && secret.trim().length >= 4) this.secrets.add(secret.trim());
  }

  redact(line: string): string {
    let out = line;
    for (const s of this.secrets) out = out.split(s).join('***');
    for (const [re, to] of PATTERNS) out = out.replace(re, to);
    return out;
  }
}
