import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createDispatch } from '../contract/dispatch'
import { defaultDataDir, startLanguage } from '../paths'
import { exportWorkerFromEnv } from '../export/worker'
import { createPhoneService } from '../phone/service'
import { PHONE_TOKEN_FILE } from '../phone/token'
import { startRuntime } from '../runtime'
import { startHostServer } from './server'

// Browser mode: the same database and handlers as the Electron app, served to a browser on loopback.
// Built to out/main/host.js; the repository root is two folders up.
const root = resolve(import.meta.dirname, '../..')
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version
const dataDir = resolve(process.env.SDC_DATA_DIR || defaultDataDir())
const port = Number(process.env.SDC_PORT ?? 7317)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`SDC_PORT must be a port number (0 picks a free one), not "${process.env.SDC_PORT}"`)
  process.exit(2)
}

const phone = createPhoneService({ dataDir })
const runtime = startRuntime({
  dataDir,
  migrationsFolder: join(root, 'src/main/db/migrations'),
  packsFolder: join(root, 'resources/packs'),
  preferredLanguage: startLanguage([process.env.LC_ALL, process.env.LC_MESSAGES, process.env.LANG]),
  version,
  phoneStatus: phone.status,
  // Secrets of export targets come from environment variables here (SDC_TARGET_<NAME>_TOKEN).
  exportWorker: exportWorkerFromEnv(`browser-host-${process.pid}`, process.env),
})
if (runtime.status.state !== 'ready') console.error(`The database cannot be used (${runtime.status.state}); the console shows why.`)

const host = await startHostServer({
  dispatch: createDispatch(runtime.handlers),
  events: runtime.events,
  rendererDir: join(root, 'out/renderer'),
  token: randomBytes(24).toString('base64url'),
  port,
}).catch((error: unknown) => {
  const busy = (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
  console.error(busy ? `Port ${port} is in use: set SDC_PORT to another port (0 picks a free one).` : String(error))
  runtime.close()
  process.exit(1)
})
// The browser UI learns of a call through the event stream; there is no window to bring forward.
const screenPop = await phone.start(runtime)

console.log(`Servicedesk Console (browser mode), data in ${dataDir}`)
console.log('Export targets: secrets are read from environment variables SDC_TARGET_<NAME>_TOKEN (Settings → Export targets names each one)')
const tokenFrom = process.env.SDC_CTI_TOKEN?.trim() ? 'SDC_CTI_TOKEN' : join(dataDir, PHONE_TOKEN_FILE)
if (screenPop.listening) console.log(`Screen pop: ${screenPop.url} (token: ${tokenFrom})`)
else console.error(`Screen pop: not listening (${screenPop.error})`)

console.log(`Open: ${host.openUrl}`)

const stop = () => {
  void Promise.all([host.close(), phone.close()])
    .then(() => runtime.stop())
    .catch((error: unknown) => console.error('Stopping the browser host:', error))
    .then(() => process.exit(0))
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
