import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readKnowledgePack } from '../../../src/main/services/knowledge-pack'
import { stableId } from '../../../src/main/services/stable-id'
import { phaseIds } from '../../../src/shared/call/phases'
import { packsFolder } from '../support/paths'
import { demoRuntime } from '../support/runtime'

const pack = readKnowledgePack(join(packsFolder, 'demo.nl.json'))
const id = (kind: string, key: string) => stableId('zuiderhaven', kind, key)

async function setup() {
  const demo = demoRuntime()
  const h = demo.runtime.handlers
  const [me] = await h['learners:list']({})
  return { ...demo, h, me: me!, path: () => h['learning:path']({ learnerId: me!.id }) }
}

const kindsInOrder = (items: { kind: string }[]) => items.map((i) => i.kind).filter((kind, i, all) => kind !== all[i - 1])

const newDepartment = {
  name: 'Archief',
  mission: 'Alle stukken van de gemeente vindbaar en bewaard zoals de wet het vraagt. Daarna vernietigd.',
  whatMatters: '',
  busyPeriods: [],
  sensitivities: '',
  sensitivitiesShareable: false,
  preferredContact: '',
  applications: [],
  ownWords: [],
}

describe('the learning path of a fresh console', () => {
  it('starts with the departments by name, then their critical applications, the rules and ends with the eight call phases', async () => {
    const { path } = await setup()
    const { items, total, done } = await path()
    expect(kindsInOrder(items)).toEqual(['department', 'application', 'rule', 'phase'])
    expect(total).toBe(items.length)
    expect(done).toBe(0)

    const departments = items.filter((i) => i.kind === 'department')
    expect(departments.map((d) => d.title)).toEqual(pack.departments.map((d) => d.name).sort((a, b) => a.localeCompare(b, 'nl')))
    const finance = departments.find((d) => d.refId === id('department', 'finance'))!
    expect(finance.title).toBe('Financiën')
    expect(finance.body).toBe(pack.departments.find((d) => d.key === 'finance')!.mission.replace(/\s+/g, ' ').trim())

    // Every application that is critical for some department, once, in the order of the departments above.
    const critical = pack.criticality.filter((c) => c.level === 'critical')
    const applications = items.filter((i) => i.kind === 'application')
    expect(new Set(applications.map((a) => a.refId))).toEqual(new Set(critical.map((c) => id('application', c.application))))
    expect(applications).toHaveLength(new Set(critical.map((c) => c.application)).size)
    const departmentRank = (refId: string | null) =>
      Math.min(...critical.filter((c) => id('application', c.application) === refId).map((c) => departments.findIndex((d) => d.refId === id('department', c.department))))
    const ranks = applications.map((a) => departmentRank(a.refId))
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    const finix = applications.find((a) => a.refId === id('application', 'finix'))!
    expect(finix.title).toBe('Finix Financiën')
    expect(finix.body).not.toContain('\n')
    expect(pack.applications.find((a) => a.key === 'finix')!.description.startsWith(finix.body)).toBe(true)
    expect(finix.body).toMatch(/[.!?]$/)

    const rules = items.filter((i) => i.kind === 'rule')
    expect(rules).toHaveLength(pack.rules.length)
    const adminRights = rules.find((r) => r.refId === id('rule', 'admin-rights'))!
    expect(adminRights.title).toBe(pack.rules.find((r) => r.key === 'admin-rights')!.statement)
    expect(adminRights.body).toBe('Met die rechten kan één verkeerde klik of een besmette bijlage de hele laptop overnemen.')

    const phases = items.filter((i) => i.kind === 'phase')
    expect(phases.map((p) => p.refId)).toEqual([...phaseIds])
    expect(phases.every((p) => p.title === '' && p.body === '')).toBe(true)
  })

  it('is the same path on every read (stored, not generated anew)', async () => {
    const { path } = await setup()
    const first = await path()
    expect((await path()).items.map((i) => i.id)).toEqual(first.items.map((i) => i.id))
  })
})

describe('the path follows the knowledge base', () => {
  it('a department added later appears after the last department; a deleted one is dropped; a renamed one is renamed', async () => {
    const { h, path } = await setup()
    const before = await path()
    const archive = await h['departments:save']({ values: newDepartment })
    const after = (await path()).items
    expect(after).toHaveLength(before.items.length + 1)
    const index = after.findIndex((i) => i.refId === archive.id)
    expect(after[index]).toMatchObject({ kind: 'department', title: 'Archief', body: 'Alle stukken van de gemeente vindbaar en bewaard zoals de wet het vraagt. Daarna vernietigd.' })
    expect(after[index - 1]!.kind).toBe('department')
    expect(after[index + 1]!.kind).toBe('application')
    // Everything else kept its id: progress on it stays.
    expect(after.filter((i) => i.refId !== archive.id).map((i) => i.id)).toEqual(before.items.map((i) => i.id))

    await h['departments:save']({ id: archive.id, values: { ...newDepartment, name: 'Documentaire informatievoorziening' } })
    expect((await path()).items.find((i) => i.refId === archive.id)!.title).toBe('Documentaire informatievoorziening')

    await h['knowledge:delete']({ kind: 'department', id: archive.id })
    expect((await path()).items.map((i) => i.id)).toEqual(before.items.map((i) => i.id))
  })

  it("keeps the team lead's order and appends a new department after the last department in that order", async () => {
    const { h, path } = await setup()
    const reversed = (await path()).items.map((i) => i.id).reverse()
    expect(await h['learning:reorder']({ ids: reversed })).toEqual({ count: reversed.length })
    expect((await path()).items.map((i) => i.id)).toEqual(reversed)

    const archive = await h['departments:save']({ values: newDepartment })
    const items = (await path()).items
    // Reversed, the departments are at the end: the new one goes after the last of them, the very end.
    expect(items.at(-1)!.refId).toBe(archive.id)
    expect(items.slice(0, -1).map((i) => i.id)).toEqual(reversed)
  })
})

