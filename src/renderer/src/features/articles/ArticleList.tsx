import { Badge, Button, Group, Input, SegmentedControl, Skeleton, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ErrorNotice } from '../../components/ErrorNotice'
import type { KnowledgeItem } from '../../../../shared/knowledge/details'
import { useRequest } from '../../components/use-request'

type AudienceFilter = 'all' | NonNullable<KnowledgeItem['audience']>

/** Like the other knowledge lists, with a filter by audience next to the text filter. */
export function ArticleList() {
  const { t } = useTranslation()
  const audienceLabel = useId()
  const [items, reload] = useRequest('articles:list', {}, { reloadOnChange: ['article'] })
  const [filter, setFilter] = useState('')
  const [audience, setAudience] = useState<AudienceFilter>('all')
  const needle = filter.trim().toLocaleLowerCase()
  const shown =
    items.status === 'done'
      ? items.value.filter(
          (i) => (!needle || `${i.title} ${i.subtitle}`.toLocaleLowerCase().includes(needle)) && (audience === 'all' || i.audience === audience),
        )
      : []
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('articles.title')}</Title>
        <Button component={Link} to="/articles/new">
          {t('common.new')}
        </Button>
      </Group>
      <Text c="dimmed" maw={720}>
        {t('articles.intro')}
      </Text>
      <Group align="flex-end">
        <TextInput label={t('common.filter')} value={filter} onChange={(e) => setFilter(e.currentTarget.value)} w={360} />
        <Stack gap={4}>
          <Input.Label id={audienceLabel}>{t('articles.audience.label')}</Input.Label>
          <SegmentedControl
            aria-labelledby={audienceLabel}
            value={audience}
            onChange={(value) => setAudience(value as AudienceFilter)}
            data={(['all', 'agent', 'end-user'] as const).map((value) => ({ value, label: t(`articles.audience.${value}`) }))}
          />
        </Stack>
      </Group>
      {items.status === 'loading' && <Skeleton h={160} />}
      {items.status === 'error' && <ErrorNotice error={items.error} onRetry={reload} />}
      {items.status === 'done' && (
        <>
          {shown.length === 0 && <Text c="dimmed">{items.value.length === 0 ? t('articles.empty') : t('common.noMatches')}</Text>}
          <Stack gap={0} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('articles.title')}>
            {shown.map((item) => {
              const itemAudience = item.audience
              return (
                <li key={item.id}>
                  <UnstyledButton component={Link} to={`/articles/${item.id}`} py={6} px="xs" display="block" className="sdc-list-row">
                    <Group gap="xs" wrap="nowrap">
                      <Text fw={600}>{item.title}</Text>
                      {itemAudience && (
                        <Badge size="sm" variant="light" color={itemAudience === 'agent' ? 'blue' : 'grape'} style={{ flexShrink: 0 }}>
                          {t(`articles.audience.${itemAudience}`)}
                        </Badge>
                      )}
                    </Group>
                    {item.subtitle && (
                      <Text size="sm" c="dimmed">
                        {item.subtitle}
                      </Text>
                    )}
                  </UnstyledButton>
                </li>
              )
            })}
          </Stack>
        </>
      )}
    </Stack>
  )
}
