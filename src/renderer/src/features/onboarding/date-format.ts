import { useTranslation } from 'react-i18next'
import { useSettings } from '../../components/settings-context'

/** Dates in the UI language and the organisation's time zone. */
export function useDateFormat(style: 'date' | 'dateTime' = 'dateTime'): (iso: string) => string {
  const { i18n } = useTranslation()
  const { timeZone } = useSettings()
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', ...(style === 'dateTime' ? { timeStyle: 'short' } : {}), timeZone })
  return (iso) => format.format(new Date(iso))
}
