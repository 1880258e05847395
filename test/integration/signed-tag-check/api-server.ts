// A loopback stand-in for the two GitHub endpoints signed-tag-check calls, answering in the
// documented shapes. Each test scripts the answers; every request is recorded.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Answer {
  status: number;
  body?: unknown;
}

export interface FakeGitHub {
  url: string;
  requests: { path: string; authorization?: string }[];
  /** Answers per path, consumed in order; the last one repeats. */
  routes: Map<string, Answer[]>;
  close(): Promise<void>;
}

export async function startGitHub(): Promise<FakeGitHub> {
  const routes = new Map<string, Answer[]>();
  const requests: FakeGitHub['requests'] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const path = req.url ?? '';
    requests.push({ path, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
    const queue = routes.get(path);
    const answer = queue && queue.length > 1 ? (queue.shift() as Answer) : queue?.[0];
    const a = answer ?? {
      status: 404,
      body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
    };
    res.writeHead(a.status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(a.body === undefined ? '' : typeof a.body === 'string' ? a.body : JSON.stringify(a.body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    routes,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

const API = 'https://api.github.com/repos/octo/app';

/** GET /repos/{owner}/{repo}/git/ref/tags/{tag} */
export function refBody(tag: string, type: 'tag' | 'commit', sha: string) {
  return {
    ref: `refs/tags/${tag}`,
    node_id: 'MDM6UmVmcmVmcy90YWdzL3YxLjIuMw==',
    url: `${API}/git/refs/tags/${tag}`,
    object: { type, sha, url: `${API}/git/${type === 'tag' ? 'tags' : 'commits'}/${sha}` },
  };
}

/** GET /repos/{owner}/{repo}/git/tags/{sha} */
export function tagBody(
  tag: string,
  sha: string,
  commit: string,
  verification: { verified: boolean; reason: string; signature?: string | null },
  date = '2026-11-01T10:00:00Z',
) {
  return {
    node_id: 'MDM6VGFnOTQwYmQzMzYyNDhlZmFlMGY5ZWU1YmM3YjJkNWM5ODU4ODdiMTZhYw==',
    tag,
    sha,
    url: `${API}/git/tags/${sha}`,
    message: `Release ${tag}\n`,
    tagger: { name: 'Release Bot', email: 'alice@example.org', date },
    object: { type: 'commit', sha: commit, url: `${API}/git/commits/${commit}` },
    verification: {
      verified: verification.verified,
      reason: verification.reason,
      signature:
        verification.signature === undefined
          ? '-----BEGIN SSH SIGNATURE-----\nU1NIU0lH\n-----END SSH SIGNATURE-----\n'
          : verification.signature,
      payload: `object ${commit}\ntype commit\ntag ${tag}\ntagger Release Bot <alice@example.org> 1761991200 +0000\n\nRelease ${tag}\n`,
      verified_at: verification.verified ? '2026-11-01T10:00:05Z' : null,
    },
  };
}
