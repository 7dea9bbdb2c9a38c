import { Alert, Button, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ApiError } from '../api'

/** An error as a person can act on it: what went wrong, which field, and a retry. */
export function ErrorNotice({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useTranslation()
  const { code, message, issues } = error.data
  const details = issues?.length ? issues.map((i) => t('errors.field', { field: i.field || '—', message: i.message })).join('; ') : message
  return (
    <Alert color="red" role="alert" data-error-code={code}>
      <Stack gap="xs">
        <Text size="sm">{t(`errors.${code}`, { message, details })}</Text>
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry} w="fit-content">
            {t('errors.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  )
}
