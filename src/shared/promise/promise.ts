import { z } from 'zod'
import type { OrgCalendar } from '../calendar/working-days'
import { idSchema, languageSchema, type Language } from '../knowledge/entities'
import type { TextIssue } from '../language/check'
import { addDays, localDateOf, wallClockOf } from '../calendar/local-date'
import { spokenDate } from '../refusal/dates'
import { addWorkingMinutes, clockTime } from './business-time'
import type { Priority, Settings } from '../settings'

/**
 * A promise made to a caller at the close of a call that is not resolved: what happens next and the
 * concrete moment the caller hears from us ("U hoort morgen, dinsdag 3 december, vóór 12:00 van mij").
 * JSON-safe; times are ISO 8601 strings.
 */

const isoDateTime = z.iso.datetime({ offset: true })

/** What happens after the call: we call back, a resolver group takes it, the caller does something first, something is ordered. */
export const nextSteps = ['callback', 'handed-over', 'waiting-for-user', 'order'] as const
export const nextStepSchema = z.enum(nextSteps)
export type NextStep = z.infer<typeof nextStepSchema>

/** The promise as part of the call draft; autosave keeps whatever was typed, finishing checks it. */
export const promiseDraftSchema = z.object({
  nextStep: nextStepSchema.nullable().default(null),
  /** The earliest moment the agent (or the order) can start, when later than now. */
  earliestStart: isoDateTime.nullable().default(null),
  /** The moment promised. */
  dueAt: isoDateTime.nullable().default(null),
  /** The sentence said to the caller. */
  text: z.string().max(1000, 'keep it under 1000 characters').default(''),
  /** The sentence the console proposed, to tell an edited promise from the proposal. */
  proposedText: z.string().default(''),
  /** True once the agent changed the proposed sentence. */
  edited: z.boolean().default(false),
})
export type PromiseDraft = z.output<typeof promiseDraftSchema>
export const emptyPromiseDraft = (): PromiseDraft => promiseDraftSchema.parse({})

export interface PromiseProposal {
  /** ISO date-time of the promised moment. */
  dueAt: string
  /** The sentence to say. */
  text: string
  /** Which target of the priority the moment is taken from. */
  basis: 'response' | 'resolution'
  /** The target in working minutes. */
  targetMinutes: number
  /** Whether the promised moment lies within the target (counted from now). */
  withinTarget: boolean
}

export interface ProposeInput {
  nextStep: NextStep
  priority: Priority | null
  now: Date
  earliestStart?: Date | null
  calendar: OrgCalendar
  targets: Settings['targets']
  language: Language
  formOfAddress: 'formal' | 'informal'
  agentName: string
  /** handed-over: the resolver group, named in the sentence when known. */
  group?: string
}

export interface SentenceInput {
  nextStep: NextStep
  dueAt: Date
  now: Date
  timeZone: string
  language: Language
  formOfAddress: 'formal' | 'informal'
  agentName: string
  group?: string
}

export type PromiseProblemCode = 'required' | 'no-day' | 'no-time' | 'vague' | 'in-past'
export interface PromiseProblem {
  /** Dotted path in the call draft: "promise.dueAt", "promise.text". */
  field: string
  code: PromiseProblemCode
}

/**
 * Which target a promise is measured against. Whatever happens next, the promise is about the moment the
 * caller hears from us (a call back, the resolver group's first contact, news about the order), and that
 * is what a team lead measures as kept or broken: so every next step takes the response target of the
 * call's priority. The resolution target (the fix itself) is the resolver group's business and is not
 * promised to the caller at the close of a call.
 */
export function promiseBasis(nextStep: NextStep): 'response' | 'resolution' {
  void nextStep
  return 'response'
}

/** The priority whose target counts when none was chosen yet. */
export const defaultPromisePriority: Priority = 'P3'

const QUARTER = 15 * 60_000

/**
 * The promise the console proposes: start from the later of now and the earliest moment the agent can
 * start (an order that arrives Thursday, a colleague back on Monday), add the target's working minutes
 * (business time: evenings, weekends and holidays do not count), then make it a time people say — a
 * quarter of an hour. Rounding never goes past the target: when rounding up would, it rounds down to the
 * quarter before, as long as that is still after the start. When the agent's earliest start already
 * pushes the moment past the target, the promise is the honest later moment (rounded up) and
 * `withinTarget` is false, so the agent sees that it is late before saying it.
 */
