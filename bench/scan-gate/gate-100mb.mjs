#!/usr/bin/env node
// The scan-gate over a ~100 MB Trivy report against jq counting the same blocking entries.
// The report is built in a temp dir by repeating the vulnerability entries of a real report (the
// shared conformance Debian report when present, else the example repository's). Both sides run as
// child processes; the gate's peak memory is the child's max RSS from /usr/bin/time.
// usage: node bench/scan-gate/gate-100mb.mjs [--mb 100] [--rounds 3]
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const targetMb = arg('mb', 100);
const rounds = arg('rounds', 3);

const shared = join(root, '..', 'shared', 'conformance', 'trivy', 'reports', 'real', 'debian-13-python-large.json');
const source = existsSync(shared) ? shared : join(root, 'examples', 'release-repo', 'security', 'trivy-report.json');
const real = JSON.parse(readFileSync(source, 'utf8'));

// Writes the big report: the real header, then each real Result with its Vulnerabilities repeated.
function build(file) {
  const fd = openSync(file, 'w');
  const { Results, ...head } = real;
  const entries = Results.flatMap((r) => (r.Vulnerabilities ?? []).map((v) => JSON.stringify(v, null, 2)));
  const per = entries.reduce((n, e) => n + e.length + 2, 0);
  const copies = Math.max(1, Math.round((targetMb * 1024 * 1024) / per));
  writeSync(fd, `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "Results": [\n`);
  Results.forEach((r, ri) => {
    const { Vulnerabilities = [], ...rest } = r;
    writeSync(fd, `${JSON.stringify(rest, null, 2).slice(0, -2)},\n  "Vulnerabilities": [\n`);
    const own = Vulnerabilities.map((v) => JSON.stringify(v, null, 2));
    let first = true;
    for (let c = 0; c < copies; c++) {
      for (const e of own) {
        writeSync(fd, `${first ? '' : ',\n'}${e}`);
        first = false;
      }
    }
    writeSync(fd, `]\n}${ri < Results.length - 1 ? ',' : ''}\n`);
  });
  writeSync(fd, ']\n}\n');
  closeSync(fd);
  return copies;
}

/**
 * Runs a command under /usr/bin/time: wall seconds, CPU seconds (user + system, every thread) and max
 * RSS. CPU time is the figure that survives a shared machine: wall time there mostly measures the
 * other jobs, and it hits both sides unevenly.
 */
function timed(cmd, args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', cmd, ...args], { encoding: 'utf8', maxBuffer: 512 << 20 });
  const [wall, user, sys, rssKb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { wall, cpu: user + sys, rss: rssKb * 1024, stdout: r.stdout, status: r.status, stderr: r.stderr };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = mkdtempSync(join(tmpdir(), 'scan-gate-bench-'));
try {
  const file = join(dir, 'big.json');
  const copies = build(file);
  const size = statSync(file).size;
  const dist = join(root, 'dist', 'cli', 'index.js');
  const gateCmd = existsSync(dist)
    ? ['node', [dist]]
    : ['node', ['--import', 'tsx', join(root, 'src', 'cli', 'main.ts')]];
  const gateArgs = [...gateCmd[1], 'scan-gate', '--report', file, '--fail-on', 'CRITICAL,HIGH', '--json'];
  const jqArgs = [
    '[.Results[]?.Vulnerabilities[]? | select(.Severity == "CRITICAL" or .Severity == "HIGH")] | length',
    file,
  ];

  const ours = { wall: [], cpu: [] };
  const theirs = { wall: [], cpu: [] };
  let rss = 0;
  let jqRss = 0;
  let count;
  let jqCount;
  for (let i = 0; i < rounds; i++) {
    const g = timed(gateCmd[0], gateArgs);
    if (g.status !== 1 && g.status !== 0) throw new Error(`gate exited ${g.status}: ${g.stderr.slice(0, 500)}`);
    count = Number(JSON.parse(g.stdout).outputs['blocking-count']);
    ours.wall.push(g.wall);
    ours.cpu.push(g.cpu);
    rss = Math.max(rss, g.rss);
    const j = timed('jq', jqArgs);
    if (j.status !== 0) throw new Error(`jq exited ${j.status}: ${j.stderr.slice(0, 500)}`);
    jqCount = Number(j.stdout.trim());
    jqRss = Math.max(jqRss, j.rss);
    theirs.wall.push(j.wall);
    theirs.cpu.push(j.cpu);
  }
  if (count !== jqCount) throw new Error(`disagreement: gate counted ${count} blocking entries, jq ${jqCount}`);
  const t = median(ours.cpu);
  const b = median(theirs.cpu);
  const tw = median(ours.wall);
  const bw = median(theirs.wall);
  console.log(`source: ${source.replace(root, '.')} x${copies} copies`);
  console.log(`report: ${(size / 1048576).toFixed(1)} MiB, ${count} blocking entries (both agree)`);
  console.log(
    `runner: ${gateCmd[1][0].endsWith('index.js') ? 'dist/cli/index.js' : 'tsx src/cli/main.ts'}, Node ${process.version}, ${rounds} rounds, medians`,
  );
  console.log(
    `cpu  (user+sys): gate ${t.toFixed(2)} s   jq ${b.toFixed(2)} s   ratio gate/jq ${(t / b).toFixed(2)} (target <= 0.5)`,
  );
  console.log(
    `wall (elapsed):  gate ${tw.toFixed(2)} s   jq ${bw.toFixed(2)} s   ratio gate/jq ${(tw / bw).toFixed(2)} (load ${(await import('node:os')).loadavg()[0].toFixed(1)})`,
  );
  console.log(
    `peak RSS: gate ${(rss / 1048576).toFixed(0)} MiB = ${(rss / size).toFixed(2)} x report size (target <= 3); jq ${(jqRss / 1048576).toFixed(0)} MiB`,
  );
  process.exitCode = t / b <= 0.5 && rss / size <= 3 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
