import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/main/db/open'
import { isEmptyDatabase, loadKnowledgePack, parseKnowledgePack } from '../../../src/main/services/knowledge-pack'
import { getFlow, listFlows, listSolutions } from '../../../src/main/services/flows'
import { stableId } from '../../../src/main/services/stable-id'
import { dumpTables } from '../fixtures/transfer/tables'
import { migrationsFolder, packsFolder, tempDir } from '../support/paths'
import { demoRuntime } from '../support/runtime'

interface PackJson {
  flows: { key: string; category: string; title: string; questions: { key: string; text: string; kind: string; next?: Record<string, string> }[] }[]
  solutions: { key: string; category: string; title: string; notes: string }[]
  [field: string]: unknown
}

const demo = (language: 'nl' | 'en'): PackJson => JSON.parse(readFileSync(join(packsFolder, `demo.${language}.json`), 'utf8'))
const callTables = ['call_flows', 'call_solutions']

type Change = 'new' | 'changed' | 'removed'
type Counts = Record<string, Record<Change, number>>
interface Preview {
  counts: Counts
  examples: { kind: string; change: Change; title: string }[]
}
const zero = { new: 0, changed: 0, removed: 0 }
const none: Counts = { department: zero, person: zero, application: zero, rule: zero, article: zero, glossary: zero, flow: zero, solution: zero }

function setup(language: 'nl' | 'en' = 'nl') {
  const { runtime, dispatch } = demoRuntime(language)
  const { db, sqlite } = runtime.database!
  const call = async <T = Record<string, unknown>>(channel: string, input: unknown): Promise<T> => {
    const result = await dispatch(channel, input)
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code })
    return result.value as T
  }
  const exportPack = async (): Promise<{ fileName: string; pack: PackJson }> => {
    const file = await call<{ fileName: string; content: string }>('packs:export', {})
    return { fileName: file.fileName, pack: JSON.parse(file.content) }
  }
  const file = (pack: unknown, fileName = 'team.json') => ({ fileName, content: JSON.stringify(pack) })
  return { db, sqlite, call, exportPack, file }
}

