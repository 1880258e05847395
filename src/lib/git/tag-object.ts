// Parses an annotated tag object as `git cat-file tag` prints it (and as GitHub's API serves the
// same fields): headers, a blank line, the message, and an optional trailing signature block.

export type SignatureType = 'ssh' | 'gpg' | 'x509';

export interface Tagger {
  name: string;
  email: string;
  /** undefined when the timestamp is missing or not a number. */
  date?: Date;
}

export interface TagObject {
  /** The object the tag points at. */
  object: string;
  type: string;
  tag: string;
  tagger?: Tagger;
  message: string;
  signature?: { type: SignatureType; armored: string };
}

// Git recognises a signature by the armor header that starts it; the type follows from the header.
const SIGNATURE_HEADERS: [string, SignatureType][] = [
  ['-----BEGIN PGP SIGNATURE-----', 'gpg'],
  ['-----BEGIN PGP MESSAGE-----', 'gpg'],
  ['-----BEGIN SSH SIGNATURE-----', 'ssh'],
  ['-----BEGIN SIGNED MESSAGE-----', 'x509'],
];

/** The signature type an armored block starts with, or undefined for anything else. */
export function signatureTypeOf(armored: string): SignatureType | undefined {
  const head = armored.trimStart();
  return SIGNATURE_HEADERS.find(([h]) => head.startsWith(h))?.[1];
}

/** `Name <email> 1700000000 +0100` */
export function parseTagger(raw: string): Tagger | undefined {
  const m = /^(.*?)\s*<([^>]*)>\s*(?:(\d+)\s*([+-]\d{4})?)?\s*$/.exec(raw);
  if (!m) return undefined;
  const seconds = m[3] === undefined ? Number.NaN : Number(m[3]);
  return {
    name: m[1] as string,
    email: m[2] as string,
    ...(Number.isFinite(seconds) && seconds <= 8.64e12 ? { date: new Date(seconds * 1000) } : {}),
  };
}

/** undefined when the text is not a tag object (no object/type/tag headers). */
export function parseTagObject(text: string): TagObject | undefined {
  const normalized = text.replace(/\r\n/g, '\n');
  const split = normalized.indexOf('\n\n');
  const head = split < 0 ? normalized : normalized.slice(0, split);
  let body = split < 0 ? '' : normalized.slice(split + 2);
  const headers = new Map<string, string>();
  for (const line of head.split('\n')) {
    const sp = line.indexOf(' ');
    if (sp > 0 && !headers.has(line.slice(0, sp))) headers.set(line.slice(0, sp), line.slice(sp + 1));
  }
  const object = headers.get('object');
  const type = headers.get('type');
  const tag = headers.get('tag');
  if (!object || !type || tag === undefined) return undefined;
  let signature: TagObject['signature'];
  // The signature is the last armored block of the body; the message is everything before it.
  let best = -1;
  for (const [h] of SIGNATURE_HEADERS) {
    const at = body.lastIndexOf(`${h}`);
    if (at >= 0 && (at === 0 || body[at - 1] === '\n') && at > best) best = at;
  }
  if (best >= 0) {
    const armored = body.slice(best);
    signature = { type: signatureTypeOf(armored) as SignatureType, armored };
    body = body.slice(0, best);
  }
  const taggerRaw = headers.get('tagger');
  const tagger = taggerRaw === undefined ? undefined : parseTagger(taggerRaw);
  return { object, type, tag, ...(tagger ? { tagger } : {}), message: body, ...(signature ? { signature } : {}) };
}
