// The policy file of validate-evidence: which evidence documents must exist, where their status and
// tables are, how old they may be, the review checklist, and the invariants switched on by their keys.
// Every problem is reported with the bad key's path and line; a bad policy never crashes the gate.
import { DEFAULT_VOCABULARY, type Vocabulary } from '../lib/policy/vocabulary.js';
import { type PathPart, type Problem, Problems, readYaml } from '../lib/policy/yaml-source.js';

export interface StatusRule {
  label?: string;
  heading?: string;
  /** Accepted values for this artifact only (e.g. COMPLETED); default: the accepted vocabulary. */
  expect?: string[];
}

/** The required key that stands for every value of the `environment` input (written literally in policies). */
export const ENVIRONMENT_KEY = '$' + '{environment}';

export interface TableRule {
  heading?: string;
  rows: { kind: 'all' } | { kind: 'latest-per'; column: string };
  /** Key values that must each have a row; `${environment}` expands to the environment input. */
  requiredKeys: string[];
  result?: string;
  signer?: string;
  /** Columns searched for blocked values and placeholders; default all. */
  checkColumns?: string[];
}

export interface ArtifactRule {
  name: string;
  file?: string;
  /** A file name pattern holding YYYYMMDD or YYYY-MM-DD; the newest date wins. */
  pattern?: string;
  /** A glob (`docs/evidence/*.md`): every matching file is judged by this rule. */
  files?: string;
  maxAgeDays?: number;
  status?: StatusRule;
  table?: TableRule;
}

export interface ChecklistRule {
  file: string;
  heading?: string;
  item: string;
  mark: string;
  signOffs: string[];
  signOffHeading?: string;
  maxAgeDays?: number;
}

export interface Policy {
  vocabulary: Vocabulary;
  maxAgeDays?: number;
  /** Undefined when the file does not say: the built-in default evidence applies. */
  evidence?: ArtifactRule[];
  checklist?: ChecklistRule;
  /** Raw values of the invariant keys present, by key. */
  invariants: Record<string, unknown>;
  /** Lines of the invariant keys, for findings about them. */
  invariantLines: Record<string, number | undefined>;
}

const TOP = ['vocabulary', 'max-age-days', 'evidence', 'checklist'];
const DATE_TOKEN = /YYYYMMDD|YYYY-MM-DD/;

function parseVocabulary(p: Problems, raw: unknown): Vocabulary {
  if (raw === undefined || raw === null) return DEFAULT_VOCABULARY;
  const m = p.map(raw, ['vocabulary']);
  if (!m) return DEFAULT_VOCABULARY;
  p.knownKeys(m, ['vocabulary'], ['accepted', 'blocked', 'failed', 'placeholders']);
  const pick = (k: keyof Vocabulary) => p.strList(m, ['vocabulary'], k) ?? DEFAULT_VOCABULARY[k];
  return {
    accepted: pick('accepted'),
    blocked: pick('blocked'),
    failed: pick('failed'),
    placeholders: pick('placeholders'),
  };
}

function parseStatus(p: Problems, raw: unknown, at: PathPart[]): StatusRule | undefined {
  const m = p.map(raw, at);
  if (!m) return undefined;
  p.knownKeys(m, at, ['label', 'heading', 'expect']);
  const label = p.str(m, at, 'label');
  const heading = p.str(m, at, 'heading');
  if ((label === undefined) === (heading === undefined)) p.add(at, 'give exactly one of "label" or "heading"');
  const expect = p.strList(m, at, 'expect');
  return { label, heading, expect };
}

function parseRows(p: Problems, raw: unknown, at: PathPart[]): TableRule['rows'] {
  if (raw === undefined || raw === null || raw === 'all') return { kind: 'all' };
  const m = typeof raw === 'string' ? /^latest-per-(.+)$/.exec(raw.trim()) : null;
  if (m) return { kind: 'latest-per', column: (m[1] as string).trim() };
  p.add(at, `"rows" must be "all" or "latest-per-<column>", got ${JSON.stringify(raw)}`);
  return { kind: 'all' };
}

function parseTable(p: Problems, raw: unknown, at: PathPart[]): TableRule | undefined {
  const m = p.map(raw, at);
  if (!m) return undefined;
  p.knownKeys(m, at, ['heading', 'rows', 'required-keys', 'result', 'signer', 'check-columns']);
  const rows = parseRows(p, m['rows'], [...at, 'rows']);
  const requiredKeys = p.strList(m, at, 'required-keys') ?? [];
  if (requiredKeys.length && rows.kind !== 'latest-per') {
    p.add(
      [...at, 'required-keys'],
      '"required-keys" needs rows: latest-per-<column> (the column the keys are in)',
      true,
    );
  }
  return {
    heading: p.str(m, at, 'heading'),
    rows,
    requiredKeys,
    result: p.str(m, at, 'result'),
    signer: p.str(m, at, 'signer'),
    checkColumns: p.strList(m, at, 'check-columns'),
  };
}

