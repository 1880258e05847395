// The validate-evidence gate: loads the policy, judges every evidence document, the review checklist
// and the invariants the policy switches on, and reports all problems in one verdict.
import { statSync } from 'node:fs';
import { isAbsolute, posix, relative, sep } from 'node:path';
import type { Io } from '../lib/io/io.js';
import { parseMarkdown } from '../lib/markdown/parse.js';
import type { Vocabulary } from '../lib/policy/vocabulary.js';
import { findingOf, isRcoError, userError } from '../lib/verdict/errors.js';
import type { Finding } from '../lib/verdict/types.js';
import { type Verdict, verdict } from '../lib/verdict/types.js';
import { ageDays, dateAndAge, expandGlob, isoDay, locate } from './artifacts.js';
import { checkChecklist } from './checklist.js';
import { DEFAULT_EVIDENCE } from './default-policy.js';
import { checkEvidence } from './evidence.js';
import type { Inputs } from './inputs.js';
import { INVARIANTS } from './invariants/index.js';
import type { InvariantContext } from './invariants/types.js';
import { loadPolicy } from './load-policy.js';
import type { ArtifactRule, Policy } from './policy.js';
import { mapLimit, outputsOf, type Row, rowVerdict, summaryTable } from './summary.js';

interface Scope {
  repo: string;
  asOf: Date;
  vocab: Vocabulary;
  environments: string[];
  /** The path a finding names: relative to the working directory (so annotations land), else to the repo. */
  show(rel: string): string;
}

type Part = { findings: Finding[]; rows: Row[] };

async function checkArtifact(rule: ArtifactRule, policy: Policy, s: Scope): Promise<Part> {
  const look = await locate(s.repo, rule, s.asOf);
  if (!look.found) {
    const f: Finding = {
      rule: 'EVIDENCE_FILE_MISSING',
      level: 'unknown',
      message: `${rule.name}: ${look.missing}; add the evidence document.`,
      file: s.show(rule.file ?? posix.dirname(rule.pattern as string)),
    };
    return { findings: [...look.notes, f], rows: [[rule.name, '(missing)', '', 'UNKNOWN']] };
  }
  const file = s.show(look.found.rel);
  const judged = checkEvidence(parseMarkdown(look.found.text), rule, {
    vocab: s.vocab,
    environments: s.environments,
    file,
  });
  const findings = [...look.notes, ...judged.findings];
  let when = '';
  if (look.found.date) {
    const age = ageDays(look.found.date, s.asOf);
    when = dateAndAge(look.found.date, age);
    const max = rule.maxAgeDays ?? policy.maxAgeDays;
    if (max !== undefined && age > max) {
      findings.push({
        rule: 'EVIDENCE_STALE',
        level: 'fail',
        file,
        line: 1,
        message: `${rule.name}: ${look.found.rel} is ${age} days old (limit ${max} days as of ${isoDay(s.asOf)}); repeat it and record the new evidence.`,
      });
    }
  }
  return { findings, rows: [[look.found.rel, judged.value, when, rowVerdict(findings)]] };
}

async function checkReview(policy: Policy, s: Scope): Promise<Part> {
  const rule = policy.checklist;
  if (!rule) return { findings: [], rows: [] };
  const look = await locate(s.repo, { name: 'checklist', file: rule.file }, s.asOf);
  if (!look.found) {
    const message = `The review checklist ${rule.file} does not exist; add it.`;
    const f: Finding = { rule: 'CHECKLIST_FILE_MISSING', level: 'unknown', file: s.show(rule.file), message };
    return { findings: [f], rows: [[rule.file, '(missing)', '', 'UNKNOWN']] };
  }
  const r = checkChecklist(parseMarkdown(look.found.text), rule, s.show(rule.file), s.asOf, s.vocab);
  return {
    findings: r.findings,
    rows: r.rows.map(({ row, findings }, i) => [i === 0 ? rule.file : row[0], row[1], row[2], rowVerdict(findings)]),
  };
}

