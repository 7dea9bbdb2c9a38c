import { describe, expect, it } from 'vitest'
import type { CallDraft } from '../../../src/shared/call/record'
import { promiseStats } from '../../../src/main/services/promises'
import { stableId } from '../../../src/main/services/stable-id'
import { demoRuntime } from '../support/runtime'

const henk = stableId('zuiderhaven', 'person', 'henk-visser')
const hour = 3600_000

function setup() {
  const demo = demoRuntime()
  const h = demo.runtime.handlers
  const events: string[] = []
  demo.runtime.events.subscribe((event) => events.push(event))
  return { ...demo, h, db: demo.runtime.database!.db, events }
}

type Handlers = ReturnType<typeof setup>['h']

/** Finishes a call from Henk Visser's number as a callback (or a hand-over) with a promise due `inHours` from now. */
async function promiseCall(h: Handlers, inHours: number, text: string, outcome: Partial<CallDraft['outcome']> = { kind: 'callback' }) {
  const call = await h['calls:start']({ number: '+31600000106' })
  const dueAt = new Date(Date.now() + inHours * hour).toISOString()
  const finished = await h['calls:finish']({
    id: call.id,
    draft: {
      ...call.draft,
      intake: { ...call.draft.intake, what: `Probleem ${inHours}` },
      priority: { suggested: 'P3', reason: 'P3', chosen: 'P3', overrideReason: '' },
      outcome: { ...call.draft.outcome, ...outcome },
      promise: { ...call.draft.promise, dueAt, text, proposedText: text },
    },
  })
  return { call: finished, dueAt }
}

