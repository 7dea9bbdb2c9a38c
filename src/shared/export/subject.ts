import type { CallNote } from './call-note'
import { noteLabels } from './labels'

/** The first eight characters of the call id: short enough to say, unique enough to find. */
export function shortCallId(callId: string): string {
  return callId.replace(/-/g, '').slice(0, 8).toUpperCase()
}

const MAX_SUBJECT_TEXT = 120

/**
 * The ticket's subject, the same in every format: "[SDC-1A2B3C4D] Printer op de tweede verdieping
 * drukt niet af" — the short call id, then the first line of what happened (shortened with "…" past 120
 * characters). Without a description, the category names it.
 */
export function subjectOf(note: CallNote): string {
  const first = note.intake.what.split(/\r?\n/).map((line) => line.trim()).find((line) => line !== '') ?? ''
  const l = noteLabels(note.language)
  const text = first || (note.category ? l.categories[note.category] : l.outcomes[note.outcome.kind])
  const chars = Array.from(text)
  const short = chars.length > MAX_SUBJECT_TEXT ? `${chars.slice(0, MAX_SUBJECT_TEXT - 1).join('').trimEnd()}…` : text
  return `[SDC-${shortCallId(note.callId)}] ${short}`
}
