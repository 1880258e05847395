// @sigstore/verify's errors (and the TypeErrors malformed bundles raise) as findings a user can act on.
import type { X509Certificate } from '@sigstore/core';
import { describe, type RcoError, userError } from '../verdict/errors.js';

function validity(cert: X509Certificate | undefined): string {
  if (!cert) return '';
  try {
    return ` (the certificate was valid from ${cert.notBefore.toISOString()} to ${cert.notAfter.toISOString()})`;
  } catch {
    return '';
  }
}

export function translate(e: unknown, ctx: { keyMode: boolean; certificate?: X509Certificate | undefined }): RcoError {
  const code = (e as { code?: unknown }).code;
  const detail = describe(e);
  switch (code) {
    case 'SIGNATURE_ERROR':
      return ctx.keyMode
        ? userError(
            'SIGNATURE_KEY_MISMATCH',
            'The signature does not verify with the given key: it was made with another key, or the content was altered.',
          )
        : userError(
            'SIGNATURE_INVALID',
            "The signature does not verify with the certificate's key: the signed content was altered.",
          );
    case 'PUBLIC_KEY_ERROR':
      return userError('SIGNATURE_KEY_MISMATCH', `The signing key is not trusted: ${detail}.`);
    case 'CERTIFICATE_ERROR':
      return userError(
        'SIGNATURE_CERT_UNTRUSTED',
        `The signing certificate is not trusted at the signing time${validity(ctx.certificate)}: ${detail}.`,
        { hint: 'check that trusted-root is the root of the Sigstore instance that issued it' },
      );
    case 'TIMESTAMP_ERROR':
      return /expected \d+ timestamps, got 0/.test(detail)
        ? userError(
            'SIGNATURE_NO_TIMESTAMP',
            `The keyless signature has no transparency-log entry with a signed time and no RFC 3161 timestamp, so nothing proves it was made while the certificate was valid${validity(ctx.certificate)}.`,
          )
        : userError('SIGNATURE_TIMESTAMP_INVALID', `A timestamp in the bundle does not verify: ${detail}.`);
    case 'TLOG_ERROR':
      return userError(
        'SIGNATURE_TLOG_MISSING',
        `The bundle has no transparency-log entry and require-tlog is set: ${detail}.`,
      );
    case 'TLOG_BODY_ERROR':
    case 'TLOG_INCLUSION_PROOF_ERROR':
    case 'TLOG_INCLUSION_PROMISE_ERROR':
    case 'TLOG_MISSING_INCLUSION_ERROR':
      return userError('SIGNATURE_TLOG_INVALID', `The transparency-log entry does not verify: ${detail}.`);
    default:
      // Malformed bundles reach the library as TypeErrors and RangeErrors: still a clean rejection.
      return userError('SIGNATURE_BUNDLE_MALFORMED', `The bundle cannot be verified: ${detail}.`);
  }
}
