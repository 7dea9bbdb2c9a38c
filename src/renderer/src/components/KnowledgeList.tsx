import { Button, Group, Skeleton, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { KnowledgeKind } from '../../../shared/knowledge/forms'
import { ErrorNotice } from './ErrorNotice'
import { useRequest } from './use-request'

type ListChannel = 'people:list' | 'applications:list' | 'rules:list' | 'articles:list' | 'glossary:list'

/** A list of one kind of knowledge with a filter and a "new" button; each line opens its page. */
export function KnowledgeList({ channel, kind, title, intro, basePath }: { channel: ListChannel; kind: KnowledgeKind; title: string; intro?: string; basePath: string }) {
  const { t } = useTranslation()
  const [items, reload] = useRequest(channel, {}, { reloadOnChange: [kind, 'department'] })
  const [filter, setFilter] = useState('')
  const needle = filter.trim().toLocaleLowerCase()
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{title}</Title>
        <Button component={Link} to={`${basePath}/new`}>
          {t('common.new')}
        </Button>
      </Group>
      {intro && (
        <Text c="dimmed" maw={720}>
          {intro}
        </Text>
      )}
      <TextInput label={t('common.filter')} value={filter} onChange={(e) => setFilter(e.currentTarget.value)} maw={360} />
      {items.status === 'loading' && <Skeleton h={160} />}
      {items.status === 'error' && <ErrorNotice error={items.error} onRetry={reload} />}
      {items.status === 'done' && (
        <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={title}>
          {items.value
            .filter((i) => !needle || `${i.title} ${i.subtitle}`.toLocaleLowerCase().includes(needle))
            .map((item) => (
              <li key={item.id}>
                <UnstyledButton component={Link} to={`${basePath}/${item.id}`} py={6} px="xs" display="block" className="sdc-list-row">
                  <Text fw={600}>{item.title}</Text>
                  {item.subtitle && (
                    <Text size="sm" c="dimmed">
                      {item.subtitle}
                    </Text>
                  )}
                </UnstyledButton>
              </li>
            ))}
        </Stack>
      )}
    </Stack>
  )
}
