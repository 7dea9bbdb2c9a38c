import { z } from 'zod'

/**
 * A busy period as a recurring rule, so "right now" can be computed for any date:
 * - last-working-days: the last N working days of every month (month-end closing)
 * - day-of-month: one day every month, e.g. the 20th (payroll run)
 * - date-range: a yearly range, e.g. 1 January to 31 January (annual statements); may wrap the year end
 */
const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a month and day as MM-DD')

export const busyPeriodRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('last-working-days'), count: z.number().int().min(1).max(10) }),
  z.object({ kind: z.literal('day-of-month'), day: z.number().int().min(1).max(31) }),
  z.object({ kind: z.literal('date-range'), from: monthDay, to: monthDay }),
])
export type BusyPeriodRule = z.infer<typeof busyPeriodRuleSchema>

export const busyPeriodSchema = z.object({
  /** What happens in this period, in the department's words: "maandafsluiting", "payroll run". */
  label: z.string().min(1),
  rule: busyPeriodRuleSchema,
  /** Why it matters to the servicedesk. */
  note: z.string().default(''),
  /** The applications this period makes extra critical; empty = all the department's critical applications. */
  applicationIds: z.array(z.string()).default([]),
})
export type BusyPeriod = z.infer<typeof busyPeriodSchema>
