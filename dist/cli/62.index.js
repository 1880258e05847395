export const id = 62;
export const ids = [62];
export const modules = {

/***/ 1493:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkSimpleSigning: () => (/* reexport */ checkSimpleSigning),
  cosignPartsToBundle: () => (/* reexport */ cosignPartsToBundle),
  legacyLayerToBundle: () => (/* reexport */ legacyLayerToBundle),
  loadTrust: () => (/* reexport */ loadTrust),
  parsePublicKey: () => (/* reexport */ parsePublicKey),
  verifyAttestation: () => (/* reexport */ verifyAttestation),
  verifyBundle: () => (/* reexport */ verifyBundle)
});

// EXTERNAL MODULE: ./src/lib/verdict/errors.ts
var errors = __webpack_require__(7098);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/lib/sigstore/intoto.ts
// The in-toto Statement inside a DSSE envelope. @sigstore/verify checks the envelope signature only;
// what the statement is about (its subjects) and what it claims (predicateType) are checked here.


const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
function parseStatement(payloadType, payload) {
    if (payloadType !== INTOTO_PAYLOAD_TYPE) {
        throw (0,errors/* userError */.IF)('SIGNATURE_DSSE_NOT_INTOTO', `The DSSE envelope carries "${payloadType}", not an in-toto statement, so it says nothing about the artifact.`);
    }
    let doc;
    try {
        doc = JSON.parse(Buffer.from(payload).toString('utf8'));
    }
    catch (e) {
        throw (0,errors/* userError */.IF)('SIGNATURE_DSSE_NOT_INTOTO', `The in-toto statement is not JSON: ${e.message}`);
    }
    const o = (doc ?? {});
    if (typeof o['predicateType'] !== 'string' || !Array.isArray(o['subject'])) {
        throw (0,errors/* userError */.IF)('SIGNATURE_DSSE_NOT_INTOTO', 'The in-toto statement lacks "predicateType" or "subject".');
    }
    const subjects = o['subject'].flatMap((s) => {
        const r = (s ?? {});
        const digest = r['digest'];
        if (typeof digest !== 'object' || digest === null)
            return [];
        const clean = {};
        for (const [k, v] of Object.entries(digest))
            if (typeof v === 'string')
                clean[k.toLowerCase()] = v.toLowerCase();
        return [{ name: typeof r['name'] === 'string' ? r['name'] : '', digest: clean }];
    });
    return { predicateType: o['predicateType'], subjects };
}
/** The artifact's digest in each algorithm the statement uses (sha256 and sha512 are computed from bytes). */
function artifactDigests(artifact, algorithms) {
    const out = new Map();
    if ('digest' in artifact)
        out.set(artifact.digest.algorithm, artifact.digest.hex.toLowerCase());
    else {
        for (const alg of ['sha256', 'sha512']) {
            if (algorithms.has(alg))
                out.set(alg, (0,external_node_crypto_.createHash)(alg).update(artifact.bytes).digest('hex'));
        }
    }
    return out;
}
/** Throws unless one subject names the artifact by a digest we can check (sha256 or sha512). */
function checkSubject(statement, artifact) {
    const algs = new Set(statement.subjects.flatMap((s) => Object.keys(s.digest)));
    const mine = artifactDigests(artifact, algs);
    const match = statement.subjects.some((s) => [...mine].some(([alg, hex]) => s.digest[alg] === hex));
    if (match)
        return;
    const have = [...mine].map(([a, h]) => `${a}:${h}`).join(', ') || 'no sha256/sha512 digest in common';
    const listed = statement.subjects.flatMap((s) => Object.entries(s.digest).map(([a, h]) => `${a}:${h.slice(0, 16)}…`));
    throw (0,errors/* userError */.IF)('SIGNATURE_SUBJECT_MISMATCH', `The attestation is about another artifact: its subjects are ${listed.slice(0, 5).join(', ') || 'empty'}, the artifact is ${have}.`);
}

;// CONCATENATED MODULE: ./src/lib/sigstore/checkpoint.ts
// "— <name> <base64 of key hint + signature>" lines of a signed note.
const SIGNATURE_LINE = /\u2014 (\S+) (\S+)\n/g;
function signers(bundle) {
    const out = [];
    for (const entry of bundle.verificationMaterial.tlogEntries) {
        const envelope = entry.inclusionProof?.checkpoint?.envelope;
        if (!envelope)
            continue;
        const sep = envelope.indexOf('\n\n');
        if (sep < 0)
            continue;
        for (const m of envelope.slice(sep + 2).matchAll(SIGNATURE_LINE)) {
            const hint = Buffer.from(m[2], 'base64').subarray(0, 4);
            if (hint.length === 4)
                out.push({ name: m[1], hint });
        }
    }
    return out;
}
function nameMatches(baseURL, name) {
    try {
        return baseURL.match(name) !== null;
    }
    catch {
        return false;
    }
}
function alignCheckpointNames(material, bundle) {
    const wanted = signers(bundle);
    if (!wanted.length)
        return material;
    let changed = false;
    const tlogs = material.tlogs.map((t) => {
        const extra = wanted
            .filter((s) => t.logID.subarray(0, 4).equals(s.hint) && !nameMatches(t.baseURL, s.name))
            .map((s) => s.name);
        if (!extra.length)
            return t;
        changed = true;
        return { ...t, baseURL: [t.baseURL, ...extra].join(' ') };
    });
    return changed ? { ...material, tlogs } : material;
}

;// CONCATENATED MODULE: ./src/lib/sigstore/prehash.ts
// Signature checks over a digest we did not compute ourselves (artifact given as sha256:<hex>).
// Node's crypto.verify hashes its input, so ECDSA is checked here with the textbook algorithm
// (SEC 1, 4.1.4) on BigInt, and RSA PKCS#1 v1.5 by opening the signature with the public key.

