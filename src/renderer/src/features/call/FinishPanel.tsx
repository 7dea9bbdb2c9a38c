import { Alert, Anchor, Button, Group, List, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FinishProblem } from '../../../../shared/call/finish'
import type { CallDraft, CallRecord } from '../../../../shared/call/record'
import { ApiError, call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Section } from '../../components/Section'
import type { Autosaver } from './autosave'
import { problemField, problemTargets } from './call-draft'
import { focusId } from './focus'
import { problemText } from './problems'

type Props = {
  id: string
  draft: CallDraft
  autosaver: Autosaver<CallDraft>
  problems: FinishProblem[]
  onFinished: (record: CallRecord) => void | Promise<void>
  onAttempt: () => void
  /** A practice call is finished (scored) here instead of through calls:finish. */
  submit?: (draft: CallDraft) => Promise<void>
}

const focusProblem = (field: string) => focusId(problemTargets[field] ?? '') || (field === 'caller.name' && focusId('call-caller-name'))

/** What is still missing, live; then Finish. A refused finish puts each problem at its field and keeps everything typed. */
export function FinishPanel({ id, draft, autosaver, problems, onFinished, onAttempt, submit }: Props) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const finish = async () => {
    setBusy(true)
    setError(null)
    onAttempt()
    // A practice call is refused like a real one: the server checks the real call, here the same list does.
    const missing = submit ? problems.map((p) => problemField(p.field)).filter((f) => f in problemTargets) : []
    if (missing.length > 0) {
      setBusy(false)
      requestAnimationFrame(() => focusProblem(missing[0]!))
      return
    }
    try {
      await autosaver.flush()
      if (submit) await submit(draft)
      else await onFinished(await call('calls:finish', { id, draft }))
    } catch (e) {
      const apiError = e instanceof ApiError ? e : new ApiError({ code: 'internal', message: String(e) })
      const fields = (apiError.data.issues ?? []).map((i) => problemField(i.field)).filter((f) => f in problemTargets)
      if (fields.length > 0) requestAnimationFrame(() => focusProblem(fields[0]!))
      else setError(apiError)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Section title={t('call.finish.title')} testId="call-finish-section">
      {problems.length > 0 ? (
        <Alert color="orange" p="xs" data-testid="finish-problems" title={t('call.finish.missing', { count: problems.length })}>
          <List size="sm">
            {problems.map((p) => (
              <List.Item key={`${p.field}-${p.code}`} data-field={p.field}>
                <Anchor component="button" type="button" size="sm" onClick={() => focusProblem(p.field)}>
                  {problemText(t, p)}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : (
        <Text size="sm" c="teal.8" data-testid="finish-ready">
          {t('call.finish.ready')}
        </Text>
      )}
      {error && <ErrorNotice error={error} />}
      <Group>
        <Button id="call-finish" size="md" loading={busy} onClick={() => void finish()}>
          {t('call.finish.button')}
        </Button>
      </Group>
    </Section>
  )
}
