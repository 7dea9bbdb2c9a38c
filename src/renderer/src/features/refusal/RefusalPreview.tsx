import { Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core'
import { Fragment, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../../shared/knowledge/entities'
import { applyFix, type CheckResult, type TextIssue } from '../../../../shared/language/check'
import type { RefusalParts } from '../../../../shared/refusal/parts'
import { partTexts, type PartText } from '../../../../shared/refusal/problems'
import { getField, setField } from './parts-edit'

type Props = {
  spoken: string
  written: string
  spokenCheck: CheckResult | null
  writtenCheck: CheckResult | null
  parts: RefusalParts
  language: Language
  check: ((text: string) => CheckResult) | null
  onChange: (change: (parts: RefusalParts) => RefusalParts) => void
  checkerError: string | null
}

/** A text with the checker's hits underlined. */
function Marked({ text, issues, testId }: { text: string; issues: TextIssue[]; testId: string }) {
  const sorted = [...issues].sort((a, b) => a.start - b.start)
  const pieces: ReactNode[] = []
  let at = 0
  for (const issue of sorted) {
    if (issue.start < at) continue
    pieces.push(<Fragment key={`t${at}`}>{text.slice(at, issue.start)}</Fragment>)
    pieces.push(
      <mark key={`m${issue.start}`} data-issue-kind={issue.kind} title={issue.replacement ?? issue.kind} style={{ background: 'transparent', textDecoration: 'underline wavy var(--mantine-color-orange-6)', color: 'inherit' }}>
        {text.slice(issue.start, issue.end)}
      </mark>,
    )
    at = issue.end
  }
  pieces.push(<Fragment key="end">{text.slice(at)}</Fragment>)
  return (
    <Text data-testid={testId} style={{ whiteSpace: 'pre-wrap' }}>
      {pieces}
    </Text>
  )
}

/** Both versions as the caller will get them, with what the checker finds and one-click fixes for jargon. */
export function RefusalPreview({ spoken, written, spokenCheck, writtenCheck, parts, check, onChange, checkerError }: Props) {
  const { t } = useTranslation()
  // Jargon is fixed where it was typed: each part is checked on its own, and the fix replaces it there.
  const fixes: { at: PartText; issue: TextIssue }[] = check
    ? partTexts(parts).flatMap((at) => check(at.text).issues.filter((i) => i.kind === 'jargon' && i.replacement).map((issue) => ({ at, issue })))
    : []
  const fix = (at: PartText, issue: TextIssue) =>
    onChange((p) => {
      const current = getField(p, at.field)
      return current === at.text ? setField(p, at.field, applyFix(current, issue)) : p
    })
  const seen = new Set<string>()
  const hits = [...(writtenCheck?.issues ?? []), ...(spokenCheck?.issues ?? [])].filter((i) => {
    const key = `${i.kind}:${i.text.toLocaleLowerCase()}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  const score = writtenCheck?.readability
  return (
    <Paper withBorder p="md" component="section" data-testid="refusal-preview">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h5">
            {t('refusal.preview.title')}
          </Title>
          {score && (
            <Badge color={score.label === 'hard' ? 'red' : score.label === 'easy' ? 'teal' : 'yellow'} variant="light" data-testid="refusal-readability" data-score={Math.round(score.score)}>
              {t('refusal.preview.readability', { score: Math.round(score.score), label: t(`refusal.preview.labels.${score.label}`) })}
            </Badge>
          )}
        </Group>
        {checkerError && (
          <Text size="sm" c="red">
            {t('refusal.preview.checkerUnavailable', { message: checkerError })}
          </Text>
        )}
        <Text size="xs" fw={700} c="dimmed" tt="uppercase">
          {t('refusal.preview.spoken')}
        </Text>
        {spoken ? <Marked text={spoken} issues={spokenCheck?.issues ?? []} testId="refusal-spoken" /> : <Text c="dimmed">{t('refusal.preview.noText')}</Text>}
        <Text size="xs" fw={700} c="dimmed" tt="uppercase">
          {t('refusal.preview.written')}
        </Text>
        <Marked text={written} issues={writtenCheck?.issues ?? []} testId="refusal-written" />
        <Text size="xs" fw={700} c="dimmed" tt="uppercase">
          {t('refusal.preview.hits')}
        </Text>
        {hits.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="refusal-no-hits">
            {t('refusal.preview.noHits')}
          </Text>
        ) : (
          <List size="sm" spacing={4} data-testid="refusal-hits">
            {hits.map((hit) => {
              const fixable = hit.kind === 'jargon' ? fixes.find((f) => f.issue.text.toLocaleLowerCase() === hit.text.toLocaleLowerCase()) : undefined
              return (
                <List.Item key={`${hit.kind}:${hit.text}`} data-issue-kind={hit.kind}>
                  <Group gap="xs">
                    <span>{t(`refusal.preview.kinds.${hit.kind}`, { text: hit.text.length > 80 ? `${hit.text.slice(0, 79)}…` : hit.text })}</span>
                    {hit.kind === 'jargon' && !fixable && hit.hint && (
                      <Text span size="xs" c="dimmed">
                        {t('refusal.preview.hint', { hint: hit.hint })}
                      </Text>
                    )}
                    {fixable && (
                      <Button
                        size="compact-xs"
                        variant="light"
                        aria-label={t('refusal.preview.fixLabel', { text: fixable.issue.text, replacement: fixable.issue.replacement })}
                        onClick={() => fix(fixable.at, fixable.issue)}
                      >
                        {t('refusal.preview.fix', { replacement: fixable.issue.replacement })}
                      </Button>
                    )}
                  </Group>
                </List.Item>
              )
            })}
          </List>
        )}
      </Stack>
    </Paper>
  )
}
