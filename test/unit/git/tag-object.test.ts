// The tag-object parser and the verification-output parsers: examples in the real formats,
// properties, and malformed input that must never throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidTagName } from '../../../src/lib/git/tag.js';
import { parseTagger, parseTagObject, signatureTypeOf } from '../../../src/lib/git/tag-object.js';
import { parseGpgStatus, parseSshOutput } from '../../../src/lib/git/verify.js';

const SHA = '468ffc9318f294369e0dc1a5c3d1635d630b9a18';
const SSH_SIG = '-----BEGIN SSH SIGNATURE-----\nU1NIU0lHAAAAAQ\n-----END SSH SIGNATURE-----\n';

describe('parseTagObject', () => {
  it('reads headers, message and an SSH signature', () => {
    const text = `object ${SHA}\ntype commit\ntag v1.2.3\ntagger Release Bot <alice@example.org> 1795430831 +0100\n\nRelease v1.2.3\n\nnotes\n${SSH_SIG}`;
    expect(parseTagObject(text)).toEqual({
      object: SHA,
      type: 'commit',
      tag: 'v1.2.3',
      tagger: { name: 'Release Bot', email: 'alice@example.org', date: new Date(1795430831000) },
      message: 'Release v1.2.3\n\nnotes\n',
      signature: { type: 'ssh', armored: SSH_SIG },
    });
  });

  it('knows gpg and x509 signatures, and unsigned tags', () => {
    const base = `object ${SHA}\ntype commit\ntag v1\ntagger A <a@b> 1 +0000\n\nmsg\n`;
    expect(
      parseTagObject(`${base}-----BEGIN PGP SIGNATURE-----\nx\n-----END PGP SIGNATURE-----\n`)?.signature?.type,
    ).toBe('gpg');
    expect(parseTagObject(`${base}-----BEGIN SIGNED MESSAGE-----\nx\n`)?.signature?.type).toBe('x509');
    expect(parseTagObject(base)?.signature).toBeUndefined();
    // An armor header quoted inside a line of the message is not a signature.
    expect(parseTagObject(`${base}see -----BEGIN PGP SIGNATURE----- above\n`)?.signature).toBeUndefined();
  });

  it('takes the tag name, tagger and signature back out of any generated tag (property)', () => {
    const name = fc.stringMatching(/^v[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$/);
    const line = fc.stringMatching(/^[A-Za-z0-9 .,:!-]{0,40}$/);
    fc.assert(
      fc.property(
        name,
        fc.array(line, { maxLength: 5 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 4102444800 }),
        (tag, lines, signed, secs) => {
          const message = `${['Release', ...lines].join('\n')}\n`;
          const text = `object ${SHA}\ntype commit\ntag ${tag}\ntagger A B <a@b.c> ${secs} -0700\n\n${message}${signed ? SSH_SIG : ''}`;
          const t = parseTagObject(text);
          expect(t?.tag).toBe(tag);
          expect(t?.message).toBe(message);
          expect(t?.tagger?.date?.getTime()).toBe(secs * 1000);
          expect(t?.signature?.type).toBe(signed ? 'ssh' : undefined);
        },
      ),
    );
  });

  it('never throws on arbitrary text, and refuses what is not a tag object (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => void parseTagObject(s)));
    for (const bad of ['', 'hello', `object ${SHA}\ntag v1\n\nno type`, 'tree abc\n\nmsg']) {
      expect(parseTagObject(bad)).toBeUndefined();
    }
  });

  it('parses taggers with odd dates without inventing one', () => {
    expect(parseTagger('A <a@b> notadate')).toBeUndefined();
    expect(parseTagger('A <a@b>')).toEqual({ name: 'A', email: 'a@b' });
    expect(parseTagger('<a@b> 99999999999999999999 +0000')).toEqual({ name: '', email: 'a@b' });
    expect(signatureTypeOf('garbage')).toBeUndefined();
  });
});

describe('verification output', () => {
  it('reads ssh-keygen results', () => {
    expect(parseSshOutput('Good "git" signature for alice@example.org with ED25519 key SHA256:aWLy+p3B/Dq=\n')).toEqual(
      {
        good: true,
        signer: { identity: 'alice@example.org', fingerprint: 'SHA256:aWLy+p3B/Dq=' },
      },
    );
    expect(parseSshOutput('Good "git" signature with ED25519 key SHA256:abc\nNo principal matched.\n')).toEqual({
      good: false,
      signer: { fingerprint: 'SHA256:abc' },
    });
    expect(parseSshOutput('Could not verify signature.')).toEqual({ good: false, signer: {} });
  });

  it('reads gpg status lines: good, subkey, expired, unknown key, bad', () => {
    const fpr = '040E554DA1FE22F8261D4F8FD22144CD5D417817';
    const sub = 'B'.repeat(40);
    const good = `[GNUPG:] NEWSIG\n[GNUPG:] GOODSIG D22144CD5D417817 Alice <alice@example.org>\n[GNUPG:] VALIDSIG ${sub} 2026-11-23 1795430836 0 4 0 22 8 00 ${fpr}\n[GNUPG:] TRUST_UNDEFINED 0 pgp\n`;
    expect(parseGpgStatus(good)).toEqual({
      good: true,
      signer: { fingerprint: sub, primaryFingerprint: fpr, identity: 'alice@example.org' },
    });
    expect(parseGpgStatus(`[GNUPG:] EXPKEYSIG D221 Alice <a@x>\n[GNUPG:] VALIDSIG ${fpr} x\n`).problem).toBe(
      'the signing key has expired',
    );
    expect(parseGpgStatus(`[GNUPG:] ERRSIG D221 22 8 00 1 9 ${fpr}\n[GNUPG:] NO_PUBKEY D221\n`)).toMatchObject({
      good: false,
      problem: 'the signing key is not among the given gpg-keys',
    });
    expect(parseGpgStatus('[GNUPG:] BADSIG D221 Alice <a@x>\n').good).toBe(false);
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => void parseGpgStatus(`[GNUPG:] ${s}`)));
  });
});

describe('isValidTagName', () => {
  it('refuses names git refuses and option-like names', () => {
    for (const ok of ['v1.2.3', 'release/1.0', 'v1.0.0-rc.1+b5']) expect(isValidTagName(ok)).toBe(true);
    for (const bad of [
      '',
      '-x',
      '--upload-pack=evil',
      'a..b',
      'a b',
      'a~1',
      'a^',
      'a:b',
      'x.lock',
      'a/',
      '/a',
      'a@{1}',
      'a\\b',
      'a*',
    ]) {
      expect(isValidTagName(bad), bad).toBe(false);
    }
  });
});
