// Real parts for the installer tests: a loopback HTTP server serving release archives, archives built
// with the system tar holding a stand-in `trivy` (a shell script that records its arguments, working
// folder and environment, and answers like Trivy), and a reader for what it recorded.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PinTable } from '../../../src/lib/tools/pins.js';
import { currentPlatform, type Platform } from '../../../src/lib/tools/types.js';

export const REPORT_FIXTURE = join(import.meta.dirname, 'fixtures', 'report.json');
export const PLATFORM = currentPlatform(process.platform, process.arch) as Platform;

/** The stand-in: DB repositories named *ratelimited* answer like a 429, *denied* like a 401. */
function standIn(record: string, report: string): string {
  return `#!/bin/sh
{
  echo CALL
  printf 'CWD %s\\n' "$(pwd)"
  for a in "$@"; do printf 'ARG %s\\n' "$a"; done
  env | sort | sed 's/^/ENV /'
} >> '${record}'
out=""; repo=""; cache=""; dbonly=0; prev=""; image=""
for a in "$@"; do
  case "$prev" in
    --output) out="$a" ;;
    --db-repository) repo="$a" ;;
    --cache-dir) cache="$a" ;;
  esac
  [ "$a" = "--download-db-only" ] && dbonly=1
  prev="$a"; image="$a"
done
if [ "$dbonly" = 1 ]; then
  case "$repo" in
    *ratelimited*)
      echo "2026-11-23T10:00:00Z	FATAL	Fatal error	init error: DB error: failed to download vulnerability DB: OCI repository error: GET https://$repo: TOOMANYREQUESTS: retry-after: 1.2s" >&2
      exit 1 ;;
    *denied*)
      echo "2026-11-23T10:00:00Z	FATAL	Fatal error	init error: DB error: GET https://$repo: UNAUTHORIZED: authentication required" >&2
      exit 1 ;;
  esac
  mkdir -p "$cache/db" && printf '{"Version":2}' > "$cache/db/metadata.json" && : > "$cache/db/trivy.db"
  echo "2026-11-23T10:00:00Z	INFO	Downloading vulnerability DB..." >&2
  exit 0
fi
case "$image" in
  *missing*)
    echo "2026-11-23T10:00:00Z	FATAL	Fatal error	run error: image scan error: MANIFEST_UNKNOWN: manifest unknown" >&2
    exit 1 ;;
esac
if [ ! -f "$cache/db/trivy.db" ]; then
  echo "2026-11-23T10:00:00Z	FATAL	Fatal error	--skip-db-update cannot be specified on the first run" >&2
  exit 1
fi
cp '${report}' "$out"
`;
}

/** Builds a release-like .tar.gz (trivy at the top level, like the real archives) and returns it. */
export function buildArchive(dir: string, name: string, script: string): Buffer {
  const src = join(dir, `${name}-src`);
  mkdirSync(join(src, 'contrib'), { recursive: true });
  writeFileSync(join(src, 'trivy'), script);
  chmodSync(join(src, 'trivy'), 0o755);
  writeFileSync(join(src, 'LICENSE'), 'stand-in\n');
  writeFileSync(join(src, 'contrib', 'html.tpl'), '{{ . }}\n');
  const out = join(dir, `${name}.tar.gz`);
  execFileSync('tar', ['-czf', out, '-C', src, 'trivy', 'LICENSE', 'contrib']);
  return readFileSync(out);
}

export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

export interface Fixture {
  dir: string;
  record: string;
  base: string;
  hits: Map<string, number>;
  good: Buffer;
  wrong: Buffer;
  /** Versions: 1.0.0 good (served through a redirect), 1.0.1 wrong archive, 1.0.2 missing asset. */
  pins: PinTable;
  close(): Promise<void>;
}

export async function startFixture(): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'rco-installer-'));
  const record = join(dir, 'record.txt');
  const good = buildArchive(dir, 'good', standIn(record, REPORT_FIXTURE));
  // Same layout, different bytes: what a replaced release asset looks like.
  const wrong = buildArchive(dir, 'wrong', `${standIn(record, REPORT_FIXTURE)}\n# altered\n`);
  const hits = new Map<string, number>();
  let base = '';
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === '/releases/v1.0.0/trivy.tar.gz') {
      // Absolute, like GitHub's redirect to its object store (@actions/http-client needs one).
      res.writeHead(302, { location: `${base}/objects/good.tar.gz` }).end();
    } else if (path === '/objects/good.tar.gz') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(good);
    } else if (path === '/releases/v1.0.1/trivy.tar.gz') {
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(wrong);
    } else {
      res.writeHead(404).end('Not Found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const at = (v: string) => ({ [PLATFORM]: { url: `${base}/releases/v${v}/trivy.tar.gz`, sha256: sha256(good) } });
  const pins: PinTable = {
    trivy: {
      binary: 'trivy',
      defaultVersion: '1.0.0',
      versions: { '1.0.0': at('1.0.0'), '1.0.1': at('1.0.1'), '1.0.2': at('1.0.2') },
    },
  };
  return {
    dir,
    record,
    base,
    hits,
    good,
    wrong,
    pins,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export interface Call {
  cwd: string;
  args: string[];
  env: Record<string, string>;
}

/** Every stand-in invocation so far, in order. */
export function calls(record: string): Call[] {
  if (!existsSync(record)) return [];
  return readFileSync(record, 'utf8')
    .split(/^CALL\n/m)
    .filter(Boolean)
    .map((block) => {
      const call: Call = { cwd: '', args: [], env: {} };
      for (const line of block.split('\n')) {
        if (line.startsWith('CWD ')) call.cwd = line.slice(4);
        else if (line.startsWith('ARG ')) call.args.push(line.slice(4));
        else if (line.startsWith('ENV ')) {
          const eq = line.indexOf('=');
          call.env[line.slice(4, eq)] = line.slice(eq + 1);
        }
      }
      return call;
    });
}

/** A minimal installed stand-in (no archive): records its arguments, creates the DB, writes the report. */
export function writeStandIn(dir: string, record: string): void {
  mkdirSync(dir, { recursive: true });
  const script = `#!/bin/sh
for a in "$@"; do printf 'ARG %s\\n' "$a"; done | sed '1s/^/CALL\\n/' >> '${record}'
out=""; cache=""; prev=""
for a in "$@"; do
  case "$prev" in --output) out="$a" ;; --cache-dir) cache="$a" ;; esac
  prev="$a"
done
mkdir -p "$cache/db"
[ -n "$out" ] && cp '${REPORT_FIXTURE}' "$out"
exit 0
`;
  writeFileSync(join(dir, 'trivy'), script);
  chmodSync(join(dir, 'trivy'), 0o755);
}
