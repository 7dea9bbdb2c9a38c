import { Alert, Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { QuestionFlow } from '../../../../shared/call/flow-schema'
import type { CallRecord } from '../../../../shared/call/record'
import { Section } from '../../components/Section'
import { useSettings } from '../../components/settings-context'
import { elapsedMs, formatDuration } from './call-time'
import { dateTime } from './EarlierCalls'
import { CallRefusal } from '../refusal/CallRefusal'
import { CallExport } from '../export/CallExport'
import { useLoaded } from './use-loaded'

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={200} style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Th>
      <Table.Td style={{ whiteSpace: 'pre-line' }}>{children || '—'}</Table.Td>
    </Table.Tr>
  )
}

/** A finished call's notes stay as they were recorded. */
const keepNotes = (): void => {}

/** A finished call as it was recorded: read only, with the questions as asked and how identity was checked. */
export function FinishedCall({ record, flows, justFinished = false }: { record: CallRecord; flows: QuestionFlow[]; justFinished?: boolean }) {
  const { t, i18n } = useTranslation()
  const { timeZone } = useSettings()
  const d = record.draft
  const department = useLoaded('departments:get', d.departmentId ? { id: d.departmentId } : null)
  const person = useLoaded('people:get', d.caller.personId ? { id: d.caller.personId } : null)
  const identity = record.answered.find((a) => a.kind === 'identity')
  const flow = flows.find((f) => f.category === d.category)
  const o = d.outcome
  return (
    <Stack data-testid="finished-call">
      {justFinished && (
        <Alert color="teal" role="status">
          {t('call.finished.done')}
        </Alert>
      )}
      <Paper withBorder p="sm">
        <Group justify="space-between">
          <Group gap="md">
            <Title order={2} size="h4">
              {t('call.finished.title')}
            </Title>
            <Badge color="gray" size="lg" variant="filled" data-testid="call-status">
              {t('call.header.state.finished')}
            </Badge>
            <Text size="sm" data-testid="call-timer">
              {t('call.finished.when', { start: dateTime(record.startedAt, i18n.language, timeZone), duration: formatDuration(elapsedMs(record.startedAt, record.endedAt, Date.parse(record.finishedAt ?? record.updatedAt))) })}
            </Text>
          </Group>
          <Anchor component={Link} to="/calls">
            {t('call.backToCalls')}
          </Anchor>
        </Group>
      </Paper>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Section title={t('call.finished.callAndProblem')}>
          <Table>
            <Table.Tbody>
              <Row label={t('call.caller.title')}>{[person?.name ?? d.caller.name, d.caller.phone, d.caller.email].filter(Boolean).join(' · ')}</Row>
              <Row label={t('call.caller.department')}>{department?.name ?? ''}</Row>
              <Row label={t('call.intake.what')}>{d.intake.what}</Row>
              <Row label={t('call.intake.since')}>{d.intake.since}</Row>
              <Row label={t('call.intake.tried')}>{d.intake.tried}</Row>
              <Row label={t('call.intake.othersAffected')}>{d.intake.othersAffected ? t(`call.levels.${d.intake.othersAffected}`) : ''}</Row>
              <Row label={t('call.intake.impact')}>{d.intake.impact ? t(`call.levels.${d.intake.impact}`) : ''}</Row>
              <Row label={t('call.intake.urgency')}>{d.intake.urgency ? t(`call.levels.${d.intake.urgency}`) : ''}</Row>
              <Row label={t('call.readBack.title')}>
                {d.readBack ? `${d.readBack.text}\n${d.readBack.state === 'confirmed' ? t('call.readBack.confirmed') : t('call.readBack.corrected', { correction: d.readBack.correction })}` : ''}
              </Row>
            </Table.Tbody>
          </Table>
        </Section>
        <Section title={t('call.outcome.title')}>
          <Table>
            <Table.Tbody>
              <Row label={t('call.outcome.kind')}>{o.kind ? t(`call.outcome.kinds.${o.kind}`) : ''}</Row>
              {o.kind === 'handed-over' && <Row label={t('call.outcome.resolverGroup')}>{o.resolverGroup}</Row>}
              {o.kind === 'callback' && o.callbackAt && <Row label={t('call.finished.callback')}>{dateTime(o.callbackAt, i18n.language, timeZone)}</Row>}
              <Row label={t('call.outcome.notes')}>{o.notes}</Row>
              <Row label={t('call.priority.title')}>
                {d.priority
                  ? d.priority.chosen === d.priority.suggested
                    ? d.priority.reason
                    : `${d.priority.chosen}\n${t('call.finished.override', { suggested: d.priority.suggested, reason: d.priority.overrideReason })}\n${d.priority.reason}`
                  : ''}
              </Row>
            </Table.Tbody>
          </Table>
          {o.kind === 'refused' && <CallRefusal callId={record.id} notesEmpty={false} onSpoken={keepNotes} />}
        </Section>
      </SimpleGrid>
      <CallExport callId={record.id} />
      <Section title={flow ? t('call.finished.questions', { flow: flow.title }) : t('call.questions.title')} testId="finished-questions">
        <Text size="sm" data-testid="identity-method">
          {identity ? t('call.finished.identity', { method: identity.label ?? identity.answer }) : t('call.finished.noIdentity')}
        </Text>
        {record.answered.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('call.finished.noQuestions')}
          </Text>
        ) : (
          <Table>
            <Table.Tbody>
              {record.answered.map((a) => (
                <Row key={a.key} label={a.question}>
                  {a.kind === 'yes-no' ? t(`call.questions.${a.answer}`) : (a.label ?? a.answer)}
                </Row>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>
    </Stack>
  )
}
