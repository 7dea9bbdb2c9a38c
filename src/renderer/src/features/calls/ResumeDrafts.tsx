import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { CallSummary } from '../../../../shared/call/record'
import { call } from '../../api'
import { useSettings } from '../../components/settings-context'
import { callerLabel, dayTimeOf, firstWords } from './call-text'
import { callPath, showFailure } from './start-call'

/**
 * Calls still unfinished from before the console started (it was closed, or crashed, mid-call): offered
 * to resume or discard. "Later" leaves them in the open calls at the top.
 */
export function ResumeDrafts({ openCalls, bootTime }: { openCalls: CallSummary[]; bootTime: number }) {
  const { t, i18n } = useTranslation()
  const { timeZone } = useSettings()
  const navigate = useNavigate()
  const [dismissed, setDismissed] = useState(false)
  const [discarding, setDiscarding] = useState<CallSummary | null>(null)
  const [busy, setBusy] = useState(false)
  const firstButton = useRef<HTMLButtonElement>(null)
  const focused = useRef(false)
  const earlier = openCalls.filter((c) => Date.parse(c.startedAt) < bootTime)
  const shown = !dismissed && earlier.length > 0

  // Once, when the prompt first appears: a keyboard user lands on it instead of hunting for it.
  useEffect(() => {
    if (shown && !focused.current && document.activeElement === document.body) {
      focused.current = true
      firstButton.current?.focus()
    }
  }, [shown])

  if (!shown && !discarding) return null

  const resume = (target: CallSummary) => {
    call('calls:hold', { id: target.id, on: false }).then(
      () => {
        setDismissed(true)
        void navigate(callPath(target.id))
      },
      (error: unknown) => showFailure(t('calls.bar.takeBackFailed'), error, t),
    )
  }
  const discard = (target: CallSummary) => {
    setBusy(true)
    call('calls:discard', { id: target.id })
      .then(
        () => setDiscarding(null),
        (error: unknown) => showFailure(t('calls.resume.discardFailed'), error, t),
      )
      .finally(() => setBusy(false))
  }
  const started = (c: CallSummary) => dayTimeOf(c.startedAt, timeZone, i18n.language)

  return (
    <>
      {shown && (
        <Alert color="yellow" variant="light" mb="md" data-testid="resume-drafts" role="region" aria-labelledby="resume-drafts-title">
          <Stack gap="sm">
            <Text fw={700} id="resume-drafts-title">
              {t('calls.resume.title', { count: earlier.length })}
            </Text>
            <Text size="sm">{t('calls.resume.intro')}</Text>
            <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
              {earlier.map((c, i) => (
                <Group key={c.id} component="li" justify="space-between" wrap="nowrap" gap="md" data-call-id={c.id}>
                  <Stack gap={0} miw={0}>
                    <Text size="sm" fw={600}>
                      {callerLabel(c, t)}
                      <Text span size="xs" c="dimmed" ml="xs">
                        {t('calls.resume.started', { when: started(c) })}
                      </Text>
                    </Text>
                    <Text size="sm" c={c.what.trim() ? undefined : 'dimmed'} truncate>
                      {firstWords(c.what) || t('calls.nothingNoted')}
                    </Text>
                  </Stack>
                  <Group gap="xs" wrap="nowrap">
                    <Button size="xs" ref={i === 0 ? firstButton : undefined} onClick={() => resume(c)} aria-label={t('calls.resume.resumeCall', { caller: callerLabel(c, t) })}>
                      {t('calls.resume.resume')}
                    </Button>
                    <Button size="xs" variant="default" onClick={() => setDiscarding(c)} aria-label={t('calls.resume.discardCall', { caller: callerLabel(c, t) })}>
                      {t('calls.resume.discard')}
                    </Button>
                  </Group>
                </Group>
              ))}
            </Stack>
            <Group gap="xs">
              <Button size="xs" variant="subtle" color="gray" onClick={() => setDismissed(true)}>
                {t('calls.resume.later')}
              </Button>
              <Text size="xs" c="dimmed">
                {t('calls.resume.laterHint')}
              </Text>
            </Group>
          </Stack>
        </Alert>
      )}
      <Modal opened={discarding !== null} onClose={() => setDiscarding(null)} title={t('calls.resume.discardTitle')}>
        {discarding && (
          <Stack>
            <Text>{t('calls.resume.discardBody', { caller: callerLabel(discarding, t), started: started(discarding) })}</Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setDiscarding(null)} data-autofocus>
                {t('calls.resume.keep')}
              </Button>
              <Button color="red" loading={busy} onClick={() => discard(discarding)}>
                {t('calls.resume.discardConfirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  )
}
