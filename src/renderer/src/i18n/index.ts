import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../../../shared/knowledge/entities'
import en from './en.json'
import nl from './nl.json'

/**
 * Texts live in src/renderer/src/i18n/{nl,en}.json (the shell) and in each feature's own
 * features/<feature>/i18n/{nl,en}.json, which become the key `<feature>` ("departments.title").
 * tests/unit/renderer/i18n.test.ts checks that both languages have exactly the same keys.
 */
const featureTexts = import.meta.glob<{ default: Record<string, unknown> }>('../features/*/i18n/*.json', { eager: true })

function texts(language: Language, shell: Record<string, unknown>): Record<string, unknown> {
  const all: Record<string, unknown> = { ...shell }
  for (const [path, module] of Object.entries(featureTexts)) {
    const match = /features\/([^/]+)\/i18n\/(nl|en)\.json$/.exec(path)
    if (match && match[2] === language) all[match[1]!] = module.default
  }
  return all
}

export const resources = { nl: { translation: texts('nl', nl) }, en: { translation: texts('en', en) } }

export function initI18n(language: Language = 'nl'): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return i18next
}

export async function setLanguage(language: Language): Promise<void> {
  if (i18next.language !== language) await i18next.changeLanguage(language)
  document.documentElement.lang = language
}
