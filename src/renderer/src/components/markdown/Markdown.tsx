import { Typography } from '@mantine/core'
import { useMemo } from 'react'
import { renderMarkdown } from './render-markdown'

/** A knowledge-base article: Markdown rendered to sanitized HTML with Mantine's typography styles. */
export function Markdown({ source }: { source: string }) {
  const html = useMemo(() => renderMarkdown(source), [source])
  return <Typography data-markdown dangerouslySetInnerHTML={{ __html: html }} />
}
