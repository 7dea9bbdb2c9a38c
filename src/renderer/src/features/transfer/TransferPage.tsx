import { Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { CsvExport } from './CsvExport'
import { CsvImport } from './CsvImport'
import { PackExchange } from './PackExchange'

/** For the knowledge manager: lists in and out as CSV, and the team's knowledge pack. */
export function TransferPage() {
  const { t } = useTranslation()
  return (
    <Stack maw={1000}>
      <Title order={2}>{t('transfer.title')}</Title>
      <Text c="dimmed" maw={760}>
        {t('transfer.intro')}
      </Text>
      <PackExchange />
      <CsvImport />
      <CsvExport />
    </Stack>
  )
}
