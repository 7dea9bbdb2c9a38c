import { Alert, Button, Group, Modal, Paper, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChannelOutput } from '../../../../shared/contract'
import type { ExportTarget } from '../../../../shared/export/outbox'
import { targetKindInfo, targetKinds, type CredentialMode, type TargetKind } from '../../../../shared/export/targets'
import { call, type ApiError } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { describeProblem } from './problem'
import { checkDraft, draftOf, fieldErrorsOf, saveInput, type SecretEdit, type TargetDraft } from './target-draft'
import { TargetFieldInput } from './TargetFields'
import { SecretField } from './SecretField'
import { asApiError } from './use-export'

type TestResult = ChannelOutput<'export:targets:test'>

/**
 * Add or edit one export target: its fields drawn from targetKindInfo, its secret as this console keeps
 * secrets, "Test connection" on what is typed (saved or not). Problems land at their fields; what was
 * typed stays in the form whatever goes wrong.
 */
export function TargetForm({ target, credentialMode, onSaved, onCancel }: { target: ExportTarget | null; credentialMode: CredentialMode; onSaved: (saved: ExportTarget) => void; onCancel: () => void }) {
  const { t } = useTranslation()
  const [draft, setDraft] = useState<TargetDraft>(() => draftOf(target))
  const [secret, setSecret] = useState<SecretEdit>({ action: 'keep' })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [problem, setProblem] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState<'save' | 'test' | null>(null)
  const [tested, setTested] = useState<TestResult | null>(null)
  const [askPlainText, setAskPlainText] = useState(false)
  const info = targetKindInfo[draft.kind]

  const edit = (change: Partial<TargetDraft>) => {
    setDraft((d) => ({ ...d, ...change }))
    setTested(null)
  }
  const setConfig = (key: string, value: unknown) => {
    setDraft((d) => ({ ...d, config: { ...d.config, [key]: value } }))
    setErrors(({ [`config.${key}`]: _, ...rest }) => rest)
    setTested(null)
  }
  const failed = (error: unknown) => {
    const apiError = asApiError(error)
    const fieldErrors = fieldErrorsOf(apiError, t)
    setErrors(fieldErrors)
    setProblem(Object.keys(fieldErrors).length ? null : apiError)
    focusFirst(Object.keys(fieldErrors))
  }
  const checked = (): boolean => {
    const found = checkDraft(draft, t)
    setErrors(found)
    focusFirst(Object.keys(found))
    return Object.keys(found).length === 0
  }

  const save = async (allowPlainText: boolean) => {
    setAskPlainText(false)
    setBusy('save')
    setProblem(null)
    try {
      onSaved(await call('export:targets:save', saveInput(draft, info.secret ? secret : { action: 'keep' }, allowPlainText)))
    } catch (error) {
      failed(error)
    } finally {
      setBusy(null)
    }
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!checked()) return
    // Without a keyring the secret would lie readable on disk: the administrator decides, knowing that.
    if (credentialMode === 'plain-text' && info.secret && secret.action === 'set' && secret.value) setAskPlainText(true)
    else void save(false)
  }
  const test = async () => {
    if (!checked()) return
    setBusy('test')
    setProblem(null)
    setTested(null)
    try {
      const { allowPlainText: _, ...input } = saveInput(draft, info.secret ? secret : { action: 'keep' }, false)
      setTested(await call('export:targets:test', input))
    } catch (error) {
      failed(error)
    } finally {
      setBusy(null)
    }
  }

  return (
    <Paper withBorder p="md" data-testid="target-form">
      <form onSubmit={submit} noValidate aria-labelledby="target-form-title">
        <Stack gap="sm">
          <Title order={4} id="target-form-title">
            {target ? t('export.targets.editTitle', { name: target.name }) : t('export.targets.newTitle')}
          </Title>
          {!target && (
            <Select
              label={t('export.targets.kind')}
              data={targetKinds.map((kind) => ({ value: kind, label: t(`export.kinds.${kind}`) }))}
              value={draft.kind}
              onChange={(kind) => kind && edit({ kind: kind as TargetKind, config: {} })}
              allowDeselect={false}
              w={320}
            />
          )}
          <TextInput
            label={t('export.targets.name')}
            withAsterisk
            name="name"
            value={draft.name}
            onChange={(e) => {
              edit({ name: e.currentTarget.value })
              setErrors(({ name: _, ...rest }) => rest)
            }}
            error={errors.name}
            maxLength={80}
            w={420}
            data-autofocus
            autoFocus
          />
          <Switch label={t('export.targets.enabled')} checked={draft.enabled} onChange={(e) => edit({ enabled: e.currentTarget.checked })} />
          {info.fields.map((field) => (
            <TargetFieldInput key={`${draft.kind}.${field.key}`} field={field} value={draft.config[field.key]} error={errors[`config.${field.key}`]} onChange={(v) => setConfig(field.key, v)} />
          ))}
          {info.secret && (
            <SecretField
              secret={info.secret}
              mode={credentialMode}
              target={target}
              value={secret}
              error={errors.secret}
              onChange={(value) => {
                setSecret(value)
                setErrors(({ secret: _, ...rest }) => rest)
                setTested(null)
              }}
            />
          )}
          {tested && <TestOutcome result={tested} />}
          {problem && <ErrorNotice error={problem} />}
          {Object.keys(errors).length > 0 && (
            <Text c="red" size="sm" role="alert">
              {t('export.targets.checkFields')}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={busy === 'save'} disabled={busy === 'test'}>
              {t('export.targets.save')}
            </Button>
            <Button variant="light" onClick={() => void test()} loading={busy === 'test'} disabled={busy === 'save'}>
              {t('export.targets.test')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('export.targets.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
      <Modal opened={askPlainText} onClose={() => setAskPlainText(false)} title={t('export.secret.plainTitle')}>
        <Stack>
          <Text size="sm">{t('export.secret.plainBody')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAskPlainText(false)} data-autofocus>
              {t('export.secret.plainCancel')}
            </Button>
            <Button color="orange" onClick={() => void save(true)}>
              {t('export.secret.plainConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  )
}

/** Moves the focus to the first field with a problem, so a keyboard user lands where to act. */
function focusFirst(fields: string[]) {
  const first = fields[0]
  if (!first) return
  requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-testid="target-form"] [name="${CSS.escape(first)}"]`)?.focus())
}

function TestOutcome({ result }: { result: TestResult }) {
  const { t } = useTranslation()
  if (result.ok) {
    return (
      <Alert color="teal" role="status" title={t('export.targets.testOk')} data-testid="target-test" data-ok="true">
        <Text size="sm">{result.detail}</Text>
      </Alert>
    )
  }
  const problem = describeProblem(result.reason, result.detail, t)
  return (
    <Alert color="red" role="alert" title={t('export.targets.testFailed')} data-testid="target-test" data-ok="false" data-reason={result.reason ?? ''}>
      <Text size="sm">{problem.words}</Text>
      <Text size="xs" c="dimmed" lang="en">
        {t('export.detail', { detail: problem.detail })}
      </Text>
    </Alert>
  )
}
