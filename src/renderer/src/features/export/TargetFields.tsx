import { Select, Switch, Table, Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { flowCategories } from '../../../../shared/call/flow-schema'
import type { TargetField } from '../../../../shared/export/targets'

const priorities = ['P1', 'P2', 'P3', 'P4'] as const

interface FieldProps {
  field: TargetField
  value: unknown
  error: string | undefined
  onChange: (value: unknown) => void
}

/** One setting of a target, drawn from its type in targetKindInfo. */
export function TargetFieldInput({ field, value, error, onChange }: FieldProps) {
  const { t, i18n } = useTranslation()
  const label = t(`export.fields.${field.key}`)
  const description = i18n.exists(`export.fieldHints.${field.key}`) ? t(`export.fieldHints.${field.key}`) : undefined
  const name = `config.${field.key}`
  switch (field.type) {
    case 'boolean':
      return <Switch label={label} description={description} checked={value === true} onChange={(e) => onChange(e.currentTarget.checked)} error={error} name={name} />
    case 'select':
      return (
        <Select
          label={label}
          description={description}
          withAsterisk={field.required}
          data={[...field.options]}
          value={typeof value === 'string' ? value : null}
          onChange={(v) => onChange(v ?? '')}
          error={error}
          name={name}
          allowDeselect={!field.required}
          w={320}
        />
      )
    case 'mapping':
      return <MappingInput of={field.of} label={label} value={(value ?? {}) as Record<string, string>} error={error} onChange={onChange} />
    default:
      return (
        <TextInput
          label={label}
          description={description}
          withAsterisk={field.required}
          type={field.type === 'url' ? 'url' : field.type === 'email' ? 'email' : 'text'}
          inputMode={field.type === 'number' ? 'numeric' : undefined}
          placeholder={field.placeholder}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value)}
          error={error}
          name={name}
          maw={field.type === 'number' ? 160 : 560}
          spellCheck={false}
        />
      )
  }
}

/** Each kind of problem (or priority) → the target's own value; an empty row uses the target's default. */
function MappingInput({ of, label, value, error, onChange }: { of: 'category' | 'priority'; label: string; value: Record<string, string>; error: string | undefined; onChange: (value: unknown) => void }) {
  const { t } = useTranslation()
  const keys: readonly string[] = of === 'category' ? flowCategories : priorities
  return (
    <div role="group" aria-label={label}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Text size="xs" c="dimmed">
        {t('export.mapping.hint')}
      </Text>
      <Table maw={560} verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t(`export.mapping.${of}`)}</Table.Th>
            <Table.Th>{t('export.mapping.value')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {keys.map((key) => {
            const rowLabel = of === 'category' ? t(`call.categories.${key}`) : key
            return (
              <Table.Tr key={key}>
                <Table.Td>{rowLabel}</Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    aria-label={`${label}: ${rowLabel}`}
                    value={value[key] ?? ''}
                    onChange={(e) => onChange({ ...value, [key]: e.currentTarget.value })}
                    spellCheck={false}
                  />
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
    </div>
  )
}