async function checkInvariants(policy: Policy, file: string, ctx: InvariantContext): Promise<Part> {
  const findings: Finding[] = [];
  const rows: Row[] = [];
  for (const inv of INVARIANTS) {
    if (!(inv.key in policy.invariants)) continue;
    try {
      const config = inv.parse(policy.invariants[inv.key], inv.key);
      const r = await inv.check(config, ctx);
      findings.push(...r.findings);
      rows.push(...r.rows);
    } catch (e) {
      // One broken invariant must not hide the others' findings; our own bugs still propagate.
      if (!isRcoError(e)) throw e;
      const line = policy.invariantLines[inv.key];
      findings.push(findingOf(e, e.kind === 'user' ? { file, ...(line ? { line } : {}) } : {}));
      rows.push([inv.key, '(not checked)', '', e.kind === 'user' ? 'FAIL' : 'UNKNOWN']);
    }
  }
  return { findings, rows };
}

/** Replaces each `files` glob rule with one rule per matching file; a glob matching nothing is missing evidence. */
async function expandRules(rules: ArtifactRule[], s: Scope): Promise<ArtifactRule[]> {
  const out = await Promise.all(
    rules.map(async (rule) => {
      if (!rule.files) return [rule];
      const found = await expandGlob(s.repo, rule.files);
      if (found.length === 0) return [{ ...rule, files: undefined, file: rule.files }];
      return found.map((file) => ({ ...rule, files: undefined, file }));
    }),
  );
  return out.flat();
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function scopeOf(inputs: Inputs, io: Io, vocab: Vocabulary): Scope {
  const prefix = relative(io.cwd, inputs.path).split(sep).join('/');
  const inside = prefix === '' || !(prefix.startsWith('..') || isAbsolute(prefix));
  return {
    repo: inputs.path,
    asOf: inputs.asOf ?? io.now(),
    vocab,
    environments: inputs.environments,
    show: (rel) => (inside && prefix ? posix.join(prefix, rel) : rel),
  };
}

export async function run(inputs: Inputs, io: Io): Promise<Verdict> {
  if (!isDirectory(inputs.path)) {
    // Without this every artifact would be reported missing, hiding the one real mistake.
    throw userError('INPUT_INVALID', `Input "path": ${inputs.path} is not a directory; give the repository root.`);
  }
  const base = scopeOf(inputs, io, { accepted: [], blocked: [], failed: [], placeholders: [] });
  const policyFile = base.show(inputs.policy);
  const loaded = await loadPolicy(
    inputs,
    policyFile,
    INVARIANTS.map((i) => i.key),
  );
  const asOf = base.asOf;
  if (!loaded.policy) {
    return verdict('validate-evidence', loaded.findings, { outputs: outputsOf(loaded.findings, [], asOf) });
  }
  const policy = loaded.policy;
  const s: Scope = { ...base, vocab: policy.vocabulary };
  const evidence = policy.evidence ?? DEFAULT_EVIDENCE;
  io.log.info(
    `validate-evidence: policy ${loaded.source}, ${evidence.length} evidence artifacts, environments ${s.environments.join(', ')}, as of ${asOf.toISOString()}`,
  );
  const ctx: InvariantContext = { repo: s.repo, io, ...(inputs.tag ? { tag: inputs.tag } : {}) };
  // Invariants read other files (manifests, workflows): run them while the evidence is read.
  const [evidenceParts, review, invariants] = await Promise.all([
    expandRules(evidence, s).then((rules) => mapLimit(rules, 32, (rule) => checkArtifact(rule, policy, s))),
    checkReview(policy, s),
    checkInvariants(policy, policyFile, ctx),
  ]);
  const parts = [...evidenceParts, review, invariants];
  const findings = [...loaded.findings, ...parts.flatMap((p) => p.findings)];
  const rows = parts.flatMap((p) => p.rows);
  return verdict('validate-evidence', findings, {
    outputs: outputsOf(findings, rows, asOf),
    table: summaryTable(rows),
  });
}
