import { Box, Group, Text, UnstyledButton } from '@mantine/core'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { matchPath, useLocation, useNavigate } from 'react-router'
import type { CallSummary } from '../../../../shared/call/record'
import { call } from '../../api'
import { callDuration, callerLabel, formatDuration } from './call-text'
import { callPath, showFailure } from './start-call'
import { useNow } from './use-calls'

type State = 'active' | 'held' | 'ended'
const stateOf = (c: CallSummary): State => (c.heldAt ? 'held' : c.endedAt ? 'ended' : 'active')

/**
 * Every unfinished call, oldest first, as compact buttons in the header: who, how long, and whether it is
 * on hold. Choosing one takes it back (the others go on hold) and shows it.
 */
export function OpenCallsBar({ calls }: { calls: CallSummary[] }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const location = useLocation()
  const now = useNow(1000, calls.length > 0)
  const shownId = matchPath('/calls/:id', location.pathname)?.params.id
  const list = useRef<HTMLUListElement>(null)
  // With many calls the bar scrolls: keep the call on screen visible in it.
  useEffect(() => {
    list.current?.querySelector('[aria-current="page"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  }, [shownId, calls.length])
  if (calls.length === 0) return null
  // From three calls on, the state is shown by the mark alone (its words stay in the button's name).
  const compact = calls.length > 2
  const ordered = [...calls].sort((a, b) => a.startedAt.localeCompare(b.startedAt))

  const open = (target: CallSummary) => {
    if (!target.heldAt) return void navigate(callPath(target.id))
    call('calls:hold', { id: target.id, on: false }).then(
      () => void navigate(callPath(target.id)),
      (error: unknown) => showFailure(t('calls.bar.takeBackFailed'), error, t),
    )
  }

  return (
    <Box ref={list} className="sdc-open-calls" aria-label={t('calls.bar.label')} component="ul" data-testid="open-calls">
      {ordered.map((c) => {
        const state = stateOf(c)
        const caller = callerLabel(c, t)
        const duration = formatDuration(callDuration(c, now))
        return (
          <li key={c.id}>
            <UnstyledButton
              className="sdc-open-call"
              data-state={state}
              data-call-id={c.id}
              aria-current={c.id === shownId ? 'page' : undefined}
              aria-label={t(`calls.bar.${state}Label`, { caller, duration })}
              title={state === 'active' ? undefined : t(`calls.bar.${state}`)}
              onClick={() => open(c)}
            >
              <Group gap={6} wrap="nowrap">
                <span className="sdc-open-call-mark" aria-hidden />
                <Text size="xs" fw={600} truncate maw={compact ? 120 : 140}>
                  {caller}
                </Text>
                <Text size="xs" ff="monospace" c={state === 'active' ? undefined : 'dimmed'}>
                  {duration}
                </Text>
                {state !== 'active' && !compact && (
                  <Text size="xs" c={state === 'held' ? 'orange.8' : 'dimmed'} fw={600}>
                    {t(`calls.bar.${state}`)}
                  </Text>
                )}
              </Group>
            </UnstyledButton>
          </li>
        )
      })}
    </Box>
  )
}
