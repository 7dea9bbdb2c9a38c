import { Anchor, Badge, Button, Group, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import type { Criticality, DepartmentDetail } from '../../../../shared/knowledge/entities'
import { formatPhone } from '../../../../shared/knowledge/phone'
import { DeleteButton } from '../../components/DeleteButton'
import { ErrorNotice } from '../../components/ErrorNotice'
import { InternalSection } from '../../components/Internal'
import { PrivateNote } from '../../components/PrivateNote'
import { Section } from '../../components/Section'
import { useRequest } from '../../components/use-request'
import { describeBusyPeriod } from './busy-period-text'
import { RightNow } from './RightNow'

const criticalityColor: Record<Criticality, string> = { critical: 'red', important: 'orange', normal: 'gray' }

export function DepartmentPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const [department, reload] = useRequest('departments:get', { id }, { reloadOnChange: ['department', 'person', 'application', 'glossary'] })
  // "Right now" is worked out when the page loads; coming back to a page left open, ask again.
  useEffect(() => {
    window.addEventListener('focus', reload)
    return () => window.removeEventListener('focus', reload)
  }, [reload])
  return (
    <Stack>
      <Anchor component={Link} to="/departments" size="sm">
        ← {t('departments.back')}
      </Anchor>
      {department.status === 'loading' && <Skeleton h={240} />}
      {department.status === 'error' && <ErrorNotice error={department.error} onRetry={reload} />}
      {department.status === 'done' && <DepartmentView department={department.value} />}
    </Stack>
  )
}

function DepartmentView({ department: d }: { department: DepartmentDetail }) {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{d.name}</Title>
          <Text size="lg">{d.mission}</Text>
        </div>
        <Group gap="xs">
          <Button component={Link} to={`/departments/${d.id}/edit`} variant="light">
            {t('common.edit')}
          </Button>
          <DeleteButton kind="department" id={d.id} name={d.name} onDeleted={() => void navigate('/departments')} />
        </Group>
      </Group>
      <RightNow department={d} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Section title={t('departments.whatMatters')}>
          <Text style={{ whiteSpace: 'pre-line' }}>{d.whatMatters}</Text>
        </Section>
        <Section title={t('departments.busyPeriods')}>
          {d.busyPeriods.length === 0 ? (
            <Text c="dimmed">{t('departments.noBusyPeriods')}</Text>
          ) : (
            <Stack gap={6} component="ul" m={0} pl="md">
              {d.busyPeriods.map((p) => (
                <li key={p.label}>
                  <Text fw={600} span>
                    {p.label}
                  </Text>{' '}
                  <Text span c="dimmed">
                    ({describeBusyPeriod(p.rule, t, i18n.language)})
                  </Text>
                  {p.note && <Text size="sm">{p.note}</Text>}
                </li>
              ))}
            </Stack>
          )}
        </Section>
      </SimpleGrid>

      <Section title={t('departments.applications')} testId="department-applications">
        {d.applications.length === 0 ? (
          <Text c="dimmed">{t('departments.noApplications')}</Text>
        ) : (
          <Table verticalSpacing="xs">
            <Table.Tbody>
              {d.applications.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td w={120}>
                    <Badge color={criticalityColor[a.criticality]} variant={a.criticality === 'critical' ? 'filled' : 'light'}>
                      {t(`departments.criticality.${a.criticality}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/applications/${a.id}`} fw={600}>
                      {a.name}
                    </Anchor>
                    <Text size="sm">{a.reason || a.description}</Text>
                    {a.resolverGroup && (
                      <Text size="xs" c="dimmed">
                        {t('departments.resolverGroup', { group: a.resolverGroup })}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>

      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Section title={t('departments.keyPeople')} testId="department-key-people">
          {d.keyPeople.length === 0 ? (
            <Text c="dimmed">{t('departments.noKeyPeople')}</Text>
          ) : (
            <Stack gap="sm">
              {d.keyPeople.map((p) => (
                <div key={p.id}>
                  <Group gap="xs">
                    <Anchor component={Link} to={`/people/${p.id}`} fw={600}>
                      {p.name}
                    </Anchor>
                    {p.vip && <Badge color="grape">{t('departments.vip')}</Badge>}
                    {p.keyContact && <Badge variant="light">{t('departments.keyContact')}</Badge>}
                    {p.preferredLanguage === 'en' && i18n.language !== 'en' && <Badge variant="outline">{t('departments.prefersEnglish')}</Badge>}
                  </Group>
                  <Text size="sm">{p.role}</Text>
                  <Group gap="md">
                    {p.phones.map((ph) => (
                      <Anchor key={ph.number} href={`tel:${ph.number}`} size="sm">
                        {ph.label ? `${ph.label}: ` : ''}
                        {formatPhone(ph.number)}
                      </Anchor>
                    ))}
                    {p.email && (
                      <Anchor href={`mailto:${p.email}`} size="sm">
                        {p.email}
                      </Anchor>
                    )}
                  </Group>
                </div>
              ))}
            </Stack>
          )}
        </Section>
        <Section title={t('departments.ownWords')}>
          {d.ownWords.length === 0 ? (
            <Text c="dimmed">{t('departments.noOwnWords')}</Text>
          ) : (
            <Stack gap={6} component="ul" m={0} pl="md">
              {d.ownWords.map((w) => (
                <li key={w.id}>
                  <Text fw={600} span>
                    “{w.term}”
                  </Text>{' '}
                  {w.applicationName && <Text span>{t('departments.refersTo', { name: w.applicationName })}</Text>}
                  {w.meaning && <Text size="sm">{w.meaning}</Text>}
                </li>
              ))}
            </Stack>
          )}
        </Section>
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {d.sensitivities && (
          <InternalSection title={t('departments.sensitivities')} shareable={d.sensitivitiesShareable}>
            <Text style={{ whiteSpace: 'pre-line' }}>{d.sensitivities}</Text>
          </InternalSection>
        )}
        {d.preferredContact && (
          <Section title={t('departments.preferredContact')}>
            <Text>{d.preferredContact}</Text>
          </Section>
        )}
      </SimpleGrid>
      <PrivateNote kind="department" id={d.id} />
    </Stack>
  )
}
