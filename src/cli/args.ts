// Parses `rco <action> [--<input> value]... [--json] [--summary-file F]`.
import { userError } from '../lib/verdict/errors.js';

export interface CliArgs {
  command?: string;
  inputs: Record<string, string>;
  json: boolean;
  help: boolean;
  summaryFile?: string;
}

/** A repeated flag collects its values one per line, the form multi-line action inputs take. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const out: CliArgs = { inputs: {}, json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') out.json = true;
    else if (arg === '--help' || arg === '-h') out.help = true;
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      let value: string;
      if (eq > 0) value = arg.slice(eq + 1);
      else {
        const next = argv[i + 1];
        if (next === undefined || next.startsWith('--')) value = 'true';
        else {
          value = next;
          i++;
        }
      }
      if (name === 'summary-file') out.summaryFile = value;
      else out.inputs[name] = name in out.inputs ? `${out.inputs[name]}\n${value}` : value;
    } else if (out.command === undefined) out.command = arg;
    else throw userError('CLI_USAGE', `Unexpected argument "${arg}".`, { hint: 'inputs are given as --name value' });
  }
  return out;
}
