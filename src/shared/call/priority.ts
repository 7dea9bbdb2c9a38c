import { z } from 'zod'
import type { Criticality, Language } from '../knowledge/entities'
import { prioritySchema, type Priority } from '../priority-level'

/** How many people the problem stops or hinders, smallest first. */
export const impactLevels = ['person', 'team', 'department', 'organisation'] as const
export const impactSchema = z.enum(impactLevels)
export type Impact = z.infer<typeof impactSchema>

/** How soon it has to be solved, least urgent first. */
export const urgencyLevels = ['low', 'normal', 'high', 'critical'] as const
export const urgencySchema = z.enum(urgencyLevels)
export type Urgency = z.infer<typeof urgencySchema>

const rank = (p: Priority): number => Number(p.slice(1))

const matrixRowSchema = z.object({ low: prioritySchema, normal: prioritySchema, high: prioritySchema, critical: prioritySchema })

/**
 * Impact × urgency → priority, stored in the settings. A cell may never be lower than a cell with less
 * impact or less urgency: such a matrix would punish a caller for telling us it is worse, so it is refused.
 */
export const priorityMatrixSchema = z
  .object({ person: matrixRowSchema, team: matrixRowSchema, department: matrixRowSchema, organisation: matrixRowSchema })
  .superRefine((matrix, ctx) => {
    impactLevels.forEach((impact, i) => {
      urgencyLevels.forEach((urgency, u) => {
        const cell = matrix[impact][urgency]
        const lessImpact = i > 0 ? impactLevels[i - 1] : undefined
        const lessUrgency = u > 0 ? urgencyLevels[u - 1] : undefined
        if (lessImpact && rank(cell) > rank(matrix[lessImpact][urgency])) {
          ctx.addIssue({
            code: 'custom',
            path: [impact, urgency],
            message: `${cell} is lower than ${matrix[lessImpact][urgency]} for ${lessImpact} impact: more impact must not lower the priority`,
          })
        } else if (lessUrgency && rank(cell) > rank(matrix[impact][lessUrgency])) {
          ctx.addIssue({
            code: 'custom',
            path: [impact, urgency],
            message: `${cell} is lower than ${matrix[impact][lessUrgency]} for ${lessUrgency} urgency: more urgency must not lower the priority`,
          })
        }
      })
    })
  })
export type PriorityMatrix = z.infer<typeof priorityMatrixSchema>

/**
 * ITIL-like default: one person with normal urgency is the everyday P3; the whole organisation that cannot
 * wait is P1; nothing reaches P4 unless one person can wait.
 */
export const defaultPriorityMatrix: PriorityMatrix = {
  person: { low: 'P4', normal: 'P3', high: 'P3', critical: 'P2' },
  team: { low: 'P3', normal: 'P3', high: 'P2', critical: 'P2' },
  department: { low: 'P3', normal: 'P2', high: 'P2', critical: 'P1' },
  organisation: { low: 'P3', normal: 'P2', high: 'P1', critical: 'P1' },
}

export interface PriorityInput {
  impact: Impact
  urgency: Urgency
  /** The affected application with its criticality for the caller's department. */
  application?: { name: string; criticality: Criticality }
  department?: { name: string }
  /** The department's busy period active now; extraCritical when it makes the affected application extra critical. */
  activeBusyPeriod?: { label: string; extraCritical: boolean }
  /**
   * Deliberately ignored: priority follows business impact, so a VIP's broken mouse does not push a
   * department that cannot work down the queue. A VIP gets attention (a known name, a personal follow-up),
   * not priority. The agent can still override, with a reason that is recorded.
   */
  vip?: boolean
}

export type AdjustmentKind = 'critical-application' | 'busy-period'

export interface PriorityAdjustment {
  kind: AdjustmentKind
  /** False when the priority was already P1, so the adjustment could not raise it. */
  applied: boolean
}

export interface PrioritySuggestion {
  priority: Priority
  /** The matrix cell before adjustments. */
  base: Priority
  adjustments: PriorityAdjustment[]
  /** The parts of the sentence: the matrix cell, then each adjustment. */
  reasons: string[]
  /** "P1: het raakt … (P2), Finix is kritiek voor Financiën (+1) en het is nu maandafsluiting (al P1)." */
  sentence: string
}