describe('question flows and standard solutions in a knowledge pack', () => {
  it('are loaded with a fresh database: stable ids, solutions in the pack’s order', () => {
    const { db, sqlite } = setup('en')
    const pack = demo('en')
    expect(listFlows(db).map((f) => f.key)).toEqual(['password-account', 'printer', 'email', 'network-vpn', 'application-error', 'hardware', 'access-request', 'other'])
    expect(getFlow(db, 'printer')?.title).toBe('Printer')
    expect(listSolutions(db).map((s) => s.key)).toEqual(pack.solutions.map((s) => s.key))
    const ids = sqlite.prepare('SELECT id FROM call_flows WHERE key = ?').get('printer') as { id: string }
    expect(ids.id).toBe(stableId('zuiderhaven', 'flow', 'printer'))
  })

  it('go out with the team pack and come back unchanged', async () => {
    const { exportPack, call, file, sqlite } = setup()
    const before = dumpTables(sqlite, callTables)
    const { pack, fileName } = await exportPack()
    expect(pack.flows.map((f) => f.key)).toEqual(demo('nl').flows.map((f) => f.key))
    expect(pack.solutions).toEqual(demo('nl').solutions)

    await call('packs:apply', file(pack, fileName))

    // Same rows, ids and timestamps: nothing was rewritten.
    expect(dumpTables(sqlite, callTables)).toEqual(before)
  })

  it('carry the team lead’s changes to another console: changed, added, removed, reordered', async () => {
    const lead = setup('nl')
    const { pack } = await lead.exportPack()
    const printer = pack.flows.find((f) => f.category === 'printer')!
    printer.title = 'Printer of scanner'
    printer.questions[0]!.key = 'welke-printer'
    pack.flows = pack.flows.filter((f) => f.category !== 'other')
    const queue = pack.solutions.find((s) => s.key === 'print-queue-cleared')!
    queue.notes = 'Wachtrij geleegd, afdruk opgehaald.'
    pack.solutions = [queue, ...pack.solutions.filter((s) => s !== queue && s.category !== 'hardware')]
    pack.solutions.push({ key: 'scanner-restarted', category: 'printer', title: 'Scanner herstart', notes: 'Scanner uit- en aangezet; scannen naar e-mail werkt weer.' })

    const agent = setup('en')
    await agent.call('packs:apply', agent.file(pack))

    const flows = listFlows(agent.db)
    expect(flows.map((f) => f.category)).not.toContain('other')
    expect(flows).toHaveLength(7)
    expect(getFlow(agent.db, 'printer')).toMatchObject({ title: 'Printer of scanner', questions: expect.arrayContaining([expect.objectContaining({ key: 'welke-printer' })]) })
    // The Dutch pack replaced the English flows of this console.
    expect(getFlow(agent.db, 'email')?.questions[0]?.text).toBe(pack.flows.find((f) => f.category === 'email')!.questions[0]!.text)
    const solutions = listSolutions(agent.db)
    expect(solutions.filter((s) => s.category === 'hardware')).toEqual([])
    expect(solutions.filter((s) => s.category === 'printer').map((s) => s.key)).toEqual(['print-queue-cleared', 'staff-pass-linked', 'printer-supplies-facilities', 'scanner-restarted'])
    expect(solutions.find((s) => s.key === 'print-queue-cleared')?.notes).toBe('Wachtrij geleegd, afdruk opgehaald.')
  })

  it('preview and apply count a pack that only retitles one flow as one changed flow', async () => {
    const { exportPack, call, file, db } = setup()
    const { pack } = await exportPack()
    pack.flows.find((f) => f.category === 'printer')!.title = 'Printer of scanner'

    const preview = await call<Preview>('packs:preview', file(pack))

    expect(preview.counts).toEqual({ ...none, flow: { ...zero, changed: 1 } })
    expect(preview.examples).toEqual([{ kind: 'flow', change: 'changed', title: 'Printer of scanner' }])

    expect(await call('packs:apply', file(pack))).toEqual({ packVersion: 2, counts: preview.counts })
    expect(getFlow(db, 'printer')?.title).toBe('Printer of scanner')
  })

  it('preview and apply count a pack that adds one solution as one new solution', async () => {
    const { exportPack, call, file, db } = setup()
    const { pack } = await exportPack()
    pack.solutions.push({ key: 'scanner-restarted', category: 'printer', title: 'Scanner herstart', notes: 'Scanner uit- en aangezet; scannen naar e-mail werkt weer.' })

    const preview = await call<Preview>('packs:preview', file(pack))

    expect(preview.counts).toEqual({ ...none, solution: { ...zero, new: 1 } })
    expect(preview.examples).toEqual([{ kind: 'solution', change: 'new', title: 'Scanner herstart' }])

    expect(await call('packs:apply', file(pack))).toEqual({ packVersion: 2, counts: preview.counts })
    expect(listSolutions(db).map((s) => s.key)).toContain('scanner-restarted')
  })

  it('may swap two flows between categories', async () => {
    const { exportPack, call, file, db } = setup()
    const { pack } = await exportPack()
    const printer = pack.flows.find((f) => f.category === 'printer')!
    const email = pack.flows.find((f) => f.category === 'email')!
    printer.category = 'email'
    email.category = 'printer'

    await call('packs:apply', file(pack))

    expect(getFlow(db, 'email')?.key).toBe('printer')
    expect(getFlow(db, 'printer')?.key).toBe('email')
  })

  it('stay as they are when a pack says nothing about them (made before flows existed)', async () => {
    const { exportPack, call, file, sqlite } = setup()
    const before = dumpTables(sqlite, callTables)
    const { pack } = await exportPack()
    delete (pack as Partial<PackJson>).flows
    delete (pack as Partial<PackJson>).solutions

    expect((await call<Preview>('packs:preview', file(pack))).counts).toEqual(none)
    expect(await call('packs:apply', file(pack))).toEqual({ packVersion: 2, counts: none })

    expect(dumpTables(sqlite, callTables)).toEqual(before)
  })

  it('are removed by a pack that has none', async () => {
    const { exportPack, call, file, db } = setup()
    const { pack } = await exportPack()
    const flowCount = pack.flows.length
    const solutionCount = pack.solutions.length
    pack.flows = []
    pack.solutions = []

    const applied = await call<{ counts: Counts }>('packs:apply', file(pack))

    expect(applied.counts).toEqual({ ...none, flow: { ...zero, removed: flowCount }, solution: { ...zero, removed: solutionCount } })

    expect(listFlows(db)).toEqual([])
    expect(listSolutions(db)).toEqual([])
  })

  it('refuse a pack with a broken flow, naming the path, and change nothing', async () => {
    const { exportPack, call, file, sqlite } = setup()
    const before = dumpTables(sqlite, callTables)
    const { pack } = await exportPack()
    expect(pack.flows[2]!.questions[4]).toMatchObject({ key: 'webmail-works', kind: 'yes-no' })
    pack.flows[2]!.questions[4]!.next = { yes: 'gone', no: 'end' }

    for (const channel of ['packs:preview', 'packs:apply']) {
      await expect(call(channel, file(pack, 'team-v2.json'))).rejects.toThrow(
        'team-v2.json is not a valid knowledge pack: flows.2.questions.4.next.yes: leads to question "gone", which this flow does not have',
      )
    }
    expect(dumpTables(sqlite, callTables)).toEqual(before)
  })

  it('refuse a pack with a solution key used twice or empty notes', () => {
    const pack = demo('nl')
    pack.solutions[3] = { ...pack.solutions[3]!, key: pack.solutions[0]!.key }
    pack.solutions[5]!.notes = '  '
    expect(() => parseKnowledgePack('team.json', JSON.stringify(pack))).toThrow(/solutions\.5\.notes: must not be empty/)
    pack.solutions[5]!.notes = 'Opgelost.'
    expect(() => parseKnowledgePack('team.json', JSON.stringify(pack))).toThrow(`solutions.3.key: duplicate solution key "${pack.solutions[0]!.key}"`)
  })

  it('are loaded all or nothing with the rest of the pack', () => {
    const opened = openDatabase({ file: join(tempDir(), 'db.sqlite'), migrationsFolder })
    const pack = parseKnowledgePack('demo.nl.json', JSON.stringify(demo('nl')))
    pack.solutions.push({ ...pack.solutions[0]! }) // the same key twice: the second insert fails
    expect(() => loadKnowledgePack(opened.db, pack)).toThrow()
    expect(isEmptyDatabase(opened.db)).toBe(true)
    expect(listFlows(opened.db)).toEqual([])
    opened.close()
  })
})
