import { z } from 'zod'
import { priorityMatrixSchema } from './call/priority'
import { languageSchema } from './knowledge/entities'
import { prioritySchema } from './priority-level'

export const formOfAddressSchema = z.enum(['formal', 'informal'])
export { prioritySchema, type Priority } from './priority-level'

/** An IANA time zone this runtime knows ("Europe/Amsterdam"); an unknown one would break every date. */
export const timeZoneSchema = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone })
      return true
    } catch {
      return false
    }
  },
  { message: 'unknown time zone' },
)

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM')

export const priorityTargetSchema = z.object({
  priority: prioritySchema,
  /** Working minutes until the caller hears from us. */
  responseMinutes: z.number().int().positive(),
  /** Working minutes until the problem is solved. */
  resolutionMinutes: z.number().int().positive(),
})

export const holidaySchema = z.object({
  date: z.iso.date(),
  name: z.string().min(1),
})

export const settingsSchema = z.object({
  organisationName: z.string(),
  uiLanguage: languageSchema,
  contentLanguage: languageSchema,
  /** How Dutch texts address the caller: "u" (formal) or "je" (informal). */
  formOfAddress: formOfAddressSchema,
  timeZone: timeZoneSchema,
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  workingDays: z.array(z.number().int().min(1).max(7)),
  workStart: timeOfDay,
  workEnd: timeOfDay,
  holidays: z.array(holidaySchema),
  targets: z.array(priorityTargetSchema),
  agent: z.object({ name: z.string(), shortName: z.string() }),
  /** Country whose phone numbers may be typed without +code (ISO 3166 alpha-2). */
  defaultCountry: z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter country code such as NL'),
  lookaheadWorkingDays: z.number().int().min(1).max(30),
  /** While on, internal fields are hidden on screen. */
  screenSharing: z.boolean(),
  /** Impact × urgency → suggested priority. */
  priorityMatrix: priorityMatrixSchema,
  /** Loopback port the phone system announces calls on (screen pop). */
  ctiPort: z.number().int().min(1024, 'expected a port from 1024 to 65535').max(65535, 'expected a port from 1024 to 65535'),
  /** How many minutes before a promise falls due the console reminds the agent (0: at the moment itself). */
  promiseReminderMinutes: z.number().int('expected whole minutes').min(0, 'expected 0 to 1440 minutes').max(1440, 'expected 0 to 1440 minutes'),
})
export type Settings = z.infer<typeof settingsSchema>

/** What the settings page edits: everything but the switches that have their own control. */
export const settingsFormSchema = settingsSchema
  .omit({ uiLanguage: true, contentLanguage: true, screenSharing: true })
  .extend({
    organisationName: z.string().trim().min(1, 'required'),
    workingDays: z.array(z.number().int().min(1).max(7)).min(1, 'at least one working day'),
    agent: z.object({ name: z.string().trim().min(1, 'required'), shortName: z.string().trim().min(1, 'required') }),
  })
  .refine((s) => s.workStart < s.workEnd, { path: ['workEnd'], message: 'must be later than the start of the working day' })
export type SettingsForm = z.infer<typeof settingsFormSchema>
