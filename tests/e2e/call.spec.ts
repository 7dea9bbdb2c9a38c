import type { Page } from '@playwright/test'
import { api } from './support/api'
import { expect, test, type LaunchedApp } from './support/app'
import { ConsolePage } from './support/console-page'

// Henk Visser works at Financiën, for whom Finix is critical (demo organisation).
const HENK = '+31600000106'

/** Today as MM-DD on the organisation's clock, so the busy period below is active whatever the date. */
function todayMonthDay(timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, month: '2-digit', day: '2-digit' }).formatToParts(new Date())
  return `${parts.find((p) => p.type === 'month')!.value}-${parts.find((p) => p.type === 'day')!.value}`
}

/** Set-up through the contract: Financiën has a busy period today, and Henk called before. */
async function prepare(app: LaunchedApp): Promise<void> {
  const settings = await api(app, 'settings:get', {})
  const departments = await api(app, 'departments:list', {})
  const finance = await api(app, 'departments:get', { id: departments.find((d) => d.name === 'Financiën')!.id })
  const today = todayMonthDay(settings.timeZone)
  const finix = finance.applications.find((a) => a.name.startsWith('Finix'))!
  await api(app, 'departments:save', {
    id: finance.id,
    values: {
      name: finance.name,
      mission: finance.mission,
      whatMatters: finance.whatMatters,
      busyPeriods: [...finance.busyPeriods, { label: 'Begrotingsweek', rule: { kind: 'date-range', from: today, to: today }, note: 'Raad vergadert over de begroting.', applicationIds: [finix.id] }],
      sensitivities: finance.sensitivities,
      sensitivitiesShareable: finance.sensitivitiesShareable,
      preferredContact: finance.preferredContact,
      applications: finance.applications.map((a) => ({ applicationId: a.id, criticality: a.criticality, reason: a.reason })),
      ownWords: finance.ownWords.map((w) => ({ term: w.term, meaning: w.meaning, applicationId: w.applicationId, glossaryTermId: w.glossaryTermId })),
    },
  })
  const earlier = await api(app, 'calls:start', { number: HENK })
  await api(app, 'calls:finish', {
    id: earlier.id,
    draft: { ...earlier.draft, intake: { ...earlier.draft.intake, what: 'Scanner in de postkamer leest niets in' }, outcome: { ...earlier.draft.outcome, kind: 'resolved', notes: 'Scanprofiel opnieuw gekoppeld.' } },
  })
}

const current = (page: Page) => page.getByTestId('flow-question-current')
const level = (page: Page, group: string, option: string) => page.getByRole('radiogroup', { name: group }).getByText(option, { exact: true })

test('a screen pop opens the call with the caller’s department and history; the printer flow, read-back, priority and hand-over follow', async ({ app }) => {
  const page = app.page
  await new ConsolePage(page).ready()
  await prepare(app)

  // The phone system announces Henk: the console opens his call with his department on screen.
  const phone = await api(app, 'phone:status', {})
  const response = await fetch(`${phone.url}/newCall?number=${encodeURIComponent(HENK)}&callId=pbx-7001&token=${encodeURIComponent(phone.token)}`)
  expect(response.status).toBe(200)
  const { callId } = (await response.json()) as { callId: string }
  await expect(page).toHaveURL(new RegExp(`#/calls/${callId}$`))
  await expect(page.getByTestId('known-caller')).toContainText('Henk Visser')
  const card = page.getByTestId('department-card')
  await expect(card).toContainText('Financiën')
  await expect(card.getByTestId('busy-period-active').filter({ hasText: 'Begrotingsweek' })).toBeVisible()
  await expect(page.getByText('Scanner in de postkamer leest niets in')).toBeVisible()

  // What happened, in the caller's words.
  await page.getByLabel('Wat er gebeurt').fill('Ik kan niet printen naar de printer op de tweede verdieping')
  await page.getByLabel('Sinds wanneer').fill('vanochtend')
  await level(page, 'Anderen ook', 'Nee').click()

  // The printer flow: its questions in order, and the branch follows the answer.
  await level(page, 'Soort probleem', 'Printer').click()
  await expect(current(page)).toContainText('Welke printer is het, en op welke verdieping?')
  await current(page).getByRole('textbox').fill('de grote printer bij de lift')
  await current(page).getByRole('button', { name: 'Beantwoord' }).click()
  await expect(current(page)).toContainText('Lukt het collega’s wel om op deze printer te printen?')
  await current(page).locator('[data-answer="no"]').click()
  await expect(current(page)).toContainText('Brandt er een lampje of staat er een melding op het scherm van de printer?')
  // Changing the answer takes the other branch.
  const colleagues = page.locator('[data-flow-question="others-can-print"]')
  await colleagues.getByRole('button', { name: 'Wijzigen' }).click()
  await colleagues.locator('[data-answer="yes"]').click()
  await expect(current(page)).toContainText('Krijgt u een foutmelding op uw eigen scherm?')
  await expect(page.locator('[data-flow-question="printer-display"]')).toHaveCount(0)
  const asked = await page.locator('[data-flow-question]').evaluateAll((items) => items.map((i) => i.getAttribute('data-flow-question')))
  expect(asked).toEqual(['which-printer', 'others-can-print', 'error-on-screen'])

  // The read-back says it back to the caller, formally; the answers to the questions are listed with it.
  const readBack = page.getByTestId('call-read-back-section')
  await expect(readBack.getByTestId('read-back')).toHaveText(
    "Dus als ik het goed begrijp: sinds vanochtend kunt u niet printen naar de printer op de tweede verdieping, en bij uw collega's werkt het wel. Klopt dat?",
  )
  await expect(readBack).toContainText('de grote printer bij de lift')
  await readBack.getByRole('button', { name: 'Beller bevestigt' }).click()
  await expect(page.getByTestId('read-back-state')).toContainText('bevestigd')

  // Priority with its reason, naming the application that is critical for Financiën.
  await level(page, 'Impact', 'Team').click()
  await level(page, 'Urgentie', 'Hoog').click()
  await page.getByRole('combobox', { name: 'Getroffen applicatie' }).click()
  await page.getByRole('option', { name: /^Finix/ }).click()
  await expect(page.getByTestId('priority-reason')).toContainText(/Finix.* is kritiek voor Financiën/)

  // Handed over: the resolver group is required, and recorded.
  await level(page, 'Hoe het gesprek eindigt', 'Doorgezet').click()
  const group = page.getByLabel('Behandelgroep')
  await group.fill('')
  await page.getByRole('button', { name: 'Gesprek afronden' }).click()
  await expect(page.getByTestId('finish-problems')).toBeVisible()
  await expect(group).toBeFocused()
  await expect(group).toHaveAttribute('aria-invalid', 'true')
  await group.fill('Team Financiële Applicaties')
  await page.getByRole('button', { name: 'Gesprek afronden' }).click()
  await expect(page.getByTestId('finished-call')).toContainText('Team Financiële Applicaties')

  const saved = await api(app, 'calls:get', { id: callId })
  expect(saved.status).toBe('finished')
  expect(saved.draft.outcome).toMatchObject({ kind: 'handed-over', resolverGroup: 'Team Financiële Applicaties' })
  expect(saved.draft.readBack?.state).toBe('confirmed')
  expect(saved.answered.map((a) => a.key)).toEqual(['which-printer', 'others-can-print'])
  expect(saved.ctiCallId).toBe('pbx-7001')
})

