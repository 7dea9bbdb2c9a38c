import { homedir } from 'node:os'
import { join } from 'node:path'
import type { Language } from '../shared/knowledge/entities'

export const PRODUCT_NAME = 'Servicedesk Console'

/** Electron's default userData folder for this app, so the browser host can share the app's database. */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME)
}

/**
 * The language a fresh console starts in: SDC_LANGUAGE when set, else the first Dutch or English
 * locale among those given (the system's), else Dutch, the organisation's own language.
 */
export function startLanguage(locales: (string | undefined)[], env: NodeJS.ProcessEnv = process.env): Language {
  const explicit = env.SDC_LANGUAGE
  if (explicit === 'nl' || explicit === 'en') return explicit
  for (const locale of locales) {
    const code = locale?.toLowerCase().slice(0, 2)
    if (code === 'nl' || code === 'en') return code
  }
  return 'nl'
}
