import { Anchor, Badge, Button, Combobox, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput, Title, useCombobox, VisuallyHidden } from '@mantine/core'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { CallDraft } from '../../../../shared/call/record'
import type { PersonDetail, SearchHit } from '../../../../shared/knowledge/details'
import type { Language } from '../../../../shared/knowledge/entities'
import { formatPhone } from '../../../../shared/knowledge/phone'
import { call } from '../../api'
import { InternalSection } from '../../components/Internal'
import { Section } from '../../components/Section'
import { focusId } from './focus'
import { useSettings } from '../../components/settings-context'
import { useRequest } from '../../components/use-request'
import { Marked } from './ArticleSuggestions'
import type { UpdateDraft } from './call-draft'
import { useLoaded } from './use-loaded'

type Props = {
  callId: string
  draft: CallDraft
  update: UpdateDraft
  errorFor: (field: string) => string | undefined
  /** False on a practice call: the new person would be real knowledge, and the way back is to a real call. */
  canSaveAsPerson?: boolean
}

/** The new-person form, prefilled with what was noted about an unknown caller; saving returns to the call. */
function newPersonQuery(callId: string, caller: CallDraft['caller'], departmentId: string | null): string {
  const params = new URLSearchParams({ call: callId, name: caller.name.trim() })
  if (caller.phone.trim()) params.set('phone', caller.phone.trim())
  if (caller.email.trim()) params.set('email', caller.email.trim())
  if (departmentId) params.set('departmentId', departmentId)
  return params.toString()
}

