import { Badge, Group, Select, Stack, Text, Textarea } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PrioritySuggestion } from '../../../../shared/call/priority'
import type { CallDraft } from '../../../../shared/call/record'
import type { Priority } from '../../../../shared/settings'
import { Section } from '../../components/Section'
import type { UpdateDraft } from './call-draft'

const priorities: Priority[] = ['P1', 'P2', 'P3', 'P4']
const colour: Record<Priority, string> = { P1: 'red', P2: 'orange', P3: 'blue', P4: 'gray' }

/** The suggested priority with its reason; a different choice needs a reason of its own. */
export function PriorityPanel(props: { draft: CallDraft; update: UpdateDraft; suggestion: PrioritySuggestion | null; errorFor: (field: string) => string | undefined }) {
  const { draft, update, suggestion, errorFor } = props
  const { t } = useTranslation()
  const priority = draft.priority
  if (!suggestion || !priority) {
    return (
      <Section title={t('call.priority.title')} testId="call-priority">
        <Text c={errorFor('priority') ? 'red' : 'dimmed'} size="sm">
          {errorFor('priority') ?? t('call.priority.needsLevels')}
        </Text>
      </Section>
    )
  }
  const overridden = priority.chosen !== priority.suggested
  const choose = (chosen: Priority) => update((d) => ({ ...d, priority: { ...priority, chosen, overrideReason: chosen === priority.suggested ? '' : priority.overrideReason } }))
  return (
    <Section title={t('call.priority.title')} testId="call-priority">
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Badge size="xl" color={colour[priority.chosen]} variant="filled" data-testid="priority-chosen">
          {priority.chosen}
        </Badge>
        <Stack gap={2}>
          <Text size="sm">
            {t('call.priority.suggested', { priority: suggestion.priority })}
          </Text>
          <Text size="sm" data-testid="priority-reason">
            {suggestion.sentence}
          </Text>
        </Stack>
      </Group>
      <Group gap="sm" align="flex-start" grow>
        <Select
          id="call-priority-chosen"
          label={t('call.priority.choose')}
          data={priorities.map((p) => ({ value: p, label: p === suggestion.priority ? t('call.priority.asSuggested', { priority: p }) : p }))}
          value={priority.chosen}
          onChange={(v) => v && choose(v as Priority)}
          allowDeselect={false}
          maw={220}
        />
        {overridden && (
          <Textarea
            id="call-priority-override-reason"
            label={t('call.priority.overrideReason')}
            autosize
            minRows={1}
            withAsterisk
            value={priority.overrideReason}
            onChange={(e) => {
              const overrideReason = e.currentTarget.value
              update((d) => ({ ...d, priority: { ...priority, overrideReason } }))
            }}
            error={errorFor('priority.overrideReason')}
          />
        )}
      </Group>
    </Section>
  )
}
