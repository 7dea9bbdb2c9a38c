import { z } from 'zod'

/** What a jargon term is about; groups the lexicon in the knowledge base. */
export const jargonCategories = ['network', 'security', 'account', 'hardware', 'software', 'email', 'data', 'process', 'other'] as const
export type JargonCategory = (typeof jargonCategories)[number]

/**
 * One IT-jargon term: the word as the servicedesk writes it, other spellings or forms of it (matched the
 * same way), and plain words for it in Dutch and English that a non-technical employee understands.
 * Plain words name the thing without addressing anyone ("the secure connection to the work network"),
 * so they fit both forms of address.
 */
export const jargonTermSchema = z.object({
  term: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
  category: z.enum(jargonCategories),
  plain: z.object({ nl: z.string().trim().min(1), en: z.string().trim().min(1) }),
})
export type JargonTerm = z.infer<typeof jargonTermSchema>

/** How the checker compares words: without case, and with spaces and hyphens between parts alike. */
export function lexiconKey(word: string): string {
  return word.trim().toLowerCase().replace(/[\s\-‐‑]+/g, ' ')
}

/**
 * A whole lexicon. Every term and alias is unique without regard to case (and to "back-up" versus
 * "back up"), across all terms: the same word under two terms would make the one-click fix ambiguous.
 */
export const jargonLexiconSchema = z.array(jargonTermSchema).superRefine((terms, ctx) => {
  const seen = new Map<string, string>()
  terms.forEach((entry, i) => {
    const words: Array<[string, (string | number)[]]> = [[entry.term, [i, 'term']], ...entry.aliases.map((a, j): [string, (string | number)[]] => [a, [i, 'aliases', j]])]
    for (const [word, path] of words) {
      const key = lexiconKey(word)
      const earlier = seen.get(key)
      if (earlier !== undefined) ctx.addIssue({ code: 'custom', path, message: `"${word}" appears twice (also at ${earlier})` })
      else seen.set(key, path.join('.'))
    }
  })
})
