import { join, resolve } from 'node:path'
import { app, BrowserWindow, ipcMain, safeStorage } from 'electron'
import { CREDENTIALS_FILE, createSafeStorageCredentialStore } from './app/credential-store'
import { bindContract } from './app/ipc'
import { installMenu } from './app/menu'
import { bringForward, createAppWindow } from './app/window'
import { createDispatch } from './contract/dispatch'
import { startLanguage } from './paths'
import { createProtocolInbox, protocolClient, requestFromArgv, requestFromUrl } from './phone/protocol'
import { createPhoneService } from './phone/service'
import { exportWorkerFromEnv } from './export/worker'
import { startRuntime } from './runtime'

// Composition root: data folder, runtime (database, migrations, handlers), contract binding, window,
// and screen pop (the loopback endpoint and the servicedesk-console:// URL).
if (process.env.SDC_DATA_DIR) app.setPath('userData', process.env.SDC_DATA_DIR)

if (!app.requestSingleInstanceLock()) {
  // The first instance receives this one's arguments (a protocol URL among them) through 'second-instance'.
  app.quit()
} else {
  let mainWindow: BrowserWindow | null = null
  let appUrl = ''
  const forward = () => {
    if (mainWindow) bringForward(mainWindow)
  }

  // Test runs set SDC_REGISTER_PROTOCOL=0 so they do not claim the URL scheme for the whole desktop.
  if (process.env.SDC_REGISTER_PROTOCOL !== '0') {
    const client = protocolClient({
      platform: process.platform,
      defaultApp: process.defaultApp === true,
      execPath: process.execPath,
      appPath: resolve(process.argv[1] ?? '.'),
    })
    app.setAsDefaultProtocolClient(client.scheme, client.path, client.args)
  }

  const phone = createPhoneService({ dataDir: app.getPath('userData'), onPop: forward })
  const inbox = createProtocolInbox()
  const own = requestFromArgv(process.argv)
  if (own.kind !== 'none') inbox.push(own.url)
  app.on('second-instance', (_event, argv) => {
    const request = requestFromArgv(argv)
    if (request.kind === 'none') forward()
    else inbox.push(request.url)
  })
  // macOS hands URLs to the running app (also before 'ready' when a link starts it).
  app.on('open-url', (event, url) => {
    event.preventDefault()
    inbox.push(url)
  })

  void app.whenReady().then(async () => {
    const root = app.getAppPath()
    const runtime = startRuntime({
      dataDir: app.getPath('userData'),
      migrationsFolder: join(root, 'src/main/db/migrations'),
      packsFolder: join(root, 'resources/packs'),
      preferredLanguage: startLanguage(app.getPreferredSystemLanguages()),
      version: app.getVersion(),
      phoneStatus: phone.status,
      exportWorker: exportWorkerFromEnv(`app-${process.pid}`, process.env),
      // Export targets' secrets: safeStorage, asked only now that the app is ready (Linux picks its keyring then).
      credentials: createSafeStorageCredentialStore({ safeStorage, file: join(app.getPath('userData'), CREDENTIALS_FILE), platform: process.platform }),
    })
    installMenu(process.platform === 'darwin')
    bindContract(ipcMain, createDispatch(runtime.handlers), runtime.events, () => appUrl, () => BrowserWindow.getAllWindows().map((w) => w.webContents))

    const created = createAppWindow({
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      rendererIndex: join(import.meta.dirname, '../renderer/index.html'),
      devServerUrl: process.env.ELECTRON_RENDERER_URL,
    })
    mainWindow = created.window
    appUrl = created.appUrl
    // An export in flight finishes (or is given up) before the database closes, then the app quits.
    let stopping = false
    app.on('will-quit', (event) => {
      if (stopping) return
      stopping = true
      event.preventDefault()
      void Promise.all([phone.close(), runtime.stop()])
        .catch((error: unknown) => console.error('Quitting:', error))
        .finally(() => app.quit())
    })

    await phone.start(runtime)
    inbox.ready((url) => {
      const request = requestFromUrl(url)
      if (request.kind !== 'event') return console.error(`Screen pop: refused ${JSON.stringify(url.slice(0, 80))}: ${request.kind === 'refused' ? request.error : ''}`)
      try {
        phone.deliver(request.event)
      } catch (error) {
        console.error('Screen pop: the call could not be opened', error)
      }
    })
  })
  app.on('window-all-closed', () => app.quit())
}
