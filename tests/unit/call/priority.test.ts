import { describe, expect, it } from 'vitest'
import {
  defaultPriorityMatrix,
  impactLevels,
  overridePriority,
  priorityMatrixSchema,
  priorityOverrideSchema,
  suggestPriority,
  urgencyLevels,
  type PriorityInput,
  type PriorityMatrix,
} from '../../../src/shared/call/priority'

const finix = { name: 'Finix Financiën', criticality: 'critical' as const }
const finance = { name: 'Financiën' }
const closing = { label: 'Maandafsluiting', extraCritical: true }
const nl = (input: PriorityInput, matrix: PriorityMatrix = defaultPriorityMatrix) => suggestPriority(input, matrix, 'nl')
const en = (input: PriorityInput, matrix: PriorityMatrix = defaultPriorityMatrix) => suggestPriority(input, matrix, 'en')

describe('priority matrix', () => {
  it('maps every impact and urgency to the default ITIL-like priority', () => {
    const table = impactLevels.map((impact) => urgencyLevels.map((urgency) => nl({ impact, urgency }).priority).join(' '))
    // Columns: low, normal, high, critical; rows: person, team, department, organisation.
    expect(table).toEqual(['P4 P3 P3 P2', 'P3 P3 P2 P2', 'P3 P2 P2 P1', 'P3 P2 P1 P1'])
    expect(priorityMatrixSchema.parse(defaultPriorityMatrix)).toEqual(defaultPriorityMatrix)
  })

  it('uses the matrix it is given', () => {
    const allP4 = Object.fromEntries(impactLevels.map((i) => [i, { low: 'P4', normal: 'P4', high: 'P4', critical: 'P4' }])) as PriorityMatrix
    expect(nl({ impact: 'organisation', urgency: 'critical' }, allP4).priority).toBe('P4')
    expect(priorityMatrixSchema.safeParse(allP4).success).toBe(true)
  })

  it('refuses a matrix where more impact or more urgency gives a lower priority, naming the cell', () => {
    const lessForTeam = { ...defaultPriorityMatrix, team: { ...defaultPriorityMatrix.team, critical: 'P3' as const } }
    const result = priorityMatrixSchema.safeParse(lessForTeam)
    expect(result.success).toBe(false)
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['team', 'critical'], message: expect.stringMatching(/P3 is lower than P2 for person impact/) }),
    ])
    const lessForHigh = { ...defaultPriorityMatrix, person: { ...defaultPriorityMatrix.person, high: 'P4' as const } }
    expect(priorityMatrixSchema.safeParse(lessForHigh).error?.issues).toEqual([
      expect.objectContaining({ path: ['person', 'high'], message: expect.stringMatching(/more urgency must not lower/) }),
    ])
  })

  it('refuses a matrix with a missing cell or an unknown priority', () => {
    const { critical: _critical, ...withoutCritical } = defaultPriorityMatrix.person
    expect(priorityMatrixSchema.safeParse({ ...defaultPriorityMatrix, person: withoutCritical }).error?.issues[0]?.path).toEqual(['person', 'critical'])
    expect(priorityMatrixSchema.safeParse({ ...defaultPriorityMatrix, team: { ...defaultPriorityMatrix.team, low: 'P5' } }).success).toBe(false)
    const { organisation: _organisation, ...withoutRow } = defaultPriorityMatrix
    expect(priorityMatrixSchema.safeParse(withoutRow).success).toBe(false)
  })
})

