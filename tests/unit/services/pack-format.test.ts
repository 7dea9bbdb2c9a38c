import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/main/db/open'
import { loadKnowledgePack, parseKnowledgePack, readKnowledgePack } from '../../../src/main/services/knowledge-pack'
import { stableId } from '../../../src/main/services/stable-id'
import { recordsFromDb } from '../../../src/main/services/transfer/records'
import { AppError } from '../../../src/shared/result'
import { migrationsFolder, packsFolder, tempDir } from '../support/paths'
import { demoRuntime } from '../support/runtime'

const demo = (language: 'nl' | 'en') => JSON.parse(readFileSync(join(packsFolder, `demo.${language}.json`), 'utf8'))
const id = (kind: string, key: string) => stableId('zuiderhaven', kind, key)

function freshDb() {
  const opened = openDatabase({ file: join(tempDir(), 'db.sqlite'), migrationsFolder })
  return opened
}

/** Everything but the words: ids and links, which must be the same in every language. */
function shape(records: ReturnType<typeof recordsFromDb>) {
  return {
    department: records.department.map((d) => ({
      id: d.id,
      busy: d.busyPeriods.map((p) => p.applicationIds),
      words: d.ownWords.map((w) => [w.applicationId, w.glossaryTermId]),
      critical: d.applications.map((c) => [c.applicationId, c.criticality]),
    })),
    person: records.person.map((p) => [p.id, p.departmentId, p.phones.map((ph) => ph.number)]),
    application: records.application.map((a) => a.id),
    rule: records.rule.map((r) => r.id),
    article: records.article.map((a) => [a.id, a.applicationIds, a.departmentIds]),
    glossary: records.glossary.map((g) => g.id),
  }
}

