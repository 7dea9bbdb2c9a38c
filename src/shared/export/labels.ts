import type { FlowCategory } from '../call/flow-schema'
import type { Impact, Urgency } from '../call/priority'
import type { OutcomeKind } from '../call/record'
import type { Language } from '../knowledge/entities'
import type { NextStep } from '../promise/promise'

/**
 * The words the text formats (clipboard, Markdown, e-mail) use, per language. They are read by the
 * resolver in the ticket system, so they name things the way the organisation does, without codes.
 */
export interface NoteLabels {
  call: string
  started: string
  finished: string
  agent: string
  timeZone: string
  caller: string
  name: string
  phone: string
  email: string
  department: string
  report: string
  category: string
  application: string
  what: string
  since: string
  tried: string
  othersAffected: string
  impact: string
  urgency: string
  questions: string
  identityMethod: string
  summary: string
  summaryConfirmed: string
  summaryCorrected: string
  priority: string
  suggested: string
  priorityReason: string
  overrideReason: string
  outcome: string
  resolverGroup: string
  notes: string
  refusal: string
  rule: string
  spoken: string
  written: string
  promise: string
  nextStep: string
  dueAt: string
  promiseText: string
  none: string
  yes: string
  no: string
  categories: Record<FlowCategory, string>
  others: Record<'no' | 'some' | 'everyone' | 'unknown', string>
  impacts: Record<Impact, string>
  urgencies: Record<Urgency, string>
  outcomes: Record<OutcomeKind, string>
  nextSteps: Record<NextStep, string>
}

const nl: NoteLabels = {
  call: 'Gesprek',
  started: 'Begonnen',
  finished: 'Afgerond',
  agent: 'Servicedeskmedewerker',
  timeZone: 'Tijdzone',
  caller: 'Melder',
  name: 'Naam',
  phone: 'Telefoon',
  email: 'E-mail',
  department: 'Afdeling',
  report: 'Melding',
  category: 'Categorie',
  application: 'Applicatie',
  what: 'Wat is er aan de hand',
  since: 'Sinds wanneer',
  tried: 'Al geprobeerd',
  othersAffected: 'Anderen getroffen',
  impact: 'Impact',
  urgency: 'Urgentie',
  questions: 'Gestelde vragen',
  identityMethod: 'Identiteit gecontroleerd met',
  summary: 'Samenvatting (teruggelezen)',
  summaryConfirmed: 'De melder heeft de samenvatting bevestigd.',
  summaryCorrected: 'De melder heeft de samenvatting gecorrigeerd',
  priority: 'Prioriteit',
  suggested: 'voorgesteld',
  priorityReason: 'Reden',
  overrideReason: 'Reden voor afwijken',
  outcome: 'Uitkomst',
  resolverGroup: 'Oplossergroep',
  notes: 'Notities',
  refusal: 'Weigering',
  rule: 'Regel',
  spoken: 'Zo gezegd',
  written: 'Zo geschreven',
  promise: 'Toezegging',
  nextStep: 'Volgende stap',
  dueAt: 'Uiterlijk',
  promiseText: 'Zo toegezegd',
  none: '—',
  yes: 'Ja',
  no: 'Nee',
  categories: {
    'password-account': 'Wachtwoord en account',
    printer: 'Printer',
    email: 'E-mail',
    'network-vpn': 'Netwerk en VPN',
    'application-error': 'Fout in een applicatie',
    hardware: 'Apparatuur',
    'access-request': 'Toegangsaanvraag',
    other: 'Overig',
  },
  others: { no: 'Nee', some: 'Een paar collega’s', everyone: 'Iedereen', unknown: 'Onbekend' },
  impacts: { person: 'Eén persoon', team: 'Een team', department: 'De afdeling', organisation: 'De hele organisatie' },
  urgencies: { low: 'Laag', normal: 'Normaal', high: 'Hoog', critical: 'Kritiek' },
  outcomes: { resolved: 'Opgelost', 'handed-over': 'Doorgezet', refused: 'Geweigerd', callback: 'Terugbellen' },
  nextSteps: { callback: 'Terugbellen', 'handed-over': 'Doorgezet naar oplossergroep', 'waiting-for-user': 'Wacht op de melder', order: 'Bestelling' },
}

const en: NoteLabels = {
  call: 'Call',
  started: 'Started',
  finished: 'Finished',
  agent: 'Servicedesk agent',
  timeZone: 'Time zone',
  caller: 'Caller',
  name: 'Name',
  phone: 'Phone',
  email: 'E-mail',
  department: 'Department',
  report: 'Report',
  category: 'Category',
  application: 'Application',
  what: 'What happened',
  since: 'Since when',
  tried: 'Already tried',
  othersAffected: 'Others affected',
  impact: 'Impact',
  urgency: 'Urgency',
  questions: 'Questions asked',
  identityMethod: 'Identity verified by',
  summary: 'Summary (read back)',
  summaryConfirmed: 'The caller confirmed the summary.',
  summaryCorrected: 'The caller corrected the summary',
  priority: 'Priority',
  suggested: 'suggested',
  priorityReason: 'Reason',
  overrideReason: 'Reason for the change',
  outcome: 'Outcome',
  resolverGroup: 'Resolver group',
  notes: 'Notes',
  refusal: 'Refusal',
  rule: 'Rule',
  spoken: 'As said',
  written: 'As written',
  promise: 'Promise',
  nextStep: 'Next step',
  dueAt: 'Due',
  promiseText: 'As promised',
  none: '—',
  yes: 'Yes',
  no: 'No',
  categories: {
    'password-account': 'Password and account',
    printer: 'Printer',
    email: 'E-mail',
    'network-vpn': 'Network and VPN',
    'application-error': 'Application error',
    hardware: 'Hardware',
    'access-request': 'Access request',
    other: 'Other',
  },
  others: { no: 'No', some: 'A few colleagues', everyone: 'Everyone', unknown: 'Unknown' },
  impacts: { person: 'One person', team: 'A team', department: 'The department', organisation: 'The whole organisation' },
  urgencies: { low: 'Low', normal: 'Normal', high: 'High', critical: 'Critical' },
  outcomes: { resolved: 'Resolved', 'handed-over': 'Handed over', refused: 'Refused', callback: 'Call back' },
  nextSteps: { callback: 'Call back', 'handed-over': 'Handed over to the resolver group', 'waiting-for-user': 'Waiting for the caller', order: 'Order' },
}

export function noteLabels(language: Language): NoteLabels {
  return language === 'nl' ? nl : en
}
