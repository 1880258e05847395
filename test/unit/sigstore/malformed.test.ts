// Malformed bundles end in a clean rejection (an RcoError with a SIGNATURE_* rule), never a crash:
// a corpus of hand-broken bundles, arbitrary JSON, and random mutations of a valid bundle.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Trust, verifyBundle } from '../../../src/lib/sigstore/index.js';
import { parseTrustedRoot } from '../../../src/lib/sigstore/trust.js';
import { isRcoError } from '../../../src/lib/verdict/errors.js';
import { instance } from './fixture.js';

// Bundles are taken apart and mutated as free-form JSON here, field by field.
// biome-ignore lint/suspicious/noExplicitAny: any shape is the point of these tests
type FreeJson = Record<string, any>;

const data = Buffer.from('artifact');
const policy = {
  identity: {
    subject: 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0',
    issuer: 'https://token.actions.githubusercontent.com',
  },
  requireTlog: false,
};
let trust: Trust;
let good: FreeJson;
let dsse: FreeJson;

beforeAll(async () => {
  const mock = await instance();
  const root = await parseTrustedRoot(mock.root, 'test');
  trust = { source: 'test', root: async () => root };
  good = await mock.signBlob(data, { tsa: true });
  const digest = { sha256: createHash('sha256').update(data).digest('hex') };
  dsse = await mock.signBlob(data, {
    dsse: { predicateType: 'https://slsa.dev/provenance/v1', subjects: [{ name: 'a', digest }] },
  });
});

/** 'VERIFIED', or the rule of a clean rejection; anything else fails the test with the raw error. */
async function outcome(bundle: unknown): Promise<string> {
  try {
    await verifyBundle(bundle, { bytes: data }, policy, trust);
    return 'VERIFIED';
  } catch (e) {
    if (isRcoError(e) && /^SIGNATURE_[A-Z_]+$/.test(e.code) && e.message.length > 10) return e.code;
    throw e;
  }
}

const clone = <T>(v: T): T => structuredClone(v);
function edit(base: () => FreeJson, f: (b: FreeJson) => void): () => FreeJson {
  return () => {
    const b = clone(base());
    f(b);
    return b;
  };
}

