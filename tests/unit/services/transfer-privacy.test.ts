import { describe, expect, it } from 'vitest'
import { demoRuntime } from '../support/runtime'

const SENSITIVITY = 'Teamleider reageert slecht op kritiek (GEVOELIG-7731)'
const PERSON_NOTE = 'Liever bellen na 10:00, vanwege het dagelijkse teamoverleg (NOTITIE-4412)'
const PRIVATE_NOTE = 'Mijn eigen geheugensteun (PRIVE-9057)'

async function setup() {
  const { runtime, dispatch } = demoRuntime('nl')
  const sqlite = runtime.database!.sqlite
  const call = async <T = Record<string, unknown>>(channel: string, input: unknown): Promise<T> => {
    const result = await dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
    return result.value as T
  }
  const department = sqlite.prepare(`SELECT id FROM departments WHERE name = 'Belastingen'`).get() as { id: string }
  const person = sqlite.prepare(`SELECT id FROM people WHERE name = 'Ingrid Smit'`).get() as { id: string }
  sqlite.prepare('UPDATE departments SET sensitivities = ?, sensitivities_shareable = 0 WHERE id = ?').run(SENSITIVITY, department.id)
  sqlite.prepare('UPDATE people SET notes = ?, notes_shareable = 0 WHERE id = ?').run(PERSON_NOTE, person.id)
  await call('notes:save', { kind: 'person', id: person.id, body: PRIVATE_NOTE })
  await call('notes:save', { kind: 'department', id: department.id, body: PRIVATE_NOTE })

  /** Every export the console makes, as one text. */
  const everything = async () => {
    const files = [
      await call<{ content: string }>('transfer:export-csv', { kind: 'people' }),
      await call<{ content: string }>('transfer:export-csv', { kind: 'departments' }),
      await call<{ content: string }>('transfer:export-csv', { kind: 'applications' }),
      await call<{ content: string }>('packs:export', {}),
    ]
    return files.map((f) => f.content).join('\n')
  }
  const share = () => {
    sqlite.prepare('UPDATE departments SET sensitivities_shareable = 1 WHERE id = ?').run(department.id)
    sqlite.prepare('UPDATE people SET notes_shareable = 1 WHERE id = ?').run(person.id)
  }
  return { sqlite, everything, share, call }
}

describe('internal fields in exports', () => {
  it('leave the console in no export while they are not shareable, and private notes never', async () => {
    const { everything, sqlite } = await setup()
    const out = await everything()
    expect(out).not.toContain('GEVOELIG-7731')
    expect(out).not.toContain('NOTITIE-4412')
    expect(out).not.toContain('PRIVE-9057')
    // Nor do the demo's own sensitivities, which are internal too.
    const demo = sqlite.prepare(`SELECT sensitivities FROM departments WHERE name = 'Financiën'`).get() as { sensitivities: string }
    expect(out).not.toContain(demo.sensitivities.slice(0, 40))
  })

  it('go out in CSV and pack once marked shareable; private notes still never', async () => {
    const { everything, share, call } = await setup()
    share()
    const people = (await call<{ content: string }>('transfer:export-csv', { kind: 'people' })).content
    const departments = (await call<{ content: string }>('transfer:export-csv', { kind: 'departments' })).content
    const pack = JSON.parse((await call<{ content: string }>('packs:export', {})).content)
    expect(people).toContain('NOTITIE-4412')
    expect(departments).toContain('GEVOELIG-7731')
    expect(pack.people.find((p: { name: string }) => p.name === 'Ingrid Smit')).toMatchObject({ notes: PERSON_NOTE, notesShareable: true })
    expect(pack.departments.find((d: { name: string }) => d.name === 'Belastingen')).toMatchObject({ sensitivities: SENSITIVITY, sensitivitiesShareable: true })
    expect(await everything()).not.toContain('PRIVE-9057')
  })

  it('are kept when a CSV without them is imported', async () => {
    const { sqlite, call } = await setup()
    const file = await call<{ fileName: string; content: string }>('transfer:export-csv', { kind: 'people' })
    expect(await call('transfer:import-csv', { kind: 'people', fileName: file.fileName, content: file.content, jobId: crypto.randomUUID() })).toMatchObject({ status: 'imported', created: 0 })
    expect(sqlite.prepare(`SELECT notes FROM people WHERE name = 'Ingrid Smit'`).get()).toEqual({ notes: PERSON_NOTE })
  })

  it('cannot be made shareable by a file whose author never saw them', async () => {
    const { sqlite, call } = await setup()
    const content = 'name,notes,notes_shareable\nIngrid Smit,,yes\n'
    expect(await call('transfer:import-csv', { kind: 'people', fileName: 'people.csv', content, jobId: crypto.randomUUID() })).toMatchObject({ status: 'imported' })
    expect(sqlite.prepare(`SELECT notes, notes_shareable AS shareable FROM people WHERE name = 'Ingrid Smit'`).get()).toEqual({ notes: PERSON_NOTE, shareable: 0 })
    const departments = 'name,sensitivities,sensitivities_shareable\nBelastingen,,yes\n'
    expect(await call('transfer:import-csv', { kind: 'departments', fileName: 'departments.csv', content: departments, jobId: crypto.randomUUID() })).toMatchObject({ status: 'imported' })
    expect(sqlite.prepare(`SELECT sensitivities_shareable AS shareable FROM departments WHERE name = 'Belastingen'`).get()).toEqual({ shareable: 0 })
    expect((await call<{ content: string }>('transfer:export-csv', { kind: 'people' })).content).not.toContain('NOTITIE-4412')
  })
})
