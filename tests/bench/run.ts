// `npm run bench`: every benchmark in turn and one table of figures at the end. The organisation is
// generated once and shared by the search, keystroke, screen-pop and autosave benchmarks (autosave adds
// its finished calls last); the CSV import runs in a process of its own so its memory figures are about
// the import alone. Everything stays on 127.0.0.1 and every
// temp folder is removed at the end. These print figures; they pass or fail nothing.
import { spawn } from 'node:child_process'
import { cpus, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { autosaveServiceFigures, autosaveUiFigures, measureAutosaveUi, measureServiceSaves } from './autosave'
import { JSON_MARKER } from './csv-import'
import { defaultCounts, generateOrganisation, generationFigures } from './generate'
import { measureKeystrokes, keystrokeFigures } from './keystroke'
import { figuresTable, mb, removeTempDirs, root, tempDir, type Figure } from './lib'
import { OUTBOX_CALLS, measureOutbox, outboxFigures } from './outbox'
import { measureScreenPop, screenPopFigures } from './screen-pop'
import { measureSearchLatency, printSearchDetails, searchLatencyFigures } from './search-latency'

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')

function failed(benchmark: string, error: unknown): Figure[] {
  console.error(error)
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error)
  return [{ benchmark, metric: 'run', value: `FAILED: ${message}` }]
}

/** The CSV benchmark in its own Node process (tsx as a loader), reading its figures from one JSON line. */
function csvImportInChild(): Promise<Figure[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', join(root, 'tests/bench/csv-import.ts')], {
      cwd: root,
      env: { ...process.env, SDC_BENCH_JSON: '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('error', reject)
    child.once('exit', (code) => {
      const line = output.split('\n').find((l) => l.startsWith(JSON_MARKER))
      if (line) resolve(JSON.parse(line.slice(JSON_MARKER.length)) as Figure[])
      else reject(new Error(`csv-import exited with code ${code} without figures:\n${output}`))
    })
  })
}

async function main(): Promise<void> {
  const started = performance.now()
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${mb(totalmem())} RAM, Node ${process.version}, ${process.platform}/${process.arch}`
  const loadAtStart = load()
  console.log(`Benchmarks on ${machine}; load average ${loadAtStart}`)
  const figures: Figure[] = []

  console.log(`\n[1/8] Generating ${defaultCounts.articles} articles, ${defaultCounts.people} people, ${defaultCounts.departments} departments…`)
  const generated = generateOrganisation(tempDir('org'))
  figures.push(...generationFigures(generated))
  console.log(figuresTable(generationFigures(generated)))

  console.log('\n[2/8] Search latency in the service…')
  try {
    const search = measureSearchLatency(generated.databaseFile)
    figures.push(...searchLatencyFigures(search))
    console.log(figuresTable(searchLatencyFigures(search)))
    printSearchDetails(search)
  } catch (error) {
    figures.push(...failed('search (service)', error))
  }

  console.log('\n[3/8] Keystroke latency in the UI (browser host + Chromium)…')
  try {
    const keystrokes = await measureKeystrokes(generated.dataDir)
    figures.push(...keystrokeFigures(keystrokes))
    console.log(figuresTable(keystrokeFigures(keystrokes)))
    console.log(`Typed: ${keystrokes.words.join(' ')}`)
  } catch (error) {
    figures.push(...failed('keystroke (UI)', error))
  }

  console.log('\n[4/8] Screen pop in the UI (endpoint → department card painted)…')
  try {
    const pops = await measureScreenPop(generated.dataDir)
    figures.push(...screenPopFigures(pops))
    console.log(figuresTable(screenPopFigures(pops)))
  } catch (error) {
    figures.push(...failed('screen pop (UI)', error))
  }

  console.log('\n[5/8] Autosave in the service…')
  try {
    const service = measureServiceSaves(generated.dataDir)
    figures.push(...autosaveServiceFigures(service))
    console.log(figuresTable(autosaveServiceFigures(service)))
  } catch (error) {
    figures.push(...failed('autosave (service)', error))
  }

  console.log('\n[6/8] Typing while autosave runs, in the UI…')
  try {
    const ui = await measureAutosaveUi(generated.dataDir)
    figures.push(...autosaveUiFigures(ui))
    console.log(figuresTable(autosaveUiFigures(ui)))
  } catch (error) {
    figures.push(...failed('autosave (UI)', error))
  }

  console.log('\n[7/8] CSV import of people (own process)…')
  try {
    const csv = await csvImportInChild()
    figures.push(...csv)
    console.log(figuresTable(csv))
  } catch (error) {
    figures.push(...failed('csv import (people)', error))
  }

  console.log(`\n[8/8] Export outbox: ${OUTBOX_CALLS} calls, faults and killed senders…`)
  try {
    const outbox = outboxFigures(await measureOutbox())
    figures.push(...outbox)
    console.log(figuresTable(outbox))
  } catch (error) {
    figures.push(...failed('export outbox', error))
  }

  const minutes = (performance.now() - started) / 60_000
  console.log('\n## Benchmark results\n')
  console.log(`Machine: ${machine}  `)
  console.log(`Date: ${new Date().toISOString()}; load average at start ${loadAtStart}, at end ${load()}; total run ${minutes.toFixed(1)} min  `)
  console.log('Data: generated organisation (seeded), demo organisation plus the generated rows (autosave adds its finished calls to it); CSV import on a fresh demo database.\n')
  console.log(figuresTable(figures))
}

const cleanUpAndExit = () => {
  removeTempDirs()
  process.exit(130)
}
process.once('SIGINT', cleanUpAndExit)
process.once('SIGTERM', cleanUpAndExit)

try {
  await main()
} catch (error) {
  console.error(error)
  process.exitCode = 1
} finally {
  removeTempDirs()
}
