import { Badge, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { CallRecord } from '../../../../shared/call/record'
import { ApiError, call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useSettings } from '../../components/settings-context'
import type { Autosaver, AutosaveState } from './autosave'
import { elapsedMs, formatDuration } from './call-time'
import { useNow } from './use-now'

type Meta = Pick<CallRecord, 'startedAt' | 'endedAt' | 'heldAt' | 'status'>

/** On the organisation's clock, like every other time in the console. */
const clock = (date: Date, language: string, timeZone: string): string =>
  date.toLocaleTimeString(language === 'en' ? 'en-GB' : 'nl-NL', { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone })

/** The running time of the call: stops at the hang-up. */
export function CallTimer({ meta }: { meta: Meta }) {
  const { t } = useTranslation()
  const now = useNow(1000, !meta.endedAt)
  const time = formatDuration(elapsedMs(meta.startedAt, meta.endedAt, now))
  return (
    <Text ff="monospace" fz={28} fw={700} lh={1} data-testid="call-timer" data-running={meta.endedAt ? 'false' : 'true'} aria-label={t('call.header.duration', { time })}>
      {time}
    </Text>
  )
}

export function SaveIndicator({ state }: { state: AutosaveState }) {
  const { t, i18n } = useTranslation()
  const { timeZone } = useSettings()
  const text =
    state.status === 'saved'
      ? t('call.save.saved', { time: clock(state.at, i18n.language, timeZone) })
      : state.status === 'saving' || state.status === 'pending'
        ? t('call.save.saving')
        : state.status === 'failed'
          ? t('call.save.failed', { reason: t(`call.save.reason.${state.reason}`, { defaultValue: t('call.save.reason.unavailable') }) })
          : t('call.save.idle')
  return (
    <Text size="xs" c={state.status === 'failed' ? 'red' : 'dimmed'} role="status" data-testid="call-save-state" data-state={state.status}>
      {text}
    </Text>
  )
}

export function CallHeader(props: { id: string; meta: Meta; onMeta: (meta: Meta) => void; saveState: AutosaveState; autosaver: Pick<Autosaver<never>, 'flush' | 'stop' | 'resume'>; onHelp: () => void }) {
  const { id, meta, onMeta, saveState, autosaver, onHelp } = props
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [error, setError] = useState<ApiError | null>(null)
  const [confirmDiscard, setConfirmDiscard] = useState(false)
  const [busy, setBusy] = useState(false)
  const run = async (action: () => Promise<unknown>) => {
    setBusy(true)
    setError(null)
    try {
      await action()
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ code: 'internal', message: String(e) }))
    } finally {
      setBusy(false)
    }
  }
  const hold = (on: boolean) => run(async () => onMeta(await call('calls:hold', { id, on })))
  const hangUp = () => run(async () => onMeta(await call('calls:hang-up', { id })))
  const discard = () =>
    run(async () => {
      // What is still waiting is saved first: if the discard fails, nothing typed is lost.
      await autosaver.flush().catch(() => {})
      await autosaver.stop()
      try {
        await call('calls:discard', { id })
      } catch (e) {
        autosaver.resume()
        throw e
      }
      setConfirmDiscard(false)
      void navigate('/calls')
    })

  const state = meta.endedAt ? 'ended' : meta.heldAt ? 'held' : 'active'
  return (
    <Paper withBorder p="sm" data-testid="call-header" data-call-state={state}>
      <Group justify="space-between" wrap="nowrap" align="center">
        <Group gap="md" wrap="nowrap">
          <Stack gap={2}>
            <Title order={2} size="h4">
              {t('call.title')}
            </Title>
            <SaveIndicator state={saveState} />
          </Stack>
          <CallTimer meta={meta} />
          <Badge size="lg" color={state === 'active' ? 'green' : state === 'held' ? 'yellow' : 'gray'} variant="filled" data-testid="call-status">
            {t(`call.header.state.${state}`)}
          </Badge>
        </Group>
        <Group gap="xs" wrap="nowrap">
          {!meta.endedAt &&
            (meta.heldAt ? (
              <Button variant="filled" color="green" loading={busy} onClick={() => void hold(false)}>
                {t('call.header.takeBack')}
              </Button>
            ) : (
              <Button variant="light" color="yellow" loading={busy} onClick={() => void hold(true)}>
                {t('call.header.hold')}
              </Button>
            ))}
          <Button variant="light" color="red" disabled={!!meta.endedAt} loading={busy} onClick={() => void hangUp()}>
            {t('call.header.hangUp')}
          </Button>
          <Button variant="subtle" color="gray" onClick={() => setConfirmDiscard(true)}>
            {t('call.header.discard')}
          </Button>
          <Button variant="default" onClick={onHelp} aria-keyshortcuts="Alt+H">
            {t('call.shortcuts.button')}
          </Button>
        </Group>
      </Group>
      {error && !confirmDiscard && <ErrorNotice error={error} />}
      <Modal opened={confirmDiscard} onClose={() => setConfirmDiscard(false)} title={t('call.discard.title')}>
        <Stack>
          <Text>{t('call.discard.body')}</Text>
          {error && <ErrorNotice error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmDiscard(false)} data-autofocus>
              {t('call.discard.keep')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void discard()}>
              {t('call.discard.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  )
}
