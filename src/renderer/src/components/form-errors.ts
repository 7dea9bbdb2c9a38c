import { schemaResolver } from '@mantine/form'
import type { TFunction } from 'i18next'
import { ApiError } from '../api'

/** The shared schemas speak English in a few fixed phrases; the form shows them in the UI language. */
const phrases: [RegExp, string][] = [
  [/^required$/, 'validation.required'],
  [/e-mail/, 'validation.email'],
  [/MM-DD/, 'validation.monthDay'],
  [/HH:MM/, 'validation.time'],
  [/already exists/, 'validation.exists'],
  [/listed twice/, 'validation.twice'],
  [/phone number/, 'validation.phone'],
  [/later than the start/, 'validation.later'],
  [/country code/, 'validation.country'],
  [/more impact must not lower/, 'validation.matrixImpact'],
  [/more urgency must not lower/, 'validation.matrixUrgency'],
  [/port from 1024 to 65535/, 'validation.port'],
]

export function translateIssue(message: string, t: TFunction): string {
  const found = phrases.find(([pattern]) => pattern.test(message))
  return found ? t(found[1]) : t('validation.invalid')
}

/** Mantine form validation from a shared zod schema, with messages in the UI language. */
export function formValidator(schema: Parameters<typeof schemaResolver>[0], t: TFunction) {
  const resolve = schemaResolver(schema, { sync: true })
  return (values: unknown) => Object.fromEntries(Object.entries(resolve(values)).map(([field, message]) => [field, translateIssue(String(message), t)]))
}

/**
 * After a failed save: field issues go onto the form's fields, anything else is returned as a
 * message for the whole form. What the agent typed stays in the form either way.
 */
export function applySaveError(error: unknown, setFieldError: (field: string, message: string) => void, t: TFunction): ApiError {
  const apiError = error instanceof ApiError ? error : new ApiError({ code: 'internal', message: String(error) })
  // The contract nests form values under "values"; the form knows its fields without that prefix.
  for (const issue of apiError.data.issues ?? []) setFieldError(issue.field.replace(/^values\./, ''), translateIssue(issue.message, t))
  return apiError
}
