import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { finishProblems } from '../../../src/shared/call/finish'
import type { QuestionFlow } from '../../../src/shared/call/flow-schema'
import { defaultPriorityMatrix, type PriorityMatrix, type PrioritySuggestion } from '../../../src/shared/call/priority'
import { emptyDraft, type CallDraft } from '../../../src/shared/call/record'
import { readBack, type Intake } from '../../../src/shared/call/summary'
import type { DepartmentDetail, Language } from '../../../src/shared/knowledge/entities'

// The modules belong to the renderer project (tsconfig.web.json): loaded by path at run time (a literal
// import would pull them into tsconfig.node.json, TS6307) and typed by the interfaces below.
interface CallDraftModule {
  prioritySuggestion(draft: CallDraft, department: DepartmentDetail | null, applicationName: string | null, settings: { priorityMatrix: PriorityMatrix }, language: Language): PrioritySuggestion | null
  withSuggestion(draft: CallDraft, suggestion: PrioritySuggestion | null): CallDraft
  readBackIntake(draft: CallDraft, flow: QuestionFlow | undefined, yesNo: (answer: 'yes' | 'no') => string): Intake
  problemField(field: string): string
  problemTargets: Record<string, string>
  searchWords(text: string): string[]
}
interface CallTimeModule {
  formatDuration(ms: number): string
  localToIso(date: string, time: string, timeZone: string): string | null
  isoToLocal(iso: string | null, timeZone: string): { date: string; time: string }
}
const feature = join(import.meta.dirname, '../../../src/renderer/src/features/call')
const { prioritySuggestion, problemField, problemTargets, readBackIntake, searchWords, withSuggestion } = (await import(/* @vite-ignore */ join(feature, 'call-draft.ts'))) as CallDraftModule
const { formatDuration, isoToLocal, localToIso } = (await import(/* @vite-ignore */ join(feature, 'call-time.ts'))) as CallTimeModule

const finix = '00000000-0000-4000-8000-000000000001'
const department = {
  id: '00000000-0000-4000-8000-000000000002',
  name: 'Financiën',
  applications: [{ id: finix, name: 'Finix', description: '', resolverGroup: 'Team Financiële Systemen', criticality: 'critical', reason: '' }],
  rightNow: {
    date: '2026-11-27',
    periods: [{ label: 'maandafsluiting', note: '', start: '2026-11-26', end: '2026-11-30', active: true, workingDaysLeft: 2, startsInWorkingDays: null }],
    extraCritical: [{ id: finix, name: 'Finix' }],
  },
} as unknown as DepartmentDetail

const draftWith = (change: (d: CallDraft) => CallDraft): CallDraft => change(emptyDraft())

describe('the priority on the call screen', () => {
  const draft = draftWith((d) => ({ ...d, applicationId: finix, intake: { ...d.intake, impact: 'person', urgency: 'normal' } }))

  it('is suggested from impact and urgency, raised for a critical application in a busy period', () => {
    const s = prioritySuggestion(draft, department, null, { priorityMatrix: defaultPriorityMatrix }, 'nl')
    expect(s?.priority).toBe('P1')
    expect(s?.sentence).toContain('Finix is kritiek voor Financiën')
    expect(s?.sentence).toContain('maandafsluiting')
  })

  it('is not suggested before impact and urgency are both known', () => {
    const partial = draftWith((d) => ({ ...d, intake: { ...d.intake, impact: 'team' } }))
    expect(prioritySuggestion(partial, department, null, { priorityMatrix: defaultPriorityMatrix }, 'en')).toBeNull()
  })

  it('follows the suggestion until the agent chooses another, which then needs a reason to finish', () => {
    const s = prioritySuggestion(draft, null, 'Finix', { priorityMatrix: defaultPriorityMatrix }, 'en')!
    const followed = withSuggestion(draft, s)
    expect(followed.priority).toMatchObject({ suggested: 'P3', chosen: 'P3' })
    const overridden = { ...followed, priority: { ...followed.priority!, chosen: 'P1' as const } }
    const later = withSuggestion(overridden, prioritySuggestion(draft, department, null, { priorityMatrix: defaultPriorityMatrix }, 'en'))
    expect(later.priority).toMatchObject({ suggested: 'P1', chosen: 'P1' })
    const stillOverridden = withSuggestion({ ...followed, priority: { ...followed.priority!, chosen: 'P2' as const } }, s)
    expect(finishProblems(stillOverridden)).toContainEqual({ field: 'priority.overrideReason', code: 'override-reason' })
  })
})

describe('the read-back', () => {
  it('reads the guided answers in words, in the caller’s language', () => {
    const flow: QuestionFlow = {
      key: 'printer',
      category: 'printer',
      title: 'Printer',
      questions: [{ key: 'others', text: 'Kunnen collega’s wel printen?', kind: 'yes-no', phase: 'explore' }],
    }
    const draft = draftWith((d) => ({ ...d, category: 'printer', answers: { others: 'yes' }, intake: { ...d.intake, what: 'ik kan niet printen', since: 'vanochtend' } }))
    const intake = readBackIntake(draft, flow, (a) => (a === 'yes' ? 'ja' : 'nee'))
    expect(intake.answers).toEqual([{ question: 'Kunnen collega’s wel printen?', answer: 'ja' }])
    expect(readBack(intake, 'nl', 'formal')).toBe('Dus als ik het goed begrijp: sinds vanochtend kunt u niet printen. Klopt dat?')
  })
})

describe('finish problems', () => {
  it('each point at a field on the screen', () => {
    for (const p of finishProblems(draftWith((d) => ({ ...d, outcome: { ...d.outcome, kind: 'handed-over' } })))) {
      expect(problemTargets[p.field], p.field).toBeDefined()
    }
    expect(problemField('draft.outcome.resolverGroup')).toBe('outcome.resolverGroup')
  })
})

describe('times on the call screen', () => {
  it('shows the running time as minutes and seconds, hours only when needed', () => {
    expect(formatDuration(0)).toBe('0:00')
    expect(formatDuration(247_000)).toBe('4:07')
    expect(formatDuration(3_729_000)).toBe('1:02:09')
  })

  it('turns the callback day and time on the organisation’s clock into an instant and back', () => {
    expect(localToIso('2026-11-28', '11:00', 'Europe/Amsterdam')).toBe('2026-11-28T10:00:00.000Z')
    expect(localToIso('2026-07-01', '09:30', 'Europe/Amsterdam')).toBe('2026-07-01T07:30:00.000Z')
    expect(isoToLocal('2026-07-01T07:30:00.000Z', 'Europe/Amsterdam')).toEqual({ date: '2026-07-01', time: '09:30' })
    expect(localToIso('2026-02-30', '09:00', 'Europe/Amsterdam')).toBeNull()
    expect(localToIso('2026-11-28', '', 'Europe/Amsterdam')).toBeNull()
  })
})

describe('article suggestions', () => {
  it('search the words that carry meaning, not the little ones', () => {
    expect(searchWords('Ik kan niet printen naar de printer op de tweede verdieping')).toEqual(['printen', 'printer', 'tweede', 'verdieping'])
    expect(searchWords('I cannot open Outlook since the update')).toEqual(['open', 'outlook', 'update'])
  })
})