/** Looks a caller up as the agent types a name, a phone fragment or an e-mail address; arrows and Enter pick. */
function CallerLookup({ onPick, error }: { onPick: (id: string) => void; error: string | undefined }) {
  const { t } = useTranslation()
  const combobox = useCombobox()
  const [query, setQuery] = useState('')
  const [answer, setAnswer] = useState<{ query: string; hits: SearchHit[] } | null>(null)
  const latest = useRef(0)
  useEffect(() => {
    const q = query.trim()
    if (!q) return
    const ticket = ++latest.current
    const timer = setTimeout(() => {
      void call('knowledge:search', { query: q, kinds: ['person'], limit: 8 })
        .catch(() => [] as SearchHit[])
        .then((hits) => {
          if (ticket !== latest.current) return
          setAnswer({ query: q, hits })
          combobox.selectFirstOption()
        })
    }, 120)
    return () => clearTimeout(timer)
  }, [query, combobox])
  const hits = query.trim() && answer ? answer.hits : []
  return (
    <Combobox store={combobox} onOptionSubmit={(id) => onPick(id)}>
      <Combobox.Target>
        <TextInput
          id="call-caller-lookup"
          label={t('call.caller.lookup')}
          placeholder={t('call.caller.lookupPlaceholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.currentTarget.value)
            combobox.openDropdown()
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          error={error}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={hits.length === 0 && !(answer && answer.query === query.trim())}>
        <Combobox.Options data-testid="caller-options">
          {hits.length === 0 ? (
            <Combobox.Empty>{t('call.caller.nobody')}</Combobox.Empty>
          ) : (
            hits.map((hit) => (
              <Combobox.Option value={hit.id} key={hit.id}>
                <Text size="sm" fw={600}>
                  {hit.title} {hit.matched && <Text span size="xs" c="dimmed">({hit.matched})</Text>}
                </Text>
                {hit.snippet && (
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    <Marked text={hit.snippet} />
                  </Text>
                )}
              </Combobox.Option>
            ))
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  )
}

function KnownCaller({ person, onOther }: { person: PersonDetail; onOther: () => void }) {
  const { t } = useTranslation()
  return (
    <Paper
      p="sm"
      withBorder
      data-testid="known-caller"
      data-vip={person.vip ? 'true' : 'false'}
      style={person.vip ? { borderColor: 'var(--mantine-color-grape-7)', borderWidth: 3, background: 'var(--mantine-color-grape-0)' } : undefined}
    >
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div>
            <Title order={3} size="h4">
              <Anchor component={Link} to={`/people/${person.id}`} inherit>
                {person.name}
              </Anchor>
            </Title>
            <Text size="sm">{[person.role, person.departmentName].filter(Boolean).join(' · ')}</Text>
          </div>
          {person.vip && (
            <Badge size="xl" color="grape" variant="filled" data-testid="vip-badge" title={t('call.caller.vipHint')} style={{ flex: 'none' }}>
              {t('call.caller.vip')}
            </Badge>
          )}
        </Group>
        {person.vip && (
          <Text size="sm" fw={700} c="grape.9">
            {t('call.caller.vipHint')}
          </Text>
        )}
        <Group gap={6}>
          {person.keyContact && <Badge variant="light">{t('call.caller.keyContact')}</Badge>}
          <Badge variant="outline" color={person.preferredLanguage === 'en' ? 'orange' : 'gray'} data-testid="caller-language">
            {t('call.caller.prefers', { language: t(`call.languages.${person.preferredLanguage}`) })}
          </Badge>
        </Group>
        <Stack gap={0}>
          {person.phones.map((p) => (
            <Text size="sm" key={p.number}>
              {p.label ? `${p.label}: ` : ''}
              {formatPhone(p.number)}
            </Text>
          ))}
          {person.email && <Text size="sm">{person.email}</Text>}
        </Stack>
        <Button size="compact-xs" variant="subtle" w="fit-content" onClick={onOther}>
          {t('call.caller.other')}
        </Button>
      </Stack>
    </Paper>
  )
}

/** Who is calling: a person from the knowledge base, or an unknown caller written down as they say it. */
export function CallerPanel({ callId, draft, update, errorFor, canSaveAsPerson = true }: Props) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const settings = useSettings()
  const caller = draft.caller
  const person = useLoaded('people:get', caller.personId ? { id: caller.personId } : null, ['person'])
  const [departments] = useRequest('departments:list', {}, { reloadOnChange: ['department'] })
  const setCaller = (change: Partial<CallDraft['caller']>) => update((d) => ({ ...d, caller: { ...d.caller, ...change } }))

  const pick = async (id: string) => {
    const p = await call('people:get', { id }).catch(() => null)
    if (!p) return
    update((d) => ({
      ...d,
      caller: { ...d.caller, personId: p.id, name: p.name, email: p.email || d.caller.email, phone: d.caller.phone || p.phones[0]?.number || '', language: p.preferredLanguage },
      departmentId: p.departmentId ?? d.departmentId,
    }))
    // The caller is known: on to listening, in the field where their words go.
    requestAnimationFrame(() => focusId('call-intake-what'))
  }
  const shown = caller.personId && person?.id === caller.personId ? person : null
  return (
    <Section title={t('call.caller.title')} testId="call-caller">
      <VisuallyHidden role="status" aria-live="polite">
        {shown?.vip ? t('call.caller.vipAnnounce', { name: shown.name }) : ''}
      </VisuallyHidden>
      {caller.personId ? (
        shown ? (
          <KnownCaller person={shown} onOther={() => setCaller({ personId: null, name: '', email: '', language: null })} />
        ) : (
          <Text c="dimmed">{t('call.caller.loading')}</Text>
        )
      ) : (
        <Stack gap="xs">
          <CallerLookup onPick={(id) => void pick(id)} error={errorFor('caller.name')} />
          <Text size="xs" c="dimmed">
            {t('call.caller.unknownHint')}
          </Text>
          <TextInput id="call-caller-name" label={t('call.caller.name')} maxLength={200} value={caller.name} onChange={(e) => setCaller({ name: e.currentTarget.value })} />
          <Group grow gap="xs">
            <TextInput label={t('call.caller.phone')} maxLength={64} value={caller.phone} onChange={(e) => setCaller({ phone: e.currentTarget.value })} />
            <TextInput label={t('call.caller.email')} type="email" maxLength={200} value={caller.email} onChange={(e) => setCaller({ email: e.currentTarget.value })} />
          </Group>
          {canSaveAsPerson && (
            <Button size="xs" variant="light" w="fit-content" disabled={!caller.name.trim()} onClick={() => void navigate(`/people/new?${newPersonQuery(callId, caller, draft.departmentId)}`)}>
              {t('call.caller.saveAsPerson')}
            </Button>
          )}
        </Stack>
      )}
      {shown?.notes && (
        <InternalSection title={t('call.caller.notes')} shareable={shown.notesShareable}>
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {shown.notes}
          </Text>
        </InternalSection>
      )}
      <Select
        label={t('call.caller.department')}
        placeholder={t('call.caller.departmentPlaceholder')}
        searchable
        clearable
        data={departments.status === 'done' ? departments.value.map((d) => ({ value: d.id, label: d.name })) : []}
        value={draft.departmentId}
        onChange={(departmentId) => update((d) => ({ ...d, departmentId }))}
      />
      <div>
        <Text size="sm" fw={500}>
          {t('call.caller.speakIn')}
        </Text>
        <SegmentedControl
          size="xs"
          aria-label={t('call.caller.speakIn')}
          value={caller.language ?? settings.contentLanguage}
          onChange={(v) => setCaller({ language: v as Language })}
          data={(['nl', 'en'] as const).map((l) => ({ value: l, label: t(`call.languages.${l}`) }))}
        />
      </div>
    </Section>
  )
}
