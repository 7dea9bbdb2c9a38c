import { Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export function SettingsPage() {
  const { t } = useTranslation()
  return <Title order={2}>{t('nav.settings')}</Title>
}
