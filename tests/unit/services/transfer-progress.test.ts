import { describe, expect, it } from 'vitest'
import type { TransferProgress } from '../../../src/shared/knowledge/transfer'
import { demoRuntime } from '../support/runtime'
import { countRows, dumpTables } from '../fixtures/transfer/tables'

/** A people file with `count` rows, every one of them valid. */
function bigPeopleCsv(count: number): string {
  const lines = ['name,email,department,role,phones']
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(5, '0')
    lines.push(`Medewerker ${n},m${n}@example.nl,Burgerzaken,"Baliemedewerker, team ${i % 7}",Mobiel: 06 1${n.padStart(7, '0')}`)
  }
  return `${lines.join('\r\n')}\r\n`
}

function setup() {
  const { runtime, dispatch } = demoRuntime('nl')
  const progress: TransferProgress[] = []
  const listeners: ((p: TransferProgress) => void)[] = []
  runtime.events.subscribe((event, payload) => {
    if (event !== 'transfer:progress') return
    progress.push(payload as TransferProgress)
    for (const listener of listeners) listener(payload as TransferProgress)
  })
  return { sqlite: runtime.database!.sqlite, dispatch, progress, onProgress: (l: (p: TransferProgress) => void) => listeners.push(l) }
}

// Thousands of rows on a shared two-core machine: give them time; the figures are not the point here.
describe('CSV import progress and cancel', { timeout: 30_000 }, () => {
  it('reports progress with increasing counts while checking, then writing and done', async () => {
    const { sqlite, dispatch, progress } = setup()
    const jobId = crypto.randomUUID()
    const before = countRows(sqlite, 'people')

    const result = await dispatch('transfer:import-csv', { kind: 'people', fileName: 'big.csv', content: bigPeopleCsv(5000), jobId })

    expect(result).toEqual({ ok: true, value: { status: 'imported', created: 5000, updated: 0 } })
    expect(countRows(sqlite, 'people')).toBe(before + 5000)
    expect(progress.every((p) => p.jobId === jobId)).toBe(true)
    const checking = progress.filter((p) => p.phase === 'checking')
    expect(checking.map((p) => p.done)).toEqual([500, 1000, 1500, 2000, 2500, 3000, 3500, 4000, 4500, 5000])
    expect(checking.every((p) => p.total === 5000)).toBe(true)
    expect(progress.map((p) => p.phase)).toEqual(['reading', ...checking.map(() => 'checking'), 'writing', 'done'])
    expect(progress.at(-1)).toEqual({ jobId, phase: 'done', done: 5000, total: 5000 })
  })

  it('stops when cancelled halfway through checking, having written nothing', async () => {
    const { sqlite, dispatch, progress, onProgress } = setup()
    const jobId = crypto.randomUUID()
    const before = dumpTables(sqlite)
    const cancels: unknown[] = []
    onProgress((p) => {
      if (p.phase === 'checking' && cancels.length === 0) cancels.push(dispatch('transfer:cancel', { jobId }))
    })

    const result = await dispatch('transfer:import-csv', { kind: 'people', fileName: 'big.csv', content: bigPeopleCsv(5000), jobId })

    expect(result).toEqual({ ok: true, value: { status: 'cancelled' } })
    expect(await cancels[0]).toEqual({ ok: true, value: { cancelled: true } })
    // It stopped at the first chance: after the first chunk, long before the end.
    expect(progress.filter((p) => p.phase === 'checking').map((p) => p.done)).toEqual([500])
    expect(progress.some((p) => p.phase === 'writing')).toBe(false)
    expect(dumpTables(sqlite)).toEqual(before)
    // The job is gone: cancelling it again finds nothing.
    expect(await dispatch('transfer:cancel', { jobId })).toEqual({ ok: true, value: { cancelled: false } })
  })

  it('rejects a large file with many problems, listing the first 200 and counting all', async () => {
    const { sqlite, dispatch } = setup()
    const before = countRows(sqlite, 'people')
    const content = bigPeopleCsv(1000).replace(/@example\.nl/g, '-at-example.nl')

    const result = await dispatch('transfer:import-csv', { kind: 'people', fileName: 'big.csv', content, jobId: crypto.randomUUID() })

    expect(result.ok && result.value).toMatchObject({ status: 'rejected', problemCount: 1000 })
    const problems = (result.ok && (result.value as { problems: { line: number; field: string }[] }).problems) || []
    expect(problems).toHaveLength(200)
    expect(problems[0]).toMatchObject({ line: 2, field: 'email' })
    expect(problems[199]).toMatchObject({ line: 201, field: 'email' })
    expect(countRows(sqlite, 'people')).toBe(before)
  })

  it('checks again before writing when the knowledge base changed during the check', async () => {
    const { sqlite, dispatch, onProgress } = setup()
    const before = countRows(sqlite, 'people')
    let renamed = false
    onProgress((p) => {
      if (p.phase === 'checking' && !renamed) {
        renamed = true
        sqlite.prepare(`UPDATE departments SET name = 'Publiekszaken' WHERE name = 'Burgerzaken'`).run()
      }
    })

    const result = await dispatch('transfer:import-csv', { kind: 'people', fileName: 'big.csv', content: bigPeopleCsv(1000), jobId: crypto.randomUUID() })

    expect(result.ok && result.value).toMatchObject({
      status: 'rejected',
      problemCount: 1000,
      problems: expect.arrayContaining([
        { file: 'big.csv', line: 2, field: 'department', code: 'unknown-department', params: { name: 'Burgerzaken' }, message: 'unknown department “Burgerzaken”' },
      ]),
    })
    expect(countRows(sqlite, 'people')).toBe(before)
  })
})
