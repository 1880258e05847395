// Governance of suppressions (each rule), and properties of the plain ignore-file parser.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySuppressions } from '../../../src/scan-gate/suppressions/apply.js';
import { daysLeft, governance } from '../../../src/scan-gate/suppressions/governance.js';
import { parsePlain } from '../../../src/scan-gate/suppressions/plain.js';
import { parseYaml } from '../../../src/scan-gate/suppressions/yaml.js';

const NOW = new Date('2026-11-23T10:00:00Z');
const rules = (text: string, opts = { stale: false }, warn = 14) =>
  governance(parsePlain(text, '.trivyignore').entries, NOW, warn, opts).map((f) => [f.rule, f.level, f.line]);

describe('governance', () => {
  it('accepts an entry with owner and expiry comments', () => {
    expect(rules('# owner: team-a\n# expires: 2027-06-01\nCVE-2024-0001\n')).toEqual([]);
  });
  it('accepts exp: as the expiry with an owner comment', () => {
    expect(rules('# owner: team-a\nCVE-2024-0001 exp:2027-06-01\n')).toEqual([]);
  });
  it('fails without an owner, and without an expiry', () => {
    expect(rules('# expires: 2027-06-01\nCVE-2024-0001\n')).toEqual([['SUPPRESSION_OWNER_MISSING', 'fail', 2]]);
    expect(rules('# owner: team-a\nCVE-2024-0001\n')).toEqual([['SUPPRESSION_EXPIRY_MISSING', 'fail', 2]]);
  });
  it('fails on expired entries, including on the day of expiry', () => {
    expect(rules('# owner: a\n# expires: 2026-11-01\nCVE-2024-0001\n')).toEqual([['SUPPRESSION_EXPIRED', 'fail', 3]]);
    expect(rules('# owner: a\nCVE-2024-0001 exp:2026-11-23\n')).toEqual([['SUPPRESSION_EXPIRED', 'fail', 2]]);
  });
  it('warns within expiry-warning-days, not beyond', () => {
    expect(rules('# owner: a\nCVE-2024-0001 exp:2026-12-01\n')).toEqual([['SUPPRESSION_EXPIRING', 'warning', 2]]);
    expect(rules('# owner: a\nCVE-2024-0001 exp:2026-12-01\n', { stale: false }, 7)).toEqual([]);
    expect(daysLeft(new Date('2026-12-01T00:00:00Z'), NOW)).toBe(8);
  });
  it('the earlier of exp: and # expires: counts', () => {
    expect(rules('# owner: a\n# expires: 2026-11-01\nCVE-2024-0001 exp:2030-01-01\n')).toEqual([
      ['SUPPRESSION_EXPIRED', 'fail', 3],
    ]);
  });
  it('warns about entries that matched no finding (stale) when asked', () => {
    const { entries } = parsePlain(
      '# owner: a\n# expires: 2027-06-01\nCVE-2024-0001\n# owner: a\n# expires: 2027-06-01\nCVE-2024-0002\n',
      'f',
    );
    applySuppressions(
      [{ kind: 'vulnerability', id: 'CVE-2024-0001', severity: 'HIGH', target: 't', resultClass: '', resultType: '' }],
      entries,
      [],
      NOW,
    );
    expect(governance(entries, NOW, 14, { stale: true }).map((f) => [f.rule, f.line])).toEqual([
      ['SUPPRESSION_STALE', 6],
    ]);
  });
  it('YAML: expired_at and statement satisfy governance', () => {
    const p = parseYaml(
      'vulnerabilities:\n  - id: CVE-2024-0001\n    statement: risk accepted by team-a\n    expired_at: 2027-06-01\n  - id: CVE-2024-0002\n',
      'i.yaml',
    );
    expect(governance(p.entries, NOW, 14, { stale: false }).map((f) => [f.rule, f.line])).toEqual([
      ['SUPPRESSION_OWNER_MISSING', 5],
      ['SUPPRESSION_EXPIRY_MISSING', 5],
    ]);
  });
  it('messages say what to add', () => {
    const [f] = governance(parsePlain('CVE-2024-0001 exp:2027-01-01\n', 'f').entries, NOW, 14, { stale: false });
    expect(f?.message).toContain('# owner:');
  });
});

