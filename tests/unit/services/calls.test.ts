import { describe, expect, it } from 'vitest'
import type { CallDraft } from '../../../src/shared/call/record'
import { personByNumber } from '../../../src/main/services/caller-lookup'
import { handleCtiEvent } from '../../../src/main/phone/events'
import { stableId } from '../../../src/main/services/stable-id'
import { demoRuntime } from '../support/runtime'

const id = (kind: string, key: string) => stableId('zuiderhaven', kind, key)
const henk = id('person', 'henk-visser')
const finance = id('department', 'finance')
const finix = id('application', 'finix')

function setup() {
  const demo = demoRuntime()
  const h = demo.runtime.handlers
  const db = demo.runtime.database!.db
  return { ...demo, h, db }
}

const filled = (draft: CallDraft, changes: Partial<CallDraft>): CallDraft => ({ ...draft, ...changes })
const promised = (dueAt: string, text: string): CallDraft['promise'] => ({ nextStep: null, earliestStart: null, dueAt, text, proposedText: text, edited: false })

describe('starting a call', () => {
  it('looks the caller up by number, in any usual notation, with their department and language', async () => {
    const { h } = setup()
    for (const number of ['+31600000106', '06 0000 0106', '+31 (0)6-00000106']) {
      const call = await h['calls:start']({ number })
      expect(call.draft.caller.personId).toBe(henk)
      expect(call.draft.departmentId).toBe(finance)
      expect(call.draft.caller.language).toBe('nl')
      expect(call.phoneNumber).toBe(number)
    }
  })

  it('keeps an unknown number in the caller fields so nothing has to be typed twice', async () => {
    const { h } = setup()
    const call = await h['calls:start']({ number: '+31 20 999 1234' })
    expect(call.draft.caller).toMatchObject({ personId: null, phone: '+31 20 999 1234' })
    expect(call.draft.departmentId).toBeNull()
  })

  it('does not guess when the last digits fit more than one person', async () => {
    const { db } = setup()
    // Henk's mobile ends in 00000106 and his desk phone in 00000206: "0000" fits dozens of people.
    expect(personByNumber(db, '0000', 'NL')).toBeNull()
    expect(personByNumber(db, '100000206', 'NL')?.id).toBe(henk)
  })

  it('puts the call on screen on hold when the next one starts, and taking it back holds the other', async () => {
    const { h } = setup()
    const first = await h['calls:start']({})
    const second = await h['calls:start']({})
    expect((await h['calls:get']({ id: first.id })).heldAt).not.toBeNull()
    expect((await h['calls:get']({ id: second.id })).heldAt).toBeNull()
    await h['calls:hold']({ id: first.id, on: false })
    expect((await h['calls:get']({ id: first.id })).heldAt).toBeNull()
    expect((await h['calls:get']({ id: second.id })).heldAt).not.toBeNull()
  })
})

describe('autosave', () => {
  it('stores a half-typed draft as it is, and the history finds it by the words typed', async () => {
    const { h, runtime } = setup()
    const call = await h['calls:start']({})
    const seen: string[][] = []
    runtime.events.subscribe((event, payload) => {
      if (event === 'calls:changed') seen.push((payload as { ids: string[] }).ids)
    })
    await h['calls:save-draft']({ id: call.id, draft: filled(call.draft, { intake: { ...call.draft.intake, what: 'Printer op de tweede verdieping geeft papierstoring' } }) })
    expect((await h['calls:get']({ id: call.id })).draft.intake.what).toBe('Printer op de tweede verdieping geeft papierstoring')
    expect(seen).toContainEqual([call.id])
    const found = await h['calls:list']({ query: 'tweede PRINTER', limit: 10 })
    expect(found.map((c) => c.id)).toEqual([call.id])
    expect(found[0]).toMatchObject({ status: 'draft', what: 'Printer op de tweede verdieping geeft papierstoring' })
  })

  it('drops a reference to a person deleted meanwhile instead of refusing the draft', async () => {
    const { h } = setup()
    const call = await h['calls:start']({ number: '+31600000106' })
    await h['knowledge:delete']({ kind: 'person', id: henk })
    await h['calls:save-draft']({ id: call.id, draft: call.draft })
    expect((await h['calls:get']({ id: call.id })).draft.caller.personId).toBeNull()
  })
})

