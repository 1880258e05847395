// Reads a Keep-a-Changelog style CHANGELOG: `## [X.Y.Z] - date`, `## X.Y.Z`, `## [Unreleased]`.
// Entries are listed newest first, so the newest release is the first version heading.
import { fenceTracker } from '../markdown/fence.js';
import { SEMVER_SOURCE } from './semver.js';

export interface ChangelogEntry {
  version: string;
  /** 1-based line of the heading. */
  line: number;
  /** The section's text up to the next heading of level 1 or 2. */
  body: string;
}

export interface Changelog {
  entries: ChangelogEntry[];
  /** Line of an `Unreleased` heading, if any (reported, never taken as the release). */
  unreleasedLine?: number;
}

// `[1.2.3]`, `v1.2.3`, `[1.2.3](link)`, followed by end, space, dash or parenthesis (a date or note).
const VERSION_HEADING = new RegExp(`^\\[?v?(${SEMVER_SOURCE})\\]?(?:\\([^)]*\\))?(?=$|[\\s(\\-\u2013\u2014:])`);
const H2 = /^ {0,3}##(?!#)[ \t]+(.*?)[ \t#]*$/;
const SECTION_END = /^ {0,3}#{1,2}(?!#)(?:[ \t]|$)/;

/** Every level-2 version heading, in file order, skipping headings inside fenced code blocks. */
export function parseChangelog(text: string): Changelog {
  const lines = text.split(/\r?\n/);
  const out: Changelog = { entries: [] };
  const inCode = fenceTracker();
  let open: { version: string; line: number; start: number } | undefined;
  const close = (end: number) => {
    if (open)
      out.entries.push({ version: open.version, line: open.line, body: lines.slice(open.start, end).join('\n') });
    open = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (inCode(line) || !SECTION_END.test(line)) continue;
    close(i);
    const h = H2.exec(line);
    if (!h) continue;
    const title = (h[1] as string).trim();
    if (/^\[?unreleased\]?/i.test(title)) {
      out.unreleasedLine ??= i + 1;
      continue;
    }
    const v = VERSION_HEADING.exec(title);
    if (v) open = { version: v[1] as string, line: i + 1, start: i + 1 };
  }
  close(lines.length);
  return out;
}

/**
 * True when a section holds no release notes: only blank lines, HTML comments, link definitions or
 * sub-headings (`### Added` with nothing under it is a template, not notes).
 */
export function isEmptySection(body: string): boolean {
  const text = body.replace(/<!--[\s\S]*?-->/g, '');
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .every((l) => l === '' || /^\[[^\]]+\]:\s*\S+/.test(l) || /^#{3,6}(?:\s|$)/.test(l));
}