// Domain parameters from SEC 2 / FIPS 186-4 (public facts).
const P256 = {
    p: 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffffn,
    a: 0xffffffff00000001000000000000000000000000fffffffffffffffffffffffcn,
    n: 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n,
    gx: 0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296n,
    gy: 0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5n,
};
const P384 = {
    p: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000ffffffffn,
    a: 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffeffffffff0000000000000000fffffffcn,
    n: 0xffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973n,
    gx: 0xaa87ca22be8b05378eb1c71ef320ad746e1d3b628ba79b9859f741e082542a385502f25dbf55296c3a545e3872760ab7n,
    gy: 0x3617de4a96262c6f5d9e98bf9292dc29f8f41dbd289a147ce9da3113b5f0b8c00a60b1ce1d7e819d7a431d7c90ea0e5fn,
};
const mod = (a, m) => ((a % m) + m) % m;
function inv(a, m) {
    // Extended Euclid; a and m are coprime for the prime moduli used here.
    let [r0, r1, s0, s1] = [mod(a, m), m, 1n, 0n];
    while (r1 !== 0n) {
        const q = r0 / r1;
        [r0, r1] = [r1, r0 - q * r1];
        [s0, s1] = [s1, s0 - q * s1];
    }
    return mod(s0, m);
}
function add(c, P, Q) {
    if (!P)
        return Q;
    if (!Q)
        return P;
    if (P.x === Q.x && mod(P.y + Q.y, c.p) === 0n)
        return null;
    const l = P.x === Q.x && P.y === Q.y
        ? mod((3n * P.x * P.x + c.a) * inv(2n * P.y, c.p), c.p)
        : mod((Q.y - P.y) * inv(Q.x - P.x, c.p), c.p);
    const x = mod(l * l - P.x - Q.x, c.p);
    return { x, y: mod(l * (P.x - x) - P.y, c.p) };
}
function mul(c, k, P) {
    let R = null;
    let A = P;
    while (k > 0n) {
        if (k & 1n)
            R = add(c, R, A);
        A = add(c, A, A);
        k >>= 1n;
    }
    return R;
}
const toBig = (b) => (b.length ? BigInt(`0x${Buffer.from(b).toString('hex')}`) : 0n);
/** Reads a DER ECDSA-Sig-Value (SEQUENCE of two INTEGERs); null when it is not well formed. */
function parseDerSig(sig) {
    const b = Buffer.from(sig);
    let i = 0;
    const len = () => {
        const first = b[i++] ?? 0;
        if (first < 0x80)
            return first;
        const n = first & 0x7f;
        if (n < 1 || n > 2)
            return -1;
        let v = 0;
        for (let k = 0; k < n; k++)
            v = (v << 8) | (b[i++] ?? 0);
        return v;
    };
    if (b[i++] !== 0x30)
        return null;
    if (len() !== b.length - i)
        return null;
    const ints = [];
    for (let k = 0; k < 2; k++) {
        if (b[i++] !== 0x02)
            return null;
        const l = len();
        if (l <= 0 || i + l > b.length)
            return null;
        ints.push(toBig(b.subarray(i, i + l)));
        i += l;
    }
    if (i !== b.length)
        return null;
    return { r: ints[0], s: ints[1] };
}
function verifyEcdsaPrehashed(key, hash, sig) {
    const curve = key.asymmetricKeyDetails?.namedCurve;
    const c = curve === 'prime256v1' ? P256 : curve === 'secp384r1' ? P384 : undefined;
    const parsed = parseDerSig(sig);
    if (!c || !parsed)
        return false;
    const { r, s } = parsed;
    if (r <= 0n || r >= c.n || s <= 0n || s >= c.n)
        return false;
    const jwk = key.export({ format: 'jwk' });
    const Q = { x: toBig(Buffer.from(jwk.x ?? '', 'base64url')), y: toBig(Buffer.from(jwk.y ?? '', 'base64url')) };
    // The digest is truncated to the bit length of n (SEC 1, 4.1.4 step 5).
    const nBits = c.n.toString(2).length;
    let e = toBig(hash);
    const hBits = hash.length * 8;
    if (hBits > nBits)
        e >>= BigInt(hBits - nBits);
    const w = inv(s, c.n);
    const R = add(c, mul(c, mod(e * w, c.n), { x: c.gx, y: c.gy }), mul(c, mod(r * w, c.n), Q));
    return R !== null && mod(R.x, c.n) === r;
}
// DER DigestInfo prefixes of PKCS#1 v1.5 (RFC 8017, 9.2 note 1).
const DIGEST_INFO = {
    sha256: '3031300d060960864801650304020105000420',
    sha384: '3041300d060960864801650304020205000430',
    sha512: '3051300d060960864801650304020305000440',
};
function verifyRsaPrehashed(key, alg, hash, sig) {
    const prefix = DIGEST_INFO[alg];
    if (!prefix)
        return false;
    try {
        const opened = (0,external_node_crypto_.publicDecrypt)({ key, padding: external_node_crypto_.constants.RSA_PKCS1_PADDING }, sig);
        return opened.equals(Buffer.concat([Buffer.from(prefix, 'hex'), Buffer.from(hash)]));
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/lib/sigstore/keys.ts
// Public keys given by the user (the `key` input): PEM ECDSA P-256/P-384, Ed25519 or RSA, plus the
// checks a digest-only artifact needs. Node's crypto.verify always hashes its input, so a signature
// over a digest we only know (sha256:<hex>) is checked by prehash.ts instead.



const CURVES = { prime256v1: 'p256', 'P-256': 'p256', secp384r1: 'p384', 'P-384': 'p384' };
/** Parses one PEM public key; anything else (private keys, other curves, garbage) is a user error. */
function parsePublicKey(pem, source = 'Input "key"') {
    if (/PRIVATE KEY-----/.test(pem)) {
        throw (0,errors/* userError */.IF)('SIGNATURE_KEY_INVALID', `${source} holds a private key: give the public key (PEM) instead.`);
    }
    let key;
    try {
        key = (0,external_node_crypto_.createPublicKey)(pem);
    }
    catch (e) {
        throw (0,errors/* userError */.IF)('SIGNATURE_KEY_INVALID', `${source} is not a PEM public key (-----BEGIN PUBLIC KEY-----): ${e.message}`, { hint: 'give the public key file (e.g. cosign.pub), or its PEM text' });
    }
    const id = (0,external_node_crypto_.createHash)('sha256')
        .update(key.export({ type: 'spki', format: 'der' }))
        .digest('hex');
    return { key, id, type: keyType(key, source) };
}
function keyType(key, source) {
    const t = key.asymmetricKeyType;
    if (t === 'ed25519')
        return 'ed25519';
    if (t === 'rsa') {
        const bits = key.asymmetricKeyDetails?.modulusLength ?? 0;
        if (bits < 2048)
            throw (0,errors/* userError */.IF)('SIGNATURE_KEY_INVALID', `${source}: RSA keys under 2048 bits are refused.`);
        return `rsa-${bits}`;
    }
    if (t === 'ec') {
        const curve = CURVES[key.asymmetricKeyDetails?.namedCurve ?? ''];
        if (curve)
            return `ecdsa-${curve}`;
    }
    throw (0,errors/* userError */.IF)('SIGNATURE_KEY_INVALID', `${source}: unsupported key type ${t}${t === 'ec' ? ` (${key.asymmetricKeyDetails?.namedCurve})` : ''}; use ECDSA P-256/P-384, Ed25519 or RSA.`);
}
/**
 * Verifies a signature made over the digest `hash` (hash algorithm `alg`) without the message. Ed25519
 * signs the message itself, so it cannot be checked from a digest: the caller must hand over the bytes.
 */
function verifyDigestSignature(key, alg, hash, sig) {
    const t = key.asymmetricKeyType;
    if (t === 'ec')
        return verifyEcdsaPrehashed(key, hash, sig);
    if (t === 'rsa')
        return verifyRsaPrehashed(key, alg, hash, sig);
    throw (0,errors/* userError */.IF)('SIGNATURE_DIGEST_ONLY_UNSUPPORTED', `A ${t} signature cannot be verified from a digest alone: give the artifact file instead of its digest.`);
}

;// CONCATENATED MODULE: ./src/lib/sigstore/content.ts
// What the signature in a message-signature bundle covers, in the shape @sigstore/verify expects
// (SignatureContent). Ours replaces the library's so that Ed25519 keys work (Node refuses a digest
// name for them) and so that an artifact known only by its digest is checked over that digest.



// protobuf HashAlgorithm values (sigstore common.proto): 0 unspecified, 1 SHA2_256, 2 SHA2_384, 3 SHA2_512.
const HASH_NAMES = { 0: 'sha256', 1: 'sha256', 2: 'sha384', 3: 'sha512' };
const NATURAL_HASH = { secp384r1: 'sha384', secp521r1: 'sha512' };
const same = (a, b) => a.length === b.length && (0,external_node_crypto_.timingSafeEqual)(a, b);
class MessageContent {
    artifact;
    signature;
    digest;
    hash;
    constructor(ms, artifact) {
        this.artifact = artifact;
        this.signature = ms.signature;
        this.digest = ms.messageDigest?.digest ?? Buffer.alloc(0);
        const hash = HASH_NAMES[ms.messageDigest?.algorithm ?? 0];
        if (!hash)
            throw (0,errors/* userError */.IF)('SIGNATURE_BUNDLE_MALFORMED', 'The bundle uses a message digest algorithm we do not support.');
        this.hash = hash;
        this.checkArtifact();
    }
    /** The bundle names the digest it signed: a different artifact is reported as such, not as a bad signature. */
    checkArtifact() {
        let mine;
        if ('bytes' in this.artifact)
            mine = (0,external_node_crypto_.createHash)(this.hash).update(this.artifact.bytes).digest();
        else {
            if (this.artifact.digest.algorithm !== this.hash) {
                throw (0,errors/* userError */.IF)('SIGNATURE_ARTIFACT_MISMATCH', `The bundle signs a ${this.hash} digest but the artifact was given as ${this.artifact.digest.algorithm}: give the file or its ${this.hash} digest.`);
            }
            mine = Buffer.from(this.artifact.digest.hex, 'hex');
        }
        if (!same(mine, this.digest)) {
            throw (0,errors/* userError */.IF)('SIGNATURE_ARTIFACT_MISMATCH', `The artifact does not match the signed one: its ${this.hash} is ${mine.toString('hex')}, the bundle signs ${this.digest.toString('hex')}.`);
        }
    }
    compareSignature(signature) {
        return same(signature, this.signature);
    }
    compareDigest(digest) {
        return same(digest, this.digest);
    }
    verifySignature(key) {
        try {
            if ('digest' in this.artifact)
                return verifyDigestSignature(key, this.hash, this.digest, this.signature);
            if (key.asymmetricKeyType === 'ed25519')
                return (0,external_node_crypto_.verify)(null, this.artifact.bytes, key, this.signature);
            if ((0,external_node_crypto_.verify)(this.hash, this.artifact.bytes, key, this.signature))
                return true;
            // Signers using a P-384/P-521 key hash with the curve's own size (cosign, sigstore-go) while the
            // bundle may still name sha256: the signature covers the same bytes either way.
            const natural = NATURAL_HASH[key.asymmetricKeyDetails?.namedCurve ?? ''];
            return (natural !== undefined && natural !== this.hash && (0,external_node_crypto_.verify)(natural, this.artifact.bytes, key, this.signature));
        }
        catch (e) {
            if (e instanceof Error && 'kind' in e)
                throw e;
            return false;
        }
    }
}

;// CONCATENATED MODULE: ./src/lib/sigstore/policy.ts

// Fulcio's OID arc (public registry: sigstore/fulcio docs/oid-info.md).
const OID = {
    issuerV1: '1.3.6.1.4.1.57264.1.1',
    repositoryV1: '1.3.6.1.4.1.57264.1.5',
    refV1: '1.3.6.1.4.1.57264.1.6',
    otherNameSan: '1.3.6.1.4.1.57264.1.7',
    issuerV2: '1.3.6.1.4.1.57264.1.8',
    sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
    sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
    buildConfigUri: '1.3.6.1.4.1.57264.1.18',
};
/** The v1 extensions hold raw strings; from .8 on they are DER UTF8Strings. */
function extString(cert, oid, der) {
    const ext = cert.extension(oid);
    if (!ext)
        return undefined;
    if (!der)
        return ext.value.toString('utf8');
    const inner = ext.valueObj.subs[0];
    return inner ? inner.value.toString('utf8') : ext.valueObj.value.toString('utf8');
}
function certIdentity(cert) {
    const san = cert.extSubjectAltName;
    const id = {};
    const subject = san?.uri ?? san?.rfc822Name ?? san?.otherName(OID.otherNameSan);
    if (subject)
        id.subject = subject;
    const issuer = extString(cert, OID.issuerV2, true) ?? extString(cert, OID.issuerV1, false);
    if (issuer)
        id.issuer = issuer;
    const repoUri = extString(cert, OID.sourceRepositoryUri, true);
    const repository = repoUri ? repoUri.replace(/^https:\/\/[^/]+\//, '') : extString(cert, OID.repositoryV1, false);
    if (repository)
        id.repository = repository;
    const ref = extString(cert, OID.sourceRepositoryRef, true) ?? extString(cert, OID.refV1, false);
    if (ref)
        id.ref = ref;
    const workflow = extString(cert, OID.buildConfigUri, true);
    if (workflow)
        id.workflow = workflow;
    return id;
}
/** A regexp input matches the whole value, as cosign's --certificate-identity-regexp users expect. */
function fullMatch(re, value) {
    return new RegExp(`^(?:${re})$`, 'u').test(value);
}
/** `.github/workflows/x.yml`, `owner/repo/.github/workflows/x.yml` or either with `@ref`. */
function workflowMatches(want, buildConfigUri, repository) {
    const path = buildConfigUri.replace(/^https:\/\/[^/]+\//, '');
    const [full = '', ref] = path.split('@');
    const [w = '', wantRef] = want.split('@');
    if (wantRef !== undefined && wantRef !== ref)
        return false;
    if (w === full)
        return true;
    return repository !== undefined && full === `${repository}/${w.replace(/^\//, '')}`;
}
/** Every mismatch in one error, so the user fixes the policy in one go. */
function checkIdentity(cert, policy) {
    const got = certIdentity(cert);
    const problems = [];
    const show = (v) => (v === undefined ? 'none' : `"${v}"`);
    if (policy.subject !== undefined && got.subject !== policy.subject) {
        problems.push({
            code: 'SIGNATURE_IDENTITY_MISMATCH',
            text: `certificate identity is ${show(got.subject)}, expected "${policy.subject}"`,
        });
    }
    if (policy.subjectRegexp !== undefined &&
        (got.subject === undefined || !fullMatch(policy.subjectRegexp, got.subject))) {
        problems.push({
            code: 'SIGNATURE_IDENTITY_MISMATCH',
            text: `certificate identity ${show(got.subject)} does not match /^(?:${policy.subjectRegexp})$/`,
        });
    }
    if (policy.issuer !== undefined && got.issuer !== policy.issuer) {
        problems.push({
            code: 'SIGNATURE_ISSUER_MISMATCH',
            text: `OIDC issuer is ${show(got.issuer)}, expected "${policy.issuer}"`,
        });
    }
    if (policy.issuerRegexp !== undefined && (got.issuer === undefined || !fullMatch(policy.issuerRegexp, got.issuer))) {
        problems.push({
            code: 'SIGNATURE_ISSUER_MISMATCH',
            text: `OIDC issuer ${show(got.issuer)} does not match /^(?:${policy.issuerRegexp})$/`,
        });
    }
    const gh = policy.github ?? {};
    if (gh.repository !== undefined && got.repository !== gh.repository.replace(/^https:\/\/[^/]+\//, '')) {
        problems.push({
            code: 'SIGNATURE_GITHUB_MISMATCH',
            text: `certificate GitHub repository is ${show(got.repository)}, expected "${gh.repository}"`,
        });
    }
    if (gh.ref !== undefined && got.ref !== gh.ref) {
        problems.push({
            code: 'SIGNATURE_GITHUB_MISMATCH',
            text: `certificate GitHub ref is ${show(got.ref)}, expected "${gh.ref}"`,
        });
    }
    if (gh.workflow !== undefined &&
        (got.workflow === undefined || !workflowMatches(gh.workflow, got.workflow, got.repository))) {
        problems.push({
            code: 'SIGNATURE_GITHUB_MISMATCH',
            text: `certificate GitHub workflow is ${show(got.workflow)}, expected "${gh.workflow}"`,
        });
    }
    const first = problems[0];
    if (first) {
        throw (0,errors/* userError */.IF)(first.code, `Signed by someone the policy does not allow: ${problems.map((p) => p.text).join('; ')}.`);
    }
    return got;
}

;// CONCATENATED MODULE: ./src/lib/sigstore/verify-errors.ts

function validity(cert) {
    if (!cert)
        return '';
    try {
        return ` (the certificate was valid from ${cert.notBefore.toISOString()} to ${cert.notAfter.toISOString()})`;
    }
    catch {
        return '';
    }
}
function translate(e, ctx) {
    const code = e.code;
    const detail = (0,errors/* describe */.q0)(e);
    switch (code) {
        case 'SIGNATURE_ERROR':
            return ctx.keyMode
                ? (0,errors/* userError */.IF)('SIGNATURE_KEY_MISMATCH', 'The signature does not verify with the given key: it was made with another key, or the content was altered.')
                : (0,errors/* userError */.IF)('SIGNATURE_INVALID', "The signature does not verify with the certificate's key: the signed content was altered.");
        case 'PUBLIC_KEY_ERROR':
            return (0,errors/* userError */.IF)('SIGNATURE_KEY_MISMATCH', `The signing key is not trusted: ${detail}.`);
        case 'CERTIFICATE_ERROR':
            return (0,errors/* userError */.IF)('SIGNATURE_CERT_UNTRUSTED', `The signing certificate is not trusted at the signing time${validity(ctx.certificate)}: ${detail}.`, { hint: 'check that trusted-root is the root of the Sigstore instance that issued it' });
        case 'TIMESTAMP_ERROR':
            return /expected \d+ timestamps, got 0/.test(detail)
                ? (0,errors/* userError */.IF)('SIGNATURE_NO_TIMESTAMP', `The keyless signature has no transparency-log entry with a signed time and no RFC 3161 timestamp, so nothing proves it was made while the certificate was valid${validity(ctx.certificate)}.`)
                : (0,errors/* userError */.IF)('SIGNATURE_TIMESTAMP_INVALID', `A timestamp in the bundle does not verify: ${detail}.`);
        case 'TLOG_ERROR':
            return (0,errors/* userError */.IF)('SIGNATURE_TLOG_MISSING', `The bundle has no transparency-log entry and require-tlog is set: ${detail}.`);
        case 'TLOG_BODY_ERROR':
        case 'TLOG_INCLUSION_PROOF_ERROR':
        case 'TLOG_INCLUSION_PROMISE_ERROR':
        case 'TLOG_MISSING_INCLUSION_ERROR':
            return (0,errors/* userError */.IF)('SIGNATURE_TLOG_INVALID', `The transparency-log entry does not verify: ${detail}.`);
        default:
            // Malformed bundles reach the library as TypeErrors and RangeErrors: still a clean rejection.
            return (0,errors/* userError */.IF)('SIGNATURE_BUNDLE_MALFORMED', `The bundle cannot be verified: ${detail}.`);
    }
}

;// CONCATENATED MODULE: ./src/lib/sigstore/verify.ts
// verifyBundle: one Sigstore bundle against one artifact, a policy and the trust anchors. The
// cryptography (certificate chain, SCTs, log inclusion, timestamps, signature) is @sigstore/verify's;
// what it leaves to the caller is done here: the identity policy with whole-value matching, the DSSE
// subject, the choice between key and keyless material, and turning every error into an RcoError.








const malformed = (what) => (0,errors/* userError */.IF)('SIGNATURE_BUNDLE_MALFORMED', `The bundle is malformed: ${what}`);
async function parseBundle(json) {
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        throw malformed('not a JSON object.');
    const { bundleFromJSON } = await Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(40)]).then(__webpack_require__.bind(__webpack_require__, 1040));
    try {
        return bundleFromJSON(json);
    }
    catch (e) {
        const fields = e.fields;
        throw malformed(fields?.length ? `invalid ${fields.join(', ')}.` : `${(0,errors/* describe */.q0)(e)}.`);
    }
}
/** The key the policy names, parsed once per PEM. */
const keyCache = new Map();
function policyKey(policy, trust) {
    if (policy.keyPem === undefined)
        return trust.key;
    let k = keyCache.get(policy.keyPem);
    if (!k) {
        k = parsePublicKey(policy.keyPem);
        keyCache.set(policy.keyPem, k);
    }
    return k;
}
/** An empty root: key-signed material without log entries or timestamps needs no Sigstore root. */
const EMPTY_ROOT = { mediaType: '', tlogs: [], certificateAuthorities: [], ctlogs: [], timestampAuthorities: [] };
const materials = new WeakMap();
function trustMaterial(lib, root, key) {
    let byKey = materials.get(root);
    if (!byKey) {
        byKey = new Map();
        materials.set(root, byKey);
    }
    let m = byKey.get(key);
    if (!m) {
        const finder = () => {
            if (!key)
                throw (0,errors/* userError */.IF)('SIGNATURE_KEY_REQUIRED', 'The bundle is signed with a key: give "key".');
            return { publicKey: key.key, validFor: () => true };
        };
        m = lib.toTrustMaterial(root, finder);
        byKey.set(key, m);
    }
    return m;
}
function checkMaterialKind(bundle, key, policy) {
    const kind = bundle.verificationMaterial.content.$case;
    if (key && kind !== 'publicKey') {
        throw (0,errors/* userError */.IF)('SIGNATURE_KEY_MISMATCH', 'The bundle is signed keyless (it carries a certificate) but a key was given: verify it with certificate-identity and certificate-oidc-issuer.');
    }
    if (!key && kind === 'publicKey') {
        throw (0,errors/* userError */.IF)('SIGNATURE_KEY_REQUIRED', 'The bundle is signed with a key, not a certificate: give "key".');
    }
    // Keyless without both a subject and an issuer rule would accept any certificate the CA ever issued.
    const id = policy.identity;
    const complete = (id?.subject !== undefined || id?.subjectRegexp !== undefined) &&
        (id?.issuer !== undefined || id?.issuerRegexp !== undefined);
    if (!key && !complete) {
        throw (0,errors/* userError */.IF)('SIGNATURE_POLICY_MISSING', 'Keyless verification needs a certificate identity (or regexp) and an OIDC issuer (or regexp); key verification needs a key.');
    }
}
/** The signed content, with the artifact bound: the message digest or the in-toto subject. */
function entityFor(lib, bundle, artifact) {
    const c = bundle.content;
    if (c.$case === 'dsseEnvelope') {
        checkSubject(parseStatement(c.dsseEnvelope.payloadType, c.dsseEnvelope.payload), artifact);
        const entity = lib.toSignedEntity(bundle);
        // Rekor v2 logs a DSSE envelope as a hashedrekord over its pre-authentication encoding (the bytes
        // actually signed); @sigstore/verify 3 compares the payload digest instead and rejects it.
        const hashedrekord = bundle.verificationMaterial.tlogEntries.some((e) => e.kindVersion?.kind === 'hashedrekord');
        return hashedrekord ? { ...entity, signature: paeContent(entity.signature, c.dsseEnvelope) } : entity;
    }
    const content = new MessageContent(c.messageSignature, artifact);
    const bytes = 'bytes' in artifact ? Buffer.from(artifact.bytes) : undefined;
    return { ...lib.toSignedEntity(bundle, bytes), signature: content };
}
function paeContent(inner, env) {
    const pae = Buffer.concat([
        Buffer.from(`DSSEv1 ${Buffer.byteLength(env.payloadType)} ${env.payloadType} ${env.payload.length} `),
        env.payload,
    ]);
    const digest = (0,external_node_crypto_.createHash)('sha256').update(pae).digest();
    return {
        signature: inner.signature,
        compareSignature: (s) => inner.compareSignature(s),
        compareDigest: (d) => d.length === digest.length && (0,external_node_crypto_.timingSafeEqual)(d, digest),
        verifySignature: (k) => inner.verifySignature(k),
    };
}
/** The earliest verified time the signature is known to have existed. */
function signedAt(entity) {
    const times = entity.timestamps.map((t) => t.$case === 'transparency-log' ? new Date(Number(t.tlogEntry.integratedTime) * 1000) : t.timestamp.signingTime);
    const first = times.filter((d) => !Number.isNaN(d.getTime())).sort((a, b) => a.getTime() - b.getTime())[0];
    return first?.toISOString();
}
async function verifyBundle(bundleJson, artifact, policy, trust) {
    const bundle = await parseBundle(bundleJson);
    const key = policyKey(policy, trust);
    checkMaterialKind(bundle, key, policy);
    const lib = await Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(187)]).then(__webpack_require__.bind(__webpack_require__, 4187));
    const vm = bundle.verificationMaterial;
    const needsRoot = !key ||
        policy.requireTlog ||
        vm.tlogEntries.length > 0 ||
        (vm.timestampVerificationData?.rfc3161Timestamps.length ?? 0) > 0;
    const root = needsRoot ? await trust.root() : EMPTY_ROOT;
    let entity;
    let cert;
    try {
        entity = entityFor(lib, bundle, artifact);
        cert = entity.key.$case === 'certificate' ? entity.key.certificate : undefined;
        // Keyless: a certificate lives minutes, so a verified time (log entry or TSA) must fall inside it,
        // and the certificate must have been logged (SCT). Key signatures need neither, unless require-tlog.
        const verifier = new lib.Verifier(alignCheckpointNames(trustMaterial(lib, root, key), bundle), {
            tlogThreshold: policy.requireTlog ? 1 : 0,
            ctlogThreshold: key ? 0 : 1,
            timestampThreshold: key ? 0 : 1,
        });
        verifier.verify(entity);
    }
    catch (e) {
        throw (0,errors/* isRcoError */.Bp)(e) ? e : translate(e, { keyMode: key !== undefined, certificate: cert });
    }
    const identity = cert ? checkIdentity(cert, policy.identity ?? {}) : undefined;
    const out = { method: 'bundle', signer: identity?.subject ?? `key:${key?.id.slice(0, 16)}` };
    if (identity?.issuer)
        out.issuer = identity.issuer;
    if (key)
        out.keyId = key.id;
    const logIndex = vm.tlogEntries[0]?.logIndex;
    if (logIndex !== undefined)
        out.logIndex = logIndex;
    const at = signedAt(entity);
    if (at)
        out.signedAt = at;
    return out;
}

;// CONCATENATED MODULE: ./src/lib/sigstore/dsse.ts
// Attestations: a DSSE in-toto statement of a given predicate type about a given digest, signed under
// the same policy as the artifact's signature.



function envelopeOf(bundleJson) {
    const env = bundleJson?.dsseEnvelope;
    if (!env || typeof env.payloadType !== 'string' || typeof env.payload !== 'string') {
        throw (0,errors/* userError */.IF)('SIGNATURE_ATTESTATION_INVALID', 'The bundle holds no DSSE envelope, so it is not an attestation.');
    }
    return { payloadType: env.payloadType, payload: Buffer.from(env.payload, 'base64') };
}
/** subjectDigest is `sha256:<hex>` or `sha512:<hex>`. */
async function verifyAttestation(bundleJson, subjectDigest, predicateType, policy, trust) {
    const m = /^(sha256|sha512):([0-9a-f]+)$/i.exec(subjectDigest);
    if (!m)
        throw (0,errors/* userError */.IF)('SIGNATURE_DIGEST_INVALID', `"${subjectDigest}" is not a sha256:<hex> or sha512:<hex> digest.`);
    let statement;
    try {
        const env = envelopeOf(bundleJson);
        statement = parseStatement(env.payloadType, env.payload);
    }
    catch (e) {
        if (e instanceof Error && 'code' in e)
            throw e;
        throw (0,errors/* userError */.IF)('SIGNATURE_ATTESTATION_INVALID', `The attestation cannot be read: ${(0,errors/* describe */.q0)(e)}`);
    }
    if (statement.predicateType !== predicateType) {
        throw (0,errors/* userError */.IF)('SIGNATURE_ATTESTATION_TYPE_MISMATCH', `The attestation's predicate type is "${statement.predicateType}", expected "${predicateType}".`);
    }
    // verifyBundle checks the envelope signature, the log entry and that a subject names this digest.
    const algorithm = m[1].toLowerCase();
    return verifyBundle(bundleJson, { digest: { algorithm, hex: m[2].toLowerCase() } }, policy, trust);
}

;// CONCATENATED MODULE: ./src/lib/sigstore/legacy.ts
// cosign's legacy storage (tag sha256-<hex>.sig): each layer is a simple-signing payload whose
// signature, certificate and Rekor/TSA proofs sit in annotations. We restate one layer as a v0.1
// Sigstore bundle so the one verifier (verifyBundle) checks it like any other bundle.


const ANNOTATION = {
    signature: 'dev.cosignproject.cosign/signature',
    certificate: 'dev.sigstore.cosign/certificate',
    chain: 'dev.sigstore.cosign/chain',
    rekorBundle: 'dev.sigstore.cosign/bundle',
    timestamp: 'dev.sigstore.cosign/rfc3161timestamp',
};
const bad = (what) => (0,errors/* userError */.IF)('SIGNATURE_LEGACY_INVALID', `The cosign signature is malformed: ${what}`);
/** The DER bytes (base64) of the first certificate of a PEM text. */
function firstPemDer(pem, what) {
    const m = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/.exec(pem);
    const body = m?.[1]?.replace(/\s+/g, '');
    if (!body || !/^[A-Za-z0-9+/]+=*$/.test(body))
        throw bad(`${what} is not a PEM certificate.`);
    return body;
}
function parseJson(text, what) {
    try {
        const v = JSON.parse(text);
        if (typeof v === 'object' && v !== null && !Array.isArray(v))
            return v;
    }
    catch {
        // reported below
    }
    throw bad(`${what} is not a JSON object.`);
}
/** cosign's `bundle` annotation: the Rekor entry with its signed entry timestamp (an inclusion promise). */
function tlogEntry(text) {
    const rb = parseJson(text, 'the Rekor bundle');
    const p = (rb['Payload'] ?? {});
    const set = rb['SignedEntryTimestamp'];
    const { body, integratedTime, logIndex, logID } = p;
    if (typeof set !== 'string' ||
        typeof body !== 'string' ||
        typeof integratedTime !== 'number' ||
        typeof logIndex !== 'number' ||
        typeof logID !== 'string' ||
        !/^[0-9a-f]+$/i.test(logID)) {
        throw bad(`the Rekor bundle lacks SignedEntryTimestamp or Payload fields.`);
    }
    const entry = parseJson(Buffer.from(body, 'base64').toString('utf8'), 'the Rekor entry body');
    return {
        logIndex: String(logIndex),
        logId: { keyId: Buffer.from(logID, 'hex').toString('base64') },
        kindVersion: { kind: String(entry['kind'] ?? ''), version: String(entry['apiVersion'] ?? '') },
        integratedTime: String(integratedTime),
        inclusionPromise: { signedEntryTimestamp: set },
        canonicalizedBody: body,
    };
}
/** A v0.1 Sigstore bundle over a sha256 message digest, from cosign's separate pieces. */
function cosignPartsToBundle(sha256, parts) {
    const signature = parts.signature.trim();
    if (!signature || !/^[A-Za-z0-9+/]+=*$/.test(signature))
        throw bad('the signature is missing or not base64.');
    // Only the leaf: the verifier builds the chain from the trusted root, never from what the signer sent.
    const verificationMaterial = parts.certificatePem
        ? { x509CertificateChain: { certificates: [{ rawBytes: firstPemDer(parts.certificatePem, 'the certificate') }] } }
        : { publicKey: { hint: '' } };
    verificationMaterial['tlogEntries'] = parts.rekorBundle ? [tlogEntry(parts.rekorBundle)] : [];
    if (parts.rfc3161Timestamp) {
        const signed = parseJson(parts.rfc3161Timestamp, 'the RFC 3161 timestamp')['SignedRFC3161Timestamp'];
        if (typeof signed !== 'string')
            throw bad('the RFC 3161 timestamp lacks SignedRFC3161Timestamp.');
        verificationMaterial['timestampVerificationData'] = { rfc3161Timestamps: [{ signedTimestamp: signed }] };
    }
    return {
        mediaType: 'application/vnd.dev.sigstore.bundle+json;version=0.1',
        verificationMaterial,
        messageSignature: {
            messageDigest: { algorithm: 'SHA2_256', digest: Buffer.from(sha256).toString('base64') },
            signature,
        },
    };
}
function legacyLayerToBundle(payload, annotations) {
    const signature = annotations[ANNOTATION.signature];
    if (signature === undefined)
        throw bad(`annotation ${ANNOTATION.signature} is missing.`);
    const parts = { signature };
    const cert = annotations[ANNOTATION.certificate];
    const rekor = annotations[ANNOTATION.rekorBundle];
    const ts = annotations[ANNOTATION.timestamp];
    if (cert)
        parts.certificatePem = cert;
    if (rekor)
        parts.rekorBundle = rekor;
    if (ts)
        parts.rfc3161Timestamp = ts;
    return cosignPartsToBundle((0,external_node_crypto_.createHash)('sha256').update(payload).digest(), parts);
}
const SIMPLE_SIGNING_TYPE = 'cosign container image signature';
/** The payload must say it signs this image: a valid signature over a payload naming another image proves nothing. */
function checkSimpleSigning(payload, imageDigest) {
    let doc;
    try {
        doc = JSON.parse(Buffer.from(payload).toString('utf8'));
    }
    catch {
        throw (0,errors/* userError */.IF)('SIGNATURE_PAYLOAD_INVALID', 'The cosign signature payload is not JSON.');
    }
    const critical = doc?.critical;
    const type = critical?.['type'];
    if (type !== SIMPLE_SIGNING_TYPE) {
        throw (0,errors/* userError */.IF)('SIGNATURE_PAYLOAD_INVALID', `The signature payload's critical.type is ${JSON.stringify(type ?? null)}, expected "${SIMPLE_SIGNING_TYPE}".`);
    }
    const signed = critical?.['image']?.['docker-manifest-digest'];
    if (signed !== imageDigest) {
        throw (0,errors/* userError */.IF)('SIGNATURE_WRONG_IMAGE', `The signature is for another image: it signs ${typeof signed === 'string' ? signed : 'no digest'}, the image is ${imageDigest}.`);
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/lib/sigstore/trust.ts
// The trust anchors of a verification: a TrustedRoot (Fulcio CAs, Rekor and CT log keys, TSAs) read
// from a file or fetched through TUF, and the user's public key in key mode.





/**
 * Reads and checks a TrustedRoot JSON. Every time range must have a start: a log key without one
 * would be trusted for all time, which @sigstore/verify accepts silently (conformance case
 * trust-root-tlog-missing-validity-start_fail), so it is refused here.
 */
async function readTrustedRoot(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (e) {
        throw (0,errors/* userError */.IF)('SIGNATURE_TRUSTED_ROOT_INVALID', `Cannot read trusted root ${path}: ${(0,errors/* describe */.q0)(e)}`);
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (e) {
        throw (0,errors/* userError */.IF)('SIGNATURE_TRUSTED_ROOT_INVALID', `Trusted root ${path} is not JSON: ${(0,errors/* describe */.q0)(e)}`);
    }
    return parseTrustedRoot(json, path);
}
async function parseTrustedRoot(json, source) {
    const bad = (what) => (0,errors/* userError */.IF)('SIGNATURE_TRUSTED_ROOT_INVALID', `Trusted root ${source} is invalid: ${what}.`, {
        hint: 'give a TrustedRoot JSON as published by Sigstore (trusted_root.json)',
    });
    if (typeof json !== 'object' || json === null || Array.isArray(json))
        throw bad('not a JSON object');
    const { TrustedRoot } = await __webpack_require__.e(/* import() */ 654).then(__webpack_require__.t.bind(__webpack_require__, 9654, 23));
    let root;
    try {
        root = TrustedRoot.fromJSON(json);
    }
    catch (e) {
        throw bad((0,errors/* describe */.q0)(e));
    }
    const missing = [];
    root.tlogs.forEach((t, i) => {
        if (!t.publicKey?.validFor?.start)
            missing.push(`tlogs[${i}] (${t.baseUrl}) has no publicKey.validFor.start`);
    });
    root.ctlogs.forEach((t, i) => {
        if (!t.publicKey?.validFor?.start)
            missing.push(`ctlogs[${i}] (${t.baseUrl}) has no publicKey.validFor.start`);
    });
    root.certificateAuthorities.forEach((c, i) => {
        if (!c.validFor?.start)
            missing.push(`certificateAuthorities[${i}] has no validFor.start`);
    });
    root.timestampAuthorities.forEach((c, i) => {
        if (!c.validFor?.start)
            missing.push(`timestampAuthorities[${i}] has no validFor.start`);
    });
    if (missing.length)
        throw bad(missing.join('; '));
    return root;
}
/** The public-good root through TUF, cached under the runner's temp folder. */
async function fetchPublicGood(io) {
    const { getTrustedRoot } = await Promise.all(/* import() */[__webpack_require__.e(654), __webpack_require__.e(694)]).then(__webpack_require__.bind(__webpack_require__, 4423));
    const cachePath = (0,external_node_path_.join)(io.env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), 'rco-sigstore-tuf');
    try {
        return await getTrustedRoot({ cachePath, retry: 2, timeout: 15_000 });
    }
    catch (e) {
        throw (0,errors/* envError */.gy)('SIGNATURE_TRUST_UNAVAILABLE', `Cannot fetch the Sigstore public-good trusted root through TUF: ${(0,errors/* describe */.q0)(e)}`, { hint: 'when offline, pass "trusted-root" with a TrustedRoot JSON' });
    }
}
function memo(f) {
    let p;
    return () => {
        p ??= f();
        return p;
    };
}
/**
 * Keyless verification always needs the root, so it is loaded now and an offline runner learns it
 * once. In key mode a root is only needed for bundles that carry log entries or timestamps, so TUF is
 * contacted lazily: key-signed material verifies offline.
 */
async function loadTrust(opts, io) {
    const key = opts.keyPem === undefined ? undefined : parsePublicKey(opts.keyPem);
    const path = opts.trustedRootPath;
    const source = path ?? 'public-good (TUF)';
    const root = memo(() => path ? readTrustedRoot((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(io.cwd, path)) : fetchPublicGood(io));
    if (!key || path)
        await root();
    return key ? { source, key, root } : { source, root };
}

;// CONCATENATED MODULE: ./src/lib/sigstore/index.ts
// The Sigstore verification core: the one module callers import.







/***/ }),

/***/ 9729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jH: () => (/* binding */ readInputFile),
/* harmony export */   t3: () => (/* binding */ pemInput),
/* harmony export */   ve: () => (/* binding */ inWorkspace)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_verdict_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7098);
// Reading the user's files for verify-signature: paths are relative to the workspace (io.cwd), and a
// missing or unreadable file is a user error naming the input.



/** Bundles, signatures and certificates are small; a larger file is refused before it is read. */
const MAX_SIDE_FILE = 16 * 1024 * 1024;
const inWorkspace = (io, path) => ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(io.cwd, path));
async function readInputFile(io, input, path, max = MAX_SIDE_FILE) {
    const full = inWorkspace(io, path);
    try {
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(full);
        if (!st.isFile())
            throw new Error('not a regular file');
        if (st.size > max)
            throw new Error(`larger than ${max} bytes`);
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(full);
    }
    catch (e) {
        throw (0,_lib_verdict_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .userError */ .IF)('SIGNATURE_INPUT_UNREADABLE', `Input "${input}": cannot read ${path}: ${(0,_lib_verdict_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describe */ .q0)(e)}.`);
    }
}
/** `key` and `certificate` take a path or the PEM text itself (handy for secrets and CLI use). */
async function pemInput(io, input, value) {
    if (value.includes('-----BEGIN '))
        return value;
    return (await readInputFile(io, input, value)).toString('utf8');
}


