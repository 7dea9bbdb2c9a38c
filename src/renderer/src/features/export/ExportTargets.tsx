import { Alert, Button, Group, Modal, Skeleton, Stack, Switch, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportTarget } from '../../../../shared/export/outbox'
import { call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Section } from '../../components/Section'
import { showFailure } from '../calls/start-call'
import { TargetForm } from './TargetForm'
import { useTargets } from './use-export'

type Editing = { target: ExportTarget | null; key: number } | null

/** Settings → Export targets: the list with a switch, edit and delete each, and the form to add or edit one. */
export function ExportTargets() {
  const { t } = useTranslation()
  const [targets, reload] = useTargets()
  const [editing, setEditing] = useState<Editing>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const [deleting, setDeleting] = useState<ExportTarget | null>(null)
  const open = (target: ExportTarget | null) => {
    setSaved(null)
    setEditing({ target, key: Date.now() })
  }
  return (
    <Section title={t('export.targets.title')} testId="export-targets">
      <Text size="sm" c="dimmed">
        {t('export.targets.intro')}
      </Text>
      {targets.status === 'loading' && <Skeleton h={60} />}
      {targets.status === 'error' && <ErrorNotice error={targets.error} onRetry={reload} />}
      {targets.status === 'done' && (
        <Stack gap="sm">
          {targets.value.targets.length === 0 ? (
            <Text size="sm" data-testid="export-targets-empty">
              {t('export.targets.empty')}
            </Text>
          ) : (
            <TargetTable targets={targets.value.targets} onEdit={open} onDelete={setDeleting} onChanged={reload} />
          )}
          {saved && (
            <Alert color="teal" role="status" data-testid="target-saved">
              {t('export.targets.saved', { name: saved })}
            </Alert>
          )}
          {editing ? (
            <TargetForm
              key={editing.key}
              target={editing.target}
              credentialMode={targets.value.credentialMode}
              onSaved={(target) => {
                setEditing(null)
                setSaved(target.name)
                reload()
              }}
              onCancel={() => setEditing(null)}
            />
          ) : (
            <div>
              <Button variant="light" onClick={() => open(null)}>
                {t('export.targets.add')}
              </Button>
            </div>
          )}
        </Stack>
      )}
      <DeleteTarget
        target={deleting}
        onClose={() => setDeleting(null)}
        onDeleted={() => {
          if (editing?.target?.id === deleting?.id) setEditing(null)
          setDeleting(null)
          reload()
        }}
      />
    </Section>
  )
}

function TargetTable({ targets, onEdit, onDelete, onChanged }: { targets: ExportTarget[]; onEdit: (target: ExportTarget) => void; onDelete: (target: ExportTarget) => void; onChanged: () => void }) {
  const { t } = useTranslation()
  // Switching a target on or off saves at once, with what is stored (the secret stays as it is).
  const toggle = (target: ExportTarget, enabled: boolean) =>
    call('export:targets:save', { id: target.id, kind: target.kind, name: target.name, enabled, config: target.config }).then(onChanged, (error: unknown) => {
      showFailure(t('export.targets.toggleFailed'), error, t)
      onChanged()
    })
  return (
    <Table verticalSpacing="xs" data-testid="export-targets-list">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('export.targets.name')}</Table.Th>
          <Table.Th>{t('export.targets.kind')}</Table.Th>
          <Table.Th>{t('export.targets.enabled')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {targets.map((target) => (
          <Table.Tr key={target.id} aria-label={target.name} data-testid="export-target">
            <Table.Td>{target.name}</Table.Td>
            <Table.Td>{t(`export.kinds.${target.kind}`)}</Table.Td>
            <Table.Td>
              <Switch aria-label={t('export.targets.enabledFor', { name: target.name })} checked={target.enabled} onChange={(e) => void toggle(target, e.currentTarget.checked)} />
            </Table.Td>
            <Table.Td>
              <Group gap="xs" justify="flex-end">
                <Button size="xs" variant="default" onClick={() => onEdit(target)} aria-label={t('export.targets.editFor', { name: target.name })}>
                  {t('common.edit')}
                </Button>
                <Button size="xs" variant="subtle" color="red" onClick={() => onDelete(target)} aria-label={t('export.targets.deleteFor', { name: target.name })}>
                  {t('common.delete')}
                </Button>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

function DeleteTarget({ target, onClose, onDeleted }: { target: ExportTarget | null; onClose: () => void; onDeleted: () => void }) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const confirm = () => {
    if (!target) return
    setBusy(true)
    call('export:targets:delete', { id: target.id })
      .then(onDeleted, (error: unknown) => showFailure(t('export.targets.deleteFor', { name: target.name }), error, t))
      .finally(() => setBusy(false))
  }
  return (
    <Modal opened={target !== null} onClose={onClose} title={t('export.targets.deleteTitle', { name: target?.name ?? '' })}>
      <Stack>
        <Text size="sm">{t('export.targets.deleteBody')}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color="red" loading={busy} onClick={confirm}>
            {t('export.targets.deleteConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
