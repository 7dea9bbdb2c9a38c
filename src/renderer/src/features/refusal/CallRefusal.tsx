import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { RefusalRecord, RefusalSummary } from '../../../../shared/refusal/parts'
import { call } from '../../api'

type Props = {
  callId: string
  /** The call's outcome notes are empty: the final refusal's spoken version fills them. */
  notesEmpty: boolean
  onSpoken: (spoken: string) => void
}

/** On a refused call: build the refusal, continue a draft, or read the final one as it was given. */
export function CallRefusal({ callId, notesEmpty, onSpoken }: Props) {
  const { t } = useTranslation()
  const [final, setFinal] = useState<RefusalRecord | null>(null)
  const [draft, setDraft] = useState<RefusalSummary | null>(null)
  useEffect(() => {
    let current = true
    void call('refusals:list', { callId }).then(
      async (list) => {
        const given = list.find((r) => r.status === 'final')
        if (!current) return
        setDraft(given ? null : (list.find((r) => r.status === 'draft') ?? null))
        if (given) {
          const record = await call('refusals:get', { id: given.id })
          if (current) setFinal(record)
        }
      },
      () => {},
    )
    return () => {
      current = false
    }
  }, [callId])
  // Once per refusal: empty notes take the spoken version; notes the agent wrote are left alone.
  const filled = useRef<string | null>(null)
  useEffect(() => {
    if (!final || filled.current === final.id) return
    filled.current = final.id
    if (notesEmpty) onSpoken(final.spoken)
  }, [final, notesEmpty, onSpoken])

  if (final) {
    return (
      <Paper withBorder p="sm" data-testid="call-refusal">
        <Stack gap={4}>
          <Group justify="space-between">
            <Text size="xs" fw={700} c="dimmed" tt="uppercase">
              {t('refusal.call.final')}
            </Text>
            <Anchor component={Link} to={`/refusals/${final.id}`} size="sm">
              {t('refusal.call.open')}
            </Anchor>
          </Group>
          <Text size="sm" lang={final.language} style={{ whiteSpace: 'pre-wrap' }} data-testid="call-refusal-written">
            {final.written}
          </Text>
        </Stack>
      </Paper>
    )
  }
  return (
    <Group gap="sm">
      {draft ? (
        <>
          <Text size="sm">{t('refusal.call.draft')}</Text>
          <Button component={Link} to={`/refusals/${draft.id}`} size="xs" variant="light">
            {t('refusal.call.continue')}
          </Button>
        </>
      ) : (
        <>
          <Button component={Link} to={`/refusals/new?call=${callId}`} size="xs" variant="light">
            {t('refusal.call.build')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('refusal.call.buildHint')}
          </Text>
        </>
      )}
    </Group>
  )
}
