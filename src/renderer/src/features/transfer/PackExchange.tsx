import { Alert, Button, Checkbox, FileButton, Group, Stack, Text, Title } from '@mantine/core'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PackApplyResult, PackPreview } from '../../../../shared/knowledge/transfer'
import { call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Section } from '../../components/Section'
import { downloadText, readText } from './files'
import { PackChanges } from './PackChanges'
import { useAction } from './use-action'

type Chosen = { fileName: string; content: string; preview: PackPreview }

/** The team knowledge pack: the lead exports it, agents take it in after seeing what it changes. */
export function PackExchange() {
  const { t } = useTranslation()
  const exporting = useAction()
  const [exported, setExported] = useState<string | null>(null)
  return (
    <Section title={t('transfer.pack.title')} testId="knowledge-pack">
      <Text size="sm" maw={760}>
        {t('transfer.pack.workflow')}
      </Text>
      <Group>
        <Button
          variant="default"
          loading={exporting.busy}
          onClick={() =>
            void exporting.run(async () => {
              setExported(null)
              const file = await call('packs:export', {})
              downloadText(file.fileName, file.content)
              setExported(file.fileName)
            })
          }
        >
          {t('transfer.pack.export')}
        </Button>
      </Group>
      {exported && (
        <Text size="sm" c="teal" role="status">
          {t('transfer.pack.exported', { fileName: exported })}
        </Text>
      )}
      {exporting.error && <ErrorNotice error={exporting.error} />}
      <PackIntake />
    </Section>
  )
}

function PackIntake() {
  const { t } = useTranslation()
  const previewing = useAction()
  const applying = useAction()
  const [chosen, setChosen] = useState<Chosen | null>(null)
  const [force, setForce] = useState(false)
  const [applied, setApplied] = useState<PackApplyResult | null>(null)
  const resetFile = useRef<() => void>(null)

  const choose = (file: File | null) => {
    resetFile.current?.()
    if (!file) return
    setChosen(null)
    setApplied(null)
    setForce(false)
    applying.clear()
    void previewing.run(async () => {
      const content = await readText(file)
      const preview = await call('packs:preview', { fileName: file.name, content })
      setChosen({ fileName: file.name, content, preview })
    })
  }

  const apply = () => {
    if (!chosen) return
    void applying.run(async () => {
      const result = await call('packs:apply', { fileName: chosen.fileName, content: chosen.content, force })
      setApplied(result)
      setChosen(null)
    })
  }

  const preview = chosen?.preview
  return (
    <Stack gap="xs" mt="sm">
      <Title order={4} size="h6">
        {t('transfer.pack.intakeTitle')}
      </Title>
      <Group>
        <FileButton onChange={choose} accept=".json,application/json" resetRef={resetFile} disabled={applying.busy}>
          {(props) => (
            <Button {...props} loading={previewing.busy}>
              {t('transfer.pack.choose')}
            </Button>
          )}
        </FileButton>
      </Group>
      {previewing.error && <ErrorNotice error={previewing.error} />}
      {chosen && preview && (
        <Stack gap="xs" data-testid="pack-preview">
          <Text>
            {t('transfer.pack.previewOf', { fileName: chosen.fileName, organisation: preview.organisation })}
          </Text>
          <Text size="sm">
            {preview.currentVersion === null
              ? t('transfer.pack.versionFirst', { version: preview.packVersion })
              : t('transfer.pack.version', { version: preview.packVersion, current: preview.currentVersion })}
          </Text>
          {preview.older && (
            <Alert color="orange" role="alert" title={preview.otherOrganisation ? t('transfer.pack.otherTitle') : t('transfer.pack.olderTitle')}>
              <Stack gap="xs">
                <Text size="sm">
                  {preview.otherOrganisation
                    ? t('transfer.pack.other', { organisation: preview.organisation })
                    : t('transfer.pack.older', { version: preview.packVersion, current: preview.currentVersion ?? '—' })}
                </Text>
                <Checkbox label={t('transfer.pack.force')} checked={force} onChange={(e) => setForce(e.currentTarget.checked)} />
              </Stack>
            </Alert>
          )}
          <PackChanges counts={preview.counts} examples={preview.examples} testId="pack-preview-changes" />
          {Object.values(preview.counts).every((c) => c.new + c.changed + c.removed === 0) && <Text size="sm">{t('transfer.pack.nothingChanges')}</Text>}
          <Text size="sm" c="dimmed">
            {t('transfer.pack.kept')}
          </Text>
          <Group>
            <Button onClick={apply} loading={applying.busy} disabled={preview.older && !force}>
              {t('transfer.pack.apply')}
            </Button>
            <Button variant="default" onClick={() => setChosen(null)} disabled={applying.busy}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
      {applying.error && <ErrorNotice error={applying.error} />}
      {applied && (
        <Stack gap="xs" data-testid="pack-applied">
          <Alert color="teal" role="status">
            {t('transfer.pack.applied', { version: applied.packVersion })}
          </Alert>
          <PackChanges counts={applied.counts} testId="pack-applied-changes" />
        </Stack>
      )}
    </Stack>
  )
}
