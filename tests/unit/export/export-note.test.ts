import { eq } from 'drizzle-orm'
import PostalMime from 'postal-mime'
import { describe, expect, it } from 'vitest'
import * as t from '../../../src/main/db/schema'
import { loadCallNote } from '../../../src/main/services/export-note'
import { stableId } from '../../../src/main/services/stable-id'
import { toCsv } from '../../../src/shared/export/csv'
import { toEml } from '../../../src/shared/export/eml'
import { toJson } from '../../../src/shared/export/json'
import { toMarkdown } from '../../../src/shared/export/markdown'
import { toPlainText } from '../../../src/shared/export/plain-text'
import type { ChannelOutput } from '../../../src/shared/contract'
import type { Result } from '../../../src/shared/result'
import { demoRuntime } from '../support/runtime'
import { adminRightsRefusal } from '../support/refusal-parts'

const id = (kind: string, key: string) => stableId('zuiderhaven', kind, key)
const oliver = id('person', 'oliver-bennett')
const finance = id('department', 'finance')
const finix = id('application', 'finix')
const adminRights = id('rule', 'admin-rights')
const day = 24 * 3600_000

/** Oliver Bennett (Financiën; he has notes, his department has sensitivities) calls, and the call is handed over with a refusal and a promise. */
async function finishedCall() {
  const demo = demoRuntime('nl')
  const h = demo.runtime.handlers
  const db = demo.runtime.database!.db
  // Internal notes kept beside the knowledge items, planted so a leak cannot go unnoticed.
  await h['notes:save']({ kind: 'person', id: oliver, body: 'GEHEIM-PERSOON: belt liever niet voor 10:00.' })
  await h['notes:save']({ kind: 'department', id: finance, body: 'GEHEIM-AFDELING: maandafsluiting is gevoelig.' })
  const call = await h['calls:start']({ number: '+31600000107' })
  const rule = await h['rules:get']({ id: adminRights })
  const saved = (await demo.dispatch('refusals:save', {
    callId: call.id,
    ruleId: adminRights,
    language: 'nl',
    formOfAddress: 'formal',
    status: 'final',
    parts: adminRightsRefusal(rule),
  })) as Result<ChannelOutput<'refusals:save'>>
  if (!saved.ok) throw new Error(saved.error.message)
  const refusal = saved.value
  const dueAt = new Date(Date.now() + 3 * day).toISOString()
  const promise = 'You will hear from the Finix team before 12:00 on Thursday 3 December.'
  const finished = await h['calls:finish']({
    id: call.id,
    draft: {
      ...call.draft,
      category: 'password-account',
      applicationId: finix,
      intake: { ...call.draft.intake, what: 'Kan niet inloggen in Finix, “wachtwoord verlopen”\nNodig voor de maandafsluiting', since: 'vanochtend', tried: 'Opnieuw opgestart, café-wifi uit', impact: 'person', urgency: 'high' },
      answers: { 'verify-identity': 'callback-known-number', problem: 'expired' },
      readBack: { text: 'U kunt niet inloggen in Finix sinds vanochtend.', state: 'confirmed', correction: '', at: new Date().toISOString() },
      priority: { suggested: 'P3', reason: 'Eén persoon, dringend.', chosen: 'P2', overrideReason: 'Maandafsluiting.' },
      outcome: { ...call.draft.outcome, kind: 'handed-over', resolverGroup: 'Functioneel beheer Financiën', notes: 'Account ontgrendeld aangevraagd; één vraag open.' },
      promise: { ...call.draft.promise, dueAt, text: promise, proposedText: promise },
    },
  })
  const secrets = [
    db.select({ notes: t.people.notes }).from(t.people).where(eq(t.people.id, oliver)).get()!.notes,
    db.select({ s: t.departments.sensitivities }).from(t.departments).where(eq(t.departments.id, finance)).get()!.s,
    'GEHEIM-PERSOON',
    'GEHEIM-AFDELING',
  ]
  return { db, call: finished, refusal, dueAt, promise, secrets }
}

describe('the note of a finished call, from the database', () => {
  it('holds the call, the caller, the department and application by name, the final refusal and the promise', async () => {
    const { db, call, refusal, dueAt, promise } = await finishedCall()
    const note = loadCallNote(db, call.id)
    expect(note).toMatchObject({
      callId: call.id,
      finishedAt: call.finishedAt,
      caller: { name: 'Oliver Bennett', phone: '+31600000107', email: 'o.bennett@example.nl', department: 'Financiën' },
      category: 'password-account',
      application: 'Finix Financiën',
      identityMethod: 'Teruggebeld op het nummer in het telefoonboek van de gemeente',
      summary: { text: 'U kunt niet inloggen in Finix sinds vanochtend.', confirmed: true },
      priority: { chosen: 'P2', suggested: 'P3', overrideReason: 'Maandafsluiting.' },
      outcome: { kind: 'handed-over', resolverGroup: 'Functioneel beheer Financiën' },
      refusal: { spoken: refusal.spoken, written: refusal.written },
      promise: { nextStep: 'handed-over', dueAt, text: promise },
      language: 'en',
      timeZone: 'Europe/Amsterdam',
    })
    expect(note.refusal?.rule).toBeTruthy()
    expect(note.agent.name).toBeTruthy()
    expect(note.questions.map((q) => [q.kind, q.label])).toContainEqual(['choice', 'Wachtwoord verlopen'])
  })

  it('shows none of the internal fields about people in any format', async () => {
    const { db, call, secrets } = await finishedCall()
    const note = loadCallNote(db, call.id)
    const eml = await toEml(note, { from: 'servicedesk@zuiderhaven.example', to: 'intake@tickets.example' })
    const parsed = await PostalMime.parse(eml)
    const outputs = {
      plainNl: toPlainText(note, 'nl'),
      plainEn: toPlainText(note, 'en'),
      markdownNl: toMarkdown(note, 'nl'),
      markdownEn: toMarkdown(note, 'en'),
      json: toJson(note),
      csv: toCsv([note]),
      eml,
      emlDecoded: `${parsed.subject ?? ''}\n${parsed.text ?? ''}`,
    }
    expect(outputs.plainNl).toContain('Afdeling: Financiën')
    expect(outputs.emlDecoded).toContain('Kan niet inloggen in Finix')
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThan(10)
      for (const [format, text] of Object.entries(outputs)) {
        // The start of each internal text, so a shortened or re-wrapped copy is caught as well.
        expect(text.includes(secret.slice(0, 40)), `${format} contains "${secret.slice(0, 40)}"`).toBe(false)
      }
    }
  })

  it('refuses a call that is not finished, saying so', async () => {
    const demo = demoRuntime('nl')
    const call = await demo.runtime.handlers['calls:start']({ number: '+31600000107' })
    expect(() => loadCallNote(demo.runtime.database!.db, call.id)).toThrow(/not finished/)
  })
})
