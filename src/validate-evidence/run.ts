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
import {
  ageDays,
  dateAndAge,
  expandGlob,
  isoDay,
  type Listings,
  type Lookup,
  locate,
  locateFile,
  locateListed,
} from './artifacts.js';
import { checkChecklist } from './checklist.js';
import { DEFAULT_EVIDENCE } from './default-policy.js';
import { checkEvidence } from './evidence.js';
import type { Inputs } from './inputs.js';
import { INVARIANTS } from './invariants/index.js';
import type { InvariantContext } from './invariants/types.js';
import { loadPolicy } from './load-policy.js';
import type { ArtifactRule, Policy } from './policy.js';
import { outputsOf, type Row, rowVerdict, summaryTable } from './summary.js';

interface Scope {
  repo: string;
  asOf: Date;
  vocab: Vocabulary;
  environments: string[];
  /** The path a finding names: relative to the working directory (so annotations land), else to the repo. */
  show(rel: string): string;
  /** Directory listings read in this run: several globs over one folder list it once. */
  listings: Listings;
}

/** How many listed documents are read before they are judged. */
const READ_BATCH = 128;

type Part = { findings: Finding[]; rows: Row[] };

/** Findings name files relative to the repository; these make them relative to the working directory. */
function shown(findings: Finding[], s: Scope): Finding[] {
  for (const f of findings) if (f.file !== undefined) f.file = s.show(f.file);
  return findings;
}

/** Judges one located artifact into `out` (synchronous: thousands of documents are judged in a row). */
function judgeArtifact(rule: ArtifactRule, policy: Policy, s: Scope, look: Lookup, out: Part): void {
  // Pushes only when there is something: two empty spreads per document were a measured cost.
  if (look.notes.length > 0) out.findings.push(...shown(look.notes, s));
  if (!look.found) {
    out.findings.push(
      look.unreadable
        ? {
            rule: 'EVIDENCE_FILE_UNREADABLE',
            level: 'unknown',
            message: `${rule.name}: ${look.missing}, so its evidence cannot be judged; fix the path or make it readable.`,
            file: s.show(look.unreadable),
          }
        : {
            rule: 'EVIDENCE_FILE_MISSING',
            level: 'unknown',
            message: `${rule.name}: ${look.missing}; add the evidence document.`,
            file: s.show(rule.file ?? rule.files ?? posix.dirname(rule.pattern as string)),
          },
    );
    out.rows.push([rule.name, look.unreadable ? '(unreadable)' : '(missing)', '', 'UNKNOWN']);
    return;
  }
  const file = s.show(look.found.rel);
  const judged = checkEvidence(parseMarkdown(look.found.text), rule, {
    vocab: s.vocab,
    environments: s.environments,
    file,
  });
  let when = '';
  if (look.found.date) {
    const age = ageDays(look.found.date, s.asOf);
    when = dateAndAge(look.found.date, age);
    const max = rule.maxAgeDays ?? policy.maxAgeDays;
    if (max !== undefined && age > max) {
      const stale: Finding = {
        rule: 'EVIDENCE_STALE',
        level: 'fail',
        file,
        line: 1,
        message: `${rule.name}: ${look.found.rel} is ${age} days old (limit ${max} days as of ${isoDay(s.asOf)}); repeat it and record the new evidence.`,
      };
      judged.findings.push(stale);
    }
  }
  if (judged.findings.length > 0) out.findings.push(...judged.findings);
  const mine = look.notes.length > 0 ? [...look.notes, ...judged.findings] : judged.findings;
  out.rows.push([look.found.rel, judged.value, when, rowVerdict(mine)]);
}

/**
 * Every evidence rule in policy order, a `files` glob standing for each file it matches (a glob that
 * matches nothing is missing evidence). Only dated series read their folder asynchronously.
 */
