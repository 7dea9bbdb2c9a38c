/**
 * A value from the knowledge base as part of a quiz question: a rule's full stop would stand before the "?",
 * and a period's label ("Maandafsluiting") reads as a common noun mid-sentence ("tijdens maandafsluiting").
 * A label that starts with an abbreviation ("KCC-week") keeps its capitals.
 */
export function inSentence(param: string, value: string): string {
  const text = value.trim().replace(/\.$/, '')
  return param === 'period' && /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLocaleLowerCase() + text.slice(1) : text
}

/** The question's parameters, ready for its i18n text. */
export function questionParams(params: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, inSentence(name, value)]))
}