export function proposePromise(input: ProposeInput): PromiseProposal {
  const { now, calendar } = input
  const basis = promiseBasis(input.nextStep)
  const priority = input.priority ?? defaultPromisePriority
  const target = input.targets.find((t) => t.priority === priority)
  if (!target) throw new RangeError(`No target is set for ${priority}`)
  const targetMinutes = basis === 'response' ? target.responseMinutes : target.resolutionMinutes
  const start = input.earliestStart && input.earliestStart.getTime() > now.getTime() ? input.earliestStart : now
  const deadline = addWorkingMinutes(now, targetMinutes, calendar).getTime()
  const due = addWorkingMinutes(start, targetMinutes, calendar).getTime()
  const up = Math.ceil(due / QUARTER) * QUARTER
  const down = Math.floor(due / QUARTER) * QUARTER
  let chosen: number
  if (up <= deadline) chosen = up
  else if (down > start.getTime() && down <= deadline) chosen = down
  else if (due <= deadline) chosen = Math.max(Math.floor(due / 60_000) * 60_000, start.getTime() + 60_000)
  else chosen = up
  const dueAt = new Date(chosen)
  return {
    dueAt: dueAt.toISOString(),
    text: promiseSentence({
      nextStep: input.nextStep,
      dueAt,
      now,
      timeZone: calendar.timeZone,
      language: input.language,
      formOfAddress: input.formOfAddress,
      agentName: input.agentName,
      ...(input.group !== undefined ? { group: input.group } : {}),
    }),
    basis,
    targetMinutes,
    withinTarget: chosen <= deadline,
  }
}

/**
 * When, as said to the caller, always with the weekday and the date so nobody has to work out which
 * "Tuesday" is meant: "vandaag, dinsdag 3 december, vóór 12:00" / "morgen, …" / "donderdag 5 december
 * vóór 12:00"; in English "before 12:00 today, Tuesday 3 December" / "… tomorrow, …" / "before 12:00 on
 * Thursday 5 December". The year only when it is not this year.
 */
export function promiseWhen(dueAt: Date, now: Date, timeZone: string, language: Language): string {
  const due = wallClockOf(dueAt, timeZone)
  const today = localDateOf(now, timeZone)
  const date = spokenDate(due.date, '', language, now, timeZone)
  const time = clockTime(due.minutes)
  const relative = due.date === today ? 'today' : due.date === addDays(today, 1) ? 'tomorrow' : null
  if (language === 'nl') {
    const word = relative === 'today' ? 'vandaag' : relative === 'tomorrow' ? 'morgen' : null
    return word ? `${word}, ${date}, vóór ${time}` : `${date} vóór ${time}`
  }
  return relative ? `before ${time} ${relative}, ${date}` : `before ${time} on ${date}`
}

/**
 * The sentence to say, in the caller's language and the organisation's form of address, speaking as the
 * agent ("ik" / "I"):
 * - callback: "Ik bel u morgen, dinsdag 3 december, vóór 12:00 terug." / "I will call you back before 12:00 tomorrow, …"
 * - handed-over: "U hoort … van de collega’s van {group}." (without a group: "van ons") / "You will hear from the {group} team …"
 * - waiting-for-user: "U hoort … van mij." / "You will hear from me …"
 * - order: "U hoort … van mij over de bestelling." / "You will hear from me about the order …"
 */
export function promiseSentence(input: SentenceInput): string {
  const when = promiseWhen(input.dueAt, input.now, input.timeZone, input.language)
  const group = (input.group ?? '').trim()
  if (input.language === 'nl') {
    const formal = input.formOfAddress === 'formal'
    const you = formal ? 'u' : 'je'
    const You = formal ? 'U' : 'Je'
    switch (input.nextStep) {
      case 'callback':
        return `Ik bel ${you} ${when} terug.`
      case 'handed-over':
        return `${You} hoort ${when} van ${group ? `de collega’s van ${group}` : 'ons'}.`
      case 'order':
        return `${You} hoort ${when} van mij over de bestelling.`
      case 'waiting-for-user':
        return `${You} hoort ${when} van mij.`
    }
  }
  switch (input.nextStep) {
    case 'callback':
      return `I will call you back ${when}.`
    case 'handed-over':
      return `You will hear from ${group ? `the ${group} team` : 'us'} ${when}.`
    case 'order':
      return `You will hear from me about the order ${when}.`
    case 'waiting-for-user':
      return `You will hear from me ${when}.`
  }
}

const WEEKDAY_OR_DAY =
  '(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|vandaag|morgen|overmorgen|today|tomorrow)'
const MONTH_NAMES =
  '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|jan|feb|mrt|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|dec)'
