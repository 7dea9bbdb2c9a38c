import { describe, expect, it } from 'vitest'
import type { Channel, ChannelInput, ChannelOutput, EventName, EventPayload } from '../../../src/shared/contract'
import { createChecker } from '../../../src/shared/language/check'
import { demoRuntime } from '../support/runtime'

// The refusal builder's preview builds its checker from `jargon:list` and `language:context`, and reloads
// the context when the knowledge base says its glossary, applications or departments changed.
function setUp(language: 'nl' | 'en') {
  const demo = demoRuntime(language)
  const heard: Array<{ event: EventName; payload: unknown }> = []
  demo.runtime.events.subscribe((event, payload) => heard.push({ event, payload }))
  const send = async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const result = await demo.dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
    return result.value as ChannelOutput<C>
  }
  const checker = async () => {
    const lexicon = (await send('jargon:list', {})).map(({ term, aliases, category, plain }) => ({ term, aliases, category, plain }))
    const { glossary, names } = await send('language:context', {})
    return createChecker({ lexicon, glossary, names })
  }
  const jargon = async (text: string) =>
    (await checker())
      .check(text, language)
      .issues.filter((i) => i.kind === 'jargon')
      .map((i) => i.text)
  const changedKinds = () => heard.filter((h) => h.event === 'knowledge:changed').flatMap((h) => (h.payload as EventPayload<'knowledge:changed'>).kinds)
  return { send, jargon, changedKinds }
}

describe('what the checker takes from the knowledge base', () => {
  it("gives the organisation's glossary and its application and department names", async () => {
    const { send } = setUp('nl')
    const { glossary, names } = await send('language:context', {})
    expect(glossary.find((g) => g.term === 'KCC')).toMatchObject({ aliases: ['klantcontactcentrum'], meaning: expect.stringMatching(/^Het klantcontactcentrum/) })
    expect(names).toEqual(expect.arrayContaining(['Mijn P&O', 'Klantlijn KCC', 'Personeel & Organisatie (P&O)', 'Klantcontactcentrum']))
  })

  it('flags an abbreviation of the glossary, but not inside the name of an application', async () => {
    const nl = setUp('nl')
    expect(await nl.jargon('Uw verlof vraagt u aan in Mijn P&O. Vragen? Bel dan P&O.')).toEqual(['P&O'])
    const en = setUp('en')
    expect(await en.jargon('You request leave in Mijn P&O. Questions? Call the KCC.')).toEqual(['KCC'])
  })

  it('follows the knowledge base: a new application name and a new glossary abbreviation count at once', async () => {
    const { send, jargon, changedKinds } = setUp('nl')
    expect(await jargon('Kijk in Meldpunt ZHV of vraag het aan ZHV.')).toEqual([])

    await send('glossary:save', { values: { term: 'ZHV', aliases: [], meaning: 'Zuiderhaven Vastgoed: het team dat de gebouwen van de gemeente beheert.' } })
    expect(changedKinds()).toContain('glossary')
    expect(await jargon('Kijk in Meldpunt ZHV of vraag het aan ZHV.')).toEqual(['ZHV', 'ZHV'])

    await send('applications:save', { values: { name: 'Meldpunt ZHV', description: '', owner: '', resolverGroup: '', resolverContact: '', supportHours: '', knownIssues: '' } })
    expect(changedKinds()).toContain('application')
    expect(await jargon('Kijk in Meldpunt ZHV of vraag het aan ZHV.')).toEqual(['ZHV'])
  })
})
