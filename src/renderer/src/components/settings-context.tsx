import { createContext, useContext } from 'react'
import type { Settings } from '../../../shared/settings'

/** The organisation's settings, as last loaded or pushed by `settings:changed`. */
export const SettingsContext = createContext<Settings | null>(null)

export function useSettings(): Settings {
  const settings = useContext(SettingsContext)
  if (!settings) throw new Error('useSettings outside the console shell')
  return settings
}
