import { describe, expect, it } from 'vitest'
import { channelNames, channels, type Channel, type ChannelInput } from '../../../src/shared/contract'
import { stableId } from '../../../src/main/services/stable-id'
import { refusalPartsSchema } from '../../../src/shared/refusal/parts'
import { tempDir } from '../support/paths'
import { demoRuntime } from '../support/runtime'

// One real input per channel. Typed over the contract: a new channel does not compile until it has one.
const id = (kind: string, key: string) => stableId('zuiderhaven', kind, key)
const finance = id('department', 'finance')
const finix = id('application', 'finix')
const jobId = '2f1c7a52-8d0e-4c55-9a53-0d8f3e9b6a11'
const sampleInputs: { [C in Channel]: ChannelInput<C> | ((r: ReturnType<typeof demoRuntime>) => Promise<ChannelInput<C>>) } = {
  'app:status': {},
  'settings:get': {},
  'settings:set-language': { language: 'en' },
  'settings:set-screen-sharing': { on: true },
  'settings:save': async ({ runtime }) => {
    const { uiLanguage: _u, contentLanguage: _c, screenSharing: _s, ...values } = await runtime.handlers['settings:get']({})
    return { values: { ...values, lookaheadWorkingDays: 3 } }
  },
  'departments:list': {},
  'departments:get': { id: finance },
  'departments:save': {
    values: {
      name: 'Communicatie',
      mission: 'Inwoners weten wat de gemeente doet.',
      whatMatters: 'De website en social media moeten altijd bij te werken zijn.',
      busyPeriods: [{ label: 'Verkiezingen', rule: { kind: 'date-range', from: '03-01', to: '03-20' }, note: '', applicationIds: [] }],
      sensitivities: '',
      sensitivitiesShareable: false,
      preferredContact: 'Teams',
      applications: [{ applicationId: finix, criticality: 'normal', reason: '' }],
      ownWords: [{ term: 'het CMS', meaning: 'de website', applicationId: null, glossaryTermId: null }],
    },
  },
  'people:list': {},
  'people:get': { id: id('person', 'henk-visser') },
  'people:save': {
    values: {
      name: 'Noor Bakker',
      email: 'n.bakker@example.nl',
      departmentId: finance,
      role: 'Medewerker crediteuren',
      vip: false,
      keyContact: false,
      preferredLanguage: 'nl',
      notes: '',
      notesShareable: false,
      phones: [{ label: 'Mobiel', number: '06 00000 199' }],
    },
  },
  'applications:list': {},
  'applications:get': { id: finix },
  'applications:save': { id: finix, values: { name: 'Finix Financiën', description: 'Het financiële systeem.', owner: '', resolverGroup: '', resolverContact: '', supportHours: '', knownIssues: '' } },
  'rules:list': {},
  'rules:get': { id: id('rule', 'usb-storage') },
  'rules:save': { values: { statement: 'Geen privé-apparaten op het netwerk', reason: 'Wij kunnen ze niet beveiligen.', ownerRole: 'CISO', exceptionPath: 'Via de CISO', alternatives: ['Gastwifi'] } },
  'articles:list': {},
  'articles:get': async ({ runtime }) => ({ id: (await runtime.handlers['articles:list']({}))[0]!.id }),
  'articles:save': { values: { title: 'Wachtwoord vergeten', body: '# Stappen', audience: 'end-user', tags: ['wachtwoord'], links: [], applicationIds: [finix], departmentIds: [] } },
  'glossary:list': {},
  'glossary:get': { id: id('glossary', 'kcc') },
  'glossary:save': { id: id('glossary', 'brp'), values: { term: 'BRP', aliases: ['GBA'], meaning: 'Basisregistratie personen' } },
  'jargon:list': {},
  'language:context': {},
  'jargon:save': { values: { term: 'hypervisor', aliases: ['hypervisors'], category: 'software', plain: { nl: 'software die virtuele computers draait', en: 'software that runs virtual computers' } } },
  'jargon:delete': async ({ runtime }) => ({ id: (await runtime.handlers['jargon:list']({}))[0]!.id }),
  'refusals:save': { ruleId: id('rule', 'admin-rights'), language: 'nl', formOfAddress: 'formal', parts: { request: 'beheerdersrechten', reason: 'Zo blijft een fout beperkt.' }, status: 'draft' },
  'refusals:list': { ruleId: id('rule', 'admin-rights') },
  'refusals:get': async ({ runtime }) => ({
    id: (await runtime.handlers['refusals:save']({ ruleText: 'Geen USB-sticks', language: 'en', formOfAddress: 'formal', parts: refusalPartsSchema.parse({ request: 'a USB stick' }), status: 'draft' })).id,
  }),
  'knowledge:dependents': { kind: 'application', id: finix },
  'knowledge:delete': { kind: 'rule', id: id('rule', 'usb-storage') },
  'knowledge:search': { query: 'fin' },
  'notes:get': { kind: 'department', id: finance },
  'notes:save': { kind: 'department', id: finance, body: 'Henk liever via Teams.' },
  'transfer:import-csv': { kind: 'applications', fileName: 'applications.csv', content: 'name,description\nZaaksysteem,Zaken\n', jobId },
  'transfer:cancel': { jobId },
  'transfer:export-csv': { kind: 'people' },
  'packs:export': {},
  'packs:preview': async ({ runtime }) => runtime.handlers['packs:export']({}),
  'packs:apply': async ({ runtime }) => ({ ...(await runtime.handlers['packs:export']({})), force: true }),
  'calls:start': { number: '+31 10 555 0101' },
  'calls:get': async ({ runtime }) => ({ id: (await runtime.handlers['calls:start']({})).id }),
  'calls:save-draft': async ({ runtime }) => {
    const call = await runtime.handlers['calls:start']({})
    return { id: call.id, draft: { ...call.draft, intake: { ...call.draft.intake, what: 'Ik kan niet printen' } } }
  },
  'calls:finish': async ({ runtime }) => {
    const call = await runtime.handlers['calls:start']({})
    const draft = { ...call.draft, caller: { ...call.draft.caller, name: 'Onbekende beller' }, intake: { ...call.draft.intake, what: 'Printer' } }
    return { id: call.id, draft: { ...draft, outcome: { ...draft.outcome, kind: 'resolved' as const, notes: 'Printer herstart.' } } }
  },
  'calls:hold': async ({ runtime }) => ({ id: (await runtime.handlers['calls:start']({})).id, on: true }),
  'calls:hang-up': async ({ runtime }) => ({ id: (await runtime.handlers['calls:start']({})).id }),
  'calls:discard': async ({ runtime }) => ({ id: (await runtime.handlers['calls:start']({})).id }),
  'calls:list': async ({ runtime }) => {
    await runtime.handlers['calls:start']({})
    return { query: '' }
  },
  'flows:list': {},
  'phone:status': {},
  'promises:list': async (demo) => {
    await finishWithPromise(demo)
    return { status: 'open' }
  },
  'promises:resolve': async (demo) => ({ id: (await finishWithPromise(demo)).id, status: 'broken', resolution: 'Ziek thuis; collega belde woensdag.' }),
  'promises:stats': {},
  'export:targets': {},
  'export:targets:save': { kind: 'file', name: 'Map met notities', config: { folder: tempDir(), format: 'md' } },
  'export:targets:delete': async (demo) => ({ id: (await fileTarget(demo)).id }),
  'export:targets:test': { kind: 'file', name: 'Nieuwe map', config: { folder: tempDir(), format: 'json' } },
  'export:call': async (demo) => ({ callId: (await exportedCall(demo)).callId }),
  'export:retry': async (demo) => ({ id: (await exportedCall(demo)).entryId }),
  'export:outbox': async (demo) => {
    await exportedCall(demo)
    return {}
  },
  'export:batch': async (demo) => ({ targetId: (await fileTarget(demo)).id, from: '2020-01-01' }),
  'export:batch-progress': async (demo) => {
    const { callId } = await exportedCall(demo)
    return { batchId: (await demo.runtime.handlers['export:batch']({ targetId: (await fileTarget(demo, 'Tweede map')).id, callIds: [callId] })).batchId }
  },
  'export:render': async (demo) => ({ callId: (await exportedCall(demo)).callId, format: 'eml' }),
  'learners:list': {},
  'learners:save': { name: 'Noor Bakker' },
  'learners:delete': async ({ runtime }) => ({ id: (await runtime.handlers['learners:save']({ name: 'Stagiair' })).id }),
  'learning:path': async (demo) => ({ learnerId: await learnerId(demo) }),
  'learning:mark': async (demo) => ({ learnerId: await learnerId(demo), itemId: (await pathItems(demo))[0]!.id, done: true }),
  'learning:item-save': { values: { title: 'Meeluisteren met een collega', body: 'Een ochtend aan de telefoon.', required: true } },
  'learning:require': async (demo) => ({ id: (await pathItems(demo))[0]!.id, required: true }),
  'learning:reorder': async (demo) => ({ ids: (await pathItems(demo)).map((i) => i.id).reverse() }),
  'learning:item-delete': async ({ runtime }) => ({ id: (await runtime.handlers['learning:item-save']({ values: { title: 'Rondleiding', body: '', required: false } })).id }),
  'quiz:next': async (demo) => ({ learnerId: await learnerId(demo), topic: 'rules', count: 3 }),
  'quiz:answer': async (demo) => {
    const id = await learnerId(demo)
    const [question] = (await demo.runtime.handlers['quiz:next']({ learnerId: id, count: 1 })).questions
    return { learnerId: id, questionId: question!.id, optionId: question!.options[0]!.id }
  },
  'quiz:card': async (demo) => {
    const id = await learnerId(demo)
    return { learnerId: id, questionId: (await demo.runtime.handlers['quiz:next']({ learnerId: id, count: 1 })).questions[0]!.id }
  },
  'quiz:grade': async (demo) => {
    const id = await learnerId(demo)
    return { learnerId: id, questionId: (await demo.runtime.handlers['quiz:next']({ learnerId: id, count: 1 })).questions[0]!.id, knew: false }
  },
  'learning:progress': async (demo) => ({ learnerId: await learnerId(demo) }),
  'learning:overview': {},
  'practice:scenarios': {},
  'practice:start': async (demo) => ({ learnerId: await learnerId(demo), scenarioKey: 'password-reset-identity' }),
  'practice:get': async (demo) => ({ id: (await practiceRun(demo)).id }),
  'practice:save': async (demo) => ({ id: (await practiceRun(demo)).id, draft: { phase: 'explore' }, questionOrder: ['verify-identity'] }),
  'practice:refusal': async (demo) => ({ id: (await practiceRun(demo)).id, parts: { request: 'beheerrechten', reason: 'Zo blijft de laptop veilig.' } }),
  'practice:finish': async (demo) => ({ id: (await practiceRun(demo)).id, draft: { phase: 'close' }, questionOrder: [] }),
}

