// Signature checks over a digest we did not compute ourselves (artifact given as sha256:<hex>).
// Node's crypto.verify hashes its input, so ECDSA is checked here with the textbook algorithm
// (SEC 1, 4.1.4) on BigInt, and RSA PKCS#1 v1.5 by opening the signature with the public key.
import { constants, type KeyObject, publicDecrypt } from 'node:crypto';

interface Curve {
  p: bigint;
  a: bigint;
  n: bigint;
  gx: bigint;
  gy: bigint;
}

// Domain parameters from SEC 2 / FIPS 186-4 (public facts).
const P256: Curve = {
  p: 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn,
  a: 0xffffffff00000001000000000000000000000000fffffffffffffffffffffffcn,
  n: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
  gx: 0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296n,
  gy: 0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5n,
};
const P384: Curve = {
  p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffffn,
  a: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000fffffffcn,
  n: 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
  gx: 0xaa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7n,
  gy: 0x3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5fn,
};

type Point = { x: bigint; y: bigint } | null;

const mod = (a: bigint, m: bigint): bigint => ((a % m) + m) % m;

function inv(a: bigint, m: bigint): bigint {
  // Extended Euclid; a and m are coprime for the prime moduli used here.
  let [r0, r1, s0, s1] = [mod(a, m), m, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return mod(s0, m);
}

function add(c: Curve, P: Point, Q: Point): Point {
  if (!P) return Q;
  if (!Q) return P;
  if (P.x === Q.x && mod(P.y + Q.y, c.p) === 0n) return null;
  const l =
    P.x === Q.x && P.y === Q.y
      ? mod((3n * P.x * P.x + c.a) * inv(2n * P.y, c.p), c.p)
      : mod((Q.y - P.y) * inv(Q.x - P.x, c.p), c.p);
  const x = mod(l * l - P.x - Q.x, c.p);
  return { x, y: mod(l * (P.x - x) - P.y, c.p) };
}

function mul(c: Curve, k: bigint, P: Point): Point {
  let R: Point = null;
  let A = P;
  while (k > 0n) {
    if (k & 1n) R = add(c, R, A);
    A = add(c, A, A);
    k >>= 1n;
  }
  return R;
}

const toBig = (b: Uint8Array): bigint => (b.length ? BigInt(`0x${Buffer.from(b).toString('hex')}`) : 0n);

/** Reads a DER ECDSA-Sig-Value (SEQUENCE of two INTEGERs); null when it is not well formed. */
function parseDerSig(sig: Uint8Array): { r: bigint; s: bigint } | null {
  const b = Buffer.from(sig);
  let i = 0;
  const len = (): number => {
    const first = b[i++] ?? 0;
    if (first < 0x80) return first;
    const n = first & 0x7f;
    if (n < 1 || n > 2) return -1;
    let v = 0;
    for (let k = 0; k < n; k++) v = (v << 8) | (b[i++] ?? 0);
    return v;
  };
  if (b[i++] !== 0x30) return null;
  if (len() !== b.length - i) return null;
  const ints: bigint[] = [];
  for (let k = 0; k < 2; k++) {
    if (b[i++] !== 0x02) return null;
    const l = len();
    if (l <= 0 || i + l > b.length) return null;
    ints.push(toBig(b.subarray(i, i + l)));
    i += l;
  }
  if (i !== b.length) return null;
  return { r: ints[0] as bigint, s: ints[1] as bigint };
}

export function verifyEcdsaPrehashed(key: KeyObject, hash: Uint8Array, sig: Uint8Array): boolean {
  const curve = key.asymmetricKeyDetails?.namedCurve;
  const c = curve === 'prime256v1' ? P256 : curve === 'secp384r1' ? P384 : undefined;
  const parsed = parseDerSig(sig);
  if (!c || !parsed) return false;
  const { r, s } = parsed;
  if (r <= 0n || r >= c.n || s <= 0n || s >= c.n) return false;
  const jwk = key.export({ format: 'jwk' });
  const Q: Point = { x: toBig(Buffer.from(jwk.x ?? '', 'base64url')), y: toBig(Buffer.from(jwk.y ?? '', 'base64url')) };
  // The digest is truncated to the bit length of n (SEC 1, 4.1.4 step 5).
  const nBits = c.n.toString(2).length;
  let e = toBig(hash);
  const hBits = hash.length * 8;
  if (hBits > nBits) e >>= BigInt(hBits - nBits);
  const w = inv(s, c.n);
  const R = add(c, mul(c, mod(e * w, c.n), { x: c.gx, y: c.gy }), mul(c, mod(r * w, c.n), Q));
  return R !== null && mod(R.x, c.n) === r;
}

// DER DigestInfo prefixes of PKCS#1 v1.5 (RFC 8017, 9.2 note 1).
const DIGEST_INFO: Record<string, string> = {
  sha256: '3031300d060960864801650304020105000420',
  sha384: '3041300d060960864801650304020205000430',
  sha512: '3051300d060960864801650304020305000440',
};

export function verifyRsaPrehashed(key: KeyObject, alg: string, hash: Uint8Array, sig: Uint8Array): boolean {
  const prefix = DIGEST_INFO[alg];
  if (!prefix) return false;
  try {
    const opened = publicDecrypt({ key, padding: constants.RSA_PKCS1_PADDING }, sig);
    return opened.equals(Buffer.concat([Buffer.from(prefix, 'hex'), Buffer.from(hash)]));
  } catch {
    return false;
  }
}
