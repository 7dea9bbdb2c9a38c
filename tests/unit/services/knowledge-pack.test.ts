import { writeFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/main/db/open'
import * as t from '../../../src/main/db/schema'
import { isEmptyDatabase, loadKnowledgePack, readKnowledgePack } from '../../../src/main/services/knowledge-pack'
import { stableId } from '../../../src/main/services/stable-id'
import { migrationsFolder, packsFolder, tempDir } from '../support/paths'
import { demoRuntime } from '../support/runtime'

const nl = () => readKnowledgePack(join(packsFolder, 'demo.nl.json'))
const en = () => readKnowledgePack(join(packsFolder, 'demo.en.json'))

describe('knowledge packs', () => {
  it('ship the same organisation in Dutch and English, with the same items', () => {
    const [a, b] = [nl(), en()]
    expect(a.pack.language).toBe('nl')
    expect(b.pack.language).toBe('en')
    for (const kind of ['departments', 'applications', 'people', 'rules', 'articles'] as const) {
      expect(b[kind].map((x) => x.key), kind).toEqual(a[kind].map((x) => x.key))
    }
  })

  it('give every item the same id in both languages', () => {
    const ids = (language: 'nl' | 'en') => {
      const db = demoRuntime(language).runtime.database!.db
      return db.select({ id: t.departments.id }).from(t.departments).all().map((r) => r.id).sort()
    }
    expect(ids('en')).toEqual(ids('nl'))
    expect(ids('nl')).toContain(stableId('zuiderhaven', 'department', 'finance'))
  })

  it('fill a fresh database in the language the console starts in', () => {
    const { runtime } = demoRuntime('en')
    const names = runtime.database!.db.select({ name: t.departments.name }).from(t.departments).all().map((r) => r.name)
    expect(names).toContain('Finance')
  })

  it('name the file and the field when a pack is broken', () => {
    const pack = JSON.parse(readFileSync(join(packsFolder, 'demo.nl.json'), 'utf8'))
    pack.people[2].department = 'finanse'
    pack.people[3].phones[0].number = '06-12345678'
    const file = join(tempDir(), 'broken.json')
    writeFileSync(file, JSON.stringify(pack))
    expect(() => readKnowledgePack(file)).toThrow(/broken\.json is not a valid knowledge pack: .*people\.2\.department: unknown department "finanse"/)
    expect(() => readKnowledgePack(file)).toThrow(/people\.3\.phones\.0\.number: expected a phone number in E\.164/)
  })

  it('load all or nothing', () => {
    const opened = openDatabase({ file: join(tempDir(), 'db.sqlite'), migrationsFolder })
    const pack = nl()
    pack.people.push({ ...pack.people[0]! }) // same key: the second insert of the same id fails
    expect(() => loadKnowledgePack(opened.db, pack)).toThrow()
    expect(isEmptyDatabase(opened.db)).toBe(true)
    expect(opened.db.select().from(t.departments).all()).toEqual([])
    opened.close()
  })
})
