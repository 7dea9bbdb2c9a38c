import { Badge, Button, Code, CopyButton, Group, NumberInput, PasswordInput, Stack, Text, TextInput } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelOutput } from '../../../../shared/contract'
import { protocolScheme } from '../../../../shared/call/screen-pop'
import { ApiError, call, on } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Section } from '../../components/Section'
import type { Form } from './settings-form'

type PhoneStatus = ChannelOutput<'phone:status'>
type StatusState = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'done'; value: PhoneStatus }

/** Asks where the phone system can announce calls; again after the settings change (a new port) or on request. */
function usePhoneStatus(): [StatusState, () => void] {
  const [state, setState] = useState<StatusState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)
  useEffect(() => on('settings:changed', () => setAttempt((n) => n + 1)), [])
  useEffect(() => {
    let current = true
    call('phone:status', {}).then(
      (value) => current && setState({ status: 'done', value }),
      (error: unknown) => current && setState({ status: 'error', error: error instanceof ApiError ? error : new ApiError({ code: 'internal', message: String(error) }) }),
    )
    return () => {
      current = false
    }
  }, [attempt])
  return [state, () => setAttempt((n) => n + 1)]
}

function Copy({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation()
  return (
    <CopyButton value={value}>
      {({ copied, copy }) => (
        <Button size="xs" variant={copied ? 'light' : 'default'} color={copied ? 'teal' : undefined} onClick={copy} aria-label={label}>
          {copied ? t('settings.phone.copied') : t('settings.phone.copy')}
        </Button>
      )}
    </CopyButton>
  )
}

/** The port the console listens on for incoming calls, and what to give the phone system. */
export function PhoneFields({ form }: { form: Form }) {
  const { t } = useTranslation()
  const [status, recheck] = usePhoneStatus()
  const [tokenShown, setTokenShown] = useState(false)
  return (
    <Section title={t('settings.phone.title')} testId="phone-integration">
      <Text size="sm" c="dimmed">
        {t('settings.phone.intro')}
      </Text>
      <NumberInput
        label={t('settings.phone.port')}
        description={t('settings.phone.portHint')}
        min={1024}
        max={65535}
        allowDecimal={false}
        allowNegative={false}
        thousandSeparator={false}
        // A port out of range is explained, not silently changed into another one.
        clampBehavior="none"
        w={440}
        {...form.getInputProps('ctiPort')}
      />
      {status.status === 'error' && <ErrorNotice error={status.error} onRetry={recheck} />}
      {status.status === 'done' && (
        <PhoneStatusView status={status.value} savedPort={form.getInitialValues().ctiPort} tokenShown={tokenShown} onTokenShown={setTokenShown} onRecheck={recheck} />
      )}
      <Text size="sm" c="dimmed">
        {t('settings.phone.protocol')} <Code>{`${protocolScheme}://call?number=%NUMBER%`}</Code>
      </Text>
    </Section>
  )
}

interface StatusProps {
  status: PhoneStatus
  /** The port in the saved settings. */
  savedPort: number
  tokenShown: boolean
  onTokenShown: (shown: boolean) => void
  onRecheck: () => void
}

function PhoneStatusView({ status, savedPort, tokenShown, onTokenShown, onRecheck }: StatusProps) {
  const { t } = useTranslation()
  const hidden = '•'.repeat(Math.min(24, Math.max(8, status.token.length)))
  const example = (token: string) => `${status.url}/newCall?number=%NUMBER%&token=${token}`
  return (
    <Stack gap="sm" data-testid="phone-status">
      <Group gap="xs">
        {status.listening ? (
          <Badge color="teal" variant="light">
            {t('settings.phone.listening', { port: status.port })}
          </Badge>
        ) : (
          <Badge color="red" variant="light">
            {t('settings.phone.notListening')}
          </Badge>
        )}
        {!status.listening && status.error && (
          <Text size="sm" lang="en">
            {t('settings.phone.reason', { reason: status.error })}
          </Text>
        )}
        <Button size="xs" variant="subtle" onClick={onRecheck}>
          {t('settings.phone.recheck')}
        </Button>
      </Group>
      {status.listening && status.port !== savedPort && (
        <Text size="sm" c="dimmed">
          {t('settings.phone.otherPort', { port: status.port })}
        </Text>
      )}
      {status.url && (
        <Group gap="xs" align="flex-end">
          <TextInput label={t('settings.phone.endpoint')} value={status.url} readOnly w={420} />
          <Copy value={status.url} label={t('settings.phone.copyEndpoint')} />
        </Group>
      )}
      {status.token && (
        <Group gap="xs" align="flex-end">
          <PasswordInput
            label={t('settings.phone.token')}
            description={t('settings.phone.tokenHint')}
            value={status.token}
            readOnly
            w={420}
            visible={tokenShown}
            onVisibilityChange={onTokenShown}
            visibilityToggleButtonProps={{ 'aria-label': tokenShown ? t('settings.phone.hideToken') : t('settings.phone.showToken') }}
          />
          <Copy value={status.token} label={t('settings.phone.copyToken')} />
        </Group>
      )}
      {status.url && status.token && (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('settings.phone.example')}
          </Text>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <Code block style={{ flex: 1, wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} data-testid="phone-example">
              {example(tokenShown ? status.token : hidden)}
            </Code>
            <Copy value={example(status.token)} label={t('settings.phone.copyExample')} />
          </Group>
          <Text size="xs" c="dimmed">
            {t('settings.phone.exampleHint')}
          </Text>
        </Stack>
      )}
    </Stack>
  )
}
