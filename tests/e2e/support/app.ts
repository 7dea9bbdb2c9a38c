import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, chromium, _electron, type Browser, type Page } from '@playwright/test'
import { chromiumArgs, chromiumPath, electronBinary, root } from './environment.mjs'

export type Launcher = 'browser' | 'electron'

export interface LaunchedApp {
  launcher: Launcher
  page: Page
  dataDir: string
  /** Browser launcher only: the host's base URL and its launch token. */
  host?: { url: string; token: string; openUrl: string }
  /** Browser launcher only: the screen-pop endpoint (`http://127.0.0.1:PORT/cti`) and its token. */
  phone?: { url: string; token: string }
  /** Opens a second window on the same console (browser launcher: a new tab on the same host). */
  openAnotherClient(): Promise<Page>
  close(): Promise<void>
}

export interface LaunchOptions {
  /** Use this data folder (prepared by the test) instead of a fresh one. */
  dataDir?: string
  language?: 'nl' | 'en'
  /** Extra environment for the console (the export worker's rhythm: SDC_EXPORT_RETRY_MS, SDC_EXPORT_POLL_MS). */
  env?: Record<string, string>
}

export interface StartedHost {
  child: ChildProcess
  openUrl: string
  url: string
  token: string
  /** The screen-pop endpoint; null when the host could not open it (its output says why). */
  phone: { url: string; token: string } | null
}

/**
 * Starts the built browser host (out/main/host.js) and waits for the URL it prints. The screen-pop
 * endpoint gets a free port; its token is the one the host keeps in the data folder (or SDC_CTI_TOKEN).
 */
export function startHost(dataDir: string, env: Record<string, string> = {}): Promise<StartedHost> {
  const childEnv: Record<string, string | undefined> = { ...process.env, SDC_DATA_DIR: dataDir, SDC_PORT: '0', SDC_CTI_PORT: '0', SDC_CTI_TOKEN: '', ...env }
  const child = spawn(process.execPath, [join(root, 'out/main/host.js')], {
    cwd: root,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`The host printed no URL within 15 s:\n${output}`)), 15_000)
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Open: (http:\/\/\S+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        const openUrl = match[1]!
        const parsed = new URL(openUrl)
        const phoneUrl = /Screen pop: (http:\/\/\S+)/.exec(output)?.[1]
        const phoneToken = childEnv.SDC_CTI_TOKEN?.trim() || (phoneUrl ? readFileSync(join(dataDir, 'phone-token'), 'utf8') : '')
        resolve({ child, openUrl, url: parsed.origin, token: parsed.searchParams.get('token') ?? '', phone: phoneUrl ? { url: phoneUrl, token: phoneToken } : null })
      }
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`The host exited with code ${code}:\n${output}`))
    })
  })
}

export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}

export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'sdc-e2e-'))
}

async function launchBrowser(browser: Browser, options: LaunchOptions): Promise<LaunchedApp> {
  const dataDir = options.dataDir ?? freshDataDir()
  const host = await startHost(dataDir, { SDC_LANGUAGE: options.language ?? 'nl', ...options.env })
  const context = await browser.newContext({ locale: 'nl-NL' })
  const page = await context.newPage()
  await page.goto(host.openUrl)
  return {
    launcher: 'browser',
    page,
    dataDir,
    host: { url: host.url, token: host.token, openUrl: host.openUrl },
    ...(host.phone ? { phone: host.phone } : {}),
    openAnotherClient: async () => {
      const other = await context.newPage()
      await other.goto(host.openUrl)
      return other
    },
    close: async () => {
      await context.close()
      await stopProcess(host.child)
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

async function launchElectron(options: LaunchOptions): Promise<LaunchedApp> {
  const executablePath = electronBinary()
  if (!executablePath) throw new Error('The Electron binary is not installed')
  const dataDir = options.dataDir ?? freshDataDir()
  const app = await _electron.launch({
    executablePath,
    args: [join(root, 'out/main/index.js')],
    cwd: root,
    // A test run must not claim the servicedesk-console:// scheme for the desktop, nor the default screen-pop port.
    env: { ...process.env, SDC_DATA_DIR: dataDir, SDC_LANGUAGE: options.language ?? 'nl', SDC_REGISTER_PROTOCOL: '0', SDC_CTI_PORT: '0', ...options.env } as Record<string, string>,
  })
  const page = await app.firstWindow()
  return {
    launcher: 'electron',
    page,
    dataDir,
    openAnotherClient: () => {
      throw new Error('The Electron app has one window')
    },
    close: async () => {
      await app.close()
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

interface Fixtures {
  launcher: Launcher
  /** Launches the console; closed after the test. */
  launch: (options?: LaunchOptions) => Promise<LaunchedApp>
  /** The console on a fresh data folder with the demo organisation, ready. */
  app: LaunchedApp
}

export const test = base.extend<Fixtures, { chromiumBrowser: Browser | null }>({
  chromiumBrowser: [
    async ({}, use, workerInfo) => {
      if (workerInfo.project.metadata.launcher !== 'browser') return use(null)
      const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
      await use(browser)
      await browser.close()
    },
    { scope: 'worker' },
  ],
  launcher: async ({}, use, testInfo) => use(testInfo.project.metadata.launcher as Launcher),
  launch: async ({ launcher, chromiumBrowser }, use) => {
    const launched: LaunchedApp[] = []
    await use(async (options = {}) => {
      const app = launcher === 'browser' ? await launchBrowser(chromiumBrowser!, options) : await launchElectron(options)
      launched.push(app)
      return app
    })
    for (const app of launched) await app.close()
  },
  app: async ({ launch }, use) => {
    const app = await launch()
    await app.page.locator('[data-app-state="ready"]').waitFor()
    await use(app)
  },
})

export { expect } from '@playwright/test'
