import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, BrowserWindow, session, shell } from 'electron'
import { allowNavigation, allowPermission, contentSecurityPolicy, isExternalLink } from './security/policy'

export interface AppWindowOptions {
  preload: string
  rendererIndex: string
  /** The dev server URL under `electron-vite dev`. */
  devServerUrl?: string
}

export function createAppWindow(options: AppWindowOptions): { window: BrowserWindow; appUrl: string } {
  const appUrl = options.devServerUrl ?? pathToFileURL(options.rendererIndex).href
  const devOrigin = options.devServerUrl ? new URL(options.devServerUrl).origin : undefined

  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(allowPermission(permission)))
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => allowPermission(permission))
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy(devOrigin)] } })
  })

  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Servicedesk Console',
    icon: join(import.meta.dirname, '../../resources/icon.png'),
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  })

  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isExternalLink(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  window.webContents.on('will-navigate', (event, url) => {
    if (!allowNavigation(url, appUrl)) event.preventDefault()
  })
  window.webContents.on('will-redirect', (event, url) => {
    if (!allowNavigation(url, appUrl)) event.preventDefault()
  })
  window.webContents.on('will-attach-webview', (event) => event.preventDefault())
  window.once('ready-to-show', () => window.show())

  if (options.devServerUrl) void window.loadURL(options.devServerUrl)
  else void window.loadFile(options.rendererIndex)
  return { window, appUrl }
}

/** Brings the console in front of the softphone when a call comes in: restored, shown, focused. */
export function bringForward(window: BrowserWindow): void {
  if (window.isDestroyed()) return
  if (window.isMinimized()) window.restore()
  window.show()
  window.moveTop()
  window.focus()
  // macOS only activates an app that asks to steal focus; elsewhere focus() is what the system allows.
  if (process.platform === 'darwin') app.focus({ steal: true })
}