/** A practice call just started by the agent's own profile. */
async function practiceRun(demo: ReturnType<typeof demoRuntime>) {
  return demo.runtime.handlers['practice:start']({ learnerId: await learnerId(demo), scenarioKey: 'admin-rights-measuring-tool' })
}

/** The agent's own learner profile (a fresh console has exactly one). */
async function learnerId({ runtime }: ReturnType<typeof demoRuntime>) {
  return (await runtime.handlers['learners:list']({}))[0]!.id
}

async function pathItems(demo: ReturnType<typeof demoRuntime>) {
  return (await demo.runtime.handlers['learning:path']({ learnerId: await learnerId(demo) })).items
}

/** A file target in a temporary folder (no worker runs in these runtimes, so nothing is written). */
async function fileTarget({ runtime }: ReturnType<typeof demoRuntime>, name = 'Map') {
  return runtime.handlers['export:targets:save']({ kind: 'file', name, enabled: true, config: { folder: tempDir(), format: 'txt' }, allowPlainText: false })
}

/** A finished call queued for a file target. */
async function exportedCall(demo: ReturnType<typeof demoRuntime>) {
  await fileTarget(demo)
  const { callId } = await finishWithPromise(demo)
  const [entry] = await demo.runtime.handlers['export:call']({ callId })
  return { callId, entryId: entry!.id }
}