describe('suggestPriority', () => {
  it('takes the matrix cell as it is without adjustments', () => {
    expect(nl({ impact: 'person', urgency: 'normal' })).toEqual({
      priority: 'P3',
      base: 'P3',
      adjustments: [],
      reasons: ['het raakt één persoon en het heeft gewone spoed'],
      sentence: 'P3: het raakt één persoon en het heeft gewone spoed.',
    })
  })

  it('raises one level for an application that is critical for the department', () => {
    const s = nl({ impact: 'person', urgency: 'high', application: finix, department: finance })
    expect(s).toMatchObject({ priority: 'P2', base: 'P3', adjustments: [{ kind: 'critical-application', applied: true }] })
    expect(s.sentence).toBe('P2: het raakt één persoon en het is dringend (P3), Finix Financiën is kritiek voor Financiën (+1).')
  })

  it('does not raise for important or normal applications', () => {
    for (const criticality of ['important', 'normal'] as const) {
      const s = nl({ impact: 'person', urgency: 'high', application: { name: 'Intranet', criticality }, department: finance })
      expect(s).toMatchObject({ priority: 'P3', base: 'P3', adjustments: [] })
      expect(s.sentence).toBe('P3: het raakt één persoon en het is dringend.')
    }
  })

  it('raises one more level for a busy period that makes the application extra critical', () => {
    const s = nl({ impact: 'person', urgency: 'high', application: finix, department: finance, activeBusyPeriod: closing })
    expect(s).toMatchObject({ priority: 'P1', base: 'P3' })
    expect(s.reasons).toEqual([
      'het raakt één persoon en het is dringend (P3)',
      'Finix Financiën is kritiek voor Financiën (+1)',
      'het is nu Maandafsluiting (+1)',
    ])
    expect(s.sentence).toBe(
      'P1: het raakt één persoon en het is dringend (P3), Finix Financiën is kritiek voor Financiën (+1) en het is nu Maandafsluiting (+1).',
    )
  })

  it('raises for the busy period alone, also for an application that is not critical itself', () => {
    const s = nl({ impact: 'team', urgency: 'normal', application: { name: 'Roosterplanner', criticality: 'important' }, activeBusyPeriod: closing })
    expect(s).toMatchObject({ priority: 'P2', base: 'P3', adjustments: [{ kind: 'busy-period', applied: true }] })
    expect(s.sentence).toBe('P2: het raakt een team en het heeft gewone spoed (P3), het is nu Maandafsluiting (+1).')
  })

  it('does not raise for a busy period that leaves the application alone', () => {
    const s = nl({ impact: 'team', urgency: 'normal', activeBusyPeriod: { label: 'Maandafsluiting', extraCritical: false } })
    expect(s).toMatchObject({ priority: 'P3', adjustments: [] })
  })

  it('never goes above P1, and says an adjustment had no effect', () => {
    const fromP2 = nl({ impact: 'department', urgency: 'high', application: finix, department: finance, activeBusyPeriod: closing })
    expect(fromP2).toMatchObject({
      priority: 'P1',
      base: 'P2',
      adjustments: [
        { kind: 'critical-application', applied: true },
        { kind: 'busy-period', applied: false },
      ],
    })
    expect(fromP2.sentence).toBe(
      'P1: het raakt een hele afdeling en het is dringend (P2), Finix Financiën is kritiek voor Financiën (+1) en het is nu Maandafsluiting (al P1).',
    )
    const fromP1 = en({ impact: 'organisation', urgency: 'critical', application: finix, department: finance, activeBusyPeriod: closing })
    expect(fromP1).toMatchObject({ priority: 'P1', base: 'P1', adjustments: [{ applied: false }, { applied: false }] })
    expect(fromP1.sentence).toBe(
      'P1: it affects the whole organisation and it cannot wait (P1), Finix Financiën is critical for Financiën (already P1) and it is Maandafsluiting now (already P1).',
    )
  })

  it('does not change the priority for a VIP: priority follows business impact', () => {
    const input: PriorityInput = { impact: 'person', urgency: 'low', application: finix, department: finance }
    expect(nl({ ...input, vip: true })).toEqual(nl({ ...input, vip: false }))
    expect(nl({ ...input, vip: true }).priority).toBe('P3')
  })

  it('writes the sentence in English', () => {
    const s = en({ impact: 'person', urgency: 'high', application: { name: 'Finix', criticality: 'critical' }, department: { name: 'Finance' }, activeBusyPeriod: { label: 'month-end closing', extraCritical: true } })
    expect(s.sentence).toBe('P1: it affects one person and it is urgent (P3), Finix is critical for Finance (+1) and it is month-end closing now (+1).')
    expect(en({ impact: 'team', urgency: 'low' }).sentence).toBe('P3: it affects a team and it can wait.')
  })

  it.each([
    ['person', 'één persoon', 'one person'],
    ['team', 'een team', 'a team'],
    ['department', 'een hele afdeling', 'a whole department'],
    ['organisation', 'de hele organisatie', 'the whole organisation'],
  ] as const)('names %s impact in both languages', (impact, dutch, english) => {
    expect(nl({ impact, urgency: 'normal' }).sentence).toContain(dutch)
    expect(en({ impact, urgency: 'normal' }).sentence).toContain(english)
  })

  it.each([
    ['low', 'het kan wachten', 'it can wait'],
    ['normal', 'het heeft gewone spoed', 'it has normal urgency'],
    ['high', 'het is dringend', 'it is urgent'],
    ['critical', 'het kan niet wachten', 'it cannot wait'],
  ] as const)('names %s urgency in both languages', (urgency, dutch, english) => {
    expect(nl({ impact: 'team', urgency }).sentence).toContain(`en ${dutch}`)
    expect(en({ impact: 'team', urgency }).sentence).toContain(`and ${english}`)
  })

  it('names the application alone when the department is unknown, and ignores a nameless application or period', () => {
    expect(nl({ impact: 'person', urgency: 'normal', application: finix }).sentence).toBe(
      'P2: het raakt één persoon en het heeft gewone spoed (P3), Finix Financiën is kritiek (+1).',
    )
    expect(en({ impact: 'person', urgency: 'normal', application: finix, department: { name: ' ' } }).reasons[1]).toBe('Finix Financiën is critical (+1)')
    expect(nl({ impact: 'person', urgency: 'normal', application: { name: '  ', criticality: 'critical' } }).priority).toBe('P3')
    expect(nl({ impact: 'person', urgency: 'normal', activeBusyPeriod: { label: '', extraCritical: true } }).priority).toBe('P3')
  })
})

