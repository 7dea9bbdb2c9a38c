import { describe, expect, it } from 'vitest'
import { defaultDataDir, startLanguage } from '../../../src/main/paths'

describe('start-up choices', () => {
  it('starts in the language asked for, else the system’s Dutch or English, else Dutch', () => {
    expect(startLanguage(['en-GB'], { SDC_LANGUAGE: 'nl' })).toBe('nl')
    expect(startLanguage(['en-GB', 'nl-NL'], {})).toBe('en')
    expect(startLanguage(['de-DE', 'nl-BE'], {})).toBe('nl')
    expect(startLanguage(['C', undefined], {})).toBe('nl')
  })

  it('shares Electron’s userData folder with the browser host', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/home/agent/.config' })).toBe('/home/agent/.config/Servicedesk Console')
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\agent\\AppData\\Roaming' })).toMatch(/Roaming.Servicedesk Console$/)
  })
})
