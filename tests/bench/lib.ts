// Shared helpers for the benchmarks: figures, percentiles, temp folders, the repository root, and the
// browser host with headless Chromium for the benchmarks that drive the real UI.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'

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

// ---- The browser host and headless Chromium, shared by the benchmarks that drive the real UI ----

export const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/** Builds out/ when it is missing. */
export function ensureBuild(): void {
  if (existsSync(join(root, 'out/main/host.js')) && existsSync(join(root, 'out/renderer/index.html'))) return
  console.log('bench: out/ is missing; running electron-vite build')
  const result = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) throw new Error('electron-vite build failed')
}

export interface Host {
  child: ChildProcess
  /** The address to open, with the launch token. */
  openUrl: string
  /** `http://127.0.0.1:PORT` and the launch token, for calling the API from Node. */
  origin: string
  token: string
  /** The screen-pop endpoint (`http://127.0.0.1:PORT/cti`) and the secret it was started with; null when it is not listening. */
  phone: { url: string; token: string } | null
  /** Everything the host printed so far (for error messages). */
  output(): string
}

/**
 * Starts the built browser host (out/main/host.js) on `dataDir`, with the screen-pop endpoint on a free
 * port and a fresh secret, and waits for the address it prints.
 */
export function startHost(dataDir: string): Promise<Host> {
  const phoneToken = randomBytes(16).toString('hex')
  const child = spawn(process.execPath, [join(root, 'out/main/host.js')], {
    cwd: root,
    env: { ...process.env, SDC_DATA_DIR: dataDir, SDC_PORT: '0', SDC_LANGUAGE: 'nl', SDC_CTI_PORT: '0', SDC_CTI_TOKEN: phoneToken },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise<Host>((resolve, reject) => {
    let output = ''
    // Opening an existing database first takes a consistent backup (VACUUM INTO): allow for a large one.
    const timer = setTimeout(() => {
      void stopHost(child)
      reject(new Error(`The host printed no URL within 180 s:\n${output}`))
    }, 180_000)
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output)
      if (match) {
        clearTimeout(timer)
        const openUrl = match[1]!
        const parsed = new URL(openUrl)
        const phoneUrl = /Screen pop: (http:\/\/\S+)/.exec(output)?.[1]
        resolve({
          child,
          openUrl,
          origin: parsed.origin,
          token: parsed.searchParams.get('token') ?? '',
          phone: phoneUrl ? { url: phoneUrl, token: phoneToken } : null,
          output: () => output,
        })
      }
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`The host exited with code ${code}:\n${output}`))
    })
  })
}

export async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  await new Promise<void>((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000)
    child.once('exit', () => {
      clearTimeout(kill)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

/** A contract channel called from Node over the host's API, as the page calls it. Throws on `{ ok: false }`. */
export async function callHost<T>(host: Host, channel: string, input: unknown): Promise<T> {
  const response = await fetch(`${host.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
  })
  const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } }
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}\nThe host's output ends with:\n${host.output().slice(-2000)}`)
  return result.value
}

/** The console running: the host on a data folder and a headless Chromium page on it, ready. */
export interface Console {
  host: Host
  browser: Browser
  page: Page
  hostStartSeconds: number
  pageReadySeconds: number
  close(): Promise<void>
}

/** Starts the host on `dataDir`, opens it in headless Chromium and waits until the console is ready. */
export async function openConsole(dataDir: string): Promise<Console> {
  ensureBuild()
  const hostStarted = performance.now()
  const host = await startHost(dataDir)
  const hostStartSeconds = (performance.now() - hostStarted) / 1000
  let browser: Browser | null = null
  try {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: chromiumArgs })
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } })
    // tsx (esbuild with keepNames) wraps named inner functions in __name(); functions sent to the page need it too.
    await context.addInitScript('globalThis.__name = globalThis.__name || ((fn) => fn)')
    const page = await context.newPage()
    const pageStarted = performance.now()
    await page.goto(host.openUrl)
    await page.locator('[data-app-state="ready"]').waitFor({ timeout: 60_000 })
    const pageReadySeconds = (performance.now() - pageStarted) / 1000
    const opened = browser
    return {
      host,
      browser: opened,
      page,
      hostStartSeconds,
      pageReadySeconds,
      close: async () => {
        await opened.close().catch(() => {})
        await stopHost(host.child)
      },
    }
  } catch (error) {
    if (browser) await browser.close().catch(() => {})
    await stopHost(host.child)
    throw error
  }
}
