import { describe, expect, it } from 'vitest'
import { toMarkdown } from '../../../src/shared/export/markdown'
import { toPlainText } from '../../../src/shared/export/plain-text'
import { shortCallId, subjectOf } from '../../../src/shared/export/subject'
import { CALL_ID, fixtureNote, noteText } from './fixture'

const lines = (text: string) => text.split('\n')

describe('the ticket subject', () => {
  it('is the short call id and the first line of what happened', () => {
    expect(shortCallId(CALL_ID)).toBe('1A2B3C4D')
    expect(subjectOf(fixtureNote())).toBe('[SDC-1A2B3C4D] Printer op de 2e verdieping drukt niet af, “papierstoring”')
  })

  it('is shortened with an ellipsis past 120 characters, and named by the category when nothing was typed', () => {
    const long = fixtureNote({ intake: { ...fixtureNote().intake, what: `${'ĳ'.repeat(200)}\nrest` } })
    const subject = subjectOf(long)
    expect(subject.endsWith('…')).toBe(true)
    expect(Array.from(subject.replace('[SDC-1A2B3C4D] ', ''))).toHaveLength(120)
    expect(subjectOf(fixtureNote({ intake: { ...fixtureNote().intake, what: '  \n' } }))).toBe('[SDC-1A2B3C4D] Printer')
  })
})

describe('plain text for the clipboard', () => {
  it('in Dutch: subject first, sections with Dutch labels, typed text verbatim on its own lines', () => {
    const text = toPlainText(fixtureNote(), 'nl')
    const l = lines(text)
    expect(l[0]).toBe(subjectOf(fixtureNote()))
    expect(l).toContain(`Gesprek: ${CALL_ID}`)
    expect(l).toContain('Begonnen: 2026-11-30 10:02')
    expect(l).toContain('Afgerond: 2026-11-30 10:14')
    expect(l).toContain('Servicedeskmedewerker: Sanne de Vries')
    expect(l).toContain('MELDER')
    expect(l).toContain('Naam: Ëlsa van IJzendoorn')
    expect(l).toContain('Afdeling: Financiën')
    expect(l).toContain('Categorie: Printer')
    expect(l).toContain('Applicatie: Finix')
    expect(text).toContain(`Wat is er aan de hand:\n${noteText.what}\n`)
    expect(l).toContain('Identiteit gecontroleerd met: Teruggebeld op bekend nummer')
    expect(l).toContain('- Geeft de printer een foutmelding? Ja')
    expect(l).toContain('- Welke lade? Lade 2')
    expect(l).toContain('De melder heeft de samenvatting bevestigd.')
    expect(l).toContain('Prioriteit: P2 (voorgesteld: P3)')
    expect(l).toContain('Reden voor afwijken: Maandafsluiting: salarisstroken moeten vandaag weg.')
    expect(l).toContain('Uitkomst: Doorgezet')
    expect(l).toContain('Oplossergroep: Team Werkplek')
    expect(text).toContain(`Notities:\n${noteText.notes}\n`)
    expect(l).toContain('Regel: Eén printer per gang')
    expect(text).toContain(`Zo gezegd:\n${noteText.spoken}\n`)
    expect(text).toContain(`Zo geschreven:\n${noteText.written}\n`)
    expect(l).toContain('Volgende stap: Doorgezet naar oplossergroep')
    expect(l).toContain('Uiterlijk: 2026-12-01 12:00')
    expect(text).toContain(`Zo toegezegd:\n${noteText.promise}\n`)
    // Sections in the order a resolver reads them.
    const order = ['GESPREK', 'MELDER', 'MELDING', 'GESTELDE VRAGEN', 'SAMENVATTING (TERUGGELEZEN)', 'PRIORITEIT', 'UITKOMST', 'WEIGERING', 'TOEZEGGING'].map((h) => l.indexOf(h))
    expect(order.every((index, i) => index > 0 && (i === 0 || index > order[i - 1]!))).toBe(true)
    expect(text.endsWith('\n')).toBe(true)
    expect(text).not.toContain('\n\n\n')
  })

  it('in English: English labels and values, the typed Dutch text unchanged', () => {
    const text = toPlainText(fixtureNote(), 'en')
    const l = lines(text)
    expect(l).toContain('CALLER')
    expect(l).toContain('Name: Ëlsa van IJzendoorn')
    expect(l).toContain('Department: Financiën')
    expect(l).toContain('Category: Printer')
    expect(l).toContain('Others affected: A few colleagues')
    expect(l).toContain('- Geeft de printer een foutmelding? Yes')
    expect(l).toContain('The caller confirmed the summary.')
    expect(l).toContain('Priority: P2 (suggested: P3)')
    expect(l).toContain('Outcome: Handed over')
    expect(text).toContain(`Notes:\n${noteText.notes}\n`)
    expect(l).toContain('Due: 2026-12-01 12:00')
    expect(text).not.toMatch(/Melder|Uitkomst|Toezegging/)
  })

  it('leaves out what a call did not have, and names a correction to the summary', () => {
    const base = fixtureNote()
    const text = toPlainText(
      fixtureNote({
        refusal: null,
        promise: null,
        application: null,
        questions: [],
        identityMethod: null,
        summary: { text: 'Printer kapot.', confirmed: false, correction: 'Het is de scanner, niet de printer.' },
        outcome: { ...base.outcome, kind: 'resolved', resolverGroup: '' },
      }),
      'en',
    )
    expect(text).not.toMatch(/REFUSAL|PROMISE|QUESTIONS ASKED|Application:|Resolver group:/)
    expect(text).toContain('The caller corrected the summary:\nHet is de scanner, niet de printer.\n')
    expect(lines(text)).toContain('Outcome: Resolved')
  })
})

describe('Markdown', () => {
  it('in Dutch: a heading per section, bold labels, typed text kept line by line', () => {
    const md = toMarkdown(fixtureNote(), 'nl')
    const l = lines(md)
    expect(l[0]).toBe('# \\[SDC-1A2B3C4D\\] Printer op de 2e verdieping drukt niet af, “papierstoring”')
    for (const heading of ['Gesprek', 'Melder', 'Melding', 'Gestelde vragen', 'Prioriteit', 'Uitkomst', 'Weigering', 'Toezegging']) expect(l).toContain(`## ${heading}`)
    expect(l).toContain('**Naam:** Ëlsa van IJzendoorn  ')
    expect(l).toContain('**Telefoon:** +31600000106  ')
    expect(l).toContain('- Welke lade? Lade 2')
    expect(md).toContain('**Notities:**\n\nDoorgezet naar Team Werkplek.\\\nMonteur komt langs; sleutel ligt bij de balie, kamer 2.14\n')
    expect(md).toContain('Tweede regel: de rië-lade, ĳzer en café')
  })

  it('in English, with markup in typed text escaped so it shows as typed', () => {
    const base = fixtureNote()
    const md = toMarkdown(fixtureNote({ outcome: { ...base.outcome, notes: '# niet een kop\n*sterretjes* en <script>alert(1)</script>\n- geen lijst' } }), 'en')
    expect(lines(md)).toContain('## Outcome')
    expect(lines(md)).toContain('**Outcome:** Handed over  ')
    expect(md).toContain('\\# niet een kop\\\n\\*sterretjes\\* en \\<script\\>alert(1)\\</script\\>\\\n\\- geen lijst')
    expect(md).not.toContain('<script>')
  })
})
