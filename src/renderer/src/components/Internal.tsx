import { Badge, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useSettings } from './settings-context'

/**
 * A section holding an internal judgement about people (a department's sensitivities, notes on a
 * person). Marked as internal, and replaced by a placeholder while the agent shares their screen.
 */
export function InternalSection({ title, shareable, children }: { title: string; shareable: boolean; children: ReactNode }) {
  const { t } = useTranslation()
  const { screenSharing } = useSettings()
  return (
    <Paper withBorder p="md" component="section" data-internal>
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={3} size="h5">
            {title}
          </Title>
          <Tooltip label={shareable ? t('internal.shareableHint') : t('internal.hint')}>
            <Badge color={shareable ? 'teal' : 'yellow'} variant="light" tabIndex={0}>
              {shareable ? t('internal.shareable') : t('internal.label')}
            </Badge>
          </Tooltip>
        </Group>
        {screenSharing ? (
          <Text c="dimmed" fs="italic" data-testid="hidden-internal">
            {t('internal.hiddenWhileSharing')}
          </Text>
        ) : (
          children
        )}
      </Stack>
    </Paper>
  )
}
