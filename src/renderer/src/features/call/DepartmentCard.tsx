import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Criticality, DepartmentDetail } from '../../../../shared/knowledge/entities'
import { formatPhone } from '../../../../shared/knowledge/phone'
import { InternalSection } from '../../components/Internal'

const criticalityColor: Record<Criticality, string> = { critical: 'red', important: 'orange', normal: 'gray' }

function Heading({ children }: { children: string }) {
  return (
    <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt={4}>
      {children}
    </Text>
  )
}

/** The caller's department at a glance: what is going on right now, what matters, critical applications, whom to call. */
export function DepartmentCard({ department: d, applicationId }: { department: DepartmentDetail; applicationId: string | null }) {
  const { t } = useTranslation()
  const { periods, extraCritical } = d.rightNow
  const extra = new Set(extraCritical.map((a) => a.id))
  const apps = d.applications.filter((a) => a.criticality !== 'normal' || a.id === applicationId)
  return (
    <Paper withBorder p="md" component="section" data-testid="department-card" aria-label={t('call.department.title', { name: d.name })}>
      <Stack gap={6}>
        <Title order={3} size="h5">
          <Anchor component={Link} to={`/departments/${d.id}`} inherit>
            {d.name}
          </Anchor>
        </Title>
        {d.mission && (
          <Text size="sm" c="dimmed" lineClamp={2}>
            {d.mission}
          </Text>
        )}
        {periods.map((p) => (
          <Paper
            key={`${p.label}${p.start}`}
            p={6}
            bg={p.active ? 'orange.1' : 'blue.0'}
            style={p.active ? { borderLeft: '4px solid var(--mantine-color-orange-7)' } : undefined}
            data-testid={p.active ? 'busy-period-active' : 'busy-period-upcoming'}
          >
            <Group gap={6}>
              <Badge color={p.active ? 'orange' : 'blue'} variant={p.active ? 'filled' : 'light'} size="sm">
                {p.active ? t('call.department.now') : t('call.department.soon')}
              </Badge>
              <Text size="sm" fw={700}>
                {p.label}
              </Text>
              <Text size="xs">
                {p.active
                  ? t('call.department.left', { count: p.workingDaysLeft ?? 0 })
                  : t('call.department.startsIn', { count: p.startsInWorkingDays ?? 0 })}
              </Text>
            </Group>
            {p.active && p.note && <Text size="xs">{p.note}</Text>}
          </Paper>
        ))}
        {d.whatMatters && (
          <>
            <Heading>{t('call.department.whatMatters')}</Heading>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }} lineClamp={4}>
              {d.whatMatters}
            </Text>
          </>
        )}
        {apps.length > 0 && (
          <>
            <Heading>{t('call.department.applications')}</Heading>
            <Stack gap={4}>
              {apps.map((a) => (
                <div key={a.id} data-criticality={a.criticality}>
                  <Group gap={6} wrap="nowrap">
                    <Badge size="xs" color={criticalityColor[a.criticality]} variant={a.criticality === 'critical' ? 'filled' : 'light'}>
                      {t(`call.department.criticality.${a.criticality}`)}
                    </Badge>
                    <Text size="sm" fw={a.id === applicationId ? 800 : 600}>
                      {a.name}
                    </Text>
                    {extra.has(a.id) && (
                      <Badge size="xs" color="orange" variant="outline">
                        {t('call.department.extraCritical')}
                      </Badge>
                    )}
                  </Group>
                  {a.reason && (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      {a.reason}
                    </Text>
                  )}
                </div>
              ))}
            </Stack>
          </>
        )}
        {d.keyPeople.length > 0 && (
          <>
            <Heading>{t('call.department.keyPeople')}</Heading>
            {d.keyPeople.map((p) => (
              <Group key={p.id} gap={6} wrap="nowrap">
                <Text size="sm" fw={600}>
                  {p.name}
                </Text>
                {p.vip && (
                  <Badge size="xs" color="grape" variant="filled">
                    {t('call.caller.vip')}
                  </Badge>
                )}
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {[p.role, p.phones[0] ? formatPhone(p.phones[0].number) : ''].filter(Boolean).join(' · ')}
                </Text>
              </Group>
            ))}
          </>
        )}
        {d.ownWords.length > 0 && (
          <>
            <Heading>{t('call.department.ownWords')}</Heading>
            {d.ownWords.map((w) => (
              <Text size="sm" key={w.id}>
                <b>“{w.term}”</b> {w.applicationName ? t('call.department.refersTo', { name: w.applicationName }) : w.meaning}
              </Text>
            ))}
          </>
        )}
        {d.preferredContact && (
          <>
            <Heading>{t('call.department.preferredContact')}</Heading>
            <Text size="sm">{d.preferredContact}</Text>
          </>
        )}
        {d.sensitivities && (
          <InternalSection title={t('call.department.sensitivities')} shareable={d.sensitivitiesShareable}>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {d.sensitivities}
            </Text>
          </InternalSection>
        )}
      </Stack>
    </Paper>
  )
}
