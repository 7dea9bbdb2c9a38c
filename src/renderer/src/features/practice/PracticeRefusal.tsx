import { Button, Group, Paper, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PracticeRun } from '../../../../shared/onboarding/practice-records'
import { emptyParts, type RefusalParts } from '../../../../shared/refusal/parts'
import { ApiError, call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useSettings } from '../../components/settings-context'
import { RefusalForm } from '../refusal/RefusalForm'

type Props = {
  runId: string
  saved: PracticeRun['refusal']
  notesEmpty: boolean
  onSpoken: (spoken: string) => void
  onSaved: (run: PracticeRun) => void
}

/**
 * The refusal of a refused practice call: the refusal builder's form, kept with the practice run (never
 * with the real refusals). What the caller hears is shown once given; the score judges its completeness.
 */
export function PracticeRefusal({ runId, saved, notesEmpty, onSpoken, onSaved }: Props) {
  const { t } = useTranslation()
  const settings = useSettings()
  const [parts, setParts] = useState<RefusalParts>(saved?.parts ?? emptyParts())
  const [editing, setEditing] = useState(!saved)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)

  const give = async () => {
    setBusy(true)
    setError(null)
    try {
      const run = await call('practice:refusal', { id: runId, parts, status: 'final' })
      onSaved(run)
      if (notesEmpty && run.refusal) onSpoken(run.refusal.spoken)
      setEditing(false)
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ code: 'internal', message: String(e) }))
    } finally {
      setBusy(false)
    }
  }

  if (saved && !editing) {
    return (
      <Paper withBorder p="sm" data-testid="practice-refusal-given">
        <Stack gap={4}>
          <Group justify="space-between">
            <Text size="xs" fw={700} c="dimmed" tt="uppercase">
              {t('practice.refusal.given')}
            </Text>
            <Button size="xs" variant="subtle" onClick={() => setEditing(true)}>
              {t('practice.refusal.change')}
            </Button>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="practice-refusal-spoken">
            {saved.spoken}
          </Text>
        </Stack>
      </Paper>
    )
  }
  return (
    <Paper withBorder p="sm" data-testid="practice-refusal">
      <Stack gap="sm">
        <Text size="sm">{t('practice.refusal.intro')}</Text>
        <RefusalForm
          parts={parts}
          onChange={(change) => setParts(change)}
          language={settings.contentLanguage}
          contentLanguage={settings.contentLanguage}
          notices={[]}
          errorFor={() => undefined}
        />
        {error && <ErrorNotice error={error} />}
        <Group>
          <Button loading={busy} onClick={() => void give()} data-testid="practice-refusal-give">
            {t('practice.refusal.give')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