describe('finishing a call', () => {
  it('says everything that is missing for a hand-over, by field, and keeps what was typed', async () => {
    const { h } = setup()
    const call = await h['calls:start']({})
    const draft = filled(call.draft, {
      intake: { ...call.draft.intake, what: 'Finix hangt bij het boeken' },
      outcome: { ...call.draft.outcome, kind: 'handed-over' },
    })
    await expect(h['calls:finish']({ id: call.id, draft })).rejects.toMatchObject({
      code: 'invalid-input',
      issues: [
        { field: 'draft.caller.name', message: 'required' },
        { field: 'draft.outcome.resolverGroup', message: 'required' },
        { field: 'draft.promise.dueAt', message: 'required' },
        { field: 'draft.promise.text', message: 'required' },
        { field: 'draft.priority', message: 'required' },
      ],
    })
    const kept = await h['calls:get']({ id: call.id })
    expect(kept.status).toBe('draft')
    expect(kept.draft.intake.what).toBe('Finix hangt bij het boeken')
  })

  it('records the resolver group, the flow answers as asked and the identity check used', async () => {
    const { h } = setup()
    const call = await h['calls:start']({ number: '+31600000106' })
    const draft = filled(call.draft, {
      intake: { ...call.draft.intake, what: 'Ik ben mijn wachtwoord vergeten', impact: 'person', urgency: 'high' },
      applicationId: finix,
      category: 'password-account',
      answers: { 'verify-identity': 'callback-known-number' },
      priority: { suggested: 'P3', reason: 'P3: het raakt één persoon en het is dringend.', chosen: 'P3', overrideReason: '' },
      outcome: { ...call.draft.outcome, kind: 'handed-over', resolverGroup: 'Team Financiële Applicaties' },
      promise: promised(new Date(Date.now() + 86_400_000).toISOString(), 'U hoort donderdag 3 december vóór 12:00 van de collega’s van Team Financiële Applicaties.'),
    })
    const finished = await h['calls:finish']({ id: call.id, draft })
    expect(finished.status).toBe('finished')
    expect(finished.finishedAt).not.toBeNull()
    expect(finished.endedAt).not.toBeNull()
    expect(finished.identityMethod).toBe('callback-known-number')
    expect(finished.answered[0]).toMatchObject({ key: 'verify-identity', answer: 'callback-known-number', kind: 'identity' })
    expect(finished.draft.outcome.resolverGroup).toBe('Team Financiële Applicaties')
    expect((await h['calls:list']({ query: '', outcome: 'handed-over', limit: 10 })).map((c) => c.id)).toEqual([call.id])
    expect(await h['calls:list']({ query: '', outcome: 'resolved', limit: 10 })).toEqual([])
    const earlier = await h['calls:list']({ query: '', callerPersonId: henk, limit: 10 })
    expect(earlier[0]).toMatchObject({ id: call.id, outcome: 'handed-over', callerName: 'Henk Visser', departmentName: 'Financiën' })
    await expect(h['calls:save-draft']({ id: call.id, draft })).rejects.toMatchObject({ code: 'conflict' })
    await expect(h['calls:discard']({ id: call.id })).rejects.toMatchObject({ code: 'conflict' })
  })

  it('finishes a call once: a second finish or a late autosave from another window is refused, the first stands', async () => {
    const { h } = setup()
    const call = await h['calls:start']({ number: '+31600000106' })
    const draft = filled(call.draft, { intake: { ...call.draft.intake, what: 'Scanner doet het niet' }, outcome: { ...call.draft.outcome, kind: 'resolved', notes: 'Opnieuw gekoppeld.' } })
    await h['calls:finish']({ id: call.id, draft })
    const other = filled(draft, { outcome: { ...draft.outcome, notes: 'Iets anders' } })
    await expect(h['calls:finish']({ id: call.id, draft: other })).rejects.toMatchObject({ code: 'conflict' })
    await expect(h['calls:save-draft']({ id: call.id, draft: other })).rejects.toMatchObject({ code: 'conflict' })
    expect((await h['calls:get']({ id: call.id })).draft.outcome.notes).toBe('Opnieuw gekoppeld.')
  })

  it('refuses a priority other than the suggested one without a reason, and a promised callback time in the past', async () => {
    const { h } = setup()
    const call = await h['calls:start']({ number: '+31600000106' })
    const draft = filled(call.draft, {
      intake: { ...call.draft.intake, what: 'Scanner werkt niet' },
      priority: { suggested: 'P3', reason: 'P3', chosen: 'P1', overrideReason: ' ' },
      outcome: { ...call.draft.outcome, kind: 'callback' },
      promise: promised('2020-01-01T09:00:00.000Z', 'Ik bel u woensdag 1 januari vóór 10:00 terug.'),
    })
    await expect(h['calls:finish']({ id: call.id, draft })).rejects.toMatchObject({
      issues: [
        { field: 'draft.promise.dueAt', message: 'in-past' },
        { field: 'draft.priority.overrideReason', message: 'override-reason' },
      ],
    })
  })

  it('needs a concrete promise for a callback: a moment, and words with a day and a time that are not vague', async () => {
    const { h } = setup()
    const call = await h['calls:start']({ number: '+31600000106' })
    const draft = filled(call.draft, {
      intake: { ...call.draft.intake, what: 'Scanner werkt niet' },
      priority: { suggested: 'P3', reason: 'P3', chosen: 'P3', overrideReason: '' },
      outcome: { ...call.draft.outcome, kind: 'callback' },
    })
    await expect(h['calls:finish']({ id: call.id, draft })).rejects.toMatchObject({
      issues: [
        { field: 'draft.promise.dueAt', message: 'required' },
        { field: 'draft.promise.text', message: 'required' },
      ],
    })
    const vague = { ...draft, promise: promised(new Date(Date.now() + 3600_000).toISOString(), 'We gaan ermee aan de slag.') }
    await expect(h['calls:finish']({ id: call.id, draft: vague })).rejects.toMatchObject({
      issues: [
        { field: 'draft.promise.text', message: 'vague' },
        { field: 'draft.promise.text', message: 'no-day' },
        { field: 'draft.promise.text', message: 'no-time' },
      ],
    })
    expect((await h['calls:get']({ id: call.id })).status).toBe('draft')
    expect(await h['promises:list']({ limit: 10 })).toEqual([])
  })

  it('shows a callback still to come as an open promise in the caller’s earlier calls', async () => {
    const { h } = setup()
    const call = await h['calls:start']({ number: '+31600000106' })
    const at = new Date(Date.now() + 2 * 3600_000).toISOString()
    await h['calls:finish']({
      id: call.id,
      draft: filled(call.draft, {
        intake: { ...call.draft.intake, what: 'Rapportage in Finix klopt niet' },
        priority: { suggested: 'P3', reason: 'P3', chosen: 'P3', overrideReason: '' },
        outcome: { ...call.draft.outcome, kind: 'callback' },
        promise: promised(at, 'Ik bel u vandaag vóór 16:00 terug.'),
      }),
    })
    const [line] = await h['calls:list']({ query: '', callerPersonId: henk, limit: 10 })
    expect(line?.openCallbackAt).toBe(at)
    // The callback time is the promised moment.
    expect((await h['calls:get']({ id: call.id })).draft.outcome.callbackAt).toBe(at)
    const [promise] = await h['promises:list']({ status: 'open', limit: 10 })
    await h['promises:resolve']({ id: promise!.id, status: 'kept', resolution: '' })
    const [after] = await h['calls:list']({ query: '', callerPersonId: henk, limit: 10 })
    expect(after?.openCallbackAt).toBeNull()
  })
})

