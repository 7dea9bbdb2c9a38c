import { describe, expect, it } from 'vitest'
import { flowCategories } from '../../../src/shared/call/flow-schema'
import { dumpTables } from '../fixtures/transfer/tables'
import { tempDir } from '../support/paths'
import { demoRuntime } from '../support/runtime'

interface FlowsList {
  flows: { key: string; category: string; title: string; questions: { key: string; kind: string }[] }[]
  solutions: { key: string; category: string; title: string; notes: string }[]
}

const callTables = ['call_flows', 'call_solutions']

async function flowsList(dispatch: ReturnType<typeof demoRuntime>['dispatch']): Promise<FlowsList> {
  const result = await dispatch('flows:list', {})
  if (!result.ok) throw new Error(result.error.message)
  return result.value as FlowsList
}

/** A console whose database was filled before flows existed: the demo organisation, no flows or solutions. */
function databaseWithoutFlows(language: 'nl' | 'en', change?: (sql: (statement: string) => void) => void): string {
  const { runtime, dataDir } = demoRuntime(language)
  const sqlite = runtime.database!.sqlite
  sqlite.exec('DELETE FROM call_solutions; DELETE FROM call_flows;')
  change?.((statement) => sqlite.exec(statement))
  runtime.close()
  return dataDir
}

describe('flows:list', () => {
  it('gives the demo organisation’s eight flows in category order, with their standard solutions', async () => {
    const { dispatch } = demoRuntime('nl')
    const { flows, solutions } = await flowsList(dispatch)
    expect(flows.map((f) => f.category)).toEqual([...flowCategories])
    expect(flows[0]).toMatchObject({ title: 'Wachtwoord of account', questions: expect.arrayContaining([expect.objectContaining({ kind: 'identity' })]) })
    expect(solutions.find((s) => s.key === 'print-queue-cleared')).toMatchObject({ category: 'printer', title: 'Printopdracht vastgelopen – wachtrij geleegd' })
    // Grouped by category in the same order, each category's solutions in the pack's order.
    const order = solutions.map((s) => flowCategories.indexOf(s.category as (typeof flowCategories)[number]))
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })
})

describe('a database filled before question flows existed', () => {
  it('gets the demo flows and standard solutions at start-up, in the language of its content', async () => {
    // Filled in English; this time the console starts on a Dutch system.
    const dataDir = databaseWithoutFlows('en')
    const { dispatch, runtime } = demoRuntime('nl', dataDir)
    expect(runtime.status.state).toBe('ready')
    const { flows, solutions } = await flowsList(dispatch)
    expect(flows).toHaveLength(8)
    expect(flows[0]!.title).toBe('Password or account')
    expect(solutions.find((s) => s.key === 'print-queue-cleared')?.title).toBe('Print job stuck – queue cleared')
    // Nothing else was touched: the knowledge base is still the English one.
    const departments = runtime.database!.sqlite.prepare('SELECT name FROM departments').all() as { name: string }[]
    expect(departments.map((d) => d.name)).toContain('Finance')
  })

  it('leaves the flows alone once there are any', () => {
    const first = demoRuntime('nl')
    const sqlite = first.runtime.database!.sqlite
    sqlite.exec(`DELETE FROM call_flows WHERE category <> 'printer'`)
    const before = dumpTables(sqlite, callTables)
    first.runtime.close()

    const again = demoRuntime('nl', first.dataDir)
    expect(dumpTables(again.runtime.database!.sqlite, callTables)).toEqual(before)
  })

  it('does not get the demo flows when it holds another organisation’s knowledge', async () => {
    const dataDir = databaseWithoutFlows('nl', (sql) => sql(`UPDATE settings SET pack_id = 'rivierstad', organisation_name = 'Gemeente Rivierstad'`))
    const { dispatch } = demoRuntime('nl', dataDir)
    expect(await flowsList(dispatch)).toEqual({ flows: [], solutions: [] })
  })

  it('is not what fills a fresh database: that gets its flows with the rest of the demo pack', () => {
    const dataDir = tempDir()
    const { runtime } = demoRuntime('en', dataDir)
    const count = (table: string) => (runtime.database!.sqlite.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n
    expect(count('call_flows')).toBe(8)
    expect(count('call_solutions')).toBeGreaterThanOrEqual(16)
  })
})
