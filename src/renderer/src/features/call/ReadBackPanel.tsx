import { PlainLanguageHints } from '../plain-language/PlainLanguageHints'
import { Alert, Badge, Blockquote, Button, Group, List, Stack, Text, Textarea } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { QuestionFlow } from '../../../../shared/call/flow-schema'
import type { CallDraft } from '../../../../shared/call/record'
import { readBack, readBackParts } from '../../../../shared/call/summary'
import type { Language } from '../../../../shared/knowledge/entities'
import { Section } from '../../components/Section'
import { useSettings } from '../../components/settings-context'
import { readBackIntake, type UpdateDraft } from './call-draft'

/** The summary to read aloud in the caller's words and language, and what the caller said to it. */
export function ReadBackPanel({ draft, update, flow, language }: { draft: CallDraft; update: UpdateDraft; flow: QuestionFlow | undefined; language: Language }) {
  const { t } = useTranslation()
  const { formOfAddress } = useSettings()
  const [correcting, setCorrecting] = useState(false)
  const [correction, setCorrection] = useState(draft.readBack?.correction ?? '')
  const yesNo = (a: 'yes' | 'no') => t(`call.questions.${a}`, { lng: language })
  const intake = readBackIntake(draft, flow, yesNo)
  const text = readBack(intake, language, formOfAddress)
  const { details } = readBackParts(intake, language, formOfAddress)
  const record = draft.readBack
  const stale = record !== null && record.text !== text

  const answer = (state: 'confirmed' | 'corrected') => {
    update((d) => ({ ...d, readBack: { text, state, correction: state === 'corrected' ? correction.trim() : '', at: new Date().toISOString() } }))
    setCorrecting(false)
  }

  return (
    <Section title={t('call.readBack.title')} testId="call-read-back-section">
      {!text ? (
        <Text c="dimmed">{t('call.readBack.empty')}</Text>
      ) : (
        <Stack gap="xs">
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t('call.readBack.readAloud')}
            </Text>
            <Badge variant="outline" size="sm">
              {t(`call.languages.${language}`)}
            </Badge>
          </Group>
          <Blockquote p="sm" fz="lg" data-testid="read-back" lang={language} color="blue">
            {text}
          </Blockquote>
          <PlainLanguageHints text={text} language={language} testId="read-back-hints" />
          {details.length > 0 && (
            <div>
              <Text size="xs" c="dimmed">
                {t('call.readBack.details')}
              </Text>
              <List size="sm">
                {details.map((d) => (
                  <List.Item key={d.question}>
                    {d.question} <b>{d.answer}</b>
                  </List.Item>
                ))}
              </List>
            </div>
          )}
          {record && !stale && (
            <Alert color={record.state === 'confirmed' ? 'teal' : 'orange'} p="xs" data-testid="read-back-state" data-state={record.state}>
              {record.state === 'confirmed' ? t('call.readBack.confirmed') : t('call.readBack.corrected', { correction: record.correction })}
            </Alert>
          )}
          {stale && (
            <Alert color="orange" p="xs" data-testid="read-back-stale" role="status">
              {t('call.readBack.stale')}
            </Alert>
          )}
          {correcting ? (
            <Stack gap={6}>
              <Textarea
                label={t('call.readBack.correction')}
                autosize
                minRows={2}
                value={correction}
                onChange={(e) => setCorrection(e.currentTarget.value)}
                data-autofocus
                autoFocus
              />
              <Group gap="xs">
                <Button size="xs" color="orange" disabled={!correction.trim()} onClick={() => answer('corrected')}>
                  {t('call.readBack.saveCorrection')}
                </Button>
                <Button size="xs" variant="default" onClick={() => setCorrecting(false)}>
                  {t('common.cancel')}
                </Button>
              </Group>
            </Stack>
          ) : (
            <Group gap="xs" id="call-read-back">
              <Button size="sm" color="teal" onClick={() => answer('confirmed')}>
                {t('call.readBack.confirm')}
              </Button>
              <Button size="sm" variant="light" color="orange" onClick={() => setCorrecting(true)}>
                {t('call.readBack.correct')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Section>
  )
}