function parseArtifact(p: Problems, raw: unknown, i: number): ArtifactRule | undefined {
  const at: PathPart[] = ['evidence', i];
  const m = p.map(raw, at);
  if (!m) return undefined;
  p.knownKeys(m, at, ['name', 'file', 'pattern', 'files', 'max-age-days', 'status', 'table']);
  const file = p.str(m, at, 'file');
  const pattern = p.str(m, at, 'pattern');
  const files = p.str(m, at, 'files');
  if ([file, pattern, files].filter((x) => x !== undefined).length !== 1) {
    p.add(at, 'give exactly one of "file", "pattern" or "files"');
  }
  if (pattern !== undefined && (pattern.match(new RegExp(DATE_TOKEN, 'g')) ?? []).length !== 1) {
    p.add([...at, 'pattern'], '"pattern" must hold exactly one date token, YYYYMMDD or YYYY-MM-DD, in the file name');
  } else if (pattern !== undefined && DATE_TOKEN.test(pattern.slice(0, pattern.lastIndexOf('/') + 1))) {
    p.add([...at, 'pattern'], 'the date token must be in the file name, not in a folder name');
  }
  for (const [k, v] of [
    ['file', file],
    ['pattern', pattern],
    ['files', files],
  ] as const) {
    if (v && (v.startsWith('/') || v.split('/').includes('..'))) {
      p.add([...at, k], `"${k}" must be a path inside the repository (no leading / and no ..)`);
    }
  }
  const status = m['status'] === undefined ? undefined : parseStatus(p, m['status'], [...at, 'status']);
  const table = m['table'] === undefined ? undefined : parseTable(p, m['table'], [...at, 'table']);
  if (!status && !table && m['status'] === undefined && m['table'] === undefined) {
    p.add(at, 'say what to check: "status", "table" or both');
  }
  const name = p.str(m, at, 'name') ?? file ?? pattern ?? files ?? `evidence[${i}]`;
  return { name, file, pattern, files, maxAgeDays: p.days(m, at, 'max-age-days'), status, table };
}

function parseChecklist(p: Problems, raw: unknown): ChecklistRule | undefined {
  const at = ['checklist'];
  const m = p.map(raw, at);
  if (!m) return undefined;
  p.knownKeys(m, at, ['file', 'heading', 'item', 'mark', 'sign-offs', 'sign-off-heading', 'max-age-days']);
  const file = p.str(m, at, 'file', true);
  if (!file) return undefined;
  return {
    file,
    heading: p.str(m, at, 'heading'),
    item: p.str(m, at, 'item') ?? 'Item',
    mark: p.str(m, at, 'mark') ?? 'Result',
    signOffs: p.strList(m, at, 'sign-offs') ?? [],
    signOffHeading: p.str(m, at, 'sign-off-heading'),
    maxAgeDays: p.days(m, at, 'max-age-days'),
  };
}

/** Parses policy text; `invariantKeys` are the extra top-level keys the invariants own. */
export function parsePolicy(text: string, invariantKeys: readonly string[]): { policy?: Policy; problems: Problem[] } {
  const src = readYaml(text);
  if (src.syntax.length) return { problems: src.syntax };
  const p = new Problems(src);
  const data = src.data ?? {};
  const top = p.map(data, []);
  if (!top) return { problems: p.list };
  p.knownKeys(top, [], [...TOP, ...invariantKeys]);
  const policy: Policy = {
    vocabulary: parseVocabulary(p, top['vocabulary']),
    maxAgeDays: p.days(top, [], 'max-age-days'),
    invariants: {},
    invariantLines: {},
  };
  if (top['evidence'] !== undefined) {
    if (!Array.isArray(top['evidence'])) p.add(['evidence'], '"evidence" must be a list of artifacts');
    else policy.evidence = top['evidence'].flatMap((a, i) => parseArtifact(p, a, i) ?? []);
  }
  if (top['checklist'] !== undefined && top['checklist'] !== null)
    policy.checklist = parseChecklist(p, top['checklist']);
  for (const key of invariantKeys) {
    if (!(key in top)) continue;
    policy.invariants[key] = top[key];
    policy.invariantLines[key] = src.lineOf([key], true);
  }
  return p.list.length ? { problems: p.list } : { policy, problems: [] };
}
