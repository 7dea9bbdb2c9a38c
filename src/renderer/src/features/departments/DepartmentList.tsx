import { Badge, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useRequest } from '../../components/use-request'

export function DepartmentList() {
  const { t } = useTranslation()
  const [departments, reload] = useRequest('departments:list', {}, { reloadOnChange: ['department', 'person', 'application'] })
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('departments.title')}</Title>
        <Button component={Link} to="/departments/new">
          {t('common.new')}
        </Button>
      </Group>
      <Text c="dimmed" maw={720}>
        {t('departments.intro')}
      </Text>
      {departments.status === 'loading' && <Skeleton h={120} />}
      {departments.status === 'error' && <ErrorNotice error={departments.error} onRetry={reload} />}
      {departments.status === 'done' && departments.value.length === 0 && <Text>{t('departments.empty')}</Text>}
      {departments.status === 'done' && (
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} component="ul" style={{ listStyle: 'none', padding: 0 }} aria-label={t('departments.title')}>
          {departments.value.map((d) => (
            <li key={d.id}>
              <Card component={Link} to={`/departments/${d.id}`} withBorder padding="md" h="100%">
                <Stack gap={6}>
                  <Text fw={700}>{d.name}</Text>
                  <Text size="sm">{d.mission}</Text>
                  <Group gap="xs">
                    {d.criticalCount > 0 && (
                      <Badge color="red" variant="light">
                        {t('departments.criticalCount', { count: d.criticalCount })}
                      </Badge>
                    )}
                    <Badge color="gray" variant="light">
                      {t('departments.peopleCount', { count: d.peopleCount })}
                    </Badge>
                  </Group>
                </Stack>
              </Card>
            </li>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  )
}
