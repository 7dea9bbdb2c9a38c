import { Alert, ScrollArea, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ImportResult } from '../../../../shared/knowledge/transfer'

/** What an import did: the counts, or why nothing was imported, line by line. */
export function ImportResultView({ fileName, result }: { fileName: string; result: ImportResult }) {
  const { t } = useTranslation()
  if (result.status === 'imported') {
    return (
      <Alert color="teal" role="status" title={t('transfer.import.imported', { fileName })} data-testid="import-result">
        {t('transfer.import.counts', { created: result.created, updated: result.updated })}
      </Alert>
    )
  }
  if (result.status === 'cancelled') {
    return (
      <Alert color="gray" role="status" data-testid="import-result">
        {t('transfer.import.cancelled', { fileName })}
      </Alert>
    )
  }
  const files = new Set(result.problems.map((p) => p.file))
  const showFile = files.size > 1 || (files.size === 1 && !files.has(fileName))
  return (
    <Alert color="red" role="alert" title={t('transfer.import.rejected')} data-testid="import-result">
      <Stack gap="xs">
        <Text size="sm">
          {t('transfer.import.problemCount', { count: result.problemCount, fileName })}
          {result.problems.length < result.problemCount && ` ${t('transfer.import.firstShown', { count: result.problems.length })}`}
        </Text>
        <Text size="sm">{t('transfer.import.fixAndRetry')}</Text>
        <ScrollArea.Autosize mah={360}>
          <Table captionSide="top" striped withTableBorder highlightOnHover={false} fz="sm" bg="var(--mantine-color-body)" data-testid="import-problems">
            <Table.Caption ta="left" fw={600} c="var(--mantine-color-text)">{t('transfer.import.problemsIn', { fileName })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                {showFile && <Table.Th>{t('transfer.import.file')}</Table.Th>}
                <Table.Th w={80}>{t('transfer.import.line')}</Table.Th>
                <Table.Th w={180}>{t('transfer.import.field')}</Table.Th>
                <Table.Th>{t('transfer.import.message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.problems.map((p, i) => (
                <Table.Tr key={i}>
                  {showFile && <Table.Td>{p.file}</Table.Td>}
                  <Table.Td>{p.line}</Table.Td>
                  <Table.Td>{p.field || '—'}</Table.Td>
                  <Table.Td>{p.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      </Stack>
    </Alert>
  )
}
