import { Button, Group, List, Modal, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Dependent } from '../../../shared/knowledge/details'
import type { KnowledgeKind } from '../../../shared/knowledge/forms'
import { ApiError, call } from '../api'
import { ErrorNotice } from './ErrorNotice'

/** Delete with a question first that says what depends on the item and what happens to it. */
export function DeleteButton({ kind, id, name, onDeleted }: { kind: KnowledgeKind; id: string; name: string; onDeleted: () => void }) {
  const { t } = useTranslation()
  const [dependents, setDependents] = useState<Dependent[] | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [busy, setBusy] = useState(false)
  const ask = async () => {
    setError(null)
    try {
      setDependents(await call('knowledge:dependents', { kind, id }))
    } catch (e) {
      setError(e as ApiError)
    }
  }
  const confirm = async () => {
    setBusy(true)
    try {
      await call('knowledge:delete', { kind, id })
      setDependents(null)
      onDeleted()
    } catch (e) {
      setError(e as ApiError)
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <Button variant="subtle" color="red" onClick={() => void ask()}>
        {t('common.delete')}
      </Button>
      {error && !dependents && <ErrorNotice error={error} />}
      <Modal opened={dependents !== null} onClose={() => setDependents(null)} title={t('deletion.title', { name })}>
        <Stack>
          {dependents?.length === 0 ? (
            <Text>{t('deletion.noDependents')}</Text>
          ) : (
            <>
              <Text fw={600}>{t('deletion.dependents')}</Text>
              <List spacing={4} data-testid="dependents">
                {dependents?.map((d) => (
                  <List.Item key={`${d.kind}:${d.id}`}>
                    {t(`deletion.kinds.${d.kind}`)}: <strong>{d.title}</strong> — {t(`deletion.${d.effect}`)}
                  </List.Item>
                ))}
              </List>
            </>
          )}
          {error && <ErrorNotice error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDependents(null)}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void confirm()}>
              {t('deletion.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  )
}
