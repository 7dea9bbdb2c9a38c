import { describe, expect, it } from 'vitest'
import { stableId } from '../../../src/main/services/stable-id'
import type { Channel, ChannelInput, ChannelOutput } from '../../../src/shared/contract'
import type { Result } from '../../../src/shared/result'
import { demoRuntime } from '../support/runtime'

const adminRights = stableId('zuiderhaven', 'rule', 'admin-rights')

async function setUp() {
  const demo = demoRuntime('nl')
  const send = async <C extends Channel>(channel: C, input: ChannelInput<C>) => (await demo.dispatch(channel, input)) as Result<ChannelOutput<C>>
  const call = await demo.runtime.handlers['calls:start']({})
  const rule = await demo.runtime.handlers['rules:get']({ id: adminRights })
  const parts = {
    request: 'beheerdersrechten op uw laptop',
    goal: 'een meetapparaat aan te sluiten',
    decision: { kind: 'no' as const, condition: '' },
    reason: rule.reason,
    rule: { statement: rule.statement, owner: 'Hoofd Beveiliging' },
    alternatives: [{ what: 'Werkplekbeheer sluit het apparaat op afstand voor u aan.', how: 'Ik maak de aanvraag nu voor u.', howLong: 'meestal dezelfde dag' }],
    noAlternative: { none: false, why: '' },
    exception: { who: 'uw teamleider', needs: 'Een korte uitleg welk apparaat het is.', howLong: 'twee werkdagen' },
    nextStep: { who: 'ik', what: 'bel u terug', date: '2026-12-01', time: '10:00' },
    invitation: 'Laat het me gerust weten als u vragen heeft of het anders ziet.',
  }
  return { demo, send, call, parts }
}

describe('refusals', () => {
  it('keeps a draft with the call and the rule, composing both versions itself', async () => {
    const { send, call, parts } = await setUp()
    const saved = await send('refusals:save', { callId: call.id, ruleId: adminRights, language: 'nl', formOfAddress: 'formal', parts: { ...parts, alternatives: [] }, status: 'draft' })
    expect(saved.ok).toBe(true)
    if (!saved.ok) return
    expect(saved.value.status).toBe('draft')
    expect(saved.value.spoken).toMatch(/^U vroeg om beheerdersrechten op uw laptop, om een meetapparaat aan te sluiten\./)
    expect(saved.value.written).toContain('uiterlijk dinsdag 1 december om 10.00 uur')
    expect(saved.value.written.split('\n').at(-1)).not.toBe('')
    const forCall = await send('refusals:list', { callId: call.id })
    expect(forCall.ok && forCall.value.map((r) => [r.id, r.status])).toEqual([[saved.value.id, 'draft']])
    expect(forCall.ok && forCall.value[0]!.preview.startsWith('U vroeg om')).toBe(true)
  })

  it('refuses to make an incomplete refusal final, naming the parts, and keeps a final one as it was', async () => {
    const { send, call, parts } = await setUp()
    const incomplete = await send('refusals:save', {
      callId: call.id,
      ruleId: adminRights,
      language: 'nl',
      formOfAddress: 'formal',
      parts: { ...parts, alternatives: [], nextStep: { ...parts.nextStep, date: '' }, reason: 'Dat is beleid.' },
      status: 'final',
    })
    expect(incomplete.ok).toBe(false)
    if (incomplete.ok) return
    expect(incomplete.error.code).toBe('invalid-input')
    expect(incomplete.error.issues?.map((i) => i.field)).toEqual(['parts.alternatives', 'parts.nextStep.date', 'parts.reason'])
    expect(incomplete.error.message).toContain('missing: an alternative')
    expect((await send('refusals:list', { callId: call.id })).ok && (await send('refusals:list', { callId: call.id }))).toMatchObject({ value: [] })

    const final = await send('refusals:save', { callId: call.id, ruleId: adminRights, language: 'nl', formOfAddress: 'formal', parts, status: 'final' })
    expect(final.ok).toBe(true)
    if (!final.ok) return
    const again = await send('refusals:save', { id: final.value.id, callId: call.id, ruleId: adminRights, language: 'nl', formOfAddress: 'formal', parts: { ...parts, goal: 'iets anders' }, status: 'draft' })
    expect(again.ok).toBe(false)
    expect(!again.ok && again.error.code).toBe('conflict')
    const got = await send('refusals:get', { id: final.value.id })
    expect(got.ok && got.value.parts.goal).toBe('een meetapparaat aan te sluiten')
  })

  it('lists the final refusals of a rule newest first: its library', async () => {
    const { send, parts } = await setUp()
    const first = await send('refusals:save', { ruleId: adminRights, language: 'nl', formOfAddress: 'formal', parts, status: 'final' })
    await send('refusals:save', { ruleId: adminRights, language: 'nl', formOfAddress: 'formal', parts, status: 'draft' })
    await new Promise((resolve) => setTimeout(resolve, 5))
    const second = await send('refusals:save', { ruleId: adminRights, language: 'en', formOfAddress: 'formal', parts: { ...parts, request: 'administrator rights' }, status: 'final' })
    const library = await send('refusals:list', { ruleId: adminRights, status: 'final' })
    expect(library.ok && library.value.map((r) => r.id)).toEqual([second.ok && second.value.id, first.ok && first.value.id])
    expect(library.ok && library.value[0]!.preview).toMatch(/^You asked for administrator rights/)
  })

  it('says so when the rule or the call does not exist, or no rule is given at all', async () => {
    const { send, parts } = await setUp()
    const noRule = await send('refusals:save', { ruleId: '00000000-0000-4000-8000-000000000000', language: 'nl', formOfAddress: 'formal', parts, status: 'draft' })
    expect(!noRule.ok && noRule.error.code).toBe('not-found')
    const noCall = await send('refusals:save', { callId: '00000000-0000-4000-8000-000000000000', language: 'nl', formOfAddress: 'formal', parts, status: 'draft' })
    expect(!noCall.ok && noCall.error.code).toBe('not-found')
    const nothing = await send('refusals:save', { language: 'nl', formOfAddress: 'formal', parts: { ...parts, rule: { statement: '', owner: '' } }, status: 'draft' })
    expect(!nothing.ok && nothing.error.issues).toEqual([{ field: 'ruleId', message: 'required' }])
  })
})
