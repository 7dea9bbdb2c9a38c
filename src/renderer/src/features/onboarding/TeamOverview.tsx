import { Anchor, Button, Group, Modal, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Learner } from '../../../../shared/onboarding/records'
import { ApiError, call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useRequest } from '../../components/use-request'
import { useDateFormat } from './date-format'
import { useConfirm } from './use-confirm'
import { asApiError } from './use-path'
import { useLearner } from './learner-context'

/** The team lead's table: every learner's path, required items, quiz and practice at a glance; a name shows that learner. */
export function TeamOverview() {
  const { t } = useTranslation()
  const { learner, choose, reload: reloadLearners } = useLearner()
  const [overview, reload] = useRequest('learning:overview', {})
  const deleting = useConfirm<Learner>()
  const [error, setError] = useState<ApiError | null>(null)
  const remove = async (who: Learner) => {
    deleting.close()
    setError(null)
    try {
      await call('learners:delete', { id: who.id })
    } catch (e) {
      setError(asApiError(e))
    }
    reload()
    reloadLearners()
  }
  const format = useDateFormat('date')
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="team-title" data-testid="team-overview">
      <Stack gap="sm">
        <Title order={3} size="h4" id="team-title">
          {t('onboarding.team.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('onboarding.team.intro')}
        </Text>
        {overview.status === 'loading' && <Skeleton h={120} />}
        {overview.status === 'error' && <ErrorNotice error={overview.error} onRetry={reload} />}
        {error && <ErrorNotice error={error} />}
        {overview.status === 'done' && overview.value.length === 0 && <Text>{t('onboarding.team.empty')}</Text>}
        {overview.status === 'done' && overview.value.length > 0 && (
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('onboarding.team.columns.learner')}</Table.Th>
                <Table.Th>{t('onboarding.team.columns.path')}</Table.Th>
                <Table.Th>{t('onboarding.team.columns.required')}</Table.Th>
                <Table.Th>{t('onboarding.team.columns.quiz')}</Table.Th>
                <Table.Th>{t('onboarding.team.columns.practice')}</Table.Th>
                <Table.Th>{t('onboarding.team.columns.lastActivity')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {overview.value.map((p) => {
                const last = p.practice.at(-1)
                const current = p.learner.id === learner?.id
                return (
                  <Table.Tr key={p.learner.id} data-learner={p.learner.name} aria-current={current || undefined}>
                    <Table.Td>
                      <Anchor
                        component="button"
                        type="button"
                        fw={current ? 700 : 500}
                        aria-label={t('onboarding.team.choose', { name: p.learner.name })}
                        onClick={() => choose(p.learner.id)}
                      >
                        {p.learner.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t('onboarding.path.completion', { done: p.path.done, total: p.path.total })}</Table.Td>
                    <Table.Td>{p.path.requiredTotal ? `${p.path.requiredDone} / ${p.path.requiredTotal}` : t('onboarding.team.none')}</Table.Td>
                    <Table.Td>{p.quiz.answered ? t('onboarding.team.quizCell', { correct: p.quiz.correct, answered: p.quiz.answered }) : t('onboarding.team.none')}</Table.Td>
                    <Table.Td>{last ? t('onboarding.team.practiceCell', { count: p.practice.length, score: last.score }) : t('onboarding.team.none')}</Table.Td>
                    <Table.Td>{p.lastActivityAt ? format(p.lastActivityAt) : t('onboarding.team.none')}</Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        aria-label={t('onboarding.team.deleteFor', { name: p.learner.name })}
                        onClick={() => deleting.ask(p.learner)}
                      >
                        {t('onboarding.team.delete')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <Modal opened={deleting.opened} onClose={deleting.close} title={t('onboarding.team.deleteTitle', { name: deleting.subject?.name ?? '' })}>
        <Stack>
          <Text>{t('onboarding.team.deleteBody', { name: deleting.subject?.name ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={deleting.close} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" onClick={() => deleting.subject && void remove(deleting.subject)}>
              {t('onboarding.team.deleteConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  )
}