describe('malformed bundle corpus', () => {
  it('the unaltered bundles verify', async () => {
    expect(await outcome(good)).toBe('VERIFIED');
    expect(await outcome(dsse)).toBe('VERIFIED');
  });

  const corpus: [string, () => unknown][] = [
    ['null', () => null],
    ['a string', () => 'bundle'],
    ['an array', () => [good]],
    ['an empty object', () => ({})],
    [
      'no media type',
      edit(
        () => good,
        (b) => delete b['mediaType'],
      ),
    ],
    [
      'an unknown media type',
      edit(
        () => good,
        (b) => (b['mediaType'] = 'application/json'),
      ),
    ],
    [
      'no verification material',
      edit(
        () => good,
        (b) => delete b['verificationMaterial'],
      ),
    ],
    [
      'no content',
      edit(
        () => good,
        (b) => delete b['messageSignature'],
      ),
    ],
    [
      'an empty signature',
      edit(
        () => good,
        (b) => (b['messageSignature'].signature = ''),
      ),
    ],
    [
      'a signature that is not base64',
      edit(
        () => good,
        (b) => (b['messageSignature'].signature = '%%%'),
      ),
    ],
    [
      'a truncated certificate',
      edit(
        () => good,
        (b) =>
          (b['verificationMaterial'].certificate.rawBytes = b['verificationMaterial'].certificate.rawBytes.slice(
            0,
            40,
          )),
      ),
    ],
    [
      'a certificate of random bytes',
      edit(
        () => good,
        (b) => (b['verificationMaterial'].certificate.rawBytes = Buffer.alloc(300, 7).toString('base64')),
      ),
    ],
    [
      'a log entry body that is not JSON',
      edit(
        () => good,
        (b) => (b['verificationMaterial'].tlogEntries[0].canonicalizedBody = Buffer.from('{').toString('base64')),
      ),
    ],
    [
      'a log entry without kind',
      edit(
        () => good,
        (b) => delete b['verificationMaterial'].tlogEntries[0].kindVersion,
      ),
    ],
    [
      'a negative log index',
      edit(
        () => good,
        (b) => (b['verificationMaterial'].tlogEntries[0].logIndex = '-1'),
      ),
    ],
    [
      'an inclusion proof without checkpoint',
      edit(
        () => good,
        (b) => delete b['verificationMaterial'].tlogEntries[0].inclusionProof.checkpoint,
      ),
    ],
    [
      'a checkpoint without signature lines',
      edit(
        () => good,
        (b) => (b['verificationMaterial'].tlogEntries[0].inclusionProof.checkpoint.envelope = 'x\n1\nAAAA\n\n'),
      ),
    ],
    [
      'an RFC 3161 timestamp of garbage',
      edit(
        () => good,
        (b) => (b['verificationMaterial'].timestampVerificationData.rfc3161Timestamps[0].signedTimestamp = 'AAAA'),
      ),
    ],
    [
      'a digest algorithm out of range',
      edit(
        () => good,
        (b) => (b['messageSignature'].messageDigest.algorithm = 'SHA3_999'),
      ),
    ],
    [
      'a DSSE envelope with two signatures',
      edit(
        () => dsse,
        (b) => b['dsseEnvelope'].signatures.push(b['dsseEnvelope'].signatures[0]),
      ),
    ],
    [
      'a DSSE payload that is not JSON',
      edit(
        () => dsse,
        (b) => (b['dsseEnvelope'].payload = Buffer.from('{').toString('base64')),
      ),
    ],
    [
      'a DSSE payload of another type',
      edit(
        () => dsse,
        (b) => (b['dsseEnvelope'].payloadType = 'text/plain'),
      ),
    ],
    [
      'a DSSE statement without subjects',
      edit(
        () => dsse,
        (b) => (b['dsseEnvelope'].payload = Buffer.from('{"predicateType":"x"}').toString('base64')),
      ),
    ],
  ];

  it.each(corpus)('%s is a clean rejection', async (_name, make) => {
    expect(await outcome(make())).toMatch(/^SIGNATURE_/);
  });
});

describe('properties', () => {
  it('arbitrary JSON is never verified and never crashes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (v) => {
        expect(await outcome(v)).not.toBe('VERIFIED');
      }),
      { numRuns: 150 },
    );
  });

  /** Every leaf path of a JSON document. */
  function leaves(v: unknown, path: (string | number)[] = []): (string | number)[][] {
    if (v && typeof v === 'object')
      return Object.entries(v).flatMap(([k, c]) => leaves(c, [...path, Array.isArray(v) ? Number(k) : k]));
    return [path];
  }

  it('changing any field of a valid bundle is verified or cleanly rejected, never a crash', async () => {
    const paths = [...leaves(good), ...leaves(dsse).map((p) => ['dsse', ...p])];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.jsonValue(), async (path, value) => {
        const b = clone(path[0] === 'dsse' ? dsse : good);
        const keys = path[0] === 'dsse' ? path.slice(1) : path;
        let o: FreeJson = b;
        for (const k of keys.slice(0, -1)) o = o[k];
        o[keys[keys.length - 1] as string] = value;
        await outcome(b);
      }),
      { numRuns: 200 },
    );
  });

  it('flipping one byte of the signature or the artifact digest never verifies', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('signature', 'digest'),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        async (field, pos, x) => {
          const b = clone(good);
          const ms = b['messageSignature'];
          const target = field === 'signature' ? ms : ms.messageDigest;
          const key = field === 'signature' ? 'signature' : 'digest';
          const bytes = Buffer.from(target[key], 'base64');
          const i = pos % bytes.length;
          bytes[i] = (bytes[i] ?? 0) ^ x;
          target[key] = bytes.toString('base64');
          expect(await outcome(b)).not.toBe('VERIFIED');
        },
      ),
      { numRuns: 60 },
    );
  });
});
