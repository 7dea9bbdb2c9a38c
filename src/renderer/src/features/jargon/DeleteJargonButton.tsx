import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'

/** Removes a term from the lexicon after asking; nothing else points at a term, so the question is short. */
export function DeleteJargonButton({ id, term, onDeleted }: { id: string; term: string; onDeleted: () => void }) {
  const { t } = useTranslation()
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ApiError | null>(null)
  const confirm = async () => {
    setBusy(true)
    setError(null)
    try {
      await call('jargon:delete', { id })
      setAsking(false)
      onDeleted()
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError({ code: 'internal', message: String(e) }))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Group>
      <Button variant="subtle" color="red" onClick={() => setAsking(true)}>
        {t('common.delete')}
      </Button>
      <Modal opened={asking} onClose={() => setAsking(false)} title={t('jargon.delete.title', { term })}>
        <Stack>
          <Text>{t('jargon.delete.body')}</Text>
          {error && <ErrorNotice error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void confirm()}>
              {t('jargon.delete.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  )
}
