import type { CallNote } from './call-note'
import { subjectOf } from './subject'

/**
 * Call notes as CSV for batch import: one row per call, a header row with stable English column names,
 * values as codes (category "printer", outcome "handed-over", priority "P2") so an import mapping does
 * not depend on the agent's language. RFC 4180: comma-separated, CRLF between rows, a field with a comma,
 * quote or line break in double quotes with quotes doubled; line breaks inside a field are kept. UTF-8;
 * whoever writes the file adds a byte-order mark if a spreadsheet needs one.
 */
export const csvColumns = [
  'call_id',
  'subject',
  'started_at',
  'finished_at',
  'time_zone',
  'agent',
  'caller_name',
  'caller_phone',
  'caller_email',
  'caller_department',
  'category',
  'application',
  'what',
  'since',
  'tried',
  'others_affected',
  'impact',
  'urgency',
  'questions',
  'identity_method',
  'summary',
  'summary_confirmed',
  'summary_correction',
  'priority',
  'priority_suggested',
  'priority_reason',
  'priority_override_reason',
  'outcome',
  'resolver_group',
  'outcome_notes',
  'refusal_rule',
  'refusal_spoken',
  'refusal_written',
  'promise_next_step',
  'promise_due_at',
  'promise_text',
  'language',
] as const
export type CsvColumn = (typeof csvColumns)[number]

/** One call as a CSV row; the questions as "question: answer" lines. */
export function csvRow(note: CallNote): Record<CsvColumn, string> {
  const s = (v: string | null | undefined) => v ?? ''
  return {
    call_id: note.callId,
    subject: subjectOf(note),
    started_at: note.startedAt,
    finished_at: note.finishedAt,
    time_zone: note.timeZone,
    agent: note.agent.name,
    caller_name: note.caller.name,
    caller_phone: note.caller.phone,
    caller_email: note.caller.email,
    caller_department: s(note.caller.department),
    category: s(note.category),
    application: s(note.application),
    what: note.intake.what,
    since: note.intake.since,
    tried: note.intake.tried,
    others_affected: s(note.intake.othersAffected),
    impact: s(note.intake.impact),
    urgency: s(note.intake.urgency),
    questions: note.questions.map((q) => `${q.question}: ${q.label ?? q.answer}`).join('\n'),
    identity_method: s(note.identityMethod),
    summary: s(note.summary?.text),
    summary_confirmed: note.summary ? String(note.summary.confirmed) : '',
    summary_correction: s(note.summary?.correction),
    priority: s(note.priority?.chosen),
    priority_suggested: s(note.priority?.suggested),
    priority_reason: s(note.priority?.reason),
    priority_override_reason: s(note.priority?.overrideReason),
    outcome: note.outcome.kind,
    resolver_group: note.outcome.resolverGroup,
    outcome_notes: note.outcome.notes,
    refusal_rule: s(note.refusal?.rule),
    refusal_spoken: s(note.refusal?.spoken),
    refusal_written: s(note.refusal?.written),
    promise_next_step: s(note.promise?.nextStep),
    promise_due_at: s(note.promise?.dueAt),
    promise_text: s(note.promise?.text),
    language: note.language,
  }
}

/** A field as RFC 4180 writes it: in double quotes, quotes doubled, when it holds a comma, quote or line break. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

export function toCsv(notes: readonly CallNote[]): string {
  const rows = [csvColumns, ...notes.map((note) => csvColumns.map((column) => csvRow(note)[column]))]
  // Written by hand rather than with a CSV library, so the note formats stay free of Node typings in the renderer.
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('')
}
