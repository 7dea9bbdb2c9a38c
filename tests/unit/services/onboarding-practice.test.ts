import { count } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import * as t from '../../../src/main/db/schema'
import { stableId } from '../../../src/main/services/stable-id'
import type { Channel, ChannelInput, ChannelOutput } from '../../../src/shared/contract'
import { checkKeys } from '../../../src/shared/onboarding/scenario'
import type { AppErrorData } from '../../../src/shared/result'
import { tempDir } from '../support/paths'
import { demoRuntime } from '../support/runtime'

// Practice calls on a real SQLite file, through the same dispatch (input validation included) the UI uses.

type Demo = ReturnType<typeof demoRuntime>
const id = (kind: string, key: string) => stableId('zuiderhaven', kind, key)

async function ask<C extends Channel>(demo: Demo, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await demo.dispatch(channel, input)
  if (!result.ok) throw Object.assign(new Error(result.error.message), { data: result.error })
  return result.value as ChannelOutput<C>
}

async function refused<C extends Channel>(demo: Demo, channel: C, input: ChannelInput<C>): Promise<AppErrorData> {
  const result = await demo.dispatch(channel, input)
  if (result.ok) throw new Error(`${channel} was expected to fail`)
  return result.error
}

const learnerOf = async (demo: Demo) => (await ask(demo, 'learners:list', {}))[0]!.id

/** The admin-rights scenario handled as a team lead would want: every check of its list done. */
async function handleAdminRightsWell(demo: Demo, runId: string) {
  const questionOrder = ['verify-identity', 'access-to', 'which-resource', 'why-needed', 'rights']
  const draft = {
    caller: { personId: id('person', 'joost-van-leeuwen'), name: 'Joost van Leeuwen', language: 'nl' as const },
    departmentId: id('department', 'taxes'),
    category: 'access-request' as const,
    answers: Object.fromEntries(questionOrder.map((k) => [k, 'ja'])),
    phase: 'close' as const,
    readBack: { text: 'U wilt zelf een meetprogramma op uw laptop zetten. Klopt dat?', state: 'confirmed' as const, at: '2026-11-27T09:05:00.000Z' },
    priority: { suggested: 'P4' as const, reason: 'Eén persoon, kan wachten.', chosen: 'P4' as const },
    // As the call screen leaves it: a refused call has no promise panel; the refusal's next step is the promise.
    outcome: { kind: 'refused' as const, notes: 'Beheerrechten geweigerd; het Softwarecentrum uitgelegd.' },
  }
  await ask(demo, 'practice:save', { id: runId, draft, questionOrder })
  await ask(demo, 'practice:refusal', {
    id: runId,
    status: 'final',
    parts: {
      request: 'beheerrechten op uw laptop',
      goal: 'een meetprogramma gebruiken',
      reason: 'Met beheerrechten kan ook schadelijke software op de laptop komen.',
      rule: { statement: 'Medewerkers krijgen geen beheerrechten', owner: 'Informatiebeveiliging' },
      alternatives: [{ what: 'Het Softwarecentrum', how: 'Zoek het programma op en klik op installeren', howLong: 'direct' }],
      exception: { who: 'Hoofd Informatiebeveiliging', needs: 'Een verzoek van uw teamleider', howLong: 'vijf werkdagen' },
      nextStep: { who: 'Ik', what: 'zet de aanvraag door', date: '2026-12-01', time: '17:00' },
      invitation: 'Laat u het weten als u nog vragen heeft?',
    },
  })
  return ask(demo, 'practice:finish', { id: runId, draft, questionOrder })
}

describe('practice scenarios in the database', () => {
  it('a console filled from the demo pack offers the pack’s scenarios in its language', async () => {
    const nl = demoRuntime('nl')
    const scenarios = await ask(nl, 'practice:scenarios', {})
    expect(scenarios).toHaveLength(8)
    expect(scenarios.find((s) => s.key === 'password-reset-identity')).toEqual({
      key: 'password-reset-identity',
      title: 'Wachtwoord vergeten, en de telefoon ligt thuis',
      briefing: expect.stringContaining('Burgerzaken'),
      mood: 'hurried',
      category: 'password-account',
    })
    const en = await ask(demoRuntime('en'), 'practice:scenarios', {})
    expect(en.map((s) => s.key).sort()).toEqual(scenarios.map((s) => s.key).sort())
    expect(en.find((s) => s.key === 'password-reset-identity')!.title).not.toBe('Wachtwoord vergeten, en de telefoon ligt thuis')
  })

  it('a demo database made before practice calls existed gets the demo scenarios at the next start', async () => {
    const dataDir = tempDir()
    const first = demoRuntime('en', dataDir)
    first.runtime.database!.db.delete(t.practiceScenarios).run()
    expect(await ask(first, 'practice:scenarios', {})).toEqual([])
    first.runtime.close()
    const again = demoRuntime('nl', dataDir)
    const scenarios = await ask(again, 'practice:scenarios', {})
    // The content stays in the language it was filled in, whatever language the console starts in now.
    expect(scenarios).toHaveLength(8)
    expect(scenarios.find((s) => s.key === 'password-reset-identity')!.title).toBe(
      (await ask(demoRuntime('en'), 'practice:scenarios', {})).find((s) => s.key === 'password-reset-identity')!.title,
    )
  })

  it('a scenario whose caller was deleted is not offered and cannot be started', async () => {
    const demo = demoRuntime('nl')
    demo.runtime.database!.db.delete(t.people).run()
    expect(await ask(demo, 'practice:scenarios', {})).toEqual([])
    const error = await refused(demo, 'practice:start', { learnerId: await learnerOf(demo), scenarioKey: 'password-reset-identity' })
    expect(error.code).toBe('not-found')
    expect(error.message).toContain('no longer in the knowledge base')
  })
})