/***/ }),

/***/ 9062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gate: () => (/* binding */ gate_gate)
});

// EXTERNAL MODULE: ./src/lib/gate/gate.ts
var gate = __webpack_require__(3864);
// EXTERNAL MODULE: ./src/verify-signature/inputs.ts
var verify_signature_inputs = __webpack_require__(1193);
// EXTERNAL MODULE: ./src/lib/sigstore/index.ts + 11 modules
var sigstore = __webpack_require__(1493);
// EXTERNAL MODULE: ./src/lib/verdict/types.ts
var types = __webpack_require__(6868);
// EXTERNAL MODULE: ./src/verify-signature/files.ts
var files = __webpack_require__(9729);
;// CONCATENATED MODULE: ./src/verify-signature/run.ts




const ACTION = 'verify-signature';
async function context(inputs, io) {
    const keyPem = inputs.key === undefined ? undefined : await (0,files/* pemInput */.t3)(io, 'key', inputs.key);
    const trust = await (0,sigstore.loadTrust)({ ...(inputs.trustedRoot ? { trustedRootPath: inputs.trustedRoot } : {}), ...(keyPem ? { keyPem } : {}) }, io);
    return { policy: (0,verify_signature_inputs/* signaturePolicy */.zA)(inputs), trust };
}
function shortDigest(d) {
    const m = /^(sha\d+):([0-9a-f]+)$/.exec(d);
    return m ? `${m[1]}:${m[2].slice(0, 12)}` : d;
}
const passed = (r) => r.verified !== undefined && r.error === undefined;
function row(r) {
    const v = r.verified;
    const who = v ? (v.issuer ?? (v.keyId ? `key ${v.keyId.slice(0, 12)}` : '')) : '';
    const ref = r.platform ? `${r.ref} (${r.platform})` : r.ref;
    const status = passed(r) ? 'verified' : r.error && !r.undecided ? 'rejected' : 'unknown';
    return [
        ref,
        shortDigest(r.digest),
        r.foundIn ?? '',
        v?.signer ?? '',
        who,
        v?.logIndex ?? '',
        v?.signedAt ?? '',
        status,
    ];
}
function resultJson(r) {
    const v = r.verified;
    return {
        ref: r.ref,
        ...(r.platform ? { platform: r.platform } : {}),
        digest: r.digest,
        verified: passed(r),
        foundIn: r.foundIn ?? null,
        signer: v?.signer ?? null,
        issuer: v?.issuer ?? null,
        keyId: v?.keyId ?? null,
        logIndex: v?.logIndex ?? null,
        signedAt: v?.signedAt ?? null,
        ...(r.error ? { error: r.error } : {}),
    };
}
function toVerdict({ results, findings: found }) {
    const findings = [...found];
    // A target with neither a verified signature nor a reported problem must not slip through as a pass.
    for (const r of results) {
        if (!r.verified && !r.error) {
            findings.push({
                rule: 'SIGNATURE_NOT_VERIFIED',
                level: 'unknown',
                message: `${r.ref}: no signature was verified.`,
            });
        }
    }
    if (results.length === 0 && findings.length === 0) {
        findings.push({
            rule: 'SIGNATURE_NOTHING_TO_VERIFY',
            level: 'fail',
            message: 'No image or artifact was given to verify.',
        });
    }
    return (0,types/* verdict */.W)(ACTION, findings, {
        outputs: {
            'verified-count': String(results.filter(passed).length),
            'results-json': JSON.stringify(results.map(resultJson)),
        },
        table: {
            headers: ['ref', 'digest', 'found in', 'signer', 'issuer / key', 'log index', 'signed at', 'result'],
            rows: results.map(row),
        },
    });
}
async function run(inputs, io) {
    const { policy, trust } = await context(inputs, io);
    // Each mode is loaded only when used: the blob path never pays for the registry client.
    const outcome = inputs.artifact
        ? await (await __webpack_require__.e(/* import() */ 483).then(__webpack_require__.bind(__webpack_require__, 2483))).verifyBlob(inputs, policy, trust, io)
        : await (await __webpack_require__.e(/* import() */ 222).then(__webpack_require__.bind(__webpack_require__, 2222))).verifyImages(inputs, trust, io);
    return toVerdict(outcome);
}

