import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startRuntime } from '../../../src/main/runtime'
import { dumpTables } from '../fixtures/transfer/tables'
import { migrationsFolder, packsFolder, tempDir } from '../support/paths'
import { demoRuntime } from '../support/runtime'

interface PackTerm {
  key: string
  term: string
  aliases: string[]
  category: string
  plain: { nl: string; en: string }
}
interface PackJson {
  jargon?: PackTerm[]
  [field: string]: unknown
}
interface Entry extends Omit<PackTerm, 'key'> {
  id: string
}
type Counts = Record<string, { new: number; changed: number; removed: number }>
interface Preview {
  counts: Counts
  examples: { kind: string; change: string; title: string }[]
}

function setup(dataDir?: string) {
  const { runtime, dispatch } = demoRuntime('nl', dataDir)
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await dispatch(channel, input)
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code, issues: result.error.issues })
    return result.value as T
  }
  const exportPack = async (): Promise<PackJson> => JSON.parse((await call<{ content: string }>('packs:export', {})).content)
  const file = (pack: unknown) => ({ fileName: 'team.json', content: JSON.stringify(pack) })
  const list = () => call<Entry[]>('jargon:list', {})
  return { runtime, sqlite: runtime.database!.sqlite, call, exportPack, file, list }
}

const scanner = { term: 'OCR', aliases: ['tekstherkenning'], category: 'software', plain: { nl: 'tekst uit een scan halen', en: 'reading the text in a scan' } }

describe('the IT-jargon lexicon in a team pack', () => {
  it('goes out whole with the pack and comes back unchanged', async () => {
    const { exportPack, call, file, sqlite, list } = setup()
    const before = dumpTables(sqlite, ['jargon_terms'])
    const pack = await exportPack()
    expect(pack.jargon!.map((t) => t.term)).toEqual((await list()).map((t) => t.term))

    const applied = await call<{ counts: Counts }>('packs:apply', file(pack))
    // Nothing to change: the lexicon is not even counted, and no row was rewritten.
    expect(applied.counts.jargon).toBeUndefined()
    expect(dumpTables(sqlite, ['jargon_terms'])).toEqual(before)
  })

  it('carries the team lead’s changes to another console, counted in the preview', async () => {
    const lead = setup()
    const [first, second, third] = await lead.list()
    await lead.call('jargon:save', { id: first!.id, values: { term: first!.term, aliases: first!.aliases, category: first!.category, plain: { ...first!.plain, nl: 'iets eenvoudigers' } } })
    await lead.call('jargon:delete', { id: second!.id })
    await lead.call('jargon:save', { values: scanner })
    // A renamed term keeps its id: a change, not a removal and an addition.
    await lead.call('jargon:save', { id: third!.id, values: { term: `${third!.term} (IT)`, aliases: [], category: third!.category, plain: third!.plain } })
    const pack = await lead.exportPack()

    const agent = setup()
    const preview = await agent.call<Preview>('packs:preview', agent.file(pack))
    expect(preview.counts.jargon).toEqual({ new: 1, changed: 2, removed: 1 })
    expect(preview.examples.filter((e) => e.kind === 'jargon')).toEqual(
      expect.arrayContaining([
        { kind: 'jargon', change: 'new', title: 'OCR' },
        { kind: 'jargon', change: 'removed', title: second!.term },
        { kind: 'jargon', change: 'changed', title: first!.term },
      ]),
    )
    const applied = await agent.call<{ counts: Counts }>('packs:apply', agent.file(pack))
    expect(applied.counts.jargon).toEqual(preview.counts.jargon)
    const strip = (entries: Entry[]) => entries.map(({ id, term, aliases, category, plain }) => ({ id, term, aliases, category, plain }))
    expect(strip(await agent.list())).toEqual(strip(await lead.list()))
  })

  it('is kept as it is by a pack that says nothing about it', async () => {
    const { exportPack, call, file, sqlite, list } = setup()
    await call('jargon:save', { values: scanner })
    const before = dumpTables(sqlite, ['jargon_terms'])
    const pack = await exportPack()
    delete pack.jargon
    const preview = await call<Preview>('packs:preview', file(pack))
    expect(preview.counts.jargon).toBeUndefined()
    await call('packs:apply', file(pack))
    expect(dumpTables(sqlite, ['jargon_terms'])).toEqual(before)
    expect((await list()).map((t) => t.term)).toContain('OCR')
  })

  it('is emptied by a pack with an empty lexicon, and stays empty after a restart', async () => {
    const dataDir = tempDir()
    const { exportPack, call, file, list, runtime } = setup(dataDir)
    const count = (await list()).length
    const pack = { ...(await exportPack()), jargon: [] }
    expect((await call<{ counts: Counts }>('packs:apply', file(pack))).counts.jargon).toEqual({ new: 0, changed: 0, removed: count })
    expect(await list()).toEqual([])
    runtime.close()
    expect(setup(dataDir).runtime.status.state).toBe('ready')
    expect(await setup(dataDir).list()).toEqual([])
  })

  it('matches a hand-made pack’s terms to the console’s by term, so only real changes count', async () => {
    const { exportPack, call, file, list } = setup()
    const terms = await list()
    const pack = await exportPack()
    // Readable keys instead of ids, as a team lead writes a pack by hand; one term in capitals.
    const shouted = terms.findIndex((t) => t.term !== t.term.toLocaleUpperCase())
    pack.jargon = pack.jargon!.map((t, i) => ({ ...t, key: `term-${i}`, term: i === shouted ? t.term.toLocaleUpperCase() : t.term }))
    const preview = await call<Preview>('packs:preview', file(pack))
    expect(preview.counts.jargon).toEqual({ new: 0, changed: 1, removed: 0 })
    await call('packs:apply', file(pack))
    expect((await list()).map((t) => t.id)).toEqual(terms.map((t) => t.id))
  })

  it('refuses a pack whose lexicon gives one word to two terms, naming where, and changes nothing', async () => {
    const { exportPack, call, file, sqlite } = setup()
    const before = dumpTables(sqlite, ['jargon_terms'])
    const pack = await exportPack()
    pack.jargon![3]!.aliases.push(pack.jargon![1]!.term.toLocaleLowerCase())
    await expect(call('packs:preview', file(pack))).rejects.toMatchObject({ code: 'invalid-input', issues: expect.arrayContaining([expect.objectContaining({ field: 'jargon.3.aliases' })]) })
    await expect(call('packs:apply', { ...file(pack), force: true })).rejects.toThrow(/jargon\.3\.aliases/)
    expect(dumpTables(sqlite, ['jargon_terms'])).toEqual(before)
  })

  it('fills a new console from a pack that has its own lexicon, instead of the shipped one', async () => {
    const lead = setup()
    const pack = { ...(await lead.exportPack()), jargon: [{ key: 'ocr', ...scanner }] }
    const dataDir = tempDir()
    const packs = join(tempDir(), 'packs')
    mkdirSync(packs)
    writeFileSync(join(packs, 'demo.nl.json'), JSON.stringify(pack))
    const runtime = startRuntime({ dataDir, migrationsFolder, packsFolder: packs, lexiconFile: join(packsFolder, '..', 'lexicon', 'it-jargon.json'), preferredLanguage: 'nl', version: 'test' })
    try {
      expect(runtime.status.state).toBe('ready')
      const terms = runtime.database!.sqlite.prepare('SELECT term FROM jargon_terms').all()
      expect(terms).toEqual([{ term: 'OCR' }])
    } finally {
      runtime.close()
    }
  })
})
