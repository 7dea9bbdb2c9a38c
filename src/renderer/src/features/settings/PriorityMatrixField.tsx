import { Button, NativeSelect, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { defaultPriorityMatrix, impactLevels, urgencyLevels } from '../../../../shared/call/priority'
import { prioritySchema, type Priority } from '../../../../shared/settings'
import { Section } from '../../components/Section'
import { matrixErrors, type Form } from './settings-form'

const tint: Record<Priority, string> = {
  P1: 'var(--mantine-color-red-0)',
  P2: 'var(--mantine-color-orange-0)',
  P3: 'var(--mantine-color-yellow-0)',
  P4: 'var(--mantine-color-gray-0)',
}

/** Impact (rows) × urgency (columns) → the priority the console suggests. A cell that breaks the order says so at once. */
export function PriorityMatrixField({ form }: { form: Form }) {
  const { t } = useTranslation()
  const matrix = form.values.priorityMatrix
  // Shown while choosing, not only on saving: one change can make another cell wrong.
  const errors = matrixErrors(matrix, t)
  return (
    <Section title={t('settings.matrix.title')} testId="priority-matrix">
      <Text size="sm" c="dimmed">
        {t('settings.matrix.intro')}
      </Text>
      <Table withRowBorders={false} verticalSpacing={4} maw={880} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={190}>
              <Text size="xs" c="dimmed" fw={500}>
                {t('settings.matrix.corner')}
              </Text>
            </Table.Th>
            {urgencyLevels.map((urgency) => (
              <Table.Th key={urgency}>{t(`settings.matrix.urgencyLevel.${urgency}`)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {impactLevels.map((impact) => (
            <Table.Tr key={impact}>
              <Table.Th scope="row" pt={12} style={{ verticalAlign: 'top' }}>
                {t(`settings.matrix.impactLevel.${impact}`)}
              </Table.Th>
              {urgencyLevels.map((urgency) => {
                const path = `priorityMatrix.${impact}.${urgency}`
                const value = matrix[impact][urgency]
                return (
                  <Table.Td key={urgency} valign="top">
                    <NativeSelect
                      aria-label={t('settings.matrix.cell', {
                        impact: t(`settings.matrix.impactLevel.${impact}`),
                        urgency: t(`settings.matrix.urgencyLevel.${urgency}`),
                      })}
                      data={prioritySchema.options}
                      styles={{ input: { backgroundColor: tint[value], fontWeight: 600 } }}
                      {...form.getInputProps(path)}
                      error={errors[path]}
                    />
                  </Table.Td>
                )
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Button variant="subtle" size="xs" w="fit-content" onClick={() => form.setFieldValue('priorityMatrix', structuredClone(defaultPriorityMatrix))}>
        {t('settings.matrix.reset')}
      </Button>
    </Section>
  )
}
