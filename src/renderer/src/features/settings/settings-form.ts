import type { UseFormReturnType } from '@mantine/form'
import type { TFunction } from 'i18next'
import { sortHolidays } from '../../../../shared/calendar/dutch-holidays'
import { impactLevels, priorityMatrixSchema, urgencyLevels, type Impact, type PriorityMatrix, type Urgency } from '../../../../shared/call/priority'
import { prioritySchema, settingsFormSchema, type Settings, type SettingsForm } from '../../../../shared/settings'
import { formValidator } from '../../components/form-errors'

export type Form = UseFormReturnType<SettingsForm>

/** Used only when the database lacks a priority, so the page always shows P1 to P4. */
const fallbackTargets = { P1: [30, 240], P2: [60, 960], P3: [240, 2400], P4: [480, 4800] } as const

export function formOf(s: Settings): SettingsForm {
  return {
    organisationName: s.organisationName,
    formOfAddress: s.formOfAddress,
    timeZone: s.timeZone,
    workingDays: [...s.workingDays].sort(),
    workStart: s.workStart,
    workEnd: s.workEnd,
    holidays: sortHolidays(s.holidays.map((h) => ({ date: h.date, name: h.name }))),
    targets: prioritySchema.options.map((priority) => {
      const found = s.targets.find((t) => t.priority === priority)
      const [responseMinutes, resolutionMinutes] = fallbackTargets[priority]
      return found ? { priority, responseMinutes: found.responseMinutes, resolutionMinutes: found.resolutionMinutes } : { priority, responseMinutes, resolutionMinutes }
    }),
    agent: { name: s.agent.name, shortName: s.agent.shortName },
    defaultCountry: s.defaultCountry,
    lookaheadWorkingDays: s.lookaheadWorkingDays,
    promiseReminderMinutes: s.promiseReminderMinutes,
    priorityMatrix: s.priorityMatrix,
    ctiPort: s.ctiPort,
  }
}

function valueAt(values: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), values)
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    return zone !== ''
  } catch {
    return false
  }
}

/**
 * The shared schema's check, with messages that say what this page expects: an empty field is
 * "required" whatever its type, and the fields with a range say the range.
 */
export function settingsValidator(t: TFunction) {
  const base = formValidator(settingsFormSchema, t)
  return (values: SettingsForm): Record<string, string> => {
    const errors = base(values)
    for (const field of Object.keys(errors)) {
      const value = valueAt(values, field)
      if (value === '' || value === undefined) errors[field] = t('validation.required')
      else if (field === 'workingDays') errors[field] = t('settings.validation.workingDays')
      else if (field === 'lookaheadWorkingDays') errors[field] = t('settings.validation.lookahead')
      else if (field === 'promiseReminderMinutes') errors[field] = t('settings.validation.promiseReminder')
      else if (/^targets\.\d+\./.test(field)) errors[field] = t('settings.validation.minutes')
      else if (/^holidays\.\d+\.date$/.test(field)) errors[field] = t('settings.validation.date')
      else if (field === 'ctiPort') errors[field] = t('settings.validation.port')
    }
    // The matrix says which cell and why, in words the agent chose the cells by.
    for (const field of Object.keys(errors)) if (field.startsWith('priorityMatrix.')) delete errors[field]
    Object.assign(errors, matrixErrors(values.priorityMatrix, t))
    if (!errors.timeZone && !isTimeZone(values.timeZone)) errors.timeZone = t('settings.validation.timeZone')
    // zod skips the schema's start-before-end check while any other field is wrong; say it at once.
    const times = /^([01]\d|2[0-3]):[0-5]\d$/
    if (!errors.workStart && !errors.workEnd && times.test(values.workStart) && times.test(values.workEnd) && values.workStart >= values.workEnd) {
      errors.workEnd = t('validation.later')
    }
    // The service refuses a date listed twice as well; saying so here points at the row.
    values.holidays.forEach((h, i) => {
      if (h.date && values.holidays.findIndex((other) => other.date === h.date) < i) errors[`holidays.${i}.date`] = t('validation.twice')
    })
    return errors
  }
}

/** The locale for Intl formatting in the UI language: British English, as elsewhere in the console. */
export function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'nl-NL'
}

/** A date 'YYYY-MM-DD' as "do 27 apr. 2028" / "Thu 27 Apr 2028"; empty when it is not a date yet. */
export function formatDate(date: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) return ''
  const instant = new Date(0)
  instant.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  return new Intl.DateTimeFormat(intlLocale(language), { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(instant)
}

/**
 * The shared schema's refusals of a priority matrix, per cell (`priorityMatrix.<impact>.<urgency>`):
 * "Lower than P2 for ‘One person’: more impact must not lower the priority". The schema decides which
 * cells are wrong; this only words it.
 */
export function matrixErrors(matrix: PriorityMatrix, t: TFunction): Record<string, string> {
  const result = priorityMatrixSchema.safeParse(matrix)
  if (result.success) return {}
  const errors: Record<string, string> = {}
  for (const issue of result.error.issues) {
    const [impact, urgency] = issue.path as [Impact, Urgency]
    if (!impactLevels.includes(impact) || !urgencyLevels.includes(urgency)) continue
    const byImpact = /more impact/.test(issue.message)
    const lessImpact = impactLevels[impactLevels.indexOf(impact) - 1]
    const lessUrgency = urgencyLevels[urgencyLevels.indexOf(urgency) - 1]
    errors[`priorityMatrix.${impact}.${urgency}`] =
      byImpact && lessImpact
        ? t('settings.matrix.lowerThanImpact', { other: matrix[lessImpact][urgency], level: t(`settings.matrix.impactLevel.${lessImpact}`) })
        : lessUrgency
          ? t('settings.matrix.lowerThanUrgency', { other: matrix[impact][lessUrgency], level: t(`settings.matrix.urgencyLevel.${lessUrgency}`) })
          : t('validation.invalid')
  }
  return errors
}
