import { Anchor, Badge, Button, Grid, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import type { ArticleDetail } from '../../../../shared/knowledge/details'
import { DeleteButton } from '../../components/DeleteButton'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Markdown } from '../../components/markdown/Markdown'
import { PrivateNote } from '../../components/PrivateNote'
import { Section } from '../../components/Section'
import { useRequest } from '../../components/use-request'
import { isAcceptedLink, linkText } from './article-links'

export function ArticlePage() {
  const { t } = useTranslation()
  const { id = '' } = useParams()
  const [article, reload] = useRequest('articles:get', { id }, { reloadOnChange: ['article', 'application', 'department'] })
  return (
    <Stack>
      <Anchor component={Link} to="/articles" size="sm">
        ← {t('articles.back')}
      </Anchor>
      {article.status === 'loading' && <Skeleton h={320} />}
      {article.status === 'error' && <ErrorNotice error={article.error} onRetry={reload} />}
      {article.status === 'done' && <ArticleView article={article.value} />}
    </Stack>
  )
}

function ArticleView({ article: a }: { article: ArticleDetail }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <Stack>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap="xs">
          <Title order={2}>{a.title}</Title>
          <Group gap="xs" data-testid="article-labels">
            <Badge color={a.audience === 'agent' ? 'blue' : 'grape'}>{t(`articles.for.${a.audience}`)}</Badge>
            {a.tags.map((tag) => (
              <Badge key={tag} variant="outline" color="gray" tt="none">
                {tag}
              </Badge>
            ))}
          </Group>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Button component={Link} to={`/articles/${a.id}/edit`} variant="light">
            {t('common.edit')}
          </Button>
          <DeleteButton kind="article" id={a.id} name={a.title} onDeleted={() => void navigate('/articles')} />
        </Group>
      </Group>

      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Paper withBorder p="lg" component="article" data-testid="article-body">
            {a.body ? <Markdown source={a.body} /> : <Text c="dimmed">{t('articles.noBody')}</Text>}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <SeeAlso article={a} />
        </Grid.Col>
      </Grid>
      <PrivateNote kind="article" id={a.id} />
    </Stack>
  )
}

/** Links and linked items in one box; a kind without entries is left out. */
function SeeAlso({ article: a }: { article: ArticleDetail }) {
  const { t } = useTranslation()
  const nothing = a.links.length === 0 && a.applications.length === 0 && a.departments.length === 0
  return (
    <Section title={t('articles.seeAlso')}>
      {nothing && <Text c="dimmed">{t('articles.nothingLinked')}</Text>}
      {a.links.length > 0 && (
        <SeeAlsoPart title={t('articles.links')} testId="article-links">
          <Stack gap={4} component="ul" m={0} pl="md">
            {a.links.map((link) => (
              <li key={link}>
                {isAcceptedLink(link) ? (
                  <Anchor href={link} target="_blank" rel="noopener noreferrer" style={{ wordBreak: 'break-all' }}>
                    {linkText(link)}
                  </Anchor>
                ) : (
                  <Text span style={{ wordBreak: 'break-all' }}>
                    {link}
                  </Text>
                )}
              </li>
            ))}
          </Stack>
        </SeeAlsoPart>
      )}
      {a.applications.length > 0 && (
        <SeeAlsoPart title={t('articles.applications')} testId="article-applications">
          <LinkedList items={a.applications} basePath="/applications" />
        </SeeAlsoPart>
      )}
      {a.departments.length > 0 && (
        <SeeAlsoPart title={t('articles.departments')} testId="article-departments">
          <LinkedList items={a.departments} basePath="/departments" />
        </SeeAlsoPart>
      )}
    </Section>
  )
}

function SeeAlsoPart({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <Stack gap={4} data-testid={testId}>
      <Text size="sm" fw={600} c="dimmed">
        {title}
      </Text>
      {children}
    </Stack>
  )
}

function LinkedList({ items, basePath }: { items: { id: string; name: string }[]; basePath: string }) {
  return (
    <Stack gap={4} component="ul" m={0} pl="md">
      {items.map((item) => (
        <li key={item.id}>
          <Anchor component={Link} to={`${basePath}/${item.id}`}>
            {item.name}
          </Anchor>
        </li>
      ))}
    </Stack>
  )
}