describe('knowledge pack format 1', () => {
  it('fills a fresh database from either demo pack with the same ids and links', () => {
    const nl = shape(recordsFromDb(demoRuntime('nl').runtime.database!.db))
    const en = shape(recordsFromDb(demoRuntime('en').runtime.database!.db))
    expect(en).toEqual(nl)
    expect(nl.glossary.slice(0, 5)).toEqual(['kcc', 'brp', 'bsn', 'woz', 'wmo'].map((k) => id('glossary', k)))
  })

  it('loads the new fields: glossary links, busy-period applications by key, article links, application contacts', () => {
    const { runtime } = demoRuntime('en')
    const records = recordsFromDb(runtime.database!.db)
    const civil = records.department.find((d) => d.id === id('department', 'civil-affairs'))!
    expect(civil.ownWords.find((w) => w.term === 'de BRP / het GBA')).toMatchObject({ applicationId: id('application', 'persona'), glossaryTermId: id('glossary', 'brp') })
    const taxes = records.department.find((d) => d.id === id('department', 'taxes'))!
    expect(taxes.busyPeriods[1]!.applicationIds).toEqual([id('application', 'heffix'), id('application', 'dossierplein')])
    expect(records.article.find((a) => a.id === id('article', 'counter-outage'))).toMatchObject({
      applicationIds: [id('application', 'persona'), id('application', 'tijdvak')],
      departmentIds: [id('department', 'civil-affairs')],
    })
    expect(records.application.find((a) => a.id === id('application', 'persona'))!.resolverContact).toMatch(/4310/)
    expect(records.glossary.find((g) => g.term === 'BSN')!.aliases).toContain('citizen service number')
  })

  it('still accepts a pack without any of the new fields', () => {
    const pack = demo('nl')
    delete pack.glossary
    for (const d of pack.departments) {
      for (const w of d.ownWords) delete w.glossary
      for (const p of d.busyPeriods) delete p.applicationIds
    }
    for (const a of pack.articles) {
      delete a.applications
      delete a.departments
    }
    const parsed = parseKnowledgePack('old.json', JSON.stringify(pack))
    expect(parsed.glossary).toEqual([])
    expect(parsed.departments[0]!.sensitivities).toMatch(/^Baliemedewerkers/)
    expect(parsed.departments[0]!.sensitivitiesShareable).toBeUndefined()
  })

  it('names the file and the path of every unknown reference', () => {
    const pack = demo('en')
    pack.departments[0].ownWords[0].glossary = 'gba'
    pack.departments[1].busyPeriods[0].applicationIds = ['finix', 'fnix']
    pack.articles[0].departments = ['civil-afairs']
    const duplicateAt = pack.glossary.push({ ...pack.glossary[0], key: 'kcc-2' }) - 1
    let error: unknown
    try {
      parseKnowledgePack('team.json', JSON.stringify(pack))
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('invalid-input')
    expect((error as AppError).message).toMatch(/^team\.json is not a valid knowledge pack: /)
    expect((error as AppError).issues).toEqual(
      expect.arrayContaining([
        { field: 'departments.0.ownWords.0.glossary', message: 'unknown glossary term "gba"' },
        { field: 'departments.1.busyPeriods.0.applicationIds.1', message: 'unknown application "fnix"' },
        { field: 'articles.0.departments.0', message: 'unknown department "civil-afairs"' },
        { field: `glossary.${duplicateAt}.term`, message: 'the glossary term "KCC" is already glossary.0' },
      ]),
    )
  })

  it('uses a key that is a UUID as the id itself, for items and references', () => {
    const pack = demo('nl')
    const own = '0f6b1b3e-2c4d-4e5f-8a9b-0c1d2e3f4a5b'
    pack.applications[0].key = own
    for (const c of pack.criticality) if (c.application === 'outlook') c.application = own
    for (const a of pack.articles) a.applications = a.applications.map((k: string) => (k === 'outlook' ? own : k))
    for (const d of pack.departments) {
      for (const w of d.ownWords) if (w.application === 'outlook') w.application = own
      for (const p of d.busyPeriods) p.applicationIds = (p.applicationIds ?? []).map((k: string) => (k === 'outlook' ? own : k))
    }
    const opened = freshDb()
    loadKnowledgePack(opened.db, parseKnowledgePack('pack.json', JSON.stringify(pack)))
    const records = recordsFromDb(opened.db)
    expect(records.application[0]!.id).toBe(own)
    expect(records.department.find((d) => d.id === id('department', 'finance'))!.applications.map((c) => c.applicationId)).toContain(own)
    expect(records.application[1]!.id).toBe(id('application', 'teams-telephony'))
    opened.close()
  })

  it('loads an exported knowledge base into a fresh database with every id unchanged', async () => {
    const { runtime, dispatch } = demoRuntime('nl')
    const exported = await dispatch('packs:export', {})
    if (!exported.ok) throw new Error(exported.error.message)
    const file = exported.value as { fileName: string; content: string }
    const opened = freshDb()
    loadKnowledgePack(opened.db, parseKnowledgePack(file.fileName, file.content))
    const strip = (records: ReturnType<typeof recordsFromDb>) => ({
      ...records,
      // Internal fields were not shareable, so they did not travel.
      department: records.department.map((d) => ({ ...d, sensitivities: '', ownWords: d.ownWords.map(({ id: _, ...w }) => w), applications: d.applications.map(({ id: _, ...c }) => c) })),
      person: records.person.map((p) => ({ ...p, notes: '', phones: p.phones.map(({ id: _, ...ph }) => ph) })),
    })
    expect(strip(recordsFromDb(opened.db))).toEqual(strip(recordsFromDb(runtime.database!.db)))
    opened.close()
  })

  it('keeps reading the demo packs from disk', () => {
    const en = readKnowledgePack(join(packsFolder, 'demo.en.json'))
    expect(en.glossary.map((g) => g.key)).toEqual(readKnowledgePack(join(packsFolder, 'demo.nl.json')).glossary.map((g) => g.key))
    expect(en.glossary.length).toBeGreaterThan(0)
  })
})