;// CONCATENATED MODULE: ./src/verify-signature/gate.ts



const gate_gate = (0,gate/* defineGate */.p)({ name: 'verify-signature', spec: verify_signature_inputs/* spec */.IC, parse: verify_signature_inputs/* parseInputs */.TL, run: run });


/***/ }),

/***/ 1193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IC: () => (/* binding */ spec),
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   zA: () => (/* binding */ signaturePolicy)
/* harmony export */ });
/* harmony import */ var _lib_inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3210);
/* harmony import */ var _lib_verdict_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7098);
// Inputs of verify-signature. actions/verify-signature/action.yml is the source of truth for names,
// required-ness and defaults; test/unit/action-manifests.test.ts keeps `spec` equal to it.


const spec = {
    images: {},
    'allow-tags': { default: 'false' },
    'oci-layout': {},
    platforms: {},
    artifact: {},
    bundle: {},
    signature: {},
    certificate: {},
    'attestation-type': {},
    'certificate-identity': {},
    'certificate-identity-regexp': {},
    'certificate-oidc-issuer': {},
    'certificate-oidc-issuer-regexp': {},
    'certificate-github-repository': {},
    'certificate-github-ref': {},
    'certificate-github-workflow': {},
    key: {},
    'trusted-root': {},
    'require-tlog': { default: 'false' },
    username: {},
    password: { secret: true },
    concurrency: { default: '8' },
};
const opt = (v, name) => v[name]?.trim() || undefined;
/** Refuses a regexp that does not compile, naming the input, so a typo never reads as "no match". */
function regexpInput(v, name) {
    const re = opt(v, name);
    if (re === undefined)
        return undefined;
    try {
        new RegExp(re, 'u');
    }
    catch (e) {
        throw (0,_lib_verdict_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .userError */ .IF)('INPUT_INVALID', `Input "${name}" is not a valid regular expression: ${e.message}`);
    }
    return re;
}
/** The fields that are set: an absent input leaves no key behind, so "is anything set" is a key count. */
function defined(o) {
    return Object.fromEntries(Object.entries(o).filter(([, val]) => val !== undefined));
}
function parseIdentity(v) {
    const github = defined({
        repository: opt(v, 'certificate-github-repository'),
        ref: opt(v, 'certificate-github-ref'),
        workflow: opt(v, 'certificate-github-workflow'),
    });
    const id = defined({
        subject: opt(v, 'certificate-identity'),
        subjectRegexp: regexpInput(v, 'certificate-identity-regexp'),
        issuer: opt(v, 'certificate-oidc-issuer'),
        issuerRegexp: regexpInput(v, 'certificate-oidc-issuer-regexp'),
        github: Object.keys(github).length ? github : undefined,
    });
    return Object.keys(id).length ? id : undefined;
}
/** The policy must name who may sign: a key, or both an identity and an issuer (as cosign demands). */
function checkPolicy(identity, key) {
    if (key !== undefined) {
        // Any certificate-* input with a key would be a check that cannot apply: refused, not ignored.
        if (identity) {
            throw (0,_lib_verdict_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .userError */ .IF)('INPUT_INVALID', 'Give either "key" or the certificate-* inputs (identity, issuer, github), not both: a key signature has no certificate.');
        }
        return;
    }
    const hasSubject = identity?.subject !== undefined || identity?.subjectRegexp !== undefined;
    const hasIssuer = identity?.issuer !== undefined || identity?.issuerRegexp !== undefined;
    if (!hasSubject || !hasIssuer) {
        throw (0,_lib_verdict_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .userError */ .IF)('INPUT_INVALID', 'Keyless verification needs "certificate-identity" (or "certificate-identity-regexp") and "certificate-oidc-issuer" (or "certificate-oidc-issuer-regexp"); key verification needs "key".');
    }
}
function checkMode(i) {
    const imageMode = i.images.length > 0 || i.ociLayout !== undefined;
    const blobMode = i.artifact !== undefined;
    if (imageMode === blobMode) {
        throw (0,_lib_verdict_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .userError */ .IF)('INPUT_INVALID', imageMode
            ? 'Give images/oci-layout or artifact, not both: run the action once per mode.'
            : 'Nothing to verify: give "images" (or "oci-layout") or "artifact".');
    }
    if (blobMode && (i.bundle === undefined) === (i.signature === undefined)) {
        throw (0,_lib_verdict_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .userError */ .IF)('INPUT_INVALID', 'Blob verification needs exactly one of "bundle" or "signature" (with "certificate" or "key").');
    }
    if (blobMode && i.signature !== undefined && i.certificate === undefined && i.key === undefined) {
        throw (0,_lib_verdict_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .userError */ .IF)('INPUT_INVALID', 'Input "signature" needs "certificate" (keyless) or "key".');
    }
}
/** Who may sign. A key travels in the trust (loadTrust parses it once), so a key policy names no identity. */
function signaturePolicy(i) {
    return i.identity ? { identity: i.identity, requireTlog: i.requireTlog } : { requireTlog: i.requireTlog };
}
function parseInputs(v) {
    const key = opt(v, 'key');
    const identity = parseIdentity(v);
    const i = {
        images: (0,_lib_inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .asLines */ .Ih)(v['images'] ?? ''),
        allowTags: (0,_lib_inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .asBool */ .XL)(v['allow-tags'] ?? 'false', 'allow-tags'),
        platforms: (0,_lib_inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .asList */ .DD)(v['platforms'] ?? ''),
        requireTlog: (0,_lib_inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .asBool */ .XL)(v['require-tlog'] ?? 'false', 'require-tlog'),
        concurrency: (0,_lib_inputs_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .asInt */ .Ae)(v['concurrency'] || '8', 'concurrency', { min: 1, max: 64 }),
        ...defined({
            ociLayout: opt(v, 'oci-layout'),
            artifact: opt(v, 'artifact'),
            bundle: opt(v, 'bundle'),
            signature: opt(v, 'signature'),
            certificate: opt(v, 'certificate'),
            attestationType: opt(v, 'attestation-type'),
            identity,
            key,
            trustedRoot: opt(v, 'trusted-root'),
            username: opt(v, 'username'),
            password: v['password'] || undefined,
        }),
    };
    checkMode(i);
    checkPolicy(identity, key);
    return i;
}


/***/ })

};
