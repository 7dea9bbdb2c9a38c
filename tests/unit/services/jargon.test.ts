import { readFileSync, writeFileSync } from 'node:fs'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { EventName } from '../../../src/shared/contract'
import { shippedTermId } from '../../../src/main/services/jargon'
import { DATABASE_FILE, startRuntime } from '../../../src/main/runtime'
import { migrationsFolder, packsFolder, root, tempDir } from '../support/paths'
import { demoRuntime } from '../support/runtime'

const lexiconFile = join(root, 'resources/lexicon/it-jargon.json')
const shipped = JSON.parse(readFileSync(lexiconFile, 'utf8')) as { term: string }[]

interface Entry {
  id: string
  term: string
  aliases: string[]
  category: string
  plain: { nl: string; en: string }
  updatedAt: string
}

function setup(dataDir?: string) {
  const demo = demoRuntime('nl', dataDir)
  const heard: EventName[] = []
  demo.runtime.events.subscribe((event) => heard.push(event))
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const result = await demo.dispatch(channel, input)
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code, issues: result.error.issues })
    return result.value as T
  }
  const list = () => call<Entry[]>('jargon:list', {})
  return { ...demo, heard, call, list }
}

const vpn = { term: 'hypervisor', aliases: ['hypervisors'], category: 'software', plain: { nl: 'software die virtuele computers draait', en: 'software that runs virtual computers' } }

describe('the IT-jargon lexicon on first start', () => {
  it('fills a new database with the shipped lexicon of at least 80 terms, sorted by term, with plain words in both languages', async () => {
    const { list } = setup()
    const terms = await list()
    expect(terms.length).toBe(shipped.length)
    expect(terms.length).toBeGreaterThanOrEqual(80)
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
    for (let i = 1; i < terms.length; i++) expect(collator.compare(terms[i - 1]!.term, terms[i]!.term), terms[i]!.term).toBeLessThanOrEqual(0)
    for (const term of terms) {
      expect(term.plain.nl, term.term).not.toBe('')
      expect(term.plain.en, term.term).not.toBe('')
      // The same id in every console, so team packs find the shipped terms again.
      expect(term.id).toBe(shippedTermId(term.term))
    }
  })

  it('does not bring back a lexicon the team lead emptied on purpose', async () => {
    const dataDir = tempDir()
    const first = setup(dataDir)
    for (const term of await first.list()) await first.call('jargon:delete', { id: term.id })
    expect(await first.list()).toEqual([])
    first.runtime.close()

    const again = setup(dataDir)
    expect(await again.list()).toEqual([])
  })

  it('fills a database from before the lexicon existed, on the start that adds its table', async () => {
    // A database as the first release left it (tests/unit/db/filled-0000.sql: the demo organisation and
    // two calls, no lexicon table); this start migrates it and fills the lexicon.
    const dataDir = tempDir()
    const seed = new Database(join(dataDir, DATABASE_FILE))
    seed.exec(readFileSync(join(root, 'tests/unit/db/filled-0000.sql'), 'utf8'))
    const tables = seed.prepare(`SELECT name FROM sqlite_master WHERE name = 'jargon_terms'`).all()
    seed.close()
    expect(tables).toEqual([])

    const { list } = setup(dataDir)
    expect((await list()).length).toBe(shipped.length)
  })

  it('refuses to start with a broken lexicon file, naming it, before the database is touched', () => {
    const dataDir = tempDir()
    const broken = join(tempDir(), 'it-jargon.json')
    writeFileSync(broken, JSON.stringify([{ term: 'VPN', aliases: [], category: 'network', plain: { nl: 'veilige verbinding', en: '' } }]))
    const runtime = startRuntime({ dataDir, migrationsFolder, packsFolder, lexiconFile: broken, preferredLanguage: 'nl', version: 'test' })
    expect(runtime.status).toMatchObject({ state: 'failed' })
    expect(runtime.status.state === 'failed' && runtime.status.reason).toMatch(/it-jargon\.json is not a valid jargon lexicon: 0\.plain\.en/)
    expect(runtime.database).toBeNull()

    // Mended, the next start fills the lexicon after all.
    const mended = startRuntime({ dataDir, migrationsFolder, packsFolder, preferredLanguage: 'nl', version: 'test' })
    expect(mended.status.state).toBe('ready')
    expect((mended.database!.sqlite.prepare('SELECT COUNT(*) AS n FROM jargon_terms').get() as { n: number }).n).toBe(shipped.length)
    mended.close()
  })
})

describe('editing the lexicon', () => {
  it('adds, changes and deletes a term, and tells open screens each time', async () => {
    const { call, list, heard } = setup()
    const saved = await call<Entry>('jargon:save', { values: vpn })
    expect(saved).toMatchObject(vpn)
    expect((await list()).find((t) => t.id === saved.id)).toEqual(saved)

    const changed = await call<Entry>('jargon:save', { id: saved.id, values: { ...vpn, aliases: ['hypervisors', 'Hypervisor', 'VMM'], plain: { ...vpn.plain, nl: 'software waarop virtuele computers draaien' } } })
    // The term itself is no other spelling of itself.
    expect(changed).toMatchObject({ id: saved.id, aliases: ['hypervisors', 'VMM'], plain: { nl: 'software waarop virtuele computers draaien' } })

    await call('jargon:delete', { id: saved.id })
    expect((await list()).some((t) => t.id === saved.id)).toBe(false)
    expect(heard.filter((e) => e === 'jargon:changed')).toHaveLength(3)
    await expect(call('jargon:delete', { id: saved.id })).rejects.toMatchObject({ code: 'not-found' })
  })

  it('refuses a term or alias that another term already has, whatever its case, at the field', async () => {
    const { call, list } = setup()
    const [first, second] = await list()
    const clashTerm = call('jargon:save', { values: { ...vpn, term: first!.term.toLocaleUpperCase() } })
    await expect(clashTerm).rejects.toMatchObject({ code: 'conflict', issues: [{ field: 'term', message: 'already exists' }] })
    const clashAlias = call('jargon:save', { values: { ...vpn, aliases: ['hypervisors', second!.term.toLocaleLowerCase()] } })
    await expect(clashAlias).rejects.toMatchObject({ code: 'conflict', issues: [{ field: 'aliases' }] })
    await expect(clashAlias).rejects.toThrow(`already in “${second!.term}”`)
    // A term keeps its own words when it is saved again.
    const { id, updatedAt: _u, ...values } = first!
    await expect(call<Entry>('jargon:save', { id, values })).resolves.toMatchObject(values)
    expect((await list()).length).toBe(shipped.length)
  })

  it('says what is missing when the plain words are left empty', async () => {
    const { call } = setup()
    await expect(call('jargon:save', { values: { ...vpn, plain: { nl: '  ', en: 'x' } } })).rejects.toMatchObject({
      code: 'invalid-input',
      issues: [{ field: 'values.plain.nl' }],
    })
  })
})
