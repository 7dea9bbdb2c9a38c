import { Button, Group, List, Text } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { applyFix, type TextIssue } from '../../../../shared/language/check'
import { useChecker } from '../refusal/use-checker'

type Props = {
  text: string
  /** The language the text is in (the caller's). */
  language: 'nl' | 'en'
  /** Given: a hit with a plain replacement gets a button that puts it in the text. */
  onChange?: (text: string) => void
  testId?: string
}

/**
 * The plain-language checker on a text meant for a caller: jargon with its plain words, officialese,
 * vague promises, bare refusals and long sentences, listed under the text. Nothing shows while the text
 * is plain.
 */
export function PlainLanguageHints({ text, language, onChange, testId = 'plain-language-hints' }: Props) {
  const { t } = useTranslation()
  const { checker } = useChecker()
  const issues = useMemo<TextIssue[]>(() => (checker && text.trim() ? checker.check(text, language).issues : []), [checker, text, language])
  if (issues.length === 0) return null
  return (
    <div data-testid={testId}>
      <Text size="xs" c="orange.8" fw={600}>
        {t('plain-language.title')}
      </Text>
      <List size="sm" spacing={2}>
        {issues.map((issue) => (
          <List.Item key={`${issue.kind}:${issue.start}`} data-issue-kind={issue.kind}>
            <Group gap={6} wrap="nowrap">
              <Text size="sm">
                {t(`plain-language.kinds.${issue.kind}`, { text: issue.text })}
                {issue.kind === 'jargon' && (issue.replacement ?? issue.hint) ? ` ${t('plain-language.plain', { plain: issue.replacement ?? issue.hint })}` : ''}
              </Text>
              {onChange && issue.replacement !== undefined && (
                <Button size="compact-xs" variant="light" onClick={() => onChange(applyFix(text, issue))} aria-label={t('plain-language.fixLabel', { text: issue.text, replacement: issue.replacement })}>
                  {t('plain-language.fix')}
                </Button>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
    </div>
  )
}
