import { callNoteSchema, type CallNote } from '../../../src/shared/export/call-note'

/**
 * A finished call as the ticket system would receive it: a hand-over with a refusal and a promise, with
 * Dutch characters (ë, ĳ, é, “”), commas, quotes and line breaks in what was typed.
 */
export const CALL_ID = '1a2b3c4d-5e6f-4a70-8b91-a2b3c4d5e6f7'

export const noteText = {
  what: 'Printer op de 2e verdieping drukt niet af, “papierstoring”\nTweede regel: de rië-lade, ĳzer en café',
  tried: 'Uit- en aangezet; lade 2 gecontroleerd, "geen" papier vast',
  notes: 'Doorgezet naar Team Werkplek.\nMonteur komt langs; sleutel ligt bij de balie, kamer 2.14',
  spoken: 'Een tweede printer op uw kamer kan ik niet regelen, omdat er al één op de gang staat.',
  written: 'Beste mevrouw Ëlsa,\n\nEen tweede printer kan ik niet regelen.\n\nMet vriendelijke groet,\nSanne',
  promise: 'U hoort morgen, dinsdag 1 december, vóór 12:00 van de collega’s van Team Werkplek.',
}

export function fixtureNote(overrides: Partial<CallNote> = {}): CallNote {
  return callNoteSchema.parse({
    callId: CALL_ID,
    startedAt: '2026-11-30T09:02:00.000Z',
    finishedAt: '2026-11-30T09:14:30.000Z',
    agent: { name: 'Sanne de Vries' },
    caller: { name: 'Ëlsa van IJzendoorn', phone: '+31600000106', email: 'elsa@zuiderhaven.example', department: 'Financiën' },
    category: 'printer',
    intake: { what: noteText.what, since: 'vanochtend, 08:30', tried: noteText.tried, othersAffected: 'some', impact: 'team', urgency: 'high' },
    application: 'Finix',
    questions: [
      { question: 'Hoe heeft u zich gelegitimeerd?', kind: 'identity', answer: 'callback-known-number', label: 'Teruggebeld op bekend nummer' },
      { question: 'Geeft de printer een foutmelding?', kind: 'yes-no', answer: 'yes', label: null },
      { question: 'Welke lade?', kind: 'choice', answer: 'tray-2', label: 'Lade 2' },
    ],
    identityMethod: 'Teruggebeld op bekend nummer',
    summary: { text: 'De printer op de 2e verdieping drukt niet af sinds vanochtend.', confirmed: true, correction: '' },
    priority: { suggested: 'P3', reason: 'Een team is gehinderd, het is dringend.', chosen: 'P2', overrideReason: 'Maandafsluiting: salarisstroken moeten vandaag weg.' },
    outcome: { kind: 'handed-over', resolverGroup: 'Team Werkplek', notes: noteText.notes },
    refusal: { rule: 'Eén printer per gang', spoken: noteText.spoken, written: noteText.written },
    promise: { nextStep: 'handed-over', dueAt: '2026-12-01T11:00:00.000Z', text: noteText.promise },
    language: 'nl',
    timeZone: 'Europe/Amsterdam',
    ...overrides,
  })
}
