import { ActionIcon, Button, Group, rem, Text, TextInput } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import type { TFunction } from 'i18next'
import { useState, type FocusEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { KnowledgeItem } from '../../../../shared/knowledge/details'
import { personFormSchema, type PersonForm } from '../../../../shared/knowledge/forms'
import { formatPhone, toE164 } from '../../../../shared/knowledge/phone'
import { formValidator } from '../../components/form-errors'
import { Section } from '../../components/Section'

type Form = UseFormReturnType<PersonForm>

/**
 * The shared schema's checks, plus one the service would otherwise make on save: every phone number
 * must read as a number of the organisation's default country (or carry its own +code).
 */
export function personValidator(t: TFunction, defaultCountry: string) {
  const schema = formValidator(personFormSchema, t)
  return (values: PersonForm): Record<string, string> => {
    const errors = schema(values)
    values.phones.forEach((phone, i) => {
      const field = `phones.${i}.number`
      if (!errors[field] && !toE164(phone.number, defaultCountry)) errors[field] = t('validation.phone')
    })
    return errors
  }
}

/** The name, with a warning (never a block: two people may share a name) when it is already in use. */
export function NameField({ form, people, ownId }: { form: Form; people: KnowledgeItem[]; ownId?: string }) {
  const { t } = useTranslation()
  const typed = form.values.name.trim().toLocaleLowerCase()
  const namesakes = typed ? people.filter((p) => p.id !== ownId && p.title.trim().toLocaleLowerCase() === typed) : []
  const who = namesakes.map((p) => (p.subtitle ? `${p.title} (${p.subtitle})` : p.title)).join('; ')
  return (
    <TextInput
      label={t('people.edit.name')}
      withAsterisk
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      description={
        namesakes.length > 0 && (
          <Text span size="xs" c="orange.9" fw={500} data-testid="duplicate-name">
            {t('people.edit.duplicate', { count: namesakes.length, who })}
          </Text>
        )
      }
      {...form.getInputProps('name')}
    />
  )
}

/**
 * Phone numbers as a list of label + number. When the agent leaves a number field, its description
 * says how the number will be stored (E.164, read with the default country) when that differs from
 * what was typed; a number that is not one gets a field error (validation on blur).
 */
export function PhonesField({ form, defaultCountry }: { form: Form; defaultCountry: string }) {
  const { t } = useTranslation()
  const [focused, setFocused] = useState<number | null>(null)
  const storedAs = (typed: string): string | null => {
    const e164 = toE164(typed, defaultCountry)
    if (!e164) return null
    const formatted = formatPhone(e164)
    return formatted === typed.trim() ? null : formatted
  }
  const add = () => {
    const next = form.values.phones.length
    form.insertListItem('phones', { label: '', number: '' })
    // Keyboard users continue in the new row.
    requestAnimationFrame(() => form.getInputNode(`phones.${next}.label`)?.focus())
  }
  return (
    <Section title={t('people.edit.phones')}>
      {form.values.phones.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('people.edit.noPhones')}
        </Text>
      )}
      {form.values.phones.map((phone, i) => {
        // Mantine's own focus/blur handlers (touched, validation on blur) run after ours.
        const { onFocus, onBlur, ...numberProps } = form.getInputProps(`phones.${i}.number`)
        const stored = focused === i ? null : storedAs(phone.number)
        return (
          <Group key={i} align="flex-start" wrap="nowrap" data-testid="phone">
            <TextInput label={t('people.edit.phoneLabel')} placeholder={t('people.edit.phoneLabelPlaceholder')} w={220} {...form.getInputProps(`phones.${i}.label`)} />
            <TextInput
              label={t('people.edit.phoneNumber')}
              style={{ flex: 1 }}
              // Room for one line below, so the description or error appearing on blur does not move
              // the buttons under the pointer (a click that blurs the field would otherwise miss).
              mih={rem(81)}
              withAsterisk
              type="tel"
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              description={stored && t('people.edit.storedAs', { number: stored })}
              {...numberProps}
              onFocus={(e: FocusEvent) => {
                setFocused(i)
                onFocus?.(e)
              }}
              onBlur={(e: FocusEvent) => {
                setFocused(null)
                onBlur?.(e)
              }}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mt={24}
              size="lg"
              aria-label={t('people.edit.removePhone', { number: phone.number || phone.label || i + 1 })}
              onClick={() => form.removeListItem('phones', i)}
            >
              ×
            </ActionIcon>
          </Group>
        )
      })}
      <Button variant="light" w="fit-content" onClick={add}>
        {t('people.edit.addPhone')}
      </Button>
    </Section>
  )
}