const words = {
  nl: {
    impact: {
      person: 'het raakt één persoon',
      team: 'het raakt een team',
      department: 'het raakt een hele afdeling',
      organisation: 'het raakt de hele organisatie',
    },
    urgency: { low: 'het kan wachten', normal: 'het heeft gewone spoed', high: 'het is dringend', critical: 'het kan niet wachten' },
    critical: (app: string, dept?: string) => (dept ? `${app} is kritiek voor ${dept}` : `${app} is kritiek`),
    busy: (label: string) => `het is nu ${label}`,
    capped: 'al P1',
    and: 'en',
  },
  en: {
    impact: {
      person: 'it affects one person',
      team: 'it affects a team',
      department: 'it affects a whole department',
      organisation: 'it affects the whole organisation',
    },
    urgency: { low: 'it can wait', normal: 'it has normal urgency', high: 'it is urgent', critical: 'it cannot wait' },
    critical: (app: string, dept?: string) => (dept ? `${app} is critical for ${dept}` : `${app} is critical`),
    busy: (label: string) => `it is ${label} now`,
    capped: 'already P1',
    and: 'and',
  },
} as const

function raise(p: Priority): Priority {
  return `P${Math.max(1, rank(p) - 1)}` as Priority
}

/** "a", "a en b", "a, b en c" */
function joinList(items: string[], and: string): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`
}

/**
 * The suggested priority and why, in one sentence. The matrix gives the base; an application that is
 * critical for the department raises it one level, and an active busy period that makes the application
 * extra critical one more; never above P1. 'important' applications do not raise it: every department has
 * several, and raising for them would make nearly every call urgent.
 */
export function suggestPriority(input: PriorityInput, matrix: PriorityMatrix, language: Language): PrioritySuggestion {
  const w = words[language]
  const base = matrix[input.impact][input.urgency]
  let priority = base
  const adjustments: PriorityAdjustment[] = []
  const adjustmentReasons: string[] = []
  const adjust = (kind: AdjustmentKind, text: string): void => {
    const applied = priority !== 'P1'
    priority = raise(priority)
    adjustments.push({ kind, applied })
    adjustmentReasons.push(`${text} (${applied ? '+1' : w.capped})`)
  }

  const app = input.application
  const appName = app?.name.trim()
  if (app && appName && app.criticality === 'critical') adjust('critical-application', w.critical(appName, input.department?.name.trim() || undefined))
  const busy = input.activeBusyPeriod
  const busyLabel = busy?.label.trim()
  if (busy?.extraCritical && busyLabel) adjust('busy-period', w.busy(busyLabel))

  const cell = `${w.impact[input.impact]} ${w.and} ${w.urgency[input.urgency]}`
  if (adjustmentReasons.length === 0) return { priority, base, adjustments, reasons: [cell], sentence: `${priority}: ${cell}.` }
  // The cell already holds an "en"/"and": a comma after it, then the adjustments as a list.
  const sentence = `${priority}: ${cell} (${base}), ${joinList(adjustmentReasons, w.and)}.`
  return { priority, base, adjustments, reasons: [`${cell} (${base})`, ...adjustmentReasons], sentence }
}

/** The agent's choice, recorded with the suggestion it departs from and why. */
export const priorityOverrideSchema = z
  .object({ suggested: prioritySchema, chosen: prioritySchema, reason: z.string().trim().max(500, 'keep the reason under 500 characters') })
  .refine((o) => o.chosen === o.suggested || o.reason.length > 0, {
    path: ['reason'],
    message: 'say why you chose a different priority than the suggested one',
  })
export type PriorityOverride = z.infer<typeof priorityOverrideSchema>

export type OverrideResult = { ok: true; value: PriorityOverride } | { ok: false; error: string }

/** Records the agent's choice; refuses a different priority without a reason. Never throws. */
export function overridePriority(suggestion: Pick<PrioritySuggestion, 'priority'>, chosen: Priority, reason: string): OverrideResult {
  const parsed = priorityOverrideSchema.safeParse({ suggested: suggestion.priority, chosen, reason })
  if (parsed.success) return { ok: true, value: parsed.data }
  const issue = parsed.error.issues[0]
  const field = issue?.path.join('.')
  return { ok: false, error: field ? `${field}: ${issue?.message}` : (issue?.message ?? 'invalid override') }
}