/** A call finished as a callback, which makes an open promise. */
async function finishWithPromise({ runtime }: ReturnType<typeof demoRuntime>) {
  const call = await runtime.handlers['calls:start']({ number: '+31 10 555 0101' })
  const dueAt = new Date(Date.now() + 2 * 86_400_000).toISOString()
  await runtime.handlers['calls:finish']({
    id: call.id,
    draft: {
      ...call.draft,
      caller: { ...call.draft.caller, name: 'Onbekende beller' },
      intake: { ...call.draft.intake, what: 'Printer' },
      priority: { suggested: 'P3', reason: 'Eén persoon, kan verder werken.', chosen: 'P3', overrideReason: '' },
      outcome: { ...call.draft.outcome, kind: 'callback' },
      promise: { ...call.draft.promise, nextStep: 'callback', dueAt, text: 'Ik bel u donderdag 3 december vóór 12:00 terug.' },
    },
  })
  return (await runtime.handlers['promises:list']({ status: 'open', limit: 10 }))[0]!
}

describe('every handler output', () => {
  it.each(channelNames)('%s survives JSON and still matches its schema', async (channel) => {
    const demo = demoRuntime()
    const sample = sampleInputs[channel]
    const input = typeof sample === 'function' ? await sample(demo) : sample
    const result = await demo.dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
    const output = result.value
    const travelled: unknown = JSON.parse(JSON.stringify(output))
    expect(travelled).toEqual(output)
    expect(channels[channel].output.safeParse(travelled).success).toBe(true)
  })
})
