import { Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export function TransferPage() {
  const { t } = useTranslation()
  return <Title order={2}>{t('nav.transfer')}</Title>
}
