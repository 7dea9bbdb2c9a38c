import { ActionIcon, Alert, Button, Group, Text, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { RuleForm } from '../../../../shared/knowledge/forms'
import { Section } from '../../components/Section'

type Form = UseFormReturnType<RuleForm>

/**
 * The alternatives as an editable list. A new line gets the focus at once, so an agent can add
 * several with Tab, typing and Enter; after removing one the focus stays in the list.
 */
export function AlternativesField({ form }: { form: Form }) {
  const { t } = useTranslation()
  const focusAt = useRef<number | null>(null)
  const addButton = useRef<HTMLButtonElement>(null)
  const count = form.values.alternatives.length

  useEffect(() => {
    if (focusAt.current === null) return
    const node = focusAt.current < 0 ? addButton.current : form.getInputNode(`alternatives.${focusAt.current}`)
    focusAt.current = null
    node?.focus()
  }, [count, form])

  const add = () => {
    focusAt.current = count
    form.insertListItem('alternatives', '')
  }
  const remove = (i: number) => {
    focusAt.current = count > 1 ? Math.max(0, i - 1) : -1
    form.removeListItem('alternatives', i)
  }

  return (
    <Section title={t('rules.edit.alternatives')} testId="rule-alternatives-field">
      {form.values.alternatives.map((_a, i) => (
        <Group key={i} align="flex-start" wrap="nowrap" data-testid="alternative">
          <TextInput
            aria-label={t('rules.edit.alternative', { number: i + 1 })}
            placeholder={t('rules.edit.alternativePlaceholder')}
            style={{ flex: 1 }}
            {...form.getInputProps(`alternatives.${i}`)}
          />
          <ActionIcon variant="subtle" color="red" size="lg" onClick={() => remove(i)} aria-label={t('rules.edit.removeAlternative', { number: i + 1 })}>
            ×
          </ActionIcon>
        </Group>
      ))}
      {count === 0 && (
        <Alert color="blue" variant="light" p="sm" data-testid="no-alternatives-hint">
          <Text size="sm">{t('rules.edit.noAlternativesHint')}</Text>
        </Alert>
      )}
      <Button ref={addButton} variant="light" w="fit-content" onClick={add}>
        {t('rules.edit.addAlternative')}
      </Button>
    </Section>
  )
}
