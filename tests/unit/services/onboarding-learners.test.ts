import { describe, expect, it } from 'vitest'
import { demoRuntime } from '../support/runtime'

describe('learner profiles', () => {
  it("a fresh console has one profile, the agent's own, named after the organisation's agent", async () => {
    const { runtime } = demoRuntime()
    const h = runtime.handlers
    const [me, ...rest] = await h['learners:list']({})
    expect(rest).toEqual([])
    expect(me!.name).toBe((await h['settings:get']({})).agent.name)
    expect(me!.name).toBe('Sanne de Vries')
    // Asking again does not make another one.
    expect(await h['learners:list']({})).toEqual([me])
  })

  it('lists profiles by name and refuses a name that is taken, whatever its case, on `name`', async () => {
    const { runtime, dispatch } = demoRuntime()
    const h = runtime.handlers
    await h['learners:list']({})
    const noor = await h['learners:save']({ name: 'Noor Bakker' })
    await h['learners:save']({ name: 'anton Meijer' })
    expect((await h['learners:list']({})).map((l) => l.name)).toEqual(['anton Meijer', 'Noor Bakker', 'Sanne de Vries'])

    const twice = await dispatch('learners:save', { name: '  SANNE DE VRIES ' })
    expect(twice.ok).toBe(false)
    if (twice.ok) return
    expect(twice.error).toMatchObject({ code: 'conflict', issues: [{ field: 'name', message: 'already exists' }] })
    expect(twice.error.message).toContain('“Sanne de Vries”')

    const renameOnto = await dispatch('learners:save', { id: noor.id, name: 'Anton meijer' })
    expect(renameOnto.ok || renameOnto.error.code).toBe('conflict')
    // Renaming a profile to itself in another case is fine.
    expect((await h['learners:save']({ id: noor.id, name: 'noor bakker' })).name).toBe('noor bakker')

    const blank = await dispatch('learners:save', { name: '   ' })
    expect(blank.ok || blank.error.issues).toEqual([{ field: 'name', message: 'enter a name' }])
    expect((await h['learners:list']({})).length).toBe(3)
  })

  it('deleting a profile that is gone says so', async () => {
    const { runtime, dispatch } = demoRuntime()
    const trainee = await runtime.handlers['learners:save']({ name: 'Stagiair' })
    await runtime.handlers['learners:delete']({ id: trainee.id })
    const again = await dispatch('learners:delete', { id: trainee.id })
    expect(again.ok || again.error.code).toBe('not-found')
    const path = await dispatch('learning:path', { learnerId: trainee.id })
    expect(path.ok || path.error.message).toContain('no longer exists')
  })
})
