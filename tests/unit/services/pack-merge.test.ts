import { describe, expect, it } from 'vitest'
import * as t from '../../../src/main/db/schema'
import { demoRuntime } from '../support/runtime'
import { dumpTables } from '../fixtures/transfer/tables'

type Counts = Record<string, { new: number; changed: number; removed: number }>
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
  const exportPack = async () => {
    const file = await call<{ fileName: string; content: string }>('packs:export', {})
    return { fileName: file.fileName, pack: JSON.parse(file.content) }
  }
  const file = (pack: unknown, fileName = 'team.json') => ({ fileName, content: JSON.stringify(pack) })
  const events: string[] = []
  runtime.events.subscribe((event) => events.push(event))
  return { runtime, db, sqlite, dispatch, call, exportPack, file, events }
}

describe('knowledge pack export', () => {
  it('writes the whole knowledge base as the next version, named after the organisation', async () => {
    const { exportPack, sqlite } = setup()
    const { fileName, pack } = await exportPack()
    expect(fileName).toBe('zuiderhaven-knowledge-v2.json')
    expect(pack.pack).toEqual({ version: 2, language: 'nl', title: 'Gemeente Zuiderhaven' })
    const count = (table: string) => (sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n
    expect(pack.departments).toHaveLength(count('departments'))
    expect(pack.glossary).toHaveLength(count('glossary_terms'))
    // Keys are the ids, so they come back as the same items.
    const finance = sqlite.prepare(`SELECT id FROM departments WHERE name = 'Financiën'`).get() as { id: string }
    expect(pack.departments.map((d: { key: string }) => d.key)).toContain(finance.id)
  })
})

describe('knowledge pack preview and apply', () => {
  it('counts what changes per kind, with examples, and applies exactly that', async () => {
    const { call, exportPack, file, db, events } = setup()
    const { pack } = await exportPack()
    pack.departments[1].mission = 'Een nieuwe missie.'
    pack.applications.push({ key: 'zaakportaal', name: 'Zaakportaal', description: 'Het portaal waarin inwoners hun aanvraag volgen.' })
    const [removedRule] = pack.rules.splice(2, 1)

    const preview = await call('packs:preview', file(pack))

    expect(preview.counts).toEqual({ ...none, department: { ...zero, changed: 1 }, application: { ...zero, new: 1 }, rule: { ...zero, removed: 1 } })
    expect(preview.examples).toEqual([
      { kind: 'department', change: 'changed', title: pack.departments[1].name },
      { kind: 'application', change: 'new', title: 'Zaakportaal' },
      { kind: 'rule', change: 'removed', title: removedRule.statement },
    ])
    expect(preview).toMatchObject({ organisation: 'Gemeente Zuiderhaven', packVersion: 2, currentVersion: 1, older: false, otherOrganisation: false })

    const applied = await call('packs:apply', file(pack))

    expect(applied).toEqual({ packVersion: 2, counts: preview.counts })
    expect(db.select().from(t.departments).all().find((d) => d.id === pack.departments[1].key)!.mission).toBe('Een nieuwe missie.')
    expect(db.select().from(t.applications).all().map((a) => a.name)).toContain('Zaakportaal')
    expect(db.select().from(t.rules).all().map((r) => r.id)).not.toContain(removedRule.key)
    expect(events).toContain('knowledge:changed')
    // Now the same pack again: nothing left to do, and it is no longer newer than what the console has.
    expect(await call('packs:preview', file(pack))).toMatchObject({ counts: none, older: true, currentVersion: 2 })
  })

  it('is the identity when a console applies its own export', async () => {
    const { call, exportPack, file, sqlite } = setup('en')
    const before = dumpTables(sqlite)
    const { pack, fileName } = await exportPack()

    expect((await call('packs:preview', file(pack, fileName))).counts).toEqual(none)
    expect(await call('packs:apply', file(pack, fileName))).toEqual({ packVersion: 2, counts: none })

    expect(dumpTables(sqlite)).toEqual(before)
    expect(sqlite.prepare('SELECT pack_id AS id, pack_version AS version FROM settings').get()).toEqual({ id: 'zuiderhaven', version: 2 })
  })

  it("keeps every one of the agent's private notes, also on removed and changed items", async () => {
    const { call, exportPack, file, sqlite } = setup()
    const { pack } = await exportPack()
    const department = pack.departments[0]
    const rule = pack.rules[0]
    await call('notes:save', { kind: 'department', id: department.key, body: 'Mijn eigen aantekening' })
    await call('notes:save', { kind: 'rule', id: rule.key, body: 'Vaak gevraagd' })
    const notes = dumpTables(sqlite, ['private_notes'])
    department.whatMatters = 'Anders.'
    pack.rules.shift()

    await call('packs:apply', file(pack))

    expect(dumpTables(sqlite, ['private_notes'])).toEqual(notes)
  })

  it('keeps internal fields the pack does not carry, and takes those it does', async () => {
    const { call, exportPack, file, sqlite } = setup()
    const person = sqlite.prepare(`SELECT id FROM people WHERE name = 'Henk Visser'`).get() as { id: string }
    sqlite.prepare(`UPDATE people SET notes = 'Alleen voor de servicedesk' WHERE id = ?`).run(person.id)
    const { pack } = await exportPack()
    const henk = pack.people.find((p: { key: string }) => p.key === person.id)
    expect(henk.notes).toBeUndefined()
    henk.role = 'Hoofd Financiële Administratie'
    const sensitivities = () => sqlite.prepare('SELECT sensitivities AS s, sensitivities_shareable AS shareable FROM departments WHERE id = ?').get(pack.departments[2].key)
    const before = sensitivities()
    pack.departments[3].sensitivities = 'Gedeeld met het hele team.'
    pack.departments[3].sensitivitiesShareable = true

    expect((await call<{ counts: Counts }>('packs:apply', file(pack))).counts.department).toEqual({ ...zero, changed: 1 })

    expect(sqlite.prepare('SELECT role, notes FROM people WHERE id = ?').get(person.id)).toEqual({ role: 'Hoofd Financiële Administratie', notes: 'Alleen voor de servicedesk' })
    expect(sensitivities()).toEqual(before)
    expect(sqlite.prepare('SELECT sensitivities AS s, sensitivities_shareable AS shareable FROM departments WHERE id = ?').get(pack.departments[3].key)).toEqual({
      s: 'Gedeeld met het hele team.',
      shareable: 1,
    })
  })

  it('refuses an older pack unless forced, and then goes back to it', async () => {
    const { call, exportPack, file, dispatch } = setup()
    const { pack } = await exportPack()
    await call('packs:apply', file(pack))
    pack.rules[0].reason = 'Een oudere uitleg.'
    pack.pack.version = 2

    expect(await call('packs:preview', file(pack))).toMatchObject({ older: true, currentVersion: 2, packVersion: 2, counts: { rule: { ...zero, changed: 1 } } })
    const refused = await dispatch('packs:apply', file(pack))
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('team.json is version 2; this console already has version 2') } })
    expect((await call('rules:get', { id: pack.rules[0].key })).reason).not.toBe('Een oudere uitleg.')

    expect(await call('packs:apply', { ...file(pack), force: true })).toMatchObject({ packVersion: 2, counts: { rule: { ...zero, changed: 1 } } })
    expect((await call('rules:get', { id: pack.rules[0].key })).reason).toBe('Een oudere uitleg.')
  })

  it("refuses another organisation's pack unless forced", async () => {
    const { call, exportPack, file, dispatch, sqlite } = setup()
    const { pack } = await exportPack()
    pack.organisation.id = 'gemeente-noorderveld'
    pack.organisation.name = 'Gemeente Noorderveld'
    pack.pack.version = 9

    expect(await call('packs:preview', file(pack))).toMatchObject({ organisation: 'Gemeente Noorderveld', older: true, otherOrganisation: true })
    expect(await dispatch('packs:apply', file(pack))).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('Gemeente Noorderveld') } })
    expect(sqlite.prepare('SELECT pack_id AS id FROM settings').get()).toEqual({ id: 'zuiderhaven' })

    await call('packs:apply', { ...file(pack), force: true })
    expect(sqlite.prepare('SELECT pack_id AS id, organisation_name AS name FROM settings').get()).toEqual({ id: 'gemeente-noorderveld', name: 'Gemeente Noorderveld' })
  })

  it('names the file and the fields of a broken pack, and changes nothing', async () => {
    const { exportPack, dispatch, sqlite } = setup()
    const { pack } = await exportPack()
    pack.people[0].department = 'nergens'
    pack.articles[0].applications = ['onbekend']
    const before = dumpTables(sqlite)

    for (const channel of ['packs:preview', 'packs:apply']) {
      const result = await dispatch(channel, { fileName: 'kapot.json', content: JSON.stringify(pack) })
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: 'invalid-input',
          message: expect.stringMatching(/^kapot\.json is not a valid knowledge pack: /),
          issues: expect.arrayContaining([
            { field: 'people.0.department', message: 'unknown department "nergens"' },
            { field: 'articles.0.applications.0', message: 'unknown application "onbekend"' },
          ]),
        },
      })
    }
    expect(await dispatch('packs:preview', { fileName: 'leeg.json', content: '{' })).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/^leeg\.json is not readable JSON/) } })
    expect(dumpTables(sqlite)).toEqual(before)
  })

  it('swaps names between two applications, and reuses the name of a removed one, in one apply', async () => {
    const { call, exportPack, file, sqlite } = setup()
    const { pack } = await exportPack()
    const [a, b] = pack.applications
    ;[a.name, b.name] = [b.name, a.name]
    const removed = pack.applications.pop()
    pack.applications.push({ key: 'opvolger', name: removed.name })
    pack.criticality = pack.criticality.filter((c: { application: string }) => c.application !== removed.key)
    for (const d of pack.departments) {
      for (const w of d.ownWords) if (w.application === removed.key) delete w.application
      for (const p of d.busyPeriods) p.applicationIds = p.applicationIds.filter((id: string) => id !== removed.key)
    }
    for (const article of pack.articles) article.applications = article.applications.filter((id: string) => id !== removed.key)

    const result = await call<{ counts: Counts }>('packs:apply', file(pack))

    expect(result.counts.application).toEqual({ new: 1, changed: 2, removed: 1 })
    const name = (id: string) => (sqlite.prepare('SELECT name FROM applications WHERE id = ?').get(id) as { name: string } | undefined)?.name
    expect([name(a.key), name(b.key), name(removed.key)]).toEqual([a.name, b.name, undefined])
  })
})