describe('a practice run', () => {
  it('starts with the scenario’s lines and an empty call: the trainee has to identify the caller', async () => {
    const demo = demoRuntime('nl')
    const run = await ask(demo, 'practice:start', { learnerId: await learnerOf(demo), scenarioKey: 'password-reset-identity' })
    expect(run.scenario.key).toBe('password-reset-identity')
    expect(run.scenario.lines[0]).toEqual({ phase: 'open', text: 'Hoi, met Fatima, van de balie.' })
    expect(run.scenario.lines.length).toBeGreaterThanOrEqual(10)
    expect(run.draft.caller).toEqual({ personId: null, name: '', phone: '', email: '', language: null })
    expect(run.draft.departmentId).toBeNull()
    expect(run.draft.phase).toBe('open')
    expect(run.finishedAt).toBeNull()
    expect(run.result).toBeNull()
  })

  it('keeps what was typed (autosave) until it is finished, and then accepts no more changes', async () => {
    const demo = demoRuntime('nl')
    const run = await ask(demo, 'practice:start', { learnerId: await learnerOf(demo), scenarioKey: 'password-reset-identity' })
    await ask(demo, 'practice:save', { id: run.id, draft: { phase: 'explore', intake: { what: 'Wachtwoord vergeten' } }, questionOrder: ['verify-identity'] })
    const saved = await ask(demo, 'practice:get', { id: run.id })
    expect(saved.draft.intake.what).toBe('Wachtwoord vergeten')
    expect(saved.draft.phase).toBe('explore')
    expect(saved.questionOrder).toEqual(['verify-identity'])

    await ask(demo, 'practice:finish', { id: run.id, draft: saved.draft, questionOrder: saved.questionOrder })
    const again = await refused(demo, 'practice:save', { id: run.id, draft: {}, questionOrder: [] })
    expect(again.code).toBe('conflict')
    expect(again.message).toContain('finished')
    expect((await refused(demo, 'practice:finish', { id: run.id, draft: {}, questionOrder: [] })).code).toBe('conflict')
  })

  it('says which scenario or learner is unknown', async () => {
    const demo = demoRuntime('nl')
    const noScenario = await refused(demo, 'practice:start', { learnerId: await learnerOf(demo), scenarioKey: 'no-such-scenario' })
    expect(noScenario.message).toContain('"no-such-scenario"')
    expect(noScenario.issues).toEqual([{ field: 'scenarioKey', message: 'no such scenario' }])
    const noLearner = await refused(demo, 'practice:start', { learnerId: crypto.randomUUID(), scenarioKey: 'password-reset-identity' })
    expect(noLearner.message).toContain('learner')
  })

  it('scores a call handled well at 100, with every check a named strength, and shows it in the learner’s progress', async () => {
    const demo = demoRuntime('nl')
    const learnerId = await learnerOf(demo)
    const run = await ask(demo, 'practice:start', { learnerId, scenarioKey: 'admin-rights-measuring-tool' })
    const result = await handleAdminRightsWell(demo, run.id)
    expect(result.improvements).toEqual([])
    expect(result.score).toBe(100)
    // Every check of the list, in its order.
    expect(result.strengths.map((s) => s.key)).toEqual([...checkKeys])
    // The refusal's card is the rule's page in this console.
    expect(result.strengths.find((s) => s.key === 'refusal')!.card).toEqual({ kind: 'rule', key: 'admin-rights', id: id('rule', 'admin-rights') })
    await ask(demo, 'rules:get', { id: id('rule', 'admin-rights') })

    const stored = await ask(demo, 'practice:get', { id: run.id })
    expect(stored.finishedAt).not.toBeNull()
    expect(stored.result).toEqual(result)
    expect(stored.refusal!.spoken).toContain('Softwarecentrum')
    const progress = await ask(demo, 'learning:progress', { learnerId })
    expect(progress.practice).toEqual([expect.objectContaining({ id: run.id, scenarioKey: 'admin-rights-measuring-tool', score: 100 })])
  })

  it('names what to do differently on a poor call, each with a card this console can open', async () => {
    const demo = demoRuntime('nl')
    const run = await ask(demo, 'practice:start', { learnerId: await learnerOf(demo), scenarioKey: 'admin-rights-measuring-tool' })
    // The wrong department, questions skipped, no read-back, P1, "resolved", jargon in the notes read back.
    const draft = {
      caller: { personId: id('person', 'joost-van-leeuwen'), name: 'Joost van Leeuwen' },
      departmentId: id('department', 'finance'),
      category: 'access-request' as const,
      priority: { suggested: 'P4' as const, reason: '', chosen: 'P1' as const, overrideReason: 'Hij heeft haast' },
      readBack: { text: 'Ik zet uw account in de AD-groep met local admin.', state: 'confirmed' as const, at: '2026-11-27T09:05:00.000Z' },
      outcome: { kind: 'resolved' as const, notes: 'Rechten gegeven' },
    }
    const result = await ask(demo, 'practice:finish', { id: run.id, draft, questionOrder: ['rights', 'verify-identity'] })
    expect(result.score).toBeLessThan(50)
    expect(result.strengths.map((s) => s.key)).toEqual(['caller-identified', 'read-back'])
    const improvement = (key: string) => result.improvements.find((i) => i.key === key)
    expect(improvement('department-context')!.card).toEqual({ kind: 'department', key: 'taxes', id: id('department', 'taxes') })
    await ask(demo, 'departments:get', { id: id('department', 'taxes') })
    expect(improvement('questions')!.params).toEqual({ missing: '3', ordered: 'false' })
    expect(improvement('questions')!.card).toEqual({ kind: 'phase', key: 'explore', id: 'explore' })
    expect(improvement('priority')!.params).toEqual({ chosen: 'P1', expected: 'P3/P4' })
    expect(improvement('outcome')!.params).toEqual({ expected: 'refused' })
    // No promise and no refusal at all: both are named.
    expect(improvement('promise')).toBeDefined()
    expect(improvement('refusal')!.card).toEqual({ kind: 'rule', key: 'admin-rights', id: id('rule', 'admin-rights') })
    const jargon = improvement('plain-language')!
    expect(jargon.card?.kind).toBe('jargon')
    expect(jargon.params['words']).toContain(jargon.card!.key)
  })

  it('on a refused call the refusal’s next step is the promise: without a date it is neither concrete nor complete', async () => {
    const demo = demoRuntime('nl')
    const run = await ask(demo, 'practice:start', { learnerId: await learnerOf(demo), scenarioKey: 'admin-rights-measuring-tool' })
    await ask(demo, 'practice:refusal', {
      id: run.id,
      parts: {
        request: 'beheerrechten',
        alternatives: [{ what: 'Het Softwarecentrum', how: '', howLong: '' }],
        exception: { who: 'Hoofd Informatiebeveiliging', needs: '', howLong: '' },
        nextStep: { who: 'Ik', what: 'zet de aanvraag door', date: '', time: '' },
      },
    })
    const result = await ask(demo, 'practice:finish', { id: run.id, draft: { outcome: { kind: 'refused', notes: 'Geweigerd' } }, questionOrder: [] })
    expect(result.improvements.map((i) => i.key)).toEqual(expect.arrayContaining(['promise', 'refusal']))
    expect(result.strengths.map((s) => s.key)).toContain('outcome')
    // What was scored is not written into the stored call.
    expect((await ask(demo, 'practice:get', { id: run.id })).draft.promise.text).toBe('')
  })
})

