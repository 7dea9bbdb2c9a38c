import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../../../shared/knowledge/entities'
import en from './en.json'
import nl from './nl.json'

export const resources = { nl: { translation: nl }, en: { translation: en } } as const

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
