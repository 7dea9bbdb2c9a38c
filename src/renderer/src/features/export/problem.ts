import type { TFunction } from 'i18next'

/** The kinds of problem an adapter names (src/main/export/adapter.ts ExportErrorReason). */
const knownReasons = new Set([
  'unreachable',
  'timeout',
  'server-error',
  'rate-limited',
  'wrong-credentials',
  'missing-permission',
  'unknown-queue',
  'rejected',
  'misconfigured',
  'no-adapter',
])

/**
 * An outbox entry's `lastError` ("reason: message") or a test's reason as an agent reads it: a sentence
 * in the UI language for the kind of problem, and the target's own words (English) as the detail.
 */
export function describeProblem(reason: string | null, detail: string, t: TFunction): { words: string; detail: string } {
  const known = reason && knownReasons.has(reason) ? reason : 'unknown'
  return { words: t(`export.reasons.${known}`), detail }
}

export function parseLastError(lastError: string): { reason: string | null; detail: string } {
  const match = /^([a-z][a-z-]*): ([\s\S]*)$/.exec(lastError)
  return match ? { reason: match[1]!, detail: match[2]! } : { reason: null, detail: lastError }
}
