import { Anchor, Badge, Stack, Text, UnstyledButton } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import type { TFunction } from 'i18next'
import { useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { PromiseRecord } from '../../../../shared/promise/promise'
import { useSettings } from '../../components/settings-context'
import { useNow } from '../call/use-now'
import { dueState, minutesUntil } from './format'
import { usePromises } from './use-promises'

/** How often the clock is looked at for reminders and the header count. */
const tick = 30_000

/** Promises reminded of in this tab, so a reload of the list or the page does not remind twice. */
const remindedKey = 'sdc-promises-reminded'
function loadReminded(): Set<string> {
  try {
    return new Set(JSON.parse(sessionStorage.getItem(remindedKey) ?? '[]') as string[])
  } catch {
    return new Set()
  }
}

/**
 * The header count of open promises due within the reminder time or overdue (a click shows them all), and a
 * reminder once per promise when it comes within that time.
 */
export function PromiseAlerts() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { promiseReminderMinutes: reminderMinutes } = useSettings()
  const [open] = usePromises('open')
  const now = useNow(tick)
  const promises = useMemo(() => (open.status === 'done' ? open.value : []), [open])
  const reminded = useRef<Set<string> | null>(null)

  useEffect(() => {
    reminded.current ??= loadReminded()
    const seen = reminded.current
    const current = Date.now()
    for (const promise of promises) {
      if (seen.has(promise.id) || !remindNow(promise.dueAt, current, reminderMinutes)) continue
      seen.add(promise.id)
      const ahead = Date.parse(promise.dueAt) > current
      notifications.show({
        id: `promise-${promise.id}`,
        color: 'orange',
        autoClose: false,
        title: ahead
          ? t('promises.reminder.title', { count: minutesUntil(promise.dueAt, current), action: action(t, promise) })
          : t('promises.reminder.now', { action: action(t, promise) }),
        message: <Reminder promise={promise} />,
      })
    }
    sessionStorage.setItem(remindedKey, JSON.stringify([...seen]))
  }, [promises, now, reminderMinutes, t])

  const due = promises.filter((p) => dueState(p.dueAt, now, reminderMinutes) !== 'later')
  if (due.length === 0) return null
  const overdue = due.some((p) => dueState(p.dueAt, now, reminderMinutes) === 'overdue')
  return (
    <UnstyledButton onClick={() => void navigate('/promises')} aria-label={t('promises.header.label', { count: due.length })} data-testid="promises-due-count" style={{ flexShrink: 0 }}>
      <Badge color={overdue ? 'red' : 'orange'} variant="filled" size="lg" style={{ cursor: 'pointer' }}>
        {t('promises.header.badge', { count: due.length })}
      </Badge>
    </UnstyledButton>
  )
}

/**
 * Within the reminder time before the moment; with 0 minutes, at the moment itself (a check comes every 30 s,
 * so "just passed" counts). Promises long overdue are in the header count, not reminded of again.
 */
function remindNow(dueAt: string, now: number, reminderMinutes: number): boolean {
  const state = dueState(dueAt, now, reminderMinutes)
  if (state === 'due-soon') return true
  return state === 'overdue' && reminderMinutes === 0 && now - Date.parse(dueAt) < 2 * tick
}

function action(t: TFunction, promise: PromiseRecord): string {
  const name = promise.callerName || promise.callerPhone || t('promises.unknownCaller')
  return t(`promises.reminder.action.${promise.nextStep}`, { name })
}

function Reminder({ promise }: { promise: PromiseRecord }) {
  const { t } = useTranslation()
  return (
    <Stack gap={4} data-testid="promise-reminder">
      <Text size="sm">‘{promise.text}’</Text>
      {/* Notifications live outside the router: a plain link to the hash route. */}
      <Anchor href="#/promises" size="sm" onClick={() => notifications.hide(`promise-${promise.id}`)}>
        {t('promises.reminder.open')}
      </Anchor>
    </Stack>
  )
}
