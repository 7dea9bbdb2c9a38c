import { Alert, Button, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '../api'
import { translateIssue } from './form-errors'

/**
 * An error as a person can act on it, in the UI language: what went wrong, which field, and a retry.
 * The service's own sentence (English, for logs and support) follows as a technical detail.
 */
export function ErrorNotice({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useTranslation()
  const { code, message, issues } = error.data
  const details = issues?.map((i) => t('errors.field', { field: i.field || '—', message: translateIssue(i.message, t) })).join('; ') ?? ''
  return (
    <Alert color="red" role="alert" data-error-code={code}>
      <Stack gap="xs">
        <Text size="sm">{t(`errors.${code}`, { details })}</Text>
        {!issues?.length && message && (
          <Text size="xs" c="dimmed" lang="en">
            {t('errors.detail', { message })}
          </Text>
        )}
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry} w="fit-content">
            {t('errors.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  )
}
