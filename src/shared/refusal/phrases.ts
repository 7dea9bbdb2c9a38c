import type { Language } from '../knowledge/entities'
import type { FormOfAddress } from './compose'

/** The fixed words around the agent's parts, per language and form of address (u / je). */
export interface Phrases {
  greeting(name: string): string
  asked(request: string): string
  need(goal: string): string
  askedSpoken(request: string, goal: string): string
  decision: { no: string; 'no-unless': (c: string) => string; 'yes-if': (c: string) => string; 'not-now': (c: string) => string }
  why: string
  rule(statement: string): string
  owner(owner: string): string
  instead: string
  insteadSpoken: string
  noAlternative: string
  takes(howLong: string): string
  exceptionAsk: string
  exceptionWho(who: string): string
  next: string
  by(what: string, when: string): string
  invitation: string
  closing: string
}

function dutch(formal: boolean): Phrases {
  const [u, U, heeft] = formal ? ['u', 'U', 'heeft'] : ['je', 'Je', 'hebt']
  return {
    greeting: (name) => `Beste ${name || 'collega'},`,
    asked: (request) => `${U} vroeg om ${request}.`,
    need: (goal) => `${U} ${heeft} dat nodig om ${goal}.`,
    askedSpoken: (request, goal) => (goal ? `${U} vroeg om ${request}, om ${goal}.` : `${U} vroeg om ${request}.`),
    decision: {
      no: 'Daar moet ik helaas nee op zeggen.',
      'no-unless': (c) => `Het antwoord is nee, tenzij ${c}.`,
      'yes-if': (c) => `Dat kan, als ${c}.`,
      'not-now': (c) => `Op dit moment nog niet, wel ${c}.`,
    },
    why: 'Waarom is dat zo?',
    rule: (statement) => `Het gaat om deze regel: ${statement}`,
    owner: (owner) => `De eigenaar van deze regel is: ${owner}.`,
    instead: `Wat ${u} wel kunt doen:`,
    insteadSpoken: `Wat ${u} wel kunt doen:`,
    noAlternative: `Ik heb helaas geen andere oplossing voor ${u}.`,
    takes: (howLong) => `Dat duurt ${howLong}.`,
    exceptionAsk: formal ? 'Wilt u toch een uitzondering?' : 'Wil je toch een uitzondering?',
    exceptionWho: (who) => `Daarover beslist: ${who}.`,
    next: 'Wat gebeurt er nu?',
    by: (what, when) => (when ? `${what}, uiterlijk ${when}.` : `${what}.`),
    invitation: formal
      ? 'Laat het me gerust weten als u vragen heeft of het anders ziet.'
      : 'Laat het me gerust weten als je vragen hebt of het anders ziet.',
    closing: 'Met vriendelijke groet,',
  }
}

const english: Phrases = {
  greeting: (name) => `Dear ${name || 'colleague'},`,
  asked: (request) => `You asked for ${request}.`,
  need: (goal) => `You need this to ${goal}.`,
  askedSpoken: (request, goal) => (goal ? `You asked for ${request}, to ${goal}.` : `You asked for ${request}.`),
  decision: {
    no: 'I am sorry, but the answer is no.',
    'no-unless': (c) => `The answer is no, unless ${c}.`,
    'yes-if': (c) => `Yes, that is possible if ${c}.`,
    'not-now': (c) => `Not right now, but it can be done ${c}.`,
  },
  why: 'Why is that?',
  rule: (statement) => `This is the rule: ${statement}`,
  owner: (owner) => `This rule is owned by: ${owner}.`,
  instead: 'What you can do instead:',
  insteadSpoken: 'What you can do instead:',
  noAlternative: 'I am afraid there is no other way to do this.',
  takes: (howLong) => `That takes ${howLong}.`,
  exceptionAsk: 'Do you need an exception?',
  exceptionWho: (who) => `That is decided by: ${who}.`,
  next: 'What happens next?',
  by: (what, when) => (when ? `${what} by ${when}.` : `${what}.`),
  invitation: 'Please let me know if you have questions or see it differently.',
  closing: 'Kind regards,',
}

export function phrasesFor(language: Language, formOfAddress: FormOfAddress): Phrases {
  return language === 'nl' ? dutch(formOfAddress === 'formal') : english
}

/** The invitation to respond that a new refusal starts with. */
export function defaultInvitation(language: Language, formOfAddress: FormOfAddress): string {
  return phrasesFor(language, formOfAddress).invitation
}
