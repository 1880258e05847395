// The environment and the error text of a Trivy child process. Trivy reads TRIVY_* variables as
// flags, so a TRIVY_SEVERITY left in the job environment by an earlier step would silently change
// what this gate sees; the child therefore gets an environment built from scratch, never io.env.

/** Variables Trivy needs to reach registries and write files, and nothing that changes its flags. */
const PASSED = [
  'PATH',
  'HOME',
  'TMPDIR',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'DOCKER_CONFIG',
  'DOCKER_HOST',
] as const;

export interface RegistryAuth {
  username: string;
  password: string;
}

export function trivyChildEnv(
  parent: Readonly<Record<string, string | undefined>>,
  auth?: RegistryAuth,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const name of PASSED) {
    const v = parent[name];
    if (v !== undefined && v !== '') env[name] = v;
  }
  // Set explicitly from the gate's own inputs, the only TRIVY_* the child ever sees.
  if (auth) {
    env['TRIVY_USERNAME'] = auth.username;
    env['TRIVY_PASSWORD'] = auth.password;
  }
  return env;
}

/** Names (never values) of TRIVY_* variables the job set, so the log can say they were ignored. */
export function ignoredTrivyVariables(parent: Readonly<Record<string, string | undefined>>): string[] {
  return Object.keys(parent)
    .filter((k) => k.toUpperCase().startsWith('TRIVY_'))
    .sort();
}

/**
 * Rate limits and server-side failures: worth a pause and another repository. Matched on Trivy's
 * stderr, which carries the registry's answer (e.g. "TOOMANYREQUESTS", "unexpected status code 503").
 */
const TRANSIENT =
  /\b(?:429|50[0-4])\b|TOOMANYREQUESTS|too many requests|rate.?limit|service unavailable|bad gateway|gateway time-?out|internal server error|i\/o timeout|connection (?:reset|refused)|TLS handshake timeout|no such host|temporary failure|unexpected EOF/i;

export function isTransient(stderr: string): boolean {
  return TRANSIENT.test(stderr);
}

/** The line of Trivy's stderr that says what went wrong, for an error message. */
export function trivyErrorLine(stderr: string, code: number): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const fatal = lines.find((l) => /\bFATAL\b/.test(l)) ?? lines.filter((l) => /\bERROR\b/.test(l)).pop();
  const line = fatal ?? lines.pop() ?? `exit code ${code}, no output`;
  return line.length > 500 ? `${line.slice(0, 497)}...` : line;
}
