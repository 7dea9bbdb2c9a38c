import { Alert, ScrollArea, Stack, Table, Text } from '@mantine/core'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { ImportProblem, ImportResult } from '../../../../shared/knowledge/transfer'

/**
 * What an import did: the counts, or why nothing was imported, line by line. Each problem is shown
 * from its code and parameters (`transfer.problem.<code>`); the service's English message is the
 * fallback for a code without a text.
 */
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
                  <Table.Td>{problemText(t, p)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      </Stack>
    </Alert>
  )
}

/**
 * A problem in the agent's language, from its code and parameters. A `kind` parameter (person,
 * department, application) becomes the words `item` and `items` in that language. Values come from
 * the file, so they are inserted as they are (no nesting); a code without a text shows the English message.
 */
function problemText(t: TFunction, problem: ImportProblem): string {
  const { kind } = problem.params
  const words = typeof kind === 'string' ? { item: t(`transfer.problem.item.${kind}`), items: t(`transfer.problem.items.${kind}`) } : {}
  return t(`transfer.problem.${problem.code}`, { replace: { ...problem.params, ...words }, defaultValue: problem.message, nest: false })
}