describe('properties of the plain parser', () => {
  const idArb = fc.stringMatching(/^CVE-20[0-9]{2}-[0-9]{4,6}$/);
  const lineArb = fc.oneof(
    idArb,
    idArb.map((id) => `${id} exp:2030-01-01`),
    fc.constant('# owner: someone'),
    fc.constant(''),
    fc.string({ unit: fc.constantFrom('a', ' ', '#', ':', '-', '\t', '1', 'é', ',') }),
  );

  it('never throws; every entry id is the first token of a non-comment line', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 30 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol);
        const p = parsePlain(text, 'f');
        const expected = lines
          .map((l) => l.trim())
          .filter((l) => l !== '' && !l.startsWith('#'))
          .map((l) => l.split(/\s+/)[0]);
        expect(p.entries.map((e) => e.id)).toEqual(expected);
        for (const e of p.entries) expect(lines[e.line - 1]?.trim().startsWith(e.id)).toBe(true);
      }),
    );
  });

  it('parsing files separately and merging equals parsing each alone: no line runs into the next file', () => {
    fc.assert(
      fc.property(fc.array(fc.array(lineArb, { maxLength: 8 }), { maxLength: 4 }), fc.boolean(), (files, trailing) => {
        const texts = files.map((ls) => ls.join('\n') + (trailing ? '\n' : ''));
        const merged = texts.flatMap((t, i) =>
          parsePlain(t, `f${i}`).entries.map((e) => `${e.file}:${e.line}:${e.id}`),
        );
        const alone = texts.flatMap((t, i) => parsePlain(t, `f${i}`).entries.map((e) => `${e.file}:${e.line}:${e.id}`));
        expect(merged).toEqual(alone);
        // The naive `cat a b` merge trivy-action used would differ as soon as a file lacks its newline.
        const idCount = texts.reduce((n, t) => n + parsePlain(t, 'x').entries.length, 0);
        expect(merged.length).toBe(idCount);
      }),
    );
  });

  it('a well-formed id with a malformed exp: never suppresses', () => {
    fc.assert(
      fc.property(idArb, fc.string({ unit: fc.constantFrom('0', '1', '9', '-', 'x') }), (id, date) => {
        const p = parsePlain(`${id} exp:${date}\n`, 'f');
        const valid =
          /^\d{4}-\d{2}-\d{2}$/.test(date) &&
          !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) &&
          new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
        expect(p.entries[0]?.valid).toBe(valid);
        expect(p.problems.length).toBe(valid ? 0 : 1);
      }),
    );
  });
});

describe('malformed suppression files end in findings, never exceptions', () => {
  const yamlCorpus = [
    'vulnerabilities: [',
    'vulnerabilities:\n  - id: CVE-2024-0001\n   bad-indent: x',
    '- just\n- a list',
    'vulnerabilities: "a string"',
    'vulnerabilities:\n  - "CVE-2024-0001"',
    'vulnerabilities:\n  - id: 12345',
    'vulnerabilities:\n  - id: CVE-2024-0001\n    paths: "not-a-list"',
    'vulnerabilities:\n  - id: CVE-2024-0001\n    expired_at: 2024-02-30',
    'secrets:\n  - id: x\n    purls: ["pkg:npm/a"]',
    '\u0000\u0001binary',
    'a: &x [*x]',
  ];
  it.each(yamlCorpus.map((t) => [JSON.stringify(t).slice(0, 50), t]))('YAML %s', (_n, text) => {
    const p = parseYaml(text, 'i.yaml');
    expect(p.problems.length).toBeGreaterThan(0);
    for (const f of p.problems) expect(f).toMatchObject({ level: 'fail', file: 'i.yaml' });
  });

  it('any text given as YAML or plain parses to entries and findings without throwing', () => {
    const unit = fc.constantFrom(
      'a',
      '-',
      ':',
      ' ',
      '\n',
      '#',
      '[',
      ']',
      '{',
      '}',
      '"',
      "'",
      'id',
      'CVE-2024-1',
      'vulnerabilities',
      '\t',
      '*',
      '&',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), (text) => {
        const y = parseYaml(text, 'i.yaml');
        const p = parsePlain(text, 'f');
        for (const f of [...y.problems, ...p.problems]) expect(f.level).toBe('fail');
      }),
      { numRuns: 300 },
    );
  });
});
