import { Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { KnowledgeKind } from '../../../shared/knowledge/forms'
import { call } from '../api'
import { useSettings } from './settings-context'
import { useRequest } from './use-request'

/** The agent's own note on an item, saved as it is typed. */
export function PrivateNote({ kind, id }: { kind: KnowledgeKind; id: string }) {
  const { t } = useTranslation()
  const [stored] = useRequest('notes:get', { kind, id })
  // A private note may say things about people: it is hidden like the internal fields while sharing.
  const { screenSharing } = useSettings()
  return (
    <Paper withBorder p="md" component="section">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('note.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('note.hint')}
        </Text>
        {screenSharing ? (
          <Text c="dimmed" fs="italic">
            {t('internal.hiddenWhileSharing')}
          </Text>
        ) : (
          stored.status === 'done' && <NoteEditor key={id} kind={kind} id={id} initial={stored.value.body} />
        )}
      </Stack>
    </Paper>
  )
}

function NoteEditor({ kind, id, initial }: { kind: KnowledgeKind; id: string; initial: string }) {
  const { t } = useTranslation()
  const [body, setBody] = useState(initial)
  const [state, setState] = useState<'typing' | 'saved' | 'failed'>('typing')
  // Leaving the page (or switching on screen sharing) within the delay still saves what was typed.
  const save = useDebouncedCallback(
    (value: string) =>
      call('notes:save', { kind, id, body: value }).then(
        () => setState('saved'),
        () => setState('failed'),
      ),
    { delay: 500, flushOnUnmount: true },
  )
  return (
    <>
      <Textarea
        aria-label={t('note.title')}
        placeholder={t('note.placeholder')}
        autosize
        minRows={2}
        value={body}
        onChange={(e) => {
          setState('typing')
          setBody(e.currentTarget.value)
          void save(e.currentTarget.value)
        }}
      />
      <Group h={16}>
        {state === 'saved' && (
          <Text size="xs" c="teal" role="status">
            {t('note.saved')}
          </Text>
        )}
        {state === 'failed' && (
          <Text size="xs" c="red" role="alert">
            {t('note.failed')}
          </Text>
        )}
      </Group>
    </>
  )
}