describe('promises made at the close of a call', () => {
  it('finishing a callback makes an open promise with the caller, the call and what was said', async () => {
    const { h, events } = setup()
    const { call, dueAt } = await promiseCall(h, 3, 'Ik bel u donderdag 3 december vóór 12:00 terug.')
    const [promise, ...rest] = await h['promises:list']({ limit: 10 })
    expect(rest).toEqual([])
    expect(promise).toMatchObject({
      callId: call.id,
      callerPersonId: henk,
      callerName: 'Henk Visser',
      callerPhone: '+31600000106',
      nextStep: 'callback',
      dueAt,
      text: 'Ik bel u donderdag 3 december vóór 12:00 terug.',
      language: 'nl',
      status: 'open',
      resolution: '',
      resolvedAt: null,
    })
    expect(call.draft.promise.nextStep).toBe('callback')
    expect(call.draft.outcome.callbackAt).toBe(dueAt)
    expect(events).toContain('promises:changed')
  })

  it('a hand-over promises what the resolver group will do, by its own next step', async () => {
    const { h } = setup()
    await promiseCall(h, 5, 'U hoort morgen vóór 10:00 van de collega’s van Team Werkplek.', { kind: 'handed-over', resolverGroup: 'Team Werkplek' })
    expect((await h['promises:list']({ limit: 10 }))[0]).toMatchObject({ nextStep: 'handed-over', status: 'open' })
  })

  it('a resolved call makes no promise', async () => {
    const { h } = setup()
    const call = await h['calls:start']({ number: '+31600000106' })
    await h['calls:finish']({
      id: call.id,
      draft: { ...call.draft, intake: { ...call.draft.intake, what: 'Wachtwoord' }, outcome: { ...call.draft.outcome, kind: 'resolved', notes: 'Wachtwoord hersteld.' } },
    })
    expect(await h['promises:list']({ limit: 10 })).toEqual([])
  })

  it('lists open promises soonest due first, and by status', async () => {
    const { h } = setup()
    await promiseCall(h, 30, 'Ik bel u vrijdag vóór 12:00 terug.')
    await promiseCall(h, 2, 'Ik bel u vandaag vóór 15:00 terug.')
    await promiseCall(h, 8, 'Ik bel u morgen vóór 09:00 terug.')
    const open = await h['promises:list']({ status: 'open', limit: 10 })
    expect(open.map((p) => p.text)).toEqual(['Ik bel u vandaag vóór 15:00 terug.', 'Ik bel u morgen vóór 09:00 terug.', 'Ik bel u vrijdag vóór 12:00 terug.'])
    await h['promises:resolve']({ id: open[0]!.id, status: 'kept', resolution: '' })
    expect((await h['promises:list']({ status: 'kept', limit: 10 })).map((p) => p.id)).toEqual([open[0]!.id])
    const all = await h['promises:list']({ limit: 10 })
    expect(all.map((p) => p.status)).toEqual(['open', 'open', 'kept'])
  })

  it('marks a promise kept, or broken with what happened, once', async () => {
    const { h, dispatch, events } = setup()
    await promiseCall(h, 2, 'Ik bel u vandaag vóór 15:00 terug.')
    await promiseCall(h, 4, 'Ik bel u vandaag vóór 17:00 terug.')
    const [first, second] = await h['promises:list']({ limit: 10 })
    events.length = 0
    const kept = await h['promises:resolve']({ id: first!.id, status: 'kept', resolution: 'Teruggebeld, opgelost.' })
    expect(kept).toMatchObject({ status: 'kept', resolution: 'Teruggebeld, opgelost.' })
    expect(kept.resolvedAt).not.toBeNull()
    expect(events).toEqual(['promises:changed'])

    const refused = await dispatch('promises:resolve', { id: second!.id, status: 'broken', resolution: '  ' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: [{ field: 'resolution' }] } })
    await expect(h['promises:resolve']({ id: second!.id, status: 'broken', resolution: '' })).rejects.toMatchObject({ code: 'invalid-input' })
    expect((await h['promises:list']({ status: 'open', limit: 10 })).map((p) => p.id)).toEqual([second!.id])

    const broken = await h['promises:resolve']({ id: second!.id, status: 'broken', resolution: 'Ziek naar huis; niet teruggebeld.' })
    expect(broken).toMatchObject({ status: 'broken', resolution: 'Ziek naar huis; niet teruggebeld.' })
    await expect(h['promises:resolve']({ id: second!.id, status: 'kept', resolution: '' })).rejects.toMatchObject({ code: 'conflict' })
    await expect(h['promises:resolve']({ id: crypto.randomUUID(), status: 'kept', resolution: '' })).rejects.toMatchObject({ code: 'not-found' })
  })

  it('counts open, due soon, overdue, kept and broken for the header and a team lead', async () => {
    const { h, db } = setup()
    expect(await h['promises:stats']({})).toEqual({ open: 0, dueSoon: 0, overdue: 0, kept: 0, broken: 0, keptRate: null })
    await promiseCall(h, 1, 'Ik bel u vandaag vóór 12:00 terug.')
    await promiseCall(h, 3, 'Ik bel u vandaag vóór 14:00 terug.')
    await promiseCall(h, 48, 'Ik bel u donderdag vóór 14:00 terug.')
    const [a, b] = await h['promises:list']({ limit: 10 })
    expect(await h['promises:stats']({})).toMatchObject({ open: 3, dueSoon: 0, overdue: 0 })
    // Two and three quarters of an hour later: the first is overdue, the second falls due within the
    // reminder time (30 minutes in the demo settings).
    const later = new Date(Date.now() + 2.75 * hour)
    expect(promiseStats(db, later)).toMatchObject({ open: 3, dueSoon: 1, overdue: 1 })
    await h['promises:resolve']({ id: a!.id, status: 'broken', resolution: 'Vergeten.' })
    await h['promises:resolve']({ id: b!.id, status: 'kept', resolution: '' })
    expect(await h['promises:stats']({})).toEqual({ open: 1, dueSoon: 0, overdue: 0, kept: 1, broken: 1, keptRate: 0.5 })
  })

  it('takes the reminder time from the settings', async () => {
    const { h, db } = setup()
    await promiseCall(h, 1.5, 'Ik bel u vandaag vóór 12:00 terug.')
    expect(promiseStats(db, new Date(Date.now() + 0.75 * hour))).toMatchObject({ dueSoon: 0 })
    const { uiLanguage: _u, contentLanguage: _c, screenSharing: _s, ...values } = await h['settings:get']({})
    expect(values.promiseReminderMinutes).toBe(30)
    await h['settings:save']({ values: { ...values, promiseReminderMinutes: 60 } })
    expect((await h['settings:get']({})).promiseReminderMinutes).toBe(60)
    expect(promiseStats(db, new Date(Date.now() + 0.75 * hour))).toMatchObject({ dueSoon: 1 })
  })

  it('checks an English caller’s promise in English', async () => {
    const { h } = setup()
    const call = await h['calls:start']({ number: '+31 20 999 1234' })
    const draft = {
      ...call.draft,
      caller: { ...call.draft.caller, name: 'Jane Doe', language: 'en' as const },
      intake: { ...call.draft.intake, what: 'Laptop' },
      priority: { suggested: 'P3' as const, reason: 'P3', chosen: 'P3' as const, overrideReason: '' },
      outcome: { ...call.draft.outcome, kind: 'callback' as const },
      promise: { ...call.draft.promise, dueAt: new Date(Date.now() + hour).toISOString(), text: 'We’ll look into it and get back to you.' },
    }
    await expect(h['calls:finish']({ id: call.id, draft })).rejects.toMatchObject({ issues: expect.arrayContaining([{ field: 'draft.promise.text', message: 'vague' }]) })
    await h['calls:finish']({ id: call.id, draft: { ...draft, promise: { ...draft.promise, text: 'I will call you back before 15:00 today, Tuesday 1 December.' } } })
    expect((await h['promises:list']({ limit: 10 }))[0]).toMatchObject({ language: 'en', callerName: 'Jane Doe', callerPersonId: null })
  })
})
