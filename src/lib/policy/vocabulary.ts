// The words evidence is judged by. Runbooks write statuses in many hands (`READY`, Ready, **ready**),
// so every comparison strips backticks, emphasis, surrounding space and case first.
import { isAscii } from '../text/ascii.js';

/** Each list holds words, or prefixes when they end with `*` (e.g. `PENDING*`). */
export interface Vocabulary {
  accepted: string[];
  blocked: string[];
  failed: string[];
  /** Words that mean "not filled in"; `<...>` is always a placeholder. */
  placeholders: string[];
}

export const DEFAULT_VOCABULARY: Vocabulary = {
  accepted: ['APPROVED', 'PASS', 'PASSED', 'READY', 'COMPLETED'],
  blocked: ['BLOCKED', 'PENDING*'],
  failed: ['FAIL', 'FAILED', 'REJECTED'],
  placeholders: ['TBD', 'TODO', 'FIXME', 'XXX'],
};

export type Verdict = 'accepted' | 'blocked' | 'failed' | 'placeholder' | 'empty' | 'other';

// Made once: a regex literal in a function body is a new RegExp object each time it runs.
const MARKUP_OR_SPACE = /[`*_\s]/;
const NEEDS_CLEANING = /[`*_]|\s\s|[\t\n\r]/;
const MARKUP = /[`*]/g;
const SPACES = /\s+/g;
const OUTER_UNDERSCORES = /^_+|_+$/g;

export function normalizeValue(value: string): string {
  // Most values are plain ASCII words, often upper case already: one pass by character, and no
  // copy when there is nothing to change (a measured hot path on big tables).
  let lower = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128 || c === 96 || c === 42 || c === 95 || c === 32 || (c >= 9 && c <= 13)) return normalizeMarked(value);
    if (c >= 97 && c <= 122) lower = true;
  }
  return lower ? value.toUpperCase() : value;
}

/** normalizeValue of a value with markup, space or non-ASCII text. */
function normalizeMarked(value: string): string {
  if (!MARKUP_OR_SPACE.test(value)) return value.toUpperCase();
  if (!NEEDS_CLEANING.test(value)) return value.trim().toUpperCase();
  return value.replace(MARKUP, '').replace(SPACES, ' ').trim().replace(OUTER_UNDERSCORES, '').toUpperCase();
}

interface Compiled {
  accepted: Matcher;
  blocked: Matcher;
  failed: Matcher;
  placeholders: string[];
  /**
   * Every word that can make a value placeholder, blocked or failed, for the line prefilter; undefined
   * when a word could match across what normalisation changes (spaces, pipes), so no line is skipped.
   */
  flagWords: string[] | undefined;
  /**
   * The flag words as one case-insensitive regex, when all are printable ASCII; see mayFlag. Words
   * only: a character class beside them made each search four times slower.
   */
  flagRe: RegExp | undefined;
  /** Verdicts of values already classified: evidence repeats PASS, names and dates many times. */
  seen: Map<string, Verdict>;
}

interface Matcher {
  words: Set<string>;
  prefixes: string[];
}

// Normalizing every vocabulary word for every table cell dominated large runs: compile each vocabulary once.
const compiled = new WeakMap<Vocabulary, Compiled>();

function matcher(words: readonly string[]): Matcher {
  const m: Matcher = { words: new Set(), prefixes: [] };
  for (const w of words) {
    if (w.endsWith('*')) m.prefixes.push(normalizeValue(w.slice(0, -1)));
    else m.words.add(normalizeValue(w));
  }
  return m;
}

/** The vocabulary compiled last: a run asks for one vocabulary thousands of times in a row. */
let last: { vocab: Vocabulary; compiled: Compiled } | undefined;

function compile(vocab: Vocabulary): Compiled {
  if (last?.vocab === vocab) return last.compiled;
  let c = compiled.get(vocab);
  if (!c) {
    const blocked = matcher(vocab.blocked);
    const failed = matcher(vocab.failed);
    const placeholders = vocab.placeholders.map(normalizeValue);
    const words = [...blocked.words, ...blocked.prefixes, ...failed.words, ...failed.prefixes, ...placeholders];
    const safe = words.every((w) => w !== '' && !/[\s|\\]/.test(w));
    c = {
      accepted: matcher(vocab.accepted),
      blocked,
      failed,
      placeholders,
      flagWords: safe ? words : undefined,
      flagRe:
        safe && words.every((w) => /^[\x20-\x7e]+$/.test(w))
          ? new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i')
          : undefined,
      seen: new Map(),
    };
    compiled.set(vocab, c);
  }
  last = { vocab, compiled: c };
  return c;
}

function matches(m: Matcher, v: string): boolean {
  if (m.words.has(v)) return true;
  for (const p of m.prefixes) if (v.startsWith(p)) return true;
  return false;
}

/** A placeholder word stands alone or leads the value, followed by a space, colon or parenthesis. */
function leadsWith(v: string, w: string): boolean {
  if (!v.startsWith(w)) return false;
  const next = v[w.length];
  return next === undefined || next === ' ' || next === ':' || next === '(';
}

const SLOT = /<[^<>\n]*>/;
const LINE_BREAKS = /<br\s*\/?>/gi;

function placeholderIn(raw: string, v: string, words: readonly string[]): boolean {
  if (raw.includes('<') && SLOT.test(raw.replace(LINE_BREAKS, ''))) return true;
  for (const w of words) if (leadsWith(v, w)) return true;
  return false;
}

/** A template slot left unfilled: `<owner>`, `<YYYY-MM-DD>`, or a configured word on its own or leading. */
export function isPlaceholder(value: string, vocab: Vocabulary): boolean {
  return placeholderIn(value, normalizeValue(value), compile(vocab).placeholders);
}

/** Placeholder first: a row that says `PASS <date>` is unfinished, whatever else it says. */
export function classify(value: string, vocab: Vocabulary): Verdict {
  const c = compile(vocab);
  let verdict = c.seen.get(value);
  if (verdict === undefined) {
    verdict = classifyNew(value, c);
    if (c.seen.size >= 4096) c.seen.clear(); // bounded: unique values (ids, dates) must not pile up
    c.seen.set(value, verdict);
  }
  return verdict;
}

function classifyNew(value: string, c: Compiled): Verdict {
  const v = normalizeValue(value);
  if (v === '' || v === '-' || v === '—') return 'empty';
  if (placeholderIn(value, v, c.placeholders)) return 'placeholder';
  if (matches(c.blocked, v)) return 'blocked';
  if (matches(c.failed, v)) return 'failed';
  if (matches(c.accepted, v)) return 'accepted';
  return 'other';
}

/**
 * ASCII without the markup normalisation removes (backticks, asterisks): mayFlag answers such text
 * with one regex. Any part of plain text is plain, so a caller that tested a whole document can
 * say so for each of its lines (mayFlag's `plain`) instead of testing every line again.
 */
export function isPlainText(text: string): boolean {
  return !text.includes('*') && !text.includes('`') && isAscii(text);
}

/**
 * False when no part of `text` (e.g. a whole table row) can classify as placeholder, blocked or
 * failed, so its cells need not be classified one by one. Sound because normalisation only removes
 * backticks, asterisks, outer space and underscores and changes case, and no flag word holds a space
 * or a pipe: any flagged cell's word is then a substring of the upper-cased line.
 */
export function mayFlag(text: string, vocab: Vocabulary, plain?: true): boolean {
  const c = compile(vocab);
  const words = c.flagWords;
  if (!words || text.includes('<')) return true;
  // Plain ASCII text: the same answer without an upper-cased copy per row (ASCII case-insensitive
  // matching is exactly upper-casing both sides; markup and other text take the general path).
  if (c.flagRe && (plain || isPlainText(text))) return c.flagRe.test(text);
  let upper = text.toUpperCase();
  if (upper.includes('`') || upper.includes('*')) upper = upper.replace(/[`*]/g, '');
  for (const w of words) if (upper.includes(w)) return true;
  return false;
}
