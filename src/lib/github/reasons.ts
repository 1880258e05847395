// What each `verification.reason` GitHub reports means for a release, and what to do about it.
// Reasons GitHub could not decide (its verification service, certificate revocation checks) are
// unknown: re-running later may pass. Every other reason, and any reason not listed, fails.
import type { Level } from '../verdict/types.js';

export interface ReasonAdvice {
  level: Extract<Level, 'fail' | 'unknown'>;
  message: string;
}

export const REASONS: Readonly<Record<string, ReasonAdvice>> = {
  unsigned: {
    level: 'fail',
    message:
      'the tag has no signature: delete it and re-create it signed (git tag -s, with gpg.format ssh or openpgp).',
  },
  unknown_key: {
    level: 'fail',
    message:
      "the signing key is not registered with any GitHub account: add the public key to the tagger's account as a signing key, then re-run.",
  },
  bad_email: {
    level: 'fail',
    message:
      "the tagger e-mail is not one of the signing key's identities: re-tag with user.email set to an address in the key, or add that address to the key.",
  },
  unverified_email: {
    level: 'fail',
    message:
      "the tagger e-mail belongs to a GitHub account but is not verified there: verify it in the account's e-mail settings, then re-run.",
  },
  no_user: {
    level: 'fail',
    message:
      "no GitHub account has the tagger e-mail: add and verify the address on the signing account, or re-tag with that account's e-mail.",
  },
  expired_key: {
    level: 'fail',
    message:
      'the signing key has expired: extend its expiry and re-upload the public key to GitHub, or re-sign the tag with a current key.',
  },
  not_signing_key: {
    level: 'fail',
    message: 'the key that signed lacks the "sign" capability: sign the tag with a key or subkey that may sign.',
  },
  malformed_signature: {
    level: 'fail',
    message: 'the signature cannot be parsed: re-create the tag with a current git and signing program.',
  },
  invalid: {
    level: 'fail',
    message:
      'the signature does not verify with the key it names: the tag was altered or signed wrongly; do not release it, re-create the tag.',
  },
  unknown_signature_type: {
    level: 'fail',
    message: 'GitHub does not recognise the signature type: sign with GPG, SSH or S/MIME (X.509).',
  },
  bad_cert: {
    level: 'fail',
    message: 'the X.509 signing certificate or its chain could not be verified: sign with a certificate GitHub trusts.',
  },
  ocsp_revoked: {
    level: 'fail',
    message: 'a certificate in the signing chain has been revoked: re-sign the tag with a valid certificate.',
  },
  gpgverify_error: {
    level: 'unknown',
    message: "GitHub's signature verification service failed: re-run the job later.",
  },
  gpgverify_unavailable: {
    level: 'unknown',
    message: "GitHub's signature verification service is unavailable: re-run the job later.",
  },
  ocsp_pending: {
    level: 'unknown',
    message: "the certificate's revocation check is still pending: re-run the job in a few minutes.",
  },
  ocsp_error: {
    level: 'unknown',
    message: "the certificate's revocation check failed: re-run the job later.",
  },
};

/** The advice for a reason; an unrecognised one fails, because a gate cannot vouch for what it does not know. */
export function adviceFor(reason: string): ReasonAdvice {
  return (
    REASONS[reason] ?? {
      level: 'fail',
      message: `GitHub reports the unrecognised verification reason "${reason}": treat the tag as unverified and check it by hand (or with mode local).`,
    }
  );
}
