import { Group, Radio, Select, TextInput } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Section } from '../../components/Section'
import { intlLocale, type Form } from './settings-form'

/** Zones an organisation in the Low Countries is most likely to use, listed first. */
const nearby = ['Europe/Amsterdam', 'Europe/Brussels', 'Europe/Luxembourg', 'Europe/London', 'Europe/Dublin', 'Europe/Berlin', 'Europe/Paris', 'UTC']

function timeZoneOptions(current: string, t: (key: string) => string) {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  const first = nearby.filter((z) => z === 'UTC' || all.includes(z) || all.length === 0)
  const rest = [...new Set([...all, current])].filter((z) => z && !first.includes(z)).sort()
  return [
    { group: t('settings.organisation.nearbyZones'), items: first },
    { group: t('settings.organisation.allZones'), items: rest },
  ]
}

function countryName(code: string, language: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return ''
  try {
    const name = new Intl.DisplayNames([intlLocale(language)], { type: 'region' }).of(code)
    return name && name !== code ? name : ''
  } catch {
    return ''
  }
}

export function OrganisationFields({ form }: { form: Form }) {
  const { t, i18n } = useTranslation()
  const zones = useMemo(() => timeZoneOptions(form.values.timeZone, t), [form.values.timeZone, t])
  const country = countryName(form.values.defaultCountry, i18n.language)
  return (
    <Section title={t('settings.organisation.title')}>
      <TextInput label={t('settings.organisation.name')} withAsterisk maw={480} {...form.getInputProps('organisationName')} />
      <Radio.Group label={t('settings.organisation.formOfAddress')} description={t('settings.organisation.formOfAddressHint')} {...form.getInputProps('formOfAddress')}>
        <Group mt={6}>
          <Radio value="formal" label={t('settings.organisation.formal')} />
          <Radio value="informal" label={t('settings.organisation.informal')} />
        </Group>
      </Radio.Group>
      <Group align="flex-start">
        <Select
          label={t('settings.organisation.timeZone')}
          description={t('settings.organisation.timeZoneHint')}
          data={zones}
          searchable
          allowDeselect={false}
          maxDropdownHeight={280}
          w={300}
          nothingFoundMessage={t('common.noMatches')}
          {...form.getInputProps('timeZone')}
        />
        <TextInput
          label={t('settings.organisation.defaultCountry')}
          description={country ? t('settings.organisation.defaultCountryIs', { country }) : t('settings.organisation.defaultCountryHint')}
          maxLength={2}
          w={300}
          autoComplete="off"
          {...form.getInputProps('defaultCountry')}
          onChange={(e) => form.setFieldValue('defaultCountry', e.currentTarget.value.toUpperCase())}
        />
      </Group>
    </Section>
  )
}

export function ProfileFields({ form }: { form: Form }) {
  const { t } = useTranslation()
  return (
    <Section title={t('settings.profile.title')}>
      <Group align="flex-start">
        <TextInput label={t('settings.profile.name')} withAsterisk w={300} {...form.getInputProps('agent.name')} />
        <TextInput label={t('settings.profile.shortName')} description={t('settings.profile.shortNameHint')} withAsterisk w={300} {...form.getInputProps('agent.shortName')} />
      </Group>
    </Section>
  )
}
