// The policy parser: the example policy reads as written; every bad key is named with its path and
// line, all of them in one pass; no input crashes it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVARIANTS } from '../../../src/validate-evidence/invariants/index.js';
import { ENVIRONMENT_KEY, parsePolicy } from '../../../src/validate-evidence/policy.js';

const EXAMPLE = readFileSync(
  join(import.meta.dirname, '..', '..', '..', 'examples', 'release-repo', '.github', 'release-evidence.yml'),
  'utf8',
);

describe('parsePolicy', () => {
  it('reads the example policy', () => {
    const { policy, problems } = parsePolicy(
      EXAMPLE,
      INVARIANTS.map((i) => i.key),
    );
    expect(problems).toEqual([]);
    expect(policy?.maxAgeDays).toBe(30);
    expect(policy?.evidence?.map((e) => e.name)).toEqual([
      'capacity-baselines',
      'dr-drill',
      'security-controls-validation',
      'controller-egress-handoff',
    ]);
    expect(policy?.evidence?.[3]?.table).toMatchObject({
      rows: { kind: 'latest-per', column: 'Environment' },
      requiredKeys: [ENVIRONMENT_KEY],
      signer: 'Reviewer',
    });
    expect(policy?.checklist).toMatchObject({ signOffs: ['Product Owner', 'Data-Privacy Officer'], maxAgeDays: 30 });
  });

  it('keeps invariant keys raw with their lines, and refuses unknown top-level keys', () => {
    const { policy } = parsePolicy('max-age-days: false\nimages:\n  directories: [deploy]\n', ['images']);
    expect(policy).toMatchObject({ maxAgeDays: undefined, invariants: { images: { directories: ['deploy'] } } });
    expect(policy?.invariantLines).toEqual({ images: 2 });
    expect(parsePolicy('imagez: {}\n', ['images']).problems).toEqual([
      { at: 'imagez', line: 1, message: expect.stringContaining('unknown key "imagez"') },
    ]);
  });

  it('lets an empty file mean the defaults', () => {
    const { policy } = parsePolicy('', []);
    expect(policy?.evidence).toBeUndefined();
    expect(policy?.invariants).toEqual({});
    expect(parsePolicy('# only a comment\n', []).problems).toEqual([]);
  });

  const BAD: [string, string, string, number | undefined][] = [
    ['evidence: {}', 'evidence', 'must be a list', 1],
    ['evidence:\n  - file: a.md', 'evidence[0]', 'say what to check', 2],
    ['evidence:\n  - status: {label: X}', 'evidence[0]', 'exactly one of "file", "pattern" or "files"', 2],
    [
      'evidence:\n  - file: a.md\n    pattern: b-YYYYMMDD.md\n    status: {label: X}',
      'evidence[0]',
      'exactly one of',
      2,
    ],
    ['evidence:\n  - pattern: dr.md\n    status: {label: X}', 'evidence[0].pattern', 'date token', 2],
    ['evidence:\n  - pattern: d-YYYYMMDD/x.md\n    status: {label: X}', 'evidence[0].pattern', 'file name', 2],
    ['evidence:\n  - file: ../etc/passwd\n    status: {label: X}', 'evidence[0].file', 'inside the repository', 2],
    ['evidence:\n  - file: a.md\n    status: {label: X, heading: Y}', 'evidence[0].status', 'exactly one of', 3],
    ['evidence:\n  - file: a.md\n    status: COMPLETED', 'evidence[0].status', 'mapping', 3],
    ['evidence:\n  - file: a.md\n    table: {rows: latest}', 'evidence[0].table.rows', 'latest-per-<column>', 3],
    [
      'evidence:\n  - file: a.md\n    table: {required-keys: [prod]}',
      'evidence[0].table.required-keys',
      'latest-per',
      3,
    ],
    ['evidence:\n  - file: a.md\n    max-age-days: -1\n    table: {}', 'evidence[0].max-age-days', 'whole number', 3],
    ['evidence:\n  - file: a.md\n    table: {result: 3}', 'evidence[0].table.result', 'non-empty string', 3],
    ['vocabulary: {accepted: OK, blocked: [1]}', 'vocabulary.blocked', 'list of non-empty strings', 1],
    ['vocabulary: {acceptd: [OK]}', 'vocabulary.acceptd', 'unknown key', 1],
    ['max-age-days: thirty', 'max-age-days', 'whole number', 1],
    ['checklist: {heading: X}', 'checklist', '"file" is required', 1],
    ['checklist: {file: c.md, sign-offs: [""]}', 'checklist.sign-offs', 'non-empty strings', 1],
    ['- a\n- b', '(top level)', 'mapping', 1],
    ['just text', '(top level)', 'mapping', 1],
  ];

  it.each(BAD)('names the bad key in %j', (text, at, message, line) => {
    const { policy, problems } = parsePolicy(text, []);
    expect(policy).toBeUndefined();
    expect(problems).toContainEqual({ at, line, message: expect.stringContaining(message) });
  });

  it('reports every bad key in one pass', () => {
    const { problems } = parsePolicy('max-age-days: x\nvocabulary: {accepted: 1}\nevidence:\n  - nme: a\n', []);
    expect(problems.map((p) => [p.at, p.line])).toEqual(
      expect.arrayContaining([
        ['max-age-days', 1],
        ['vocabulary.accepted', 2],
        ['evidence[0].nme', 4],
      ]),
    );
  });

  const SYNTAX = [
    'a: [',
    'a: b: c',
    'x:\n\t- tab',
    'a: 1\na: 2',
    '&a [*a]',
    '!!binary x',
    'a: "unterminated',
    '{ a: 1',
    '? ? ?',
  ];

  it.each(SYNTAX)('reports YAML that does not parse (%j) with a line, never a crash', (text) => {
    const { policy, problems } = parsePolicy(text, []);
    if (policy === undefined) {
      expect(problems.length).toBeGreaterThan(0);
      for (const p of problems) expect(typeof p.message).toBe('string');
    }
  });

  it('never throws on arbitrary YAML-looking text or data', () => {
    const yamlish = fc.array(
      fc.constantFrom(
        'evidence:',
        '\n',
        '  - ',
        'file: a.md',
        'table:',
        ' rows: ',
        'all',
        '{',
        '}',
        '[',
        ']',
        ':',
        '&x',
        '*x',
        '"',
        'status:',
        'label: X',
        '    ',
        '#',
      ),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(yamlish, (parts) => void parsePolicy(parts.join(''), ['images'])),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (v) => void parsePolicy(JSON.stringify(v), [])),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('evidence', 'checklist', 'vocabulary', 'max-age-days'), fc.jsonValue()),
        (v) => {
          const { policy, problems } = parsePolicy(JSON.stringify(v), []);
          expect(policy === undefined ? problems.length > 0 : problems.length === 0).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
