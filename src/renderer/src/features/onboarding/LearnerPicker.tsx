import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { translateIssue } from '../../components/form-errors'
import { useLearner } from './learner-context'

/** Choose the learner this machine works for, or add a new profile by name. */
export function LearnerPicker() {
  const { t } = useTranslation()
  const { learners, learner, choose } = useLearner()
  const [adding, setAdding] = useState(false)
  const list = learners.status === 'done' ? learners.value : []
  return (
    <Group align="flex-end" gap="sm">
      <Select
        label={t('onboarding.learner.label')}
        placeholder={t('onboarding.learner.placeholder')}
        data={list.map((l) => ({ value: l.id, label: l.name }))}
        value={learner?.id ?? null}
        onChange={(id) => id && choose(id)}
        allowDeselect={false}
        searchable
        w={260}
        data-testid="learner-picker"
      />
      <Button variant="light" onClick={() => setAdding(true)}>
        {t('onboarding.learner.new')}
      </Button>
      {learners.status === 'error' && <ErrorNotice error={learners.error} />}
      <NewLearner opened={adding} onClose={() => setAdding(false)} taken={list.map((l) => l.name)} />
    </Group>
  )
}

function NewLearner({ opened, onClose, taken }: { opened: boolean; onClose: () => void; taken: string[] }) {
  const { t } = useTranslation()
  const { create } = useLearner()
  const [name, setName] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)
  const close = () => {
    setName('')
    setProblem(null)
    setError(null)
    onClose()
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const trimmed = name.trim()
    if (!trimmed) return setProblem(t('onboarding.learner.nameRequired'))
    if (taken.some((n) => n.toLocaleLowerCase() === trimmed.toLocaleLowerCase())) return setProblem(t('onboarding.learner.nameTaken'))
    setBusy(true)
    setError(null)
    try {
      await create(trimmed)
      close()
    } catch (e) {
      const apiError = e instanceof ApiError ? e : new ApiError({ code: 'internal', message: String(e) })
      const issue = apiError.data.issues?.find((i) => i.field === 'name')
      if (issue) setProblem(translateIssue(issue.message, t))
      else setError(apiError)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Modal opened={opened} onClose={close} title={t('onboarding.learner.newTitle')}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <TextInput
            label={t('onboarding.learner.name')}
            description={t('onboarding.learner.nameHint')}
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value)
              setProblem(null)
            }}
            error={problem}
            maxLength={80}
            data-autofocus
            required
          />
          {error && <ErrorNotice error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('onboarding.learner.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
