import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ExportTarget } from '../../../../shared/export/outbox'
import type { CredentialMode, TargetKindInfo } from '../../../../shared/export/targets'
import type { SecretEdit } from './target-draft'

interface Props {
  secret: NonNullable<TargetKindInfo['secret']>
  mode: CredentialMode
  target: ExportTarget | null
  value: SecretEdit
  error: string | undefined
  onChange: (value: SecretEdit) => void
}

/**
 * The target's token or password, as this console can keep it: encrypted (a password input; a stored one
 * can be replaced or removed), plain text (the same, and saving asks first), or from the environment (the
 * browser host: no input, the variable to set instead).
 */
export function SecretField({ secret, mode, target, value, error, onChange }: Props) {
  const { t } = useTranslation()
  const name = t(`export.secret.${secret}`)
  if (mode === 'environment') {
    return (
      <Alert color="blue" title={name} data-testid="secret-environment">
        <Text size="sm">
          {target?.secretVariable ? t('export.secret.environment', { variable: target.secretVariable }) : t('export.secret.environmentNew')}
        </Text>
        {target?.secretVariable && (
          <Text size="sm" fw={500}>
            {target.hasSecret ? t('export.secret.environmentSet') : t('export.secret.environmentMissing')}
          </Text>
        )}
        {error && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
      </Alert>
    )
  }
  const stored = target?.hasSecret === true
  if (stored && value.action !== 'set') {
    return (
      <Stack gap={4} data-testid="secret-stored">
        <Text size="sm" fw={500}>
          {name}
        </Text>
        <Text size="sm">{value.action === 'remove' ? t('export.secret.willRemove') : t('export.secret.stored')}</Text>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => onChange({ action: 'set', value: '' })}>
            {t('export.secret.replace')}
          </Button>
          {value.action === 'remove' ? (
            <Button size="xs" variant="default" onClick={() => onChange({ action: 'keep' })}>
              {t('export.secret.keep')}
            </Button>
          ) : (
            <Button size="xs" variant="subtle" color="red" onClick={() => onChange({ action: 'remove' })}>
              {t('export.secret.remove')}
            </Button>
          )}
        </Group>
        {error && (
          <Text size="xs" c="red">
            {error}
          </Text>
        )}
      </Stack>
    )
  }
  return (
    <Group align="flex-end" gap="xs">
      <PasswordInput
        label={name}
        name="secret"
        description={mode === 'encrypted' ? t('export.secret.encrypted') : stored ? undefined : t('export.secret.notStored')}
        value={value.action === 'set' ? value.value : ''}
        onChange={(e) => onChange({ action: 'set', value: e.currentTarget.value })}
        error={error}
        autoComplete="new-password"
        w={420}
      />
      {stored && (
        <Button size="xs" variant="default" mb={4} onClick={() => onChange({ action: 'keep' })}>
          {t('export.secret.keep')}
        </Button>
      )}
    </Group>
  )
}
