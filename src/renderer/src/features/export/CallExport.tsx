import { Button, Group, Menu, Skeleton, Stack, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { fileFormats } from '../../../../shared/export/targets'
import { call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Section } from '../../components/Section'
import { useNow } from '../call/use-now'
import { showFailure } from '../calls/start-call'
import { downloadText } from '../transfer/files'
import { canRetry, ProblemText, RetryButton, StatusBadge, TicketRef, WaitingText } from './entry-parts'
import { useCallExport } from './use-export'

/** A finished call's way to the ticket system: one line per target, live; and the note to copy or save by hand. */
export function CallExport({ callId }: { callId: string }) {
  const { t } = useTranslation()
  const [entries, reload] = useCallExport(callId)
  const waiting = entries.status === 'done' && entries.value.some((e) => e.status === 'queued')
  // Only a waiting entry shows a countdown; nothing ticks on a call that is done.
  const now = useNow(1000, waiting)
  return (
    <Section title={t('export.call.title')} testId="call-export">
      {entries.status === 'loading' && <Skeleton h={40} />}
      {entries.status === 'error' && <ErrorNotice error={entries.error} onRetry={reload} />}
      {entries.status === 'done' && entries.value.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="call-export-none">
          {t('export.call.none')}
        </Text>
      )}
      {entries.status === 'done' && entries.value.length > 0 && (
        <Table verticalSpacing="xs">
          <Table.Tbody>
            {entries.value.map((entry) => (
              <Table.Tr key={entry.id} data-testid="call-export-entry" data-target={entry.targetName} data-status={entry.status} aria-label={entry.targetName}>
                <Table.Th w={200} style={{ verticalAlign: 'top' }}>
                  <Text size="sm" fw={600}>
                    {entry.targetName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`export.kinds.${entry.targetKind}`)}
                  </Text>
                </Table.Th>
                <Table.Td>
                  <Stack gap={4}>
                    <Group gap="xs">
                      <StatusBadge status={entry.status} />
                      {entry.status === 'sent' && (
                        <Text size="sm">
                          {entry.targetKind === 'file' ? t('export.call.sentFile') : t('export.call.sent')} <TicketRef entry={entry} />
                        </Text>
                      )}
                      {entry.status === 'sending' && <Text size="sm">{t('export.call.sending')}</Text>}
                      {entry.status === 'queued' && <WaitingText entry={entry} now={now} />}
                      {entry.status === 'failed' && <Text size="sm">{t('export.call.failed')}</Text>}
                      {entry.attempts > 0 && entry.status !== 'sent' && (
                        <Text size="xs" c="dimmed">
                          {t('export.call.attempts', { count: entry.attempts })}
                        </Text>
                      )}
                    </Group>
                    <ProblemText entry={entry} />
                    {canRetry(entry) && (
                      <div>
                        <RetryButton entry={entry} onDone={reload} />
                      </div>
                    )}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <NoteActions callId={callId} />
    </Section>
  )
}

/** The note by hand: plain text on the clipboard, or a file in any format. */
function NoteActions({ callId }: { callId: string }) {
  const { t } = useTranslation()
  const copy = async () => {
    try {
      const note = await call('export:render', { callId, format: 'txt' })
      await navigator.clipboard.writeText(note.content)
      notifications.show({ color: 'teal', message: t('export.call.copied'), autoClose: 3000 })
    } catch (error) {
      showFailure(t('export.call.copyFailed'), error, t)
    }
  }
  const save = (format: (typeof fileFormats)[number]) =>
    call('export:render', { callId, format }).then(
      (file) => downloadText(file.fileName, file.content),
      (error: unknown) => showFailure(t('export.call.saveFailed'), error, t),
    )
  return (
    <Group gap="xs">
      <Button size="xs" variant="default" onClick={() => void copy()}>
        {t('export.call.copy')}
      </Button>
      <Menu position="bottom-start">
        <Menu.Target>
          <Button size="xs" variant="default">
            {t('export.call.saveAs')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {fileFormats.map((format) => (
            <Menu.Item key={format} onClick={() => void save(format)}>
              {t(`export.call.formats.${format}`)}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </Group>
  )
}
