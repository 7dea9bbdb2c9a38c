import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { RefusalRecord } from '../../../../shared/refusal/parts'

/** A final refusal as it was given: both versions, to copy or to start a new one from. */
export function RefusalView({ refusal: r }: { refusal: RefusalRecord }) {
  const { t, i18n } = useTranslation()
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null)
  const copy = (text: string) => navigator.clipboard.writeText(text).then(() => setCopied('ok'), () => setCopied('failed'))
  const when = new Date(r.updatedAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeStyle: 'short' })
  const startFrom = `/refusals/new?from=${r.id}${r.ruleId ? `&rule=${r.ruleId}` : ''}`
  return (
    <Stack gap="md" data-testid="refusal-view">
      <Group gap="md">
        {r.callId && (
          <Anchor component={Link} to={`/calls/${r.callId}`} size="sm">
            ← {t('refusal.backToCall')}
          </Anchor>
        )}
        {r.ruleId && (
          <Anchor component={Link} to={`/rules/${r.ruleId}`} size="sm">
            {t('refusal.backToRule')}
          </Anchor>
        )}
      </Group>
      <Group gap="sm">
        <Title order={2}>{t('refusal.finalTitle')}</Title>
        <Badge color="teal">{t('refusal.final.badge')}</Badge>
      </Group>
      <Text c="dimmed">{r.parts.rule.statement || r.ruleText}</Text>
      <Text size="sm">{t('refusal.final.saved', { when })}</Text>
      <Alert color="gray" variant="light">
        {t('refusal.final.readOnly')}
      </Alert>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">
            {t('refusal.preview.spoken')}
          </Text>
          <Text lang={r.language} data-testid="refusal-spoken">
            {r.spoken}
          </Text>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase">
            {t('refusal.preview.written')}
          </Text>
          <Text lang={r.language} style={{ whiteSpace: 'pre-wrap' }} data-testid="refusal-written">
            {r.written}
          </Text>
        </Stack>
      </Paper>
      <Group gap="xs">
        <Button variant="light" onClick={() => void copy(r.spoken)}>
          {t('refusal.actions.copySpoken')}
        </Button>
        <Button variant="light" onClick={() => void copy(r.written)}>
          {t('refusal.actions.copyWritten')}
        </Button>
        <Button component={Link} to={startFrom} variant="default">
          {t('refusal.actions.startFrom')}
        </Button>
      </Group>
      {copied && (
        <Text size="sm" c={copied === 'ok' ? 'teal' : 'red'} role="status">
          {t(copied === 'ok' ? 'refusal.actions.copied' : 'refusal.actions.copyFailed')}
        </Text>
      )}
    </Stack>
  )
}