describe('the phone system', () => {
  it('opens one call per announced call id, and a hang-up stops its timer', async () => {
    const { db, h } = setup()
    const popped = handleCtiEvent(db, { event: 'newCall', number: '+31600000106', callId: 'pbx-42' })
    expect(popped).toMatchObject({ popped: true, personId: henk })
    expect(handleCtiEvent(db, { event: 'newCall', number: '+31600000106', callId: 'pbx-42' }).callId).toBe(popped.callId)
    expect((await h['calls:list']({ query: '', status: 'draft', limit: 10 })).length).toBe(1)
    const hung = handleCtiEvent(db, { event: 'hangup', callId: 'pbx-42' })
    expect(hung.callId).toBe(popped.callId)
    const call = await h['calls:get']({ id: popped.callId! })
    expect(call.endedAt).not.toBeNull()
    expect(call.source).toBe('phone')
    expect(call.ctiCallId).toBe('pbx-42')
  })

  it('opens a new call when the phone system reuses the id of a call that is already finished', async () => {
    const { db, h } = setup()
    const first = handleCtiEvent(db, { event: 'newCall', number: '+31600000106', callId: 'pbx-1' })
    const call = await h['calls:get']({ id: first.callId! })
    await h['calls:finish']({
      id: call.id,
      draft: { ...call.draft, intake: { ...call.draft.intake, what: 'Wachtwoord vergeten' }, outcome: { ...call.draft.outcome, kind: 'resolved', notes: 'Gereset.' } },
    })
    const again = handleCtiEvent(db, { event: 'newCall', number: '+31600000103', callId: 'pbx-1' })
    expect(again.callId).not.toBe(first.callId)
    expect((await h['calls:get']({ id: again.callId! })).status).toBe('draft')
  })

  it('finds the open call of a number for a hang-up without an id, and ignores one it cannot place', () => {
    const { db } = setup()
    const popped = handleCtiEvent(db, { event: 'newCall', number: '+31 20 999 1234' })
    expect(handleCtiEvent(db, { event: 'hangup', number: '+31 20 999 1234' }).callId).toBe(popped.callId)
    expect(handleCtiEvent(db, { event: 'hangup', callId: 'never-announced' })).toMatchObject({ callId: null, changed: [] })
  })
})
