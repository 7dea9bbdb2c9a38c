import { Anchor, Badge, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { Section } from '../../components/Section'
import { useSettings } from '../../components/settings-context'
import { useLoaded } from './use-loaded'

/** A moment on the organisation's clock: "vr 28 nov, 11:00". */
export const dateTime = (iso: string, language: string, timeZone: string): string =>
  new Date(iso).toLocaleString(language === 'en' ? 'en-GB' : 'nl-NL', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone })

/** The caller's last calls, with a callback still to come standing out: a promise to keep. */
export function EarlierCalls({ personId, callId }: { personId: string; callId: string }) {
  const { t, i18n } = useTranslation()
  const { timeZone } = useSettings()
  const calls = useLoaded('calls:list', { callerPersonId: personId, excludeId: callId, limit: 5 })
  return (
    <Section title={t('call.earlier.title')} testId="earlier-calls">
      {calls === null ? null : calls.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('call.earlier.none')}
        </Text>
      ) : (
        <Stack gap={6}>
          {calls.map((c) => (
            <div key={c.id} data-open-callback={c.openCallbackAt ? 'true' : 'false'}>
              <Group gap={6}>
                <Anchor component={Link} to={`/calls/${c.id}`} size="sm" fw={600}>
                  {dateTime(c.startedAt, i18n.language, timeZone)}
                </Anchor>
                {c.outcome && (
                  <Badge size="xs" variant="light">
                    {t(`call.outcome.kinds.${c.outcome}`)}
                  </Badge>
                )}
                {c.status === 'draft' && (
                  <Badge size="xs" color="gray">
                    {t('call.earlier.open')}
                  </Badge>
                )}
              </Group>
              <Text size="sm" lineClamp={2}>
                {c.what || t('call.earlier.noWhat')}
              </Text>
              {c.openCallbackAt && (
                <Badge color="red" variant="filled" size="md" tt="none">
                  {t('call.earlier.promise', { when: dateTime(c.openCallbackAt, i18n.language, timeZone) })}
                </Badge>
              )}
            </div>
          ))}
        </Stack>
      )}
    </Section>
  )
}
