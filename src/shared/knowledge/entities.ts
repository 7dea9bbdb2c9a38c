import { z } from 'zod'
import { busyPeriodSchema } from './busy-period'

export const languageSchema = z.enum(['nl', 'en'])
export type Language = z.infer<typeof languageSchema>

export const criticalitySchema = z.enum(['critical', 'important', 'normal'])
export type Criticality = z.infer<typeof criticalitySchema>

export const idSchema = z.uuid()

export const departmentSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  mission: z.string(),
  criticalCount: z.number().int(),
  peopleCount: z.number().int(),
})
export type DepartmentSummary = z.infer<typeof departmentSummarySchema>

export const phoneSchema = z.object({ label: z.string(), number: z.string() })

export const personSummarySchema = z.object({
  id: idSchema,
  name: z.string(),
  role: z.string(),
  email: z.string(),
  phones: z.array(phoneSchema),
  vip: z.boolean(),
  keyContact: z.boolean(),
  preferredLanguage: languageSchema,
})
export type PersonSummary = z.infer<typeof personSummarySchema>

export const departmentApplicationSchema = z.object({
  id: idSchema,
  name: z.string(),
  description: z.string(),
  resolverGroup: z.string(),
  criticality: criticalitySchema,
  reason: z.string(),
})
export type DepartmentApplication = z.infer<typeof departmentApplicationSchema>

export const ownWordSchema = z.object({
  id: idSchema,
  term: z.string(),
  meaning: z.string(),
  /** The application this word refers to, when it names one. */
  applicationId: idSchema.nullable(),
  applicationName: z.string().nullable(),
  /** The glossary term it stands for, when it is the organisation's word for something. */
  glossaryTermId: idSchema.nullable(),
  glossaryTerm: z.string().nullable(),
})

export const rightNowPeriodSchema = z.object({
  label: z.string(),
  note: z.string(),
  start: z.string(),
  end: z.string(),
  active: z.boolean(),
  workingDaysLeft: z.number().int().nullable(),
  startsInWorkingDays: z.number().int().nullable(),
})
export const rightNowSchema = z.object({
  date: z.string(),
  periods: z.array(rightNowPeriodSchema),
  extraCritical: z.array(z.object({ id: idSchema, name: z.string() })),
})
export type RightNowView = z.infer<typeof rightNowSchema>

export const departmentDetailSchema = z.object({
  id: idSchema,
  name: z.string(),
  mission: z.string(),
  whatMatters: z.string(),
  busyPeriods: z.array(busyPeriodSchema),
  sensitivities: z.string(),
  sensitivitiesShareable: z.boolean(),
  preferredContact: z.string(),
  /** Critical first, then important, then normal; each with the reason. */
  applications: z.array(departmentApplicationSchema),
  keyPeople: z.array(personSummarySchema),
  ownWords: z.array(ownWordSchema),
  /** Busy periods active now or coming soon, and what that makes extra critical. */
  rightNow: rightNowSchema,
  updatedAt: z.string(),
})
export type DepartmentDetail = z.infer<typeof departmentDetailSchema>
