// CSV import of 50,000 people through the transfer service (createTransfers(...).importCsv) on a fresh
// demo database: rows per second, peak memory, progress events. Run in a process of its own (run.ts
// does so) for memory figures that are about the import alone.
//
//   npx tsx tests/bench/csv-import.ts
import { randomUUID } from 'node:crypto'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startRuntime } from '../../src/main/runtime'
import { createTransfers } from '../../src/main/services/transfer'
import { createRandom, defaultSeed } from './generate'
import { isMain, mb, migrationsFolder, packsFolder, runStandalone, tempDir, type Figure } from './lib'
import { firstNames, infixes, lastNames, roles } from './vocabulary'

export const CSV_ROWS = 50_000
const COLUMNS = ['name', 'email', 'department', 'role', 'phones']

const quote = (value: string) => (/[",\r\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)
const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-zA-Z]/g, '')
    .toLowerCase()

/**
 * people.csv as an organisation would export it from its HR system: department by name, phones as
 * "Label: number; Label: number", half of them in national notation (06-…, 010-…) as typed in Excel.
 */
export function peopleCsv(rows: number, departmentNames: string[], avoidNames: Set<string>, seed = defaultSeed): string {
  const random = createRandom(seed + 3)
  const lines = [COLUMNS.join(',')]
  const emails = new Map<string, number>()
  for (let i = 0; i < rows; i++) {
    let first: string
    let infix: string
    let last: string
    let name: string
    do {
      first = random.pick(firstNames)
      infix = random.pick(infixes)
      last = random.pick(lastNames)
      name = [first, infix, last].filter(Boolean).join(' ')
    } while (avoidNames.has(name.toLowerCase()))
    const local = `${ascii(first)}.${ascii(infix)}${ascii(last)}`
    const seen = emails.get(local) ?? 0
    emails.set(local, seen + 1)
    const national = random.chance(0.5)
    const phones: string[] = []
    if (random.chance(0.85)) {
      const digits = random.digits(8)
      phones.push(`Mobiel: ${national ? `06-${digits}` : `+316${digits}`}`)
    }
    if (phones.length === 0 || random.chance(0.5)) {
      const digits = random.digits(7)
      phones.push(`Vast: ${national ? `010-${digits}` : `+3110${digits}`}`)
    }
    lines.push([name, `${local}${seen ? seen + 1 : ''}@zuiderhaven.nl`, random.pick(departmentNames), random.pick(roles), phones.join('; ')].map(quote).join(','))
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

export interface CsvImportResult {
  rows: number
  fileBytes: number
  status: string
  created: number
  updated: number
  problems: string[]
  seconds: number
  rowsPerSecond: number
  phases: Record<string, number>
  progressEvents: number
  baselineRss: number
  peakRss: number
  baselineHeap: number
  peakHeap: number
  maxRssOfProcess: number
  peopleAfter: number
  available: boolean
  unavailableReason?: string
}

export async function measureCsvImport(seed = defaultSeed): Promise<CsvImportResult> {
  const dataDir = tempDir('csv')
  const runtime = startRuntime({ dataDir, migrationsFolder, packsFolder, preferredLanguage: 'nl', version: '0.0.0-bench' })
  if (runtime.status.state !== 'ready' || !runtime.database) throw new Error(`startRuntime did not give a usable database: ${JSON.stringify(runtime.status)}`)
  const { db, sqlite } = runtime.database
  try {
    const departmentNames = (sqlite.prepare('SELECT name FROM departments ORDER BY name').all() as { name: string }[]).map((d) => d.name)
    const existingNames = new Set((sqlite.prepare('SELECT name FROM people').all() as { name: string }[]).map((p) => p.name.toLowerCase()))
    const file = join(dataDir, 'people.csv')
    writeFileSync(file, peopleCsv(CSV_ROWS, departmentNames, existingNames, seed))
    const fileBytes = statSync(file).size
    // As the UI does: the file's text is handed to the service.
    const content = readFileSync(file, 'utf8')

    const transfers = createTransfers({ db, sqlite, events: runtime.events })
    const jobId = randomUUID()
    let progressEvents = 0
    const phaseStart: Record<string, number> = {}
    globalThis.gc?.()
    const baseline = process.memoryUsage()
    let peakRss = baseline.rss
    let peakHeap = baseline.heapUsed
    const sample = () => {
      const m = process.memoryUsage()
      peakRss = Math.max(peakRss, m.rss)
      peakHeap = Math.max(peakHeap, m.heapUsed)
    }
    const unsubscribe = runtime.events.subscribe((event, payload) => {
      if (event !== 'transfer:progress' || (payload as { jobId: string }).jobId !== jobId) return
      progressEvents++
      const phase = (payload as { phase: string }).phase
      phaseStart[phase] ??= performance.now()
      // The write phase is one synchronous transaction, when the timer cannot fire: sample here too.
      sample()
    })
    const sampler = setInterval(sample, 50)
    const t0 = performance.now()
    let result: Awaited<ReturnType<typeof transfers.importCsv>>
    try {
      result = await transfers.importCsv({ kind: 'people', fileName: 'people.csv', content, jobId })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      if (/not available/i.test(message)) {
        return { ...emptyResult(fileBytes), available: false, unavailableReason: message }
      }
      throw error
    } finally {
      clearInterval(sampler)
      unsubscribe()
    }
    const t1 = performance.now()
    sample()
    const seconds = (t1 - t0) / 1000
    const marks = [['reading', phaseStart.reading], ['checking', phaseStart.checking], ['writing', phaseStart.writing], ['done', phaseStart.done ?? t1]] as const
    const phases: Record<string, number> = {}
    for (let i = 0; i < marks.length - 1; i++) {
      const [name, start] = marks[i]!
      const next = marks.slice(i + 1).find(([, t]) => t !== undefined)?.[1] ?? t1
      if (start !== undefined) phases[name === 'reading' ? 'parse' : name === 'checking' ? 'check' : 'write'] = (next - start) / 1000
    }
    const peopleAfter = (sqlite.prepare('SELECT COUNT(*) AS n FROM people').get() as { n: number }).n
    return {
      rows: CSV_ROWS,
      fileBytes,
      status: result.status,
      created: result.status === 'imported' ? result.created : 0,
      updated: result.status === 'imported' ? result.updated : 0,
      problems: result.status === 'rejected' ? result.problems.slice(0, 5).map((p) => `line ${p.line} ${p.field}: ${p.message}`) : [],
      seconds,
      rowsPerSecond: CSV_ROWS / seconds,
      phases,
      progressEvents,
      baselineRss: baseline.rss,
      peakRss,
      baselineHeap: baseline.heapUsed,
      peakHeap,
      maxRssOfProcess: process.resourceUsage().maxRSS * 1024,
      peopleAfter,
      available: true,
    }
  } finally {
    runtime.close()
  }
}

function emptyResult(fileBytes: number): CsvImportResult {
  return {
    rows: CSV_ROWS,
    fileBytes,
    status: 'not available',
    created: 0,
    updated: 0,
    problems: [],
    seconds: 0,
    rowsPerSecond: 0,
    phases: {},
    progressEvents: 0,
    baselineRss: 0,
    peakRss: 0,
    baselineHeap: 0,
    peakHeap: 0,
    maxRssOfProcess: 0,
    peopleAfter: 0,
    available: false,
  }
}

export function csvImportFigures(r: CsvImportResult): Figure[] {
  const b = 'csv import (people)'
  if (!r.available) return [{ benchmark: b, metric: `${r.rows} rows`, value: `could not run: ${r.unavailableReason ?? 'importer not available'}` }]
  const figures: Figure[] = [
    {
      benchmark: b,
      metric: `${r.rows} rows, ${mb(r.fileBytes)} file`,
      value: `${r.status}: ${r.created} created, ${r.updated} updated${r.problems.length ? `; ${r.problems.join(' · ')}` : ''} (${r.peopleAfter} people in the database after)`,
    },
    { benchmark: b, metric: 'throughput', value: `${Math.round(r.rowsPerSecond).toLocaleString('en')} rows/s (${r.seconds.toFixed(1)} s)` },
    {
      benchmark: b,
      metric: 'phases',
      value: Object.entries(r.phases)
        .map(([phase, s]) => `${phase} ${s.toFixed(1)} s`)
        .join(' · '),
    },
    { benchmark: b, metric: 'progress events', value: String(r.progressEvents) },
    { benchmark: b, metric: 'peak RSS (sampled every 50 ms and at each progress event)', value: `${mb(r.peakRss)} (baseline before the import ${mb(r.baselineRss)}; process max RSS ${mb(r.maxRssOfProcess)})` },
    { benchmark: b, metric: 'peak heapUsed (sampled; not inside the synchronous write transaction)', value: `${mb(r.peakHeap)} (baseline ${mb(r.baselineHeap)})` },
  ]
  return figures
}

export const JSON_MARKER = 'BENCH_JSON '

if (isMain(import.meta.url)) {
  if (process.env.SDC_BENCH_JSON === '1') {
    // For run.ts: figures as one JSON line; temp folders removed all the same.
    await runStandalone('CSV import', async () => {
      const figures = csvImportFigures(await measureCsvImport())
      console.log(JSON_MARKER + JSON.stringify(figures))
      return figures
    })
  } else {
    await runStandalone('CSV import', async () => csvImportFigures(await measureCsvImport()))
  }
}
