import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { root } from '../support/paths'
import { demoRuntime } from '../support/runtime'
import { countRows, dumpTables } from '../fixtures/transfer/tables'

const fixture = (name: string) => readFileSync(join(root, 'tests/unit/fixtures/transfer', name), 'utf8')
const jobId = () => crypto.randomUUID()

function setup() {
  const { runtime, dispatch } = demoRuntime('nl')
  const { db, sqlite } = runtime.database!
  const call = async <T = unknown>(channel: string, input: unknown): Promise<T> => {
    const result = await dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`)
    return result.value as T
  }
  const importCsv = (kind: string, fileName: string, content: string) => call<Record<string, unknown>>('transfer:import-csv', { kind, fileName, content, jobId: jobId() })
  const exportCsv = (kind: string) => call<{ fileName: string; content: string }>('transfer:export-csv', { kind })
  return { runtime, db, sqlite, dispatch, call, importCsv, exportCsv }
}

describe('CSV import', () => {
  it('reports every bad row with its line and field, counting lines inside quoted cells, and imports nothing', async () => {
    const { sqlite, importCsv } = setup()
    const before = { people: countRows(sqlite, 'people'), phones: countRows(sqlite, 'person_phones') }

    const result = await importCsv('people', 'people-two-bad-rows.csv', fixture('people-two-bad-rows.csv'))

    expect(result.status).toBe('rejected')
    expect(result.problemCount).toBe(2)
    expect(result.problems).toEqual([
      {
        file: 'people-two-bad-rows.csv',
        line: 4,
        field: 'email',
        code: 'invalid-email',
        params: { value: 'piet-at-example.nl' },
        message: '“piet-at-example.nl” is not an e-mail address',
      },
      { file: 'people-two-bad-rows.csv', line: 6, field: 'department', code: 'unknown-department', params: { name: 'Financien' }, message: 'unknown department “Financien”' },
    ])
    expect({ people: countRows(sqlite, 'people'), phones: countRows(sqlite, 'person_phones') }).toEqual(before)
  })

  it('imports the corrected file in full: numbers in E.164, departments by name, multi-line notes intact', async () => {
    const { sqlite, importCsv } = setup()
    const before = countRows(sqlite, 'people')

    expect(await importCsv('people', 'people-fixed.csv', fixture('people-fixed.csv'))).toEqual({ status: 'imported', created: 4, updated: 0 })

    expect(countRows(sqlite, 'people')).toBe(before + 4)
    const eva = sqlite
      .prepare(`SELECT p.id, p.notes, d.name AS department FROM people p JOIN departments d ON d.id = p.department_id WHERE p.name = 'Eva Jansen'`)
      .get() as { id: string; notes: string; department: string }
    expect(eva.department).toBe('Burgerzaken')
    expect(eva.notes).toBe('Werkt op dinsdag\r\nen donderdag; bel tussen 12:30 en 13:00')
    const tom = sqlite.prepare(`SELECT ph.label, ph.number FROM person_phones ph JOIN people p ON p.id = ph.person_id WHERE p.name = 'Tom de Wit' ORDER BY ph.position`).all()
    expect(tom).toEqual([
      { label: 'Mobiel', number: '+31687654321' },
      { label: 'Werk', number: '+31101234567' },
    ])
  })

  it('names unknown and missing columns on line 1', async () => {
    const { importCsv } = setup()
    const unknown = await importCsv('applications', 'apps.csv', 'name,colour\nPortal,blue\n')
    expect(unknown).toMatchObject({ status: 'rejected', problems: [{ file: 'apps.csv', line: 1, field: 'colour', message: expect.stringContaining('unknown column “colour”') }] })
    const missing = await importCsv('departments', 'deps.csv', 'mission\nHelp\n')
    expect(missing).toMatchObject({ status: 'rejected', problems: [{ line: 1, field: 'name', message: 'the column “name” is missing' }] })
  })

  it('refuses a name twice in the file, or a rename onto another department', async () => {
    const { db, importCsv, exportCsv } = setup()
    const { content } = await exportCsv('departments')
    const finance = db.query.departments.findFirst({ where: (d, { eq }) => eq(d.name, 'Financiën') }).sync()!
    const file = `id,name\n${finance.id},Belastingen\n,Nieuw team\n,nieuw TEAM\n`

    const result = await importCsv('departments', 'departments.csv', file)

    expect(result).toMatchObject({
      status: 'rejected',
      problems: [
        { line: 2, field: 'name', message: 'another department is already called “Belastingen”' },
        { line: 4, field: 'name', message: '“nieuw TEAM” is already on line 3' },
      ],
    })
    expect((await exportCsv('departments')).content).toBe(content)
  })

  it('updates by name when a row has no id, and swaps names within one file', async () => {
    const { sqlite, importCsv } = setup()
    const ids = (names: string[]) => names.map((n) => (sqlite.prepare('SELECT id FROM applications WHERE name = ?').get(n) as { id: string }).id)
    const [finix, heffix] = ids(['Finix Financiën', 'Heffix Belastingen'])
    const file = `id,name,support_hours\n,finix financiën,24/7\n${finix},Heffix Belastingen,\n${heffix},Finix Financiën,\n`
    // Row 2 matches Finix by name, so row 3 aims at the same item and row 4 takes the name row 2 keeps.
    expect(await importCsv('applications', 'a.csv', file)).toMatchObject({
      status: 'rejected',
      problems: [
        { line: 3, field: 'id', message: 'this application is already on line 2' },
        { line: 4, field: 'name', message: '“Finix Financiën” is already on line 2' },
      ],
    })

    const swap = `id,name\n${finix},Heffix Belastingen\n${heffix},Finix Financiën\n`
    expect(await importCsv('applications', 'a.csv', swap)).toEqual({ status: 'imported', created: 0, updated: 2 })
    expect(ids(['Heffix Belastingen', 'Finix Financiën'])).toEqual([finix, heffix])

    // Matched by name whatever the case; the file's spelling is what gets written.
    expect(await importCsv('applications', 'a.csv', 'name,support_hours\nheffix belastingen,24/7\n')).toEqual({ status: 'imported', created: 0, updated: 1 })
    expect(sqlite.prepare('SELECT name, support_hours AS hours FROM applications WHERE id = ?').get(finix)).toEqual({ name: 'heffix belastingen', hours: '24/7' })
  })
})

describe('CSV export', () => {
  it('writes UTF-8 with a byte-order mark, a header and one row per item, in a fixed column order', async () => {
    const { exportCsv, sqlite } = setup()
    const people = await exportCsv('people')
    expect(people.fileName).toBe('people.csv')
    expect(people.content.startsWith('\uFEFFid,name,email,department,role,vip,key_contact,preferred_language,phones,notes,notes_shareable\r\n')).toBe(true)
    expect(people.content).toContain('Mobiel: +31600000103; Vast: +31100000203')
    expect(people.content.trimEnd().split('\r\n')).toHaveLength(1 + countRows(sqlite, 'people'))
    expect((await exportCsv('departments')).content).toMatch(/^\uFEFFid,name,mission,what_matters,preferred_contact,sensitivities,sensitivities_shareable\r\n/)
    expect((await exportCsv('applications')).content).toMatch(/^\uFEFFid,name,description,owner,resolver_group,resolver_contact,support_hours,known_issues\r\n/)
  })

  it('round-trips losslessly: importing an export updates every item by id, creates nothing, changes nothing', async () => {
    const { sqlite, call, importCsv, exportCsv } = setup()
    // Make the data awkward: a formula-like role, a number without a label, a shared note with a line break, a private one.
    const person = sqlite.prepare(`SELECT id FROM people WHERE name = 'Kevin Hoekstra'`).get() as { id: string }
    const detail = await call<Record<string, unknown>>('people:get', { id: person.id })
    await call('people:save', {
      id: person.id,
      values: { ...pick(detail), role: '=HYPERLINK("x")', notes: 'Belt liever terug\nna 16:00, "graag"', notesShareable: true, phones: [{ label: '', number: '+31600000104' }, { label: 'Vast: werk', number: '+31100000204' }] },
    })
    const other = sqlite.prepare(`SELECT id FROM people WHERE name = 'Henk Visser'`).get() as { id: string }
    await call('people:save', { id: other.id, values: { ...pick(await call('people:get', { id: other.id })), notes: 'Alleen intern', notesShareable: false } })
    const before = dumpTables(sqlite)

    // Cells a spreadsheet would run as a formula go out with an apostrophe, which the import takes off.
    expect((await exportCsv('people')).content).toContain(`"'=HYPERLINK(""x"")"`)
    expect((await exportCsv('people')).content).toContain(`"'+31600000104; Vast: werk: +31100000204"`)

    for (const kind of ['people', 'departments', 'applications'] as const) {
      const file = await exportCsv(kind)
      const items = countRows(sqlite, kind)
      expect(await importCsv(kind, file.fileName, file.content), kind).toEqual({ status: 'imported', created: 0, updated: items })
    }

    expect(dumpTables(sqlite)).toEqual(before)
  })
})

function pick(detail: Record<string, unknown>) {
  const { name, email, departmentId, role, vip, keyContact, preferredLanguage, notes, notesShareable, phones } = detail
  return { name, email, departmentId, role, vip, keyContact, preferredLanguage, notes, notesShareable, phones }
}