test('an unknown number opens a call with the number filled in; the caller is saved as a person from there', async ({ app }) => {
  const page = app.page
  await new ConsolePage(page).ready()
  const phone = await api(app, 'phone:status', {})
  await fetch(`${phone.url}/newCall?number=${encodeURIComponent('+31 20 555 0199')}&token=${encodeURIComponent(phone.token)}`)
  await expect(page).toHaveURL(/#\/calls\/[\w-]+$/)
  await expect(page.getByLabel('Telefoon')).toHaveValue('+31 20 555 0199')
  await expect(page.getByTestId('known-caller')).toHaveCount(0)
  const callUrl = page.url()

  // Saving the caller as a person starts from what was noted and returns to the call with them as caller.
  await page.getByLabel('Naam', { exact: true }).fill('Sem de Wit')
  await page.getByRole('button', { name: 'Opslaan als persoon' }).click()
  await expect(page).toHaveURL(/#\/people\/new\?/)
  await expect(page.getByRole('textbox', { name: 'Naam', exact: true })).toHaveValue('Sem de Wit')
  await expect(page.getByRole('textbox', { name: 'Nummer' })).toHaveValue('+31 20 555 0199')
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click()
  await expect(page).toHaveURL(callUrl)
  await expect(page.getByTestId('known-caller')).toContainText('Sem de Wit')
})

test('a call is taken with the keyboard alone: caller, problem, category, answers and phases', async ({ app }) => {
  const page = app.page
  await new ConsolePage(page).ready()
  await page.keyboard.press('Control+n')
  await expect(page).toHaveURL(/#\/calls\/[\w-]+$/)

  // The lookup has the focus: part of the number and Enter pick the caller.
  await expect(page.getByRole('textbox', { name: 'Beller opzoeken' })).toBeFocused()
  await page.keyboard.type('00000106')
  await expect(page.getByRole('option', { name: /Henk Visser/ })).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('known-caller')).toContainText('Henk Visser')

  // Picking the caller moves on to what is going on; then Tab leads to the category.
  const what = page.getByRole('textbox', { name: 'Wat er gebeurt' })
  await expect(what).toBeFocused()
  await page.keyboard.type('De printer op de tweede verdieping doet niets')
  const printer = page.getByRole('radio', { name: 'Printer' })
  for (let i = 0; i < 40 && !(await printer.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('Tab')
  await page.keyboard.press('Space')
  await expect(current(page)).toContainText('Welke printer is het')

  // Alt+Enter marks the text question answered, Alt+Y answers yes; Alt+5 jumps to checking back.
  await page.keyboard.press('Alt+Enter')
  await expect(current(page)).toContainText('Lukt het collega’s wel')
  await page.keyboard.press('Alt+y')
  await expect(current(page)).toContainText('Krijgt u een foutmelding op uw eigen scherm?')
  await page.keyboard.press('Alt+5')
  await expect(page.locator('[data-phase="check-back"]')).toHaveAttribute('aria-current', 'step')
  await page.keyboard.press('Alt+h')
  await expect(page.getByRole('dialog', { name: 'Toetsen' })).toBeVisible()
})

test('notes meant for the caller are checked for jargon, and a hit is replaced in one click', async ({ app }) => {
  const page = app.page
  await new ConsolePage(page).ready()
  await page.keyboard.press('Control+n')
  await expect(page).toHaveURL(/#\/calls\/[\w-]+$/)
  await level(page, 'Hoe het gesprek eindigt', 'Opgelost').click()
  const notes = page.getByRole('textbox', { name: 'Notities' })
  await notes.fill('De VPN werkt weer.')
  const hints = page.getByTestId('notes-hints')
  await expect(hints.locator('[data-issue-kind="jargon"]')).toContainText('VPN')
  await hints.getByRole('button', { name: /^Vervang ‘VPN’ door/ }).click()
  await expect(notes).not.toHaveValue(/VPN/)
  await expect(hints).toHaveCount(0)
})
