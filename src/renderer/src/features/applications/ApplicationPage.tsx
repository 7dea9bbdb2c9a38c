import { Anchor, Badge, Button, Group, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import type { ApplicationDetail } from '../../../../shared/knowledge/details'
import type { Criticality } from '../../../../shared/knowledge/entities'
import { DeleteButton } from '../../components/DeleteButton'
import { ErrorNotice } from '../../components/ErrorNotice'
import { PrivateNote } from '../../components/PrivateNote'
import { Section } from '../../components/Section'
import { useRequest } from '../../components/use-request'

const criticalityColor: Record<Criticality, string> = { critical: 'red', important: 'orange', normal: 'gray' }
const criticalityOrder: Record<Criticality, number> = { critical: 0, important: 1, normal: 2 }

export function ApplicationPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const [application, reload] = useRequest('applications:get', { id }, { reloadOnChange: ['application', 'department'] })
  return (
    <Stack>
      <Anchor component={Link} to="/applications" size="sm">
        ← {t('applications.back')}
      </Anchor>
      {application.status === 'loading' && <Skeleton h={240} />}
      {application.status === 'error' && <ErrorNotice error={application.error} onRetry={reload} />}
      {application.status === 'done' && <ApplicationView application={application.value} />}
    </Stack>
  )
}

function ApplicationView({ application: a }: { application: ApplicationDetail }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  // Those for whom it is critical first: they are the ones an outage stops.
  const departments = [...a.departments].sort((x, y) => criticalityOrder[x.criticality] - criticalityOrder[y.criticality] || x.name.localeCompare(y.name))
  const row = (label: string, value: string, children?: ReactNode) => (
    <Table.Tr>
      <Table.Th style={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>
        {label}
      </Table.Th>
      <Table.Td>{value ? (children ?? <Text style={{ whiteSpace: 'pre-line' }}>{value}</Text>) : <Text c="dimmed">{t('applications.notRecorded')}</Text>}</Table.Td>
    </Table.Tr>
  )
  return (
    <Stack>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} maw={860}>
          <Title order={2}>{a.name}</Title>
          {a.description ? <Text size="lg">{a.description}</Text> : <Text c="dimmed">{t('applications.noDescription')}</Text>}
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Button component={Link} to={`/applications/${a.id}/edit`} variant="light">
            {t('common.edit')}
          </Button>
          <DeleteButton kind="application" id={a.id} name={a.name} onDeleted={() => void navigate('/applications')} />
        </Group>
      </Group>

      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Section title={t('applications.whoHelps')} testId="application-support">
          <Table verticalSpacing={6} variant="vertical" withRowBorders={false} fz="md">
            <Table.Tbody>
              {row(t('applications.owner'), a.owner)}
              {row(t('applications.resolverGroup'), a.resolverGroup, <Text fw={600}>{a.resolverGroup}</Text>)}
              {row(t('applications.resolverContact'), a.resolverContact)}
              {row(t('applications.supportHours'), a.supportHours)}
            </Table.Tbody>
          </Table>
        </Section>
        <Section title={t('applications.knownIssues')} testId="application-known-issues">
          {a.knownIssues ? <Text style={{ whiteSpace: 'pre-line' }}>{a.knownIssues}</Text> : <Text c="dimmed">{t('applications.noKnownIssues')}</Text>}
        </Section>
      </SimpleGrid>

      <Section title={t('applications.departments')} testId="application-departments">
        {departments.length === 0 ? (
          <Text c="dimmed">{t('applications.noDepartments')}</Text>
        ) : (
          <Table verticalSpacing="xs">
            <Table.Tbody>
              {departments.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td w={120} style={{ verticalAlign: 'top' }}>
                    <Badge color={criticalityColor[d.criticality]} variant={d.criticality === 'critical' ? 'filled' : 'light'}>
                      {t(`applications.criticality.${d.criticality}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/departments/${d.id}`} fw={600}>
                      {d.name}
                    </Anchor>
                    {d.reason && <Text size="sm">{d.reason}</Text>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Section>
      <PrivateNote kind="application" id={a.id} />
    </Stack>
  )
}
