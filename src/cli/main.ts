// The `rco` command: every gate runnable locally, plus `rco rehearse`.
// Exit codes: 0 pass, 1 fail, 2 unknown, 64 usage error, 70 internal error.
import { writeFileSync } from 'node:fs';
import { runGate } from '../lib/gate/gate.js';
import { nodeIo } from '../lib/io/node-io.js';
import { renderSummary } from '../lib/report/markdown.js';
import { defaultCacheRoot, localToolCache } from '../lib/tools/local-cache.js';
import { describe, isRcoError, userError } from '../lib/verdict/errors.js';
import type { Outcome, Verdict } from '../lib/verdict/types.js';
import { parseArgs } from './args.js';
import { GATES } from './registry.js';
import { rehearse } from './rehearse.js';
import { HELP_WIDTH, renderText, textTable, wrap } from './render.js';

const EXIT: Record<Outcome, number> = { pass: 0, fail: 1, unknown: 2 };

// Help texts come from action.yml; the YAML parser loads only when help is asked for.
async function usage(): Promise<string> {
  const { loadManifest, manifestPath } = await import('../lib/inputs/manifest.js');
  const names = Object.keys(GATES);
  const col = Math.max(...names.map((n) => n.length)) + 4;
  const actions = names.flatMap((name) => {
    const [first = '', ...rest] = wrap(loadManifest(manifestPath(name)).description, HELP_WIDTH, ' '.repeat(col));
    return [`  ${name.padEnd(col - 2)}${first.slice(col)}`, ...rest];
  });
  return [
    'usage: rco <action> [--<input> value]... [--json] [--summary-file FILE]',
    '       rco rehearse [--repo DIR] [--json]',
    '',
    'Actions:',
    ...actions,
    '',
    'rco <action> --help lists the inputs of one action. Exit: 0 pass, 1 fail, 2 unknown, 64 usage.',
  ].join('\n');
}

/** A default too long for its input's line (a list of registries): broken after its commas, unchanged. */
function longDefault(value: string): string[] {
  const parts = value.split(/(?<=,)/);
  return parts.map((p, i) => `${i === 0 ? '      default: ' : '               '}${p}`);
}

async function actionHelp(name: string): Promise<string> {
  const { loadManifest, manifestPath } = await import('../lib/inputs/manifest.js');
  const m = loadManifest(manifestPath(name));
  const lines = [...wrap(`rco ${name}: ${m.description}`, HELP_WIDTH, ''), '', 'Inputs:'];
  for (const [input, d] of Object.entries(m.inputs)) {
    const dflt = d.default !== undefined && d.default !== '' ? d.default : undefined;
    const head = `  --${input}${d.required ? ' (required)' : dflt ? ` (default: ${dflt})` : ''}`;
    if (head.length <= HELP_WIDTH || !dflt) lines.push(head);
    else lines.push(`  --${input}`, ...longDefault(dflt));
    lines.push(...wrap(d.description, HELP_WIDTH, '      '));
  }
  return `${lines.join('\n')}\n\nrco ${name} [--<input> value]... [--json] [--summary-file FILE]`;
}

function emit(v: Verdict, json: boolean, summaryFile?: string): void {
  process.stdout.write(json ? `${JSON.stringify(v, null, 2)}\n` : renderText(v));
  if (!summaryFile) return;
  try {
    writeFileSync(summaryFile, renderSummary(v));
  } catch (e) {
    throw userError('CLI_SUMMARY_FILE', `Cannot write the summary to ${summaryFile}: ${describe(e)}.`, {
      hint: 'give --summary-file a path in a folder that exists and is writable',
    });
  }
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const base = nodeIo();
  // Pinned tools go to a folder in the user's cache, resolved only when a gate installs one.
  const io = { ...base, tools: localToolCache(() => defaultCacheRoot(base.env), base) };
  if (!args.command) {
    process.stdout.write(`${await usage()}\n`);
    return args.help ? 0 : 64;
  }
  if (args.command === 'rehearse') {
    const stray = Object.keys(args.inputs).find((k) => k !== 'repo');
    if (stray) {
      process.stderr.write(`rco rehearse: unknown option --${stray}. See rco rehearse --help.\n`);
      return 64;
    }
    if (args.help) {
      process.stdout.write(
        'usage: rco rehearse [--repo DIR] [--json]\nRuns every release gate on DIR (default: examples/release-repo).\n',
      );
      return 0;
    }
    const r = await rehearse(args.inputs['repo'], io);
    if (args.json) process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    else {
      const rows = r.rows.map((x) => [
        x.step,
        x.action,
        x.outcome,
        x.note.length > 100 ? `${x.note.slice(0, 97)}...` : x.note,
      ]);
      process.stdout.write(
        `${textTable({ headers: ['step', 'action', 'outcome', 'note'], rows })}\n\nrehearsal: ${r.outcome.toUpperCase()}\n`,
      );
    }
    return EXIT[r.outcome];
  }
  const load = GATES[args.command];
  if (!load) {
    process.stderr.write(`rco: unknown action "${args.command}".\n\n${await usage()}\n`);
    return 64;
  }
  if (args.help) {
    process.stdout.write(`${await actionHelp(args.command)}\n`);
    return 0;
  }
  const gate = await load();
  const unknown = Object.keys(args.inputs).filter((k) => !(k in gate.spec));
  if (unknown.length) {
    process.stderr.write(`rco ${args.command}: unknown option --${unknown[0]}. See rco ${args.command} --help.\n`);
    return 64;
  }
  const v = await runGate(gate, args.inputs, io);
  emit(v, args.json, args.summaryFile);
  return EXIT[v.outcome];
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (isRcoError(e)) {
      process.stderr.write(`rco: ${e.message}${e.hint ? ` (${e.hint})` : ''}\n`);
      process.exitCode = e.code === 'CLI_USAGE' ? 64 : e.kind === 'user' ? 1 : 2;
    } else {
      process.stderr.write(`rco: internal error, please report:\n${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 70;
    }
  },
);