async function checkAllEvidence(rules: ArtifactRule[], policy: Policy, s: Scope): Promise<Part> {
  const out: Part = { findings: [], rows: [] };
  for (const rule of rules) {
    if (rule.files) {
      const { files, unreadable } = expandGlob(s.repo, rule.files, s.listings);
      for (const u of unreadable) {
        judgeArtifact(rule, policy, s, { notes: [], missing: `${u.rel} ${u.reason}`, unreadable: u.rel }, out);
      }
      if (files.length === 0 && unreadable.length === 0) {
        judgeArtifact(rule, policy, s, locateFile(s.repo, rule.files), out);
      }
      // A batch of files is read before any is judged: measured faster than alternating the two
      // (each loop stays hot in caches the other evicts). Batches bound what is held at once.
      for (let at = 0; at < files.length; at += READ_BATCH) {
        const looks = files.slice(at, at + READ_BATCH).map((file) => locateListed(s.repo, file));
        for (const look of looks) judgeArtifact(rule, policy, s, look, out);
      }
    } else if (rule.pattern) judgeArtifact(rule, policy, s, await locate(s.repo, rule, s.asOf), out);
    else judgeArtifact(rule, policy, s, locateFile(s.repo, rule.file as string), out);
  }
  return out;
}

async function checkReview(policy: Policy, s: Scope): Promise<Part> {
  const rule = policy.checklist;
  if (!rule) return { findings: [], rows: [] };
  const look = await locate(s.repo, { name: 'checklist', file: rule.file }, s.asOf);
  if (!look.found) {
    const f: Finding = look.unreadable
      ? {
          rule: 'CHECKLIST_FILE_UNREADABLE',
          level: 'unknown',
          file: s.show(rule.file),
          message: `The review checklist ${look.missing}, so it cannot be judged; fix the path or make it readable.`,
        }
      : {
          rule: 'CHECKLIST_FILE_MISSING',
          level: 'unknown',
          file: s.show(rule.file),
          message: `The review checklist ${rule.file} does not exist; add it.`,
        };
    return { findings: [f], rows: [[rule.file, look.unreadable ? '(unreadable)' : '(missing)', '', 'UNKNOWN']] };
  }
  const r = checkChecklist(parseMarkdown(look.found.text), rule, s.show(rule.file), s.asOf, s.vocab);
  return {
    findings: r.findings,
    rows: r.rows.map(({ row, findings }, i) => [i === 0 ? rule.file : row[0], row[1], row[2], rowVerdict(findings)]),
  };
}

async function checkInvariants(policy: Policy, file: string, ctx: InvariantContext, s: Scope): Promise<Part> {
  const findings: Finding[] = [];
  const rows: Row[] = [];
  for (const inv of INVARIANTS) {
    if (!(inv.key in policy.invariants)) continue;
    try {
      const config = inv.parse(policy.invariants[inv.key], inv.key);
      const r = await inv.check(config, ctx);
      findings.push(...shown(r.findings, s));
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

/** A tag was given (or came from GITHUB_REF) but no invariant compares it: say so rather than stay silent. */
function tagNotChecked(tag: string, policyFile: string): Finding {
  return {
    rule: 'RELEASE_TAG_NOT_CHECKED',
    level: 'notice',
    file: policyFile,
    message: `Tag "${tag}" is not compared with the project's version: the policy does not switch on release-metadata; add \`release-metadata: true\` to check it.`,
  };
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
    listings: new Map(),
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
  // A fresh vocabulary object per run: vocabulary.ts caches compiled words and classified values per
  // object, and the built-in default is one shared object, so without the copy that cache would
  // outlive the run (a long-lived process, or a benchmark repeating runs, would reuse it).
  const s: Scope = { ...base, vocab: { ...policy.vocabulary } };
  const evidence = policy.evidence ?? DEFAULT_EVIDENCE;
  io.log.info(
    `validate-evidence: policy ${loaded.source}, ${evidence.length} evidence artifacts, environments ${s.environments.join(', ')}, as of ${asOf.toISOString()}`,
  );
  const ctx: InvariantContext = { repo: s.repo, io, ...(inputs.tag ? { tag: inputs.tag } : {}) };
  // Invariants start first: while a kustomize render runs in its own process, the evidence is judged.
  const [invariants, judged, review] = await Promise.all([
    checkInvariants(policy, policyFile, ctx, s),
    checkAllEvidence(evidence, policy, s),
    checkReview(policy, s),
  ]);
  const findings = [...loaded.findings, ...judged.findings, ...review.findings, ...invariants.findings];
  if (inputs.tag && !('release-metadata' in policy.invariants)) findings.push(tagNotChecked(inputs.tag, policyFile));
  const rows = [...judged.rows, ...review.rows, ...invariants.rows];
  return verdict('validate-evidence', findings, {
    outputs: outputsOf(findings, rows, asOf),
    table: summaryTable(rows),
  });
}
