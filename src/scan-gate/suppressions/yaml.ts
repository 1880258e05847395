// Trivy's .trivyignore.yaml: sections vulnerabilities / misconfigurations / secrets / licenses, each a
// list of { id, paths?, purls? (vulnerabilities only), expired_at?, statement? }.
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Kind } from '../../lib/trivy/model.js';
import { parsePurl } from '../../lib/trivy/purl.js';
import type { Finding } from '../../lib/verdict/types.js';
import type { IgnoreEntry } from './model.js';
import type { Parsed } from './plain.js';
import { applyCommentBlock, badDate, isValidId, parseDate } from './syntax.js';

const SECTIONS: Record<string, Kind> = {
  vulnerabilities: 'vulnerability',
  misconfigurations: 'misconfiguration',
  secrets: 'secret',
  licenses: 'license',
};

function problem(rule: string, message: string, file: string, line: number): Finding {
  return { rule, level: 'fail', message, file, line };
}

function strings(v: unknown): string[] | undefined {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) return undefined;
  return v as string[];
}

function entryOf(
  item: Record<string, unknown>,
  kind: Kind,
  file: string,
  line: number,
  lines: string[],
  problems: Finding[],
): IgnoreEntry {
  const id = typeof item['id'] === 'string' ? item['id'].trim() : '';
  const entry: IgnoreEntry = {
    file,
    line,
    format: 'yaml',
    id,
    kinds: [kind],
    paths: [],
    purls: [],
    valid: true,
    matched: 0,
  };
  const bad = (rule: string, message: string) => {
    entry.valid = false;
    problems.push(problem(rule, message, file, line));
  };
  if (!isValidId(id, kind === 'license')) {
    bad(
      'SUPPRESSION_ID_MALFORMED',
      id
        ? `"${id}" is not a well-formed finding id; write it exactly as the report shows it.`
        : 'An entry has no "id"; every entry needs the id of the finding it suppresses.',
    );
  }
  const paths = strings(item['paths']);
  if (paths) entry.paths = paths;
  else bad('SUPPRESSION_FILE_INVALID', '"paths" must be a list of glob strings.');
  const purls = strings(item['purls']);
  if (!purls) bad('SUPPRESSION_FILE_INVALID', '"purls" must be a list of package URLs.');
  for (const p of purls ?? []) {
    const parsed = parsePurl(p);
    if (parsed) entry.purls.push(parsed);
    else bad('SUPPRESSION_FILE_INVALID', `"${p}" is not a package URL (pkg:type/namespace/name@version).`);
  }
  if (entry.purls.length && kind !== 'vulnerability')
    bad('SUPPRESSION_FILE_INVALID', '"purls" applies to vulnerabilities only.');
  let expires: Date | undefined;
  const at = item['expired_at'];
  if (at !== undefined && at !== null) {
    expires = parseDate(String(at));
    if (!expires) {
      entry.valid = false;
      problems.push(badDate(file, line, `expired_at: ${String(at)}`, 'expired_at: YYYY-MM-DD'));
    }
  }
  if (typeof item['statement'] === 'string' && item['statement'].trim()) entry.statement = item['statement'].trim();
  applyCommentBlock(entry, lines, line - 1, expires, problems);
  return entry;
}

export function parseYaml(text: string, file: string): Parsed {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const lineAt = (offset: number) => lc.linePos(offset).line;
  const problems: Finding[] = [];
  const entries: IgnoreEntry[] = [];
  if (doc.errors.length) {
    for (const e of doc.errors) {
      problems.push(
        problem('SUPPRESSION_FILE_INVALID', `Not valid YAML: ${e.message.split('\n')[0]}`, file, lineAt(e.pos[0])),
      );
    }
    return { entries, problems };
  }
  if (doc.contents === null) return { entries, problems };
  if (!isMap(doc.contents)) {
    problems.push(
      problem(
        'SUPPRESSION_FILE_INVALID',
        'The file must be a mapping with sections vulnerabilities, misconfigurations, secrets, licenses.',
        file,
        1,
      ),
    );
    return { entries, problems };
  }
  const lines = text.split(/\r?\n|\r/);
  for (const pair of doc.contents.items) {
    const name = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
    const keyLine = lineAt((pair.key as unknown as { range?: [number] } | null)?.range?.[0] ?? 0);
    const kind = SECTIONS[name];
    if (!kind) {
      problems.push(
        problem(
          'SUPPRESSION_FILE_INVALID',
          `Unknown section "${name}"; use vulnerabilities, misconfigurations, secrets or licenses.`,
          file,
          keyLine,
        ),
      );
      continue;
    }
    if (pair.value === null || (pair.value as { value?: unknown }).value === null) continue;
    if (!isSeq(pair.value)) {
      problems.push(problem('SUPPRESSION_FILE_INVALID', `Section "${name}" must be a list of entries.`, file, keyLine));
      continue;
    }
    for (const item of pair.value.items) {
      const line = lineAt((item as unknown as { range?: [number] }).range?.[0] ?? 0);
      const js = (item as { toJSON?: () => unknown }).toJSON?.() ?? (item as { value?: unknown }).value;
      if (typeof js !== 'object' || js === null || Array.isArray(js)) {
        problems.push(
          problem('SUPPRESSION_ID_MALFORMED', `An entry of "${name}" is not a mapping with an "id".`, file, line),
        );
        continue;
      }
      entries.push(entryOf(js as Record<string, unknown>, kind, file, line, lines, problems));
    }
  }
  return { entries, problems };
}
