import { Alert, Anchor, Badge, Button, Grid, Group, List, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate } from 'react-router'
import type { Language } from '../../../../shared/knowledge/entities'
import { compose } from '../../../../shared/refusal/compose'
import type { RefusalParts } from '../../../../shared/refusal/parts'
import { defaultInvitation } from '../../../../shared/refusal/phrases'
import { prefill, type PrefillNotice } from '../../../../shared/refusal/prefill'
import { problems as findProblems } from '../../../../shared/refusal/problems'
import { ApiError, call } from '../../api'
import { ErrorNotice } from '../../components/ErrorNotice'
import { useSettings } from '../../components/settings-context'
import { useRequest } from '../../components/use-request'
import { fieldId } from './parts-edit'
import { fieldMessage, problemMessage } from './problem-text'
import { RefusalForm } from './RefusalForm'
import { RefusalPreview } from './RefusalPreview'
import { useChecker } from './use-checker'

export interface BuilderStart {
  id: string | null
  callId: string | null
  ruleId: string | null
  language: Language
  parts: RefusalParts
  notices: PrefillNotice[]
}

type Status = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'copied' } | { kind: 'copy-failed' } | { kind: 'error'; error: ApiError }

/** The refusal builder: pick a rule, fill the parts, watch both versions, save as draft or final. */
export function RefusalBuilder({ start }: { start: BuilderStart }) {
  const { t } = useTranslation()
  const settings = useSettings()
  const navigate = useNavigate()
  const idRef = useRef(start.id)
  const [ruleId, setRuleId] = useState(start.ruleId)
  const [language, setLanguage] = useState(start.language)
  const [parts, setParts] = useState(start.parts)
  const [notices, setNotices] = useState(start.notices)
  const [attempted, setAttempted] = useState(false)
  const [status, setStatus] = useState<Status>({ kind: 'idle' })
  const [rules] = useRequest('rules:list', {}, { reloadOnChange: ['rule'] })
  const { checker, error: checkerError } = useChecker()
  const form = settings.formOfAddress
  const callId = start.callId

  const check = useMemo(() => (checker ? (text: string) => checker.check(text, language) : null), [checker, language])
  const composed = useMemo(
    () => compose(parts, language, form, { agentName: settings.agent.name, now: new Date(), timeZone: settings.timeZone }),
    [parts, language, form, settings.agent.name, settings.timeZone],
  )
  const spokenCheck = useMemo(() => (check && composed.spoken ? check(composed.spoken) : null), [check, composed.spoken])
  const writtenCheck = useMemo(() => (check ? check(composed.written) : null), [check, composed.written])
  const problems = useMemo(() => findProblems(parts, composed, check ?? (() => ({ issues: [], readability: null }))), [parts, composed, check])

  const errorFor = (field: string): string | undefined => {
    if (!attempted) return undefined
    const problem = problems.find((p) => p.field === field)
    if (!problem) return undefined
    return field === 'alternatives' ? problemMessage(t, problem) : fieldMessage(t, problem)
  }
  const change = (update: (p: RefusalParts) => RefusalParts) => {
    setParts(update)
    if (status.kind !== 'saving') setStatus({ kind: 'idle' })
  }

  /** Blocks final saving and copying while something is missing; shows what, and goes to the first field. */
  const blocked = (): boolean => {
    if (problems.length === 0) return false
    setAttempted(true)
    const first = problems.find((p) => p.field)
    if (first) requestAnimationFrame(() => document.getElementById(fieldId(first.field))?.focus())
    return true
  }

  const pickRule = async (next: string | null) => {
    setRuleId(next)
    if (!next) return
    const rule = await call('rules:get', { id: next })
    const filled = prefill(rule, language, settings.contentLanguage, parts)
    setParts(filled.parts)
    setNotices(filled.notices)
  }
  const switchLanguage = async (next: Language) => {
    const invitation = parts.invitation === defaultInvitation(language, form) ? defaultInvitation(next, form) : parts.invitation
    setLanguage(next)
    const base = { ...parts, invitation }
    if (!ruleId) return setParts(base)
    const rule = await call('rules:get', { id: ruleId })
    const filled = prefill(rule, next, settings.contentLanguage, base)
    setParts(filled.parts)
    setNotices(filled.notices)
  }

  // Saves run one after the other, so an autosave and a final save never create two refusals.
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  const finished = useRef(false)
  const send = (status: 'draft' | 'final') => {
    const run = queue.current.then(async () => {
      const saved = await call('refusals:save', {
        ...(idRef.current ? { id: idRef.current } : {}),
        callId,
        ruleId,
        ruleText: ruleId ? '' : parts.rule.statement,
        language,
        formOfAddress: form,
        parts,
        status,
      })
      idRef.current = saved.id
      return saved
    })
    queue.current = run.catch(() => undefined)
    return run
  }

  // The refusal being written is kept as it is typed (a moment after the last change), like a call.
  const initial = useRef({ parts: start.parts, ruleId: start.ruleId, language: start.language })
  useEffect(() => {
    const first = initial.current
    if (parts === first.parts && ruleId === first.ruleId && language === first.language) return
    if (!ruleId && parts.rule.statement.trim() === '') return
    const timer = window.setTimeout(() => {
      if (!finished.current) void send('draft').catch(() => undefined)
    }, 800)
    return () => window.clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `send` reads the same state
  }, [parts, ruleId, language])

  const save = async (final: boolean) => {
    if (final && blocked()) return
    setStatus({ kind: 'saving' })
    if (final) finished.current = true
    try {
      const saved = await send(final ? 'final' : 'draft')
      if (!final) return setStatus({ kind: 'saved' })
      void navigate(callId ? `/calls/${callId}` : `/refusals/${saved.id}`)
    } catch (error) {
      finished.current = false
      setStatus({ kind: 'error', error: error instanceof ApiError ? error : new ApiError({ code: 'internal', message: String(error) }) })
    }
  }
  const copy = async (text: string) => {
    if (blocked()) return
    try {
      await navigator.clipboard.writeText(text)
      setStatus({ kind: 'copied' })
    } catch {
      setStatus({ kind: 'copy-failed' })
    }
  }

  // One line per message (a half-filled alternative misses two fields but is one thing to fix), each leading to its field.
  const problemLines = problems.reduce<{ text: string; field: string }[]>((lines, p) => {
    const text = problemMessage(t, p)
    return lines.some((l) => l.text === text) ? lines : [...lines, { text, field: p.field }]
  }, [])
  const ruleOptions = rules.status === 'done' ? rules.value.map((r) => ({ value: r.id, label: r.title })) : []
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          {callId && (
            <Anchor component={Link} to={`/calls/${callId}`} size="sm">
              ← {t('refusal.backToCall')}
            </Anchor>
          )}
          <Title order={2}>{t('refusal.title')}</Title>
          <Text c="dimmed" size="sm" maw={720}>
            {t('refusal.intro')}
          </Text>
        </Stack>
        <Badge variant="light" color="gray">
          {t('refusal.final.draft')}
        </Badge>
      </Group>
      <Group align="flex-end" gap="md">
        <Select
          id="refusal-rule"
          label={t('refusal.ruleLabel')}
          description={t('refusal.ruleHint')}
          placeholder={t('refusal.rulePlaceholder')}
          data={ruleOptions}
          value={ruleId}
          onChange={(v) => void pickRule(v)}
          searchable
          clearable
          w={480}
          nothingFoundMessage={t('refusal.noRuleFound')}
        />
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {t('refusal.language')}
          </Text>
          <SegmentedControl
            aria-label={t('refusal.language')}
            value={language}
            onChange={(v) => void switchLanguage(v as Language)}
            data={(['nl', 'en'] as const).map((l) => ({ value: l, label: t(`refusal.languages.${l}`) }))}
          />
        </Stack>
        <Text size="sm" c="dimmed">
          {t('refusal.formOfAddress', { form: t(`refusal.forms.${form}`) })}
        </Text>
      </Group>
      {attempted && problems.length > 0 && (
        <Alert color="red" role="alert" title={t('refusal.problems.title')} data-testid="refusal-problems">
          <List size="sm">
            {problemLines.map(({ text, field }) => (
              <List.Item key={text}>
                {field ? (
                  <Anchor component="button" type="button" size="sm" onClick={() => document.getElementById(fieldId(field))?.focus()}>
                    {text}
                  </Anchor>
                ) : (
                  text
                )}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {status.kind === 'error' && <ErrorNotice error={status.error} />}
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <RefusalForm parts={parts} onChange={change} language={language} contentLanguage={settings.contentLanguage} notices={notices} errorFor={errorFor} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }} style={{ position: 'sticky', top: 72 }}>
          <Stack gap="sm">
            <RefusalPreview
              spoken={composed.spoken}
              written={composed.written}
              spokenCheck={spokenCheck}
              writtenCheck={writtenCheck}
              parts={parts}
              language={language}
              check={check}
              onChange={change}
              checkerError={checkerError}
            />
            <Group gap="xs">
              <Button onClick={() => void save(true)} loading={status.kind === 'saving'}>
                {t('refusal.actions.saveFinal')}
              </Button>
              <Button variant="default" onClick={() => void save(false)} disabled={status.kind === 'saving'}>
                {t('refusal.actions.saveDraft')}
              </Button>
              <Button variant="light" onClick={() => void copy(composed.spoken)}>
                {t('refusal.actions.copySpoken')}
              </Button>
              <Button variant="light" onClick={() => void copy(composed.written)}>
                {t('refusal.actions.copyWritten')}
              </Button>
            </Group>
            {status.kind === 'saved' && (
              <Text size="sm" c="teal" role="status">
                {t('refusal.actions.draftSaved')}
              </Text>
            )}
            {status.kind === 'copied' && (
              <Text size="sm" c="teal" role="status">
                {t('refusal.actions.copied')}
              </Text>
            )}
            {status.kind === 'copy-failed' && (
              <Text size="sm" c="red" role="status">
                {t('refusal.actions.copyFailed')}
              </Text>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  )
}
