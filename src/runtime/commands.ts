// The runner's side of the Actions protocol, written directly: workflow commands on stdout, outputs and
// the job summary appended to the files the runner names. @actions/core does the same but pulls an HTTP
// client into every cold start (ADR 0009); this is the part of it a gate needs.
import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
}

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function command(name: string, props: Record<string, string | number | undefined>, message: string): void {
  const list = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  process.stdout.write(`::${name}${list ? ` ${list}` : ''}::${escapeData(message)}${EOL}`);
}

export function annotate(level: AnnotationLevel, message: string, props: AnnotationProps = {}): void {
  command(level, { title: props.title, file: props.file, line: props.startLine }, message);
}

export const info = (line: string) => process.stdout.write(`${line}${EOL}`);
export const warning = (line: string) => command('warning', {}, line);
export const debug = (line: string) => command('debug', {}, line);
export const setSecret = (secret: string) => command('add-mask', {}, secret);

/** Fails the step: an error annotation and a non-zero exit code. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  annotate('error', message);
}

/** Appends `name<<delimiter` blocks to $GITHUB_OUTPUT; the random delimiter cannot occur in the value. */
export function setOutput(name: string, value: string): void {
  const file = process.env['GITHUB_OUTPUT'];
  if (!file) {
    command('set-output', { name }, value);
    return;
  }
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`output ${name} contains its delimiter`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

/** Appends Markdown to the job summary when the runner provides one. */
export function appendSummary(markdown: string): void {
  const file = process.env['GITHUB_STEP_SUMMARY'];
  if (file) appendFileSync(file, markdown, 'utf8');
}
