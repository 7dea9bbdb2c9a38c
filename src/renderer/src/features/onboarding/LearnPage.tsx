import { Button, Group, Modal, Paper, Progress, Skeleton, Stack, Switch, Text } from '@mantine/core'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LearningItem } from '../../../../shared/onboarding/records'
import { ApiError, call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useLearner } from './learner-context'
import { OwnItemModal } from './OwnItemModal'
import { PathItem, useItemTitle, type LeadActions } from './PathItem'
import { useConfirm } from './use-confirm'
import { asApiError, usePath, type LearningPath } from './use-path'

/** The learning path of the chosen learner, with the team lead's switch to change it. */
export function LearnPage() {
  const { t } = useTranslation()
  const { learner } = useLearner()
  if (!learner) return <Text data-testid="no-learner">{t('onboarding.learner.none')}</Text>
  return <LearnerPath key={learner.id} learnerId={learner.id} />
}

function LearnerPath({ learnerId }: { learnerId: string }) {
  const { t } = useTranslation()
  const { state, load, mark, reorder } = usePath(learnerId)
  const titleOf = useItemTitle()
  const [leadMode, setLeadMode] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const [editing, setEditing] = useState<{ item: LearningItem | null } | null>(null)
  const deleting = useConfirm<LearningItem>()
  // After a move the focus goes back to the same button of the moved item (or its other arrow at either end).
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; direction: -1 | 1 } | null>(null)
  const working = useRef(false)

  const act = async (action: () => Promise<unknown>) => {
    if (working.current) return
    working.current = true
    setError(null)
    try {
      await action()
    } catch (e) {
      setError(asApiError(e))
    } finally {
      working.current = false
    }
  }

  const items = useMemo(() => (state.status === 'done' ? state.value.items : []), [state])
  useEffect(() => {
    if (!focusAfterMove) return
    const { id, direction } = focusAfterMove
    const same = document.getElementById(`move-${direction < 0 ? 'up' : 'down'}-${id}`) as HTMLButtonElement | null
    const other = document.getElementById(`move-${direction < 0 ? 'down' : 'up'}-${id}`) as HTMLButtonElement | null
    ;(same && !same.disabled ? same : other)?.focus()
  }, [focusAfterMove, items])

  const lead: LeadActions = {
    move: (item, direction) =>
      void act(async () => {
        const ids = items.map((i) => i.id)
        const from = ids.indexOf(item.id)
        const to = from + direction
        if (from < 0 || to < 0 || to >= ids.length) return
        ;[ids[from], ids[to]] = [ids[to]!, ids[from]!]
        setFocusAfterMove({ id: item.id, direction })
        await reorder(ids)
      }),
    require: (item, required) =>
      void act(async () => {
        await call('learning:require', { id: item.id, required })
        await load()
      }),
    edit: (item) => setEditing({ item }),
    remove: (item) => deleting.ask(item),
  }

  return (
    <Stack>
      {state.status === 'loading' && <Skeleton h={240} />}
      {state.status === 'error' && <ErrorNotice error={state.error} onRetry={() => void load()} />}
      {state.status === 'done' && (
        <>
          <Completion path={state.value} />
          <Group justify="space-between">
            <Switch label={t('onboarding.lead.switch')} checked={leadMode} onChange={(e) => setLeadMode(e.currentTarget.checked)} />
            {leadMode && <Button onClick={() => setEditing({ item: null })}>{t('onboarding.lead.add')}</Button>}
          </Group>
          {leadMode && (
            <Text size="sm" c="dimmed" maw={760}>
              {t('onboarding.lead.hint')}
            </Text>
          )}
          {error && <ErrorNotice error={error} />}
          {items.length === 0 ? (
            <Text data-testid="path-empty">{t('onboarding.path.empty')}</Text>
          ) : (
            <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('onboarding.path.list')} data-testid="learning-path">
              {items.map((item, index) => (
                <PathItem
                  key={item.id}
                  item={item}
                  index={index}
                  count={items.length}
                  onMark={(it, done) => void act(() => mark(it.id, done))}
                  lead={leadMode ? lead : null}
                />
              ))}
            </Stack>
          )}
        </>
      )}
      <OwnItemModal item={editing?.item ?? null} opened={editing !== null} onClose={() => setEditing(null)} onSaved={() => void load()} />
      <Modal opened={deleting.opened} onClose={deleting.close} title={t('onboarding.lead.deleteTitle', { title: deleting.subject ? titleOf(deleting.subject) : '' })}>
        <Stack>
          <Text>{t('onboarding.lead.deleteBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={deleting.close} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              onClick={() =>
                void act(async () => {
                  const item = deleting.subject!
                  deleting.close()
                  await call('learning:item-delete', { id: item.id })
                  await load()
                })
              }
            >
              {t('onboarding.lead.deleteConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  )
}

/** x of y done, and of the required items; a bar for the whole path. */
export function Completion({ path }: { path: Pick<LearningPath, 'done' | 'total' | 'requiredDone' | 'requiredTotal'> }) {
  const { t } = useTranslation()
  const share = path.total ? Math.round((path.done / path.total) * 100) : 0
  return (
    <Paper withBorder p="md" data-testid="path-completion">
      <Stack gap={6}>
        <Group justify="space-between">
          <Text fw={700} data-testid="path-done">
            {t('onboarding.path.completion', { done: path.done, total: path.total })}
          </Text>
          {path.requiredTotal > 0 && (
            <Text size="sm" c={path.requiredDone < path.requiredTotal ? 'orange.8' : 'teal.8'} data-testid="path-required">
              {t('onboarding.path.required', { done: path.requiredDone, total: path.requiredTotal })}
            </Text>
          )}
        </Group>
        <Progress value={share} size="lg" aria-label={t('onboarding.path.progressLabel')} aria-valuetext={`${share}%`} />
      </Stack>
    </Paper>
  )
}
