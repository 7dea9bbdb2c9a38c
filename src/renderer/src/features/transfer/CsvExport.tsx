import { Button, Group, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { transferKindSchema, type TransferKind } from '../../../../shared/knowledge/transfer'
import { call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Section } from '../../components/Section'
import { downloadText } from './files'
import { useAction } from './use-action'

/** One button per kind; the file is the same one the import reads, so it doubles as a template. */
export function CsvExport() {
  const { t } = useTranslation()
  const action = useAction()
  const [running, setRunning] = useState<TransferKind | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const exportKind = (kind: TransferKind) => {
    setRunning(kind)
    setDone(null)
    void action
      .run(async () => {
        const file = await call('transfer:export-csv', { kind })
        downloadText(file.fileName, file.content)
        setDone(file.fileName)
      })
      .finally(() => setRunning(null))
  }
  return (
    <Section title={t('transfer.export.title')} testId="csv-export">
      <Text size="sm">{t('transfer.export.intro')}</Text>
      <Group>
        {transferKindSchema.options.map((kind) => (
          <Button key={kind} variant="default" loading={running === kind} disabled={running !== null && running !== kind} onClick={() => exportKind(kind)}>
            {t(`transfer.export.buttons.${kind}`)}
          </Button>
        ))}
      </Group>
      {done && (
        <Text size="sm" c="teal" role="status">
          {t('transfer.export.done', { fileName: done })}
        </Text>
      )}
      {action.error && <ErrorNotice error={action.error} />}
    </Section>
  )
}
