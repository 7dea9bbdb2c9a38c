import type { Language } from '../knowledge/entities'
import { wallClockOf } from '../calendar/local-date'
import { clockTime } from '../promise/business-time'
import type { CallNote, NoteQuestion } from './call-note'
import { noteLabels, type NoteLabels } from './labels'

/**
 * The note as the text formats show it: titled sections of labelled values, in the order a resolver reads
 * them. Plain text and Markdown differ only in how they lay this out. Empty values are left out, so a
 * note never shows a row of dashes for what was not asked.
 */
export interface NoteField {
  label: string
  value: string
  /** Text as typed or said (notes, summaries, refusals): shown on its own lines, never squeezed into a row. */
  block?: boolean
}

export interface NoteSection {
  title: string
  fields: NoteField[]
  /** Questions with their answers, as a list. */
  items?: string[]
}

/** "2026-11-27 10:05" in the organisation's time zone. */
export function localTime(iso: string, timeZone: string): string {
  const clock = wallClockOf(new Date(iso), timeZone)
  return `${clock.date} ${clockTime(clock.minutes)}`
}

function answerText(q: NoteQuestion, l: NoteLabels): string {
  if (q.kind === 'yes-no' && (q.answer === 'yes' || q.answer === 'no')) return q.answer === 'yes' ? l.yes : l.no
  return q.label ?? q.answer
}

const field = (label: string, value: string | null | undefined, block = false): NoteField[] =>
  value && value.trim() !== '' ? [{ label, value, ...(block ? { block } : {}) }] : []

export function noteSections(note: CallNote, language: Language): NoteSection[] {
  const l = noteLabels(language)
  const at = (iso: string) => localTime(iso, note.timeZone)
  const sections: NoteSection[] = [
    {
      title: l.call,
      fields: [
        ...field(l.call, note.callId),
        ...field(l.started, at(note.startedAt)),
        ...field(l.finished, at(note.finishedAt)),
        ...field(l.timeZone, note.timeZone),
        ...field(l.agent, note.agent.name),
      ],
    },
    {
      title: l.caller,
      fields: [
        ...field(l.name, note.caller.name),
        ...field(l.phone, note.caller.phone),
        ...field(l.email, note.caller.email),
        ...field(l.department, note.caller.department),
      ],
    },
    {
      title: l.report,
      fields: [
        ...field(l.category, note.category ? l.categories[note.category] : null),
        ...field(l.application, note.application),
        ...field(l.what, note.intake.what, true),
        ...field(l.since, note.intake.since),
        ...field(l.tried, note.intake.tried, true),
        ...field(l.othersAffected, note.intake.othersAffected ? l.others[note.intake.othersAffected] : null),
        ...field(l.impact, note.intake.impact ? l.impacts[note.intake.impact] : null),
        ...field(l.urgency, note.intake.urgency ? l.urgencies[note.intake.urgency] : null),
      ],
    },
  ]
  const asked = note.questions.filter((q) => q.kind !== 'identity')
  if (asked.length > 0 || note.identityMethod) {
    sections.push({
      title: l.questions,
      fields: field(l.identityMethod, note.identityMethod),
      items: asked.map((q) => `${q.question.trim()}${/[?:.]$/.test(q.question.trim()) ? '' : ':'} ${answerText(q, l)}`),
    })
  }
  if (note.summary) {
    sections.push({
      title: l.summary,
      fields: [
        { label: '', value: note.summary.text, block: true },
        note.summary.confirmed
          ? { label: '', value: l.summaryConfirmed }
          : { label: l.summaryCorrected, value: note.summary.correction || l.none, block: true },
      ],
    })
  }
  if (note.priority) {
    const p = note.priority
    const chosen = p.chosen === p.suggested ? p.chosen : `${p.chosen} (${l.suggested}: ${p.suggested})`
    sections.push({
      title: l.priority,
      fields: [...field(l.priority, chosen), ...field(l.priorityReason, p.reason), ...field(l.overrideReason, p.overrideReason)],
    })
  }
  sections.push({
    title: l.outcome,
    fields: [
      ...field(l.outcome, l.outcomes[note.outcome.kind]),
      ...field(l.resolverGroup, note.outcome.resolverGroup),
      ...field(l.notes, note.outcome.notes, true),
    ],
  })
  if (note.refusal) {
    sections.push({
      title: l.refusal,
      fields: [...field(l.rule, note.refusal.rule), ...field(l.spoken, note.refusal.spoken, true), ...field(l.written, note.refusal.written, true)],
    })
  }
  if (note.promise) {
    sections.push({
      title: l.promise,
      fields: [
        ...field(l.nextStep, l.nextSteps[note.promise.nextStep]),
        ...field(l.dueAt, at(note.promise.dueAt)),
        ...field(l.promiseText, note.promise.text, true),
      ],
    })
  }
  return sections.filter((s) => s.fields.length > 0 || (s.items?.length ?? 0) > 0)
}
