import { Badge, Checkbox, Group, Paper, Stack, Text, Textarea, Title, Tooltip } from '@mantine/core'
import type { ComponentProps, ReactNode } from 'react'

type InputProps = Omit<ComponentProps<typeof Textarea>, 'aria-label'>
type CheckboxProps = Omit<ComponentProps<typeof Checkbox>, 'label'>
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

/**
 * The editor of an internal field: the writing hint, the text and its "shareable" box — or, while
 * the screen is shared, a placeholder (the value stays in the form and is saved as it was).
 */
export function InternalField({ title, shareableLabel, text, shareable }: { title: string; shareableLabel: string; text: InputProps; shareable: CheckboxProps }) {
  const { t } = useTranslation()
  const { screenSharing } = useSettings()
  return (
    <Paper withBorder p="md" component="section" data-internal>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        {screenSharing ? (
          <Text c="dimmed" fs="italic">
            {t('internal.hiddenWhileSharing')}
          </Text>
        ) : (
          <>
            <Textarea aria-label={title} description={t('internal.writingHint')} autosize minRows={2} {...text} />
            <Checkbox label={shareableLabel} {...shareable} />
          </>
        )}
      </Stack>
    </Paper>
  )
}