describe('practice stays out of the real work', () => {
  it('after a full practice run, calls, promises, refusals and the export outbox have no row more, and no list shows it', async () => {
    const demo = demoRuntime('nl')
    const db = demo.runtime.database!.db
    // A target is set up, so a finished real call would queue an export: practice must not.
    await ask(demo, 'export:targets:save', { kind: 'file', name: 'Archief', config: { folder: tempDir(), format: 'md' } })
    const rows = () => ({
      calls: db.select({ n: count() }).from(t.calls).get()!.n,
      promises: db.select({ n: count() }).from(t.promises).get()!.n,
      refusals: db.select({ n: count() }).from(t.refusals).get()!.n,
      outbox: db.select({ n: count() }).from(t.outbox).get()!.n,
    })
    const before = rows()
    const lists = async () => ({
      calls: await ask(demo, 'calls:list', {}),
      promises: await ask(demo, 'promises:list', {}),
      outbox: (await ask(demo, 'export:outbox', {})).entries,
    })
    const listsBefore = await lists()

    const run = await ask(demo, 'practice:start', { learnerId: await learnerOf(demo), scenarioKey: 'admin-rights-measuring-tool' })
    const result = await handleAdminRightsWell(demo, run.id)
    expect(result.score).toBe(100)

    expect(rows()).toEqual(before)
    expect(await lists()).toEqual(listsBefore)
    const callLists = await ask(demo, 'calls:list', { query: 'meetprogramma' })
    expect(callLists).toEqual([])
    expect(db.select({ n: count() }).from(t.practiceRuns).get()!.n).toBe(1)
  })
})
