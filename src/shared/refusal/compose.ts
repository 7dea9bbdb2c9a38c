import type { Language } from '../knowledge/entities'
import { spokenDate } from './dates'
import type { Alternative, PartName, RefusalParts } from './parts'
import { phrasesFor } from './phrases'

export type FormOfAddress = 'formal' | 'informal'

export interface ComposeOptions {
  agentName: string
  now: Date
  /** The organisation's time zone: dates are said as they fall there. */
  timeZone: string
  /** The caller's name for the greeting; "collega" / "colleague" without it. */
  callerName?: string
}

export interface Composed {
  /** For the phone: at most six short sentences. */
  spoken: string
  /** For e-mail or the ticket: greeting, the parts as short paragraphs, closing with the agent's name. */
  written: string
  /** The parts the written version holds, in order. */
  parts: PartName[]
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim()

/** A part typed as a sentence: capital first letter, closing full stop. */
export function asSentence(s: string): string {
  const t = clean(s)
  if (!t) return ''
  const capital = t[0]!.toLocaleUpperCase() + t.slice(1)
  return /[.!?…"”’)]$/.test(capital) ? capital : `${capital.replace(/[,;:]$/, '')}.`
}

/** A part typed as a phrase inside our sentence: no closing stop (the case is the agent's: names stay names). */
export function asPhrase(s: string): string {
  return clean(s).replace(/[.!?;:,]+$/, '')
}

const capitalised = (s: string) => (s ? s[0]!.toLocaleUpperCase() + s.slice(1) : s)

/** The first sentence of a text, for the spoken version. */
export function firstSentence(s: string): string {
  const t = clean(s)
  const match = /^.+?[.!?](?=\s+\p{Lu}|$)/u.exec(t)
  return asSentence(match ? match[0] : t)
}

const filled = (a: Alternative) => clean(a.what) !== ''

/**
 * The two versions of a refusal from its parts, in the caller's language and the organisation's form of
 * address. A part left empty is left out (saving as final says which are missing).
 */
export function compose(parts: RefusalParts, language: Language, formOfAddress: FormOfAddress, options: ComposeOptions): Composed {
  const p = phrasesFor(language, formOfAddress)
  const paragraphs: { part: PartName; text: string }[] = []
  const spoken: string[] = []
  const add = (part: PartName, ...sentences: string[]) => {
    const text = sentences.filter(Boolean).join(' ')
    if (text) paragraphs.push({ part, text })
  }

  const request = asPhrase(parts.request)
  const goal = asPhrase(parts.goal)
  if (request) {
    add('request', p.asked(request), goal ? p.need(goal) : '')
    spoken.push(p.askedSpoken(request, goal))
  } else if (goal) add('request', p.need(goal))

  const condition = asPhrase(parts.decision.condition)
  const kind = parts.decision.kind
  const decision = kind === 'no' ? p.decision.no : condition ? p.decision[kind](condition) : ''
  add('decision', decision)
  if (decision) spoken.push(decision)

  const reason = clean(parts.reason)
  if (reason) {
    add('reason', p.why, asSentence(reason))
    spoken.push(firstSentence(reason))
  }

  const statement = asSentence(parts.rule.statement)
  const owner = asPhrase(parts.rule.owner)
  add('rule', statement ? p.rule(statement) : '', owner ? p.owner(owner) : '')

  const alternatives = parts.noAlternative.none ? [] : parts.alternatives.filter(filled)
  if (alternatives.length > 0) {
    const items = alternatives.map((a) => `- ${[asSentence(a.what), asSentence(a.how), clean(a.howLong) ? p.takes(asPhrase(a.howLong)) : ''].filter(Boolean).join(' ')}`)
    paragraphs.push({ part: 'alternatives', text: [p.instead, ...items].join('\n') })
    spoken.push(`${p.insteadSpoken} ${firstSentence(alternatives[0]!.what)}`)
  } else if (parts.noAlternative.none) {
    add('alternatives', p.noAlternative, asSentence(parts.noAlternative.why))
    spoken.push(p.noAlternative)
  }

  const { who, needs, howLong } = parts.exception
  if (clean(who) || clean(needs) || clean(howLong)) {
    add('exception', p.exceptionAsk, clean(who) ? p.exceptionWho(asPhrase(who)) : '', asSentence(needs), clean(howLong) ? p.takes(asPhrase(howLong)) : '')
  }

  const next = [asPhrase(parts.nextStep.who), asPhrase(parts.nextStep.what)].filter(Boolean).join(' ')
  if (next) {
    const when = parts.nextStep.date ? spokenDate(parts.nextStep.date, parts.nextStep.time, language, options.now, options.timeZone) : ''
    const sentence = capitalised(p.by(next, when))
    add('nextStep', p.next, sentence)
    spoken.push(sentence)
  }

  const invitation = clean(parts.invitation)
  if (invitation) {
    add('invitation', asSentence(invitation))
    spoken.push(firstSentence(invitation))
  }

  const written = [p.greeting(clean(options.callerName ?? '')), ...paragraphs.map((x) => x.text), `${p.closing}\n${clean(options.agentName)}`].join('\n\n')
  return { spoken: spoken.join(' '), written, parts: paragraphs.map((x) => x.part) }
}