/** A day the caller can put in a diary: a weekday, today/tomorrow, or a date. */
const NAMES_A_DAY = new RegExp(
  [
    `(?<![\\p{L}])${WEEKDAY_OR_DAY}(?![\\p{L}])`,
    `(?<![\\p{N}])\\d{1,2}(?:st|nd|rd|th|e)? ${MONTH_NAMES}(?![\\p{L}])`,
    `(?<![\\p{L}])${MONTH_NAMES} \\d{1,2}(?![\\p{N}])`,
    '(?<![\\p{N}])\\d{1,2}[-/]\\d{1,2}(?:[-/]\\d{2,4})?(?![\\p{N}])',
    '(?<![\\p{N}])\\d{4}-\\d{2}-\\d{2}(?![\\p{N}])',
  ].join('|'),
  'iu',
)
/** A time on the clock: 12:00, 12.00, 12 uur, 3 pm, noon. */
const NAMES_A_TIME = /(?<![\p{N}])\d{1,2}[:.]\d{2}(?![\p{N}])|(?<![\p{N}])\d{1,2} ?(?:uur|u|am|pm|a\.m\.|p\.m\.|o'clock)(?![\p{L}])|(?<![\p{L}])(?:noon|midday)(?![\p{L}])/iu

/**
 * What keeps a promise from being saved, as draft field + code: the sentence and the moment are required;
 * the sentence must name a day and a clock time (a promise without them cannot be kept, or measured);
 * the moment must lie ahead; and the plain-language checker's vague phrases ("we gaan ermee aan de slag",
 * "zo snel mogelijk") or bare refusals block it. `check` runs the checker in the caller's language.
 */
export function promiseProblems(promise: PromiseDraft, options: { now: Date; check: (text: string) => TextIssue[] }): PromiseProblem[] {
  const problems: PromiseProblem[] = []
  const text = promise.text.trim()
  if (promise.dueAt === null) problems.push({ field: 'promise.dueAt', code: 'required' })
  else if (Date.parse(promise.dueAt) <= options.now.getTime()) problems.push({ field: 'promise.dueAt', code: 'in-past' })
  if (text === '') {
    problems.push({ field: 'promise.text', code: 'required' })
    return problems
  }
  if (options.check(text).some((issue) => issue.kind === 'vague' || issue.kind === 'bare-refusal')) problems.push({ field: 'promise.text', code: 'vague' })
  if (!NAMES_A_DAY.test(text)) problems.push({ field: 'promise.text', code: 'no-day' })
  if (!NAMES_A_TIME.test(text)) problems.push({ field: 'promise.text', code: 'no-time' })
  return problems
}

// --- channels ---------------------------------------------------------------------------------------

export const promiseStatusSchema = z.enum(['open', 'kept', 'broken'])
export type PromiseStatus = z.infer<typeof promiseStatusSchema>

export const promiseRecordSchema = z.object({
  id: idSchema,
  callId: idSchema,
  callerPersonId: idSchema.nullable(),
  callerName: z.string(),
  callerPhone: z.string(),
  nextStep: nextStepSchema,
  dueAt: isoDateTime,
  text: z.string(),
  language: languageSchema,
  status: promiseStatusSchema,
  /** What happened, when marked kept or broken. */
  resolution: z.string(),
  resolvedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
})
export type PromiseRecord = z.infer<typeof promiseRecordSchema>

export const promiseListInputSchema = z
  .object({
    status: promiseStatusSchema.optional(),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict()
export type PromiseListInput = z.input<typeof promiseListInputSchema>

export const promiseResolveInputSchema = z
  .object({
    id: idSchema,
    status: z.enum(['kept', 'broken']),
    /** What happened; required for a broken promise. */
    resolution: z.string().trim().max(2000, 'keep it under 2000 characters').default(''),
  })
  .strict()
  .refine((v) => v.status !== 'broken' || v.resolution.length > 0, {
    path: ['resolution'],
    message: 'required: say what happened',
  })
export type PromiseResolveInput = z.input<typeof promiseResolveInputSchema>

export const promiseStatsSchema = z.object({
  open: z.number().int(),
  /** Open and due within the reminder time (promiseReminderMinutes), not yet overdue. */
  dueSoon: z.number().int(),
  /** Open and past due. */
  overdue: z.number().int(),
  kept: z.number().int(),
  broken: z.number().int(),
  /** kept / (kept + broken), null when nothing has been resolved yet. */
  keptRate: z.number().nullable(),
})
export type PromiseStats = z.infer<typeof promiseStatsSchema>
