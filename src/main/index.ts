import { join } from 'node:path'
import { app, BrowserWindow, ipcMain } from 'electron'
import { bindContract } from './app/ipc'
import { installMenu } from './app/menu'
import { createAppWindow } from './app/window'
import { createDispatch } from './contract/dispatch'
import { startLanguage } from './paths'
import { startRuntime } from './runtime'

// Composition root: data folder, runtime (database, migrations, handlers), contract binding, window.
if (process.env.SDC_DATA_DIR) app.setPath('userData', process.env.SDC_DATA_DIR)

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let mainWindow: BrowserWindow | null = null
  let appUrl = ''
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore()
    mainWindow?.focus()
  })

  void app.whenReady().then(() => {
    const root = app.getAppPath()
    const runtime = startRuntime({
      dataDir: app.getPath('userData'),
      migrationsFolder: join(root, 'src/main/db/migrations'),
      packsFolder: join(root, 'resources/packs'),
      preferredLanguage: startLanguage(app.getPreferredSystemLanguages()),
      version: app.getVersion(),
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
    app.on('will-quit', () => runtime.close())
  })
  app.on('window-all-closed', () => app.quit())
}
