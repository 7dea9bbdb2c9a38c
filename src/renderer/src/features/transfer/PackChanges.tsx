import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { packContentKinds, type PackContentKind, type PackPreview } from '../../../../shared/knowledge/transfer'

const changes = ['new', 'changed', 'removed'] as const

/** Per kind of knowledge, question flows and standard solutions included: how many items a pack adds, changes and removes, with a few names when known. */
export function PackChanges({ counts, examples, testId }: { counts: PackPreview['counts']; examples?: PackPreview['examples']; testId: string }) {
  const { t } = useTranslation()
  const countOf = (kind: PackContentKind) => counts[kind] ?? { new: 0, changed: 0, removed: 0 }
  return (
    <Table withTableBorder fz="sm" maw={960} data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('transfer.pack.kind')}</Table.Th>
          {changes.map((change) => (
            <Table.Th key={change} ta="right" w={110}>
              {t(`transfer.pack.changes.${change}`)}
            </Table.Th>
          ))}
          {examples && <Table.Th>{t('transfer.pack.examples')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {packContentKinds.map((kind) => {
          const count = countOf(kind)
          const untouched = count.new + count.changed + count.removed === 0
          return (
            <Table.Tr key={kind} c={untouched ? 'dimmed' : undefined}>
              <Table.Td>{t(`transfer.kinds.${kind}`)}</Table.Td>
              {changes.map((change) => (
                <Table.Td key={change} ta="right">
                  {count[change]}
                </Table.Td>
              ))}
              {examples && (
                <Table.Td>
                  {changes.map((change) => {
                    const titles = examples.filter((e) => e.kind === kind && e.change === change).map((e) => e.title)
                    return titles.length ? (
                      <Text key={change} size="sm">
                        <Text span size="sm" c="dimmed">
                          {t(`transfer.pack.changes.${change}`)}:
                        </Text>{' '}
                        {titles.join(', ')}
                        {titles.length < count[change] && ' …'}
                      </Text>
                    ) : null
                  })}
                </Table.Td>
              )}
            </Table.Tr>
          )
        })}
      </Table.Tbody>
    </Table>
  )
}
