import { Anchor, Badge, Button, Group, SimpleGrid, Skeleton, Stack, Table, Text, Title, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import type { PersonDetail } from '../../../../shared/knowledge/details'
import { formatPhone } from '../../../../shared/knowledge/phone'
import { DeleteButton } from '../../components/DeleteButton'
import { ErrorNotice } from '../../components/ErrorNotice'
import { InternalSection } from '../../components/Internal'
import { PrivateNote } from '../../components/PrivateNote'
import { Section } from '../../components/Section'
import { useRequest } from '../../components/use-request'

export function PersonPage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const [person, reload] = useRequest('people:get', { id }, { reloadOnChange: ['person', 'department'] })
  return (
    <Stack>
      <Anchor component={Link} to="/people" size="sm">
        ← {t('people.back')}
      </Anchor>
      {person.status === 'loading' && <Skeleton h={240} />}
      {person.status === 'error' && <ErrorNotice error={person.error} onRetry={reload} />}
      {person.status === 'done' && <PersonView person={person.value} />}
    </Stack>
  )
}

function PersonView({ person: p }: { person: PersonDetail }) {
  const { t, i18n } = useTranslation()
  const navigate = useNavigate()
  return (
    <Stack>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="sm" align="center">
            <Title order={2}>{p.name}</Title>
            {p.vip && (
              <Tooltip label={t('people.vipHint')}>
                <Badge color="grape" variant="filled" size="xl" radius="sm" tabIndex={0} data-testid="vip-badge">
                  {t('people.vip')}
                </Badge>
              </Tooltip>
            )}
            {p.keyContact && (
              <Tooltip label={t('people.keyContactHint')}>
                <Badge variant="light" size="lg" tabIndex={0}>
                  {t('people.keyContact')}
                </Badge>
              </Tooltip>
            )}
            {p.preferredLanguage === 'en' && i18n.language !== 'en' && (
              <Badge variant="outline" size="lg">
                {t('people.prefersEnglish')}
              </Badge>
            )}
          </Group>
          {p.role && <Text size="lg">{p.role}</Text>}
          {p.departmentId && p.departmentName ? (
            <Text>
              {t('people.department')}:{' '}
              <Anchor component={Link} to={`/departments/${p.departmentId}`} fw={600}>
                {p.departmentName}
              </Anchor>
            </Text>
          ) : (
            <Text c="dimmed">{t('people.noDepartment')}</Text>
          )}
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Button component={Link} to={`/people/${p.id}/edit`} variant="light">
            {t('common.edit')}
          </Button>
          <DeleteButton kind="person" id={p.id} name={p.name} onDeleted={() => void navigate('/people')} />
        </Group>
      </Group>

      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Section title={t('people.contact')} testId="person-contact">
          <Table verticalSpacing={6} variant="vertical" withRowBorders={false} fz="md">
            <Table.Tbody>
              <Table.Tr>
                <Table.Th w={180} style={{ verticalAlign: 'top' }}>
                  {t('people.phone')}
                </Table.Th>
                <Table.Td>
                  {p.phones.length === 0 ? (
                    <Text c="dimmed">{t('people.noPhones')}</Text>
                  ) : (
                    <Stack gap={2}>
                      {p.phones.map((ph, i) => (
                        <Text key={`${i}:${ph.number}`}>
                          {ph.label && (
                            <Text span c="dimmed">
                              {ph.label}:{' '}
                            </Text>
                          )}
                          <Anchor href={`tel:${ph.number}`} fw={600}>
                            {formatPhone(ph.number)}
                          </Anchor>
                        </Text>
                      ))}
                    </Stack>
                  )}
                </Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th style={{ verticalAlign: 'top' }}>{t('people.email')}</Table.Th>
                <Table.Td>{p.email ? <Anchor href={`mailto:${p.email}`}>{p.email}</Anchor> : <Text c="dimmed">{t('people.noEmail')}</Text>}</Table.Td>
              </Table.Tr>
              <Table.Tr>
                <Table.Th style={{ verticalAlign: 'top' }}>{t('people.preferredLanguage')}</Table.Th>
                <Table.Td>{t(`people.languages.${p.preferredLanguage}`)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Section>
        {p.notes ? (
          <InternalSection title={t('people.notes')} shareable={p.notesShareable}>
            <Text style={{ whiteSpace: 'pre-line' }}>{p.notes}</Text>
          </InternalSection>
        ) : (
          <PrivateNote kind="person" id={p.id} />
        )}
      </SimpleGrid>
      {p.notes && <PrivateNote kind="person" id={p.id} />}
    </Stack>
  )
}
