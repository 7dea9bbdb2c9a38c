// Shared helpers for the benchmarks: figures, percentiles, temp folders, the repository root.
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

export const root = resolve(import.meta.dirname, '../..')
export const migrationsFolder = join(root, 'src/main/db/migrations')
export const packsFolder = join(root, 'resources/packs')

/** One line of the final table. `goal` and `met` only where the brief sets a goal. */
export interface Figure {
  benchmark: string
  metric: string
  value: string
  goal?: string
  met?: boolean
}

/** Nearest-rank percentile of already sorted numbers. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!
}

export interface Percentiles {
  n: number
  p50: number
  p95: number
  p99: number
  max: number
}

export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b)
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] ?? Number.NaN }
}

export const ms = (value: number, digits = 2) => `${value.toFixed(digits)} ms`
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** A temp folder that `removeTempDirs` (called at the end, also on error) deletes. */
const tempDirs: string[] = []
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `sdc-bench-${prefix}-`))
  tempDirs.push(dir)
  return dir
}
export function removeTempDirs(): void {
  while (tempDirs.length) rmSync(tempDirs.pop()!, { recursive: true, force: true })
}

/** Size of a SQLite database with its WAL and shared-memory files. */
export function databaseBytes(file: string): number {
  let total = 0
  for (const suffix of ['', '-wal', '-shm']) {
    try {
      total += statSync(file + suffix).size
    } catch {
      // not there
    }
  }
  return total
}

/** True when the module at `url` is the script node was started with (`npx tsx tests/bench/x.ts`). */
export function isMain(url: string): boolean {
  return process.argv[1] !== undefined && pathToFileURL(resolve(process.argv[1])).href === url
}

/** Markdown table; every cell is escaped for pipes. */
export function markdownTable(header: string[], rows: string[][]): string {
  const cell = (s: string) => s.replace(/\|/g, '\\|')
  const lines = [`| ${header.map(cell).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`]
  for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`)
  return lines.join('\n')
}

export function figuresTable(figures: Figure[]): string {
  return markdownTable(
    ['Benchmark', 'Metric', 'Value', 'Goal', 'Met'],
    figures.map((f) => [f.benchmark, f.metric, f.value, f.goal ?? '', f.met === undefined ? '' : f.met ? 'yes' : 'NO']),
  )
}

/** Runs a standalone benchmark: prints its figures, removes temp folders, exits non-zero only on a crash. */
export async function runStandalone(name: string, body: () => Promise<Figure[]>): Promise<void> {
  try {
    const figures = await body()
    console.log(`\n${name}\n\n${figuresTable(figures)}`)
  } catch (error) {
    console.error(error)
    process.exitCode = 1
  } finally {
    removeTempDirs()
  }
}