describe('a team lead shapes the path', () => {
  it('refuses an order with a missing id, naming ids, and leaves the path as it was', async () => {
    const { path, dispatch } = await setup()
    const ids = (await path()).items.map((i) => i.id)
    const result = await dispatch('learning:reorder', { ids: ids.slice(1).reverse() })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('invalid-input')
    expect(result.error.issues?.map((i) => i.field)).toEqual(['ids'])
    expect(result.error.message).toContain('1 item is missing')
    expect((await path()).items.map((i) => i.id)).toEqual(ids)

    const twice = await dispatch('learning:reorder', { ids: [...ids, ids[0]] })
    expect(twice.ok || twice.error.message).toContain('more than once')
  })

  it('adds an own item at the end, marks any item required, and deletes only own items', async () => {
    const { h, path, dispatch } = await setup()
    const added = await dispatch('learning:item-save', { values: { title: '  Meeluisteren bij een collega  ', body: 'Een ochtend naast Henk.', required: true } })
    if (!added.ok) throw new Error(added.error.message)
    const ownId = (added.value as { id: string }).id
    let current = await path()
    expect(current.items.at(-1)).toMatchObject({ id: ownId, kind: 'own', refId: null, title: 'Meeluisteren bij een collega', body: 'Een ochtend naast Henk.', required: true })
    expect(current).toMatchObject({ requiredTotal: 1, requiredDone: 0 })

    const finance = current.items.find((i) => i.refId === id('department', 'finance'))!
    await h['learning:require']({ id: finance.id, required: true })
    current = await path()
    expect(current.requiredTotal).toBe(2)
    expect(current.items.find((i) => i.id === finance.id)!.required).toBe(true)

    // A generated item follows the knowledge base: it can be neither rewritten nor deleted here.
    const rewrite = await dispatch('learning:item-save', { id: finance.id, values: { title: 'Geld', body: '', required: false } })
    expect(rewrite.ok || rewrite.error).toMatchObject({ code: 'invalid-input', issues: [{ field: 'id' }] })
    const removeGenerated = await dispatch('learning:item-delete', { id: finance.id })
    expect(removeGenerated.ok).toBe(false)
    if (!removeGenerated.ok) expect(removeGenerated.error.message).toMatch(/comes from the knowledge base.*not required/)

    const untitled = await dispatch('learning:item-save', { values: { title: '   ' } })
    expect(untitled.ok || untitled.error.issues).toEqual([{ field: 'values.title', message: 'enter a title' }])

    await h['learning:item-save']({ id: ownId, values: { title: 'Meeluisteren', body: '', required: false } })
    expect((await path()).items.at(-1)).toMatchObject({ id: ownId, title: 'Meeluisteren', required: false })
    expect(await h['learning:item-delete']({ id: ownId })).toEqual({ deleted: true })
    expect((await path()).items.some((i) => i.id === ownId)).toBe(false)
    expect((await dispatch('learning:item-delete', { id: ownId })).ok).toBe(false)
  })

  it('keeps own items where the team lead put them when the knowledge changes', async () => {
    const { h, path } = await setup()
    const { id: ownId } = await h['learning:item-save']({ values: { title: 'Welkom', body: '', required: false } })
    const ids = (await path()).items.map((i) => i.id)
    await h['learning:reorder']({ ids: [ownId, ...ids.filter((x) => x !== ownId)] })
    await h['departments:save']({ values: newDepartment })
    expect((await path()).items[0]!.id).toBe(ownId)
  })
})

describe('marking items done', () => {
  it('is per learner: one learner\'s done is not another\'s', async () => {
    const { h, me, path } = await setup()
    const trainee = await h['learners:save']({ name: 'Noor Bakker' })
    const [first, second] = (await path()).items
    const mine = await h['learning:mark']({ learnerId: me.id, itemId: first!.id, done: true })
    expect(mine.done).toBe(1)
    expect(mine.items[0]!.doneAt).not.toBeNull()
    expect(mine.items[1]!.doneAt).toBeNull()

    const theirs = await h['learning:mark']({ learnerId: trainee.id, itemId: second!.id, done: true })
    expect(theirs.items.filter((i) => i.doneAt).map((i) => i.id)).toEqual([second!.id])
    expect((await path()).items.filter((i) => i.doneAt).map((i) => i.id)).toEqual([first!.id])

    const undone = await h['learning:mark']({ learnerId: me.id, itemId: first!.id, done: false })
    expect(undone.done).toBe(0)
    expect((await h['learning:path']({ learnerId: trainee.id })).done).toBe(1)
  })
})