describe('overridePriority', () => {
  const suggestion = nl({ impact: 'person', urgency: 'high', application: finix, department: finance })

  it('records a different priority with its reason, trimmed', () => {
    expect(overridePriority(suggestion, 'P3', '  Alleen de export werkt niet; boeken gaat wel. ')).toEqual({
      ok: true,
      value: { suggested: 'P2', chosen: 'P3', reason: 'Alleen de export werkt niet; boeken gaat wel.' },
    })
  })

  it('refuses a different priority without a reason', () => {
    for (const reason of ['', '   ', '\n\t']) {
      const result = overridePriority(suggestion, 'P1', reason)
      expect(result).toEqual({ ok: false, error: expect.stringMatching(/^reason: say why/) })
    }
  })

  it('accepts the suggested priority without a reason', () => {
    expect(overridePriority(suggestion, 'P2', '')).toEqual({ ok: true, value: { suggested: 'P2', chosen: 'P2', reason: '' } })
  })

  it('refuses an overly long reason and an unknown priority', () => {
    expect(overridePriority(suggestion, 'P3', 'x'.repeat(501))).toEqual({ ok: false, error: expect.stringMatching(/500 characters/) })
    expect(overridePriority(suggestion, 'P0' as never, 'why')).toMatchObject({ ok: false, error: expect.stringMatching(/^chosen: /) })
  })

  it('has a schema that holds the same rule for storage', () => {
    expect(priorityOverrideSchema.safeParse({ suggested: 'P3', chosen: 'P1', reason: '' }).success).toBe(false)
    expect(priorityOverrideSchema.safeParse({ suggested: 'P3', chosen: 'P3', reason: '' }).success).toBe(true)
  })
})
