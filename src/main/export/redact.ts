import { ExportError } from './adapter'

const MASK = '[secret removed]'

/** A run of characters that could be base64 (or base64url) text, long enough to hold a secret. */
const BASE64_RUN = /[A-Za-z0-9+/_-]{8,}={0,2}/g

/**
 * The text without the secret. A target that refuses a login often repeats what it was sent — an
 * `Authorization: Bearer …` header, `Basic base64(user:secret)`, an SMTP `AUTH PLAIN` line — and that text
 * ends up in an entry's last error, on screen and in the database. So the secret goes, in plain form,
 * URL-encoded, and inside any base64 run that decodes to something containing it.
 */
export function withoutSecret(text: string, secret: string | null | undefined): string {
  if (!secret) return text
  let result = text
  for (const form of new Set([secret, encodeURIComponent(secret)])) result = result.split(form).join(MASK)
  return result.replace(BASE64_RUN, (run) => {
    const standard = run.replace(/-/g, '+').replace(/_/g, '/')
    // The encoded secret may start anywhere in the run (glued to other text): try each alignment.
    const holds = [0, 1, 2, 3].some((offset) => Buffer.from(standard.slice(offset), 'base64').toString('utf8').includes(secret))
    return holds ? MASK : run
  })
}

/** The same error, with the secret taken out of its message. */
export function redactExportError(error: ExportError, secret: string | null | undefined): ExportError {
  const message = withoutSecret(error.message, secret)
  if (message === error.message) return error
  return new ExportError(error.reason, message, error.retryAfterSeconds)
}
