import { notifications } from '@mantine/notifications'
import { spotlight } from '@mantine/spotlight'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { call, on } from '../../api'
import { callPath } from './start-call'

/** The person's name for a screen pop; the number alone when the person cannot be read. */
async function callerOf(personId: string | null): Promise<string | null> {
  if (!personId) return null
  try {
    return (await call('people:get', { id: personId })).name
  } catch {
    return null
  }
}

/**
 * The phone system announced a call: show it at once, with a notification saying who is calling. An
 * unsaved form elsewhere may ask first; the call is kept either way (it is in the open calls).
 */
export function useScreenPop(): void {
  const { t } = useTranslation()
  const navigate = useNavigate()
  useEffect(
    () =>
      on('phone:screen-pop', ({ callId, number, personId }) => {
        spotlight.close()
        void navigate(callPath(callId))
        void callerOf(personId).then((name) => {
          const caller = name && number ? t('calls.pop.nameAndNumber', { name, number }) : (name ?? (number || t('calls.pop.unknownNumber')))
          notifications.show({
            id: `screen-pop-${callId}`,
            color: 'teal',
            title: t('calls.pop.title'),
            message: t('calls.pop.from', { caller }),
            autoClose: 10_000,
          })
        })
      }),
    [navigate, t],
  )
}
