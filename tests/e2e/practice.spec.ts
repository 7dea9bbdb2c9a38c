import type { Page } from '@playwright/test'
import { api } from './support/api'
import { expect, test } from './support/app'
import { ConsolePage } from './support/console-page'

// A practice call on the demo organisation's scenario "Beheerrechten voor een meetprogramma": Joost van
// Leeuwen (Belastingen) asks for administrator rights, which must be refused well.

const level = (page: Page, group: string, option: string) => page.getByRole('radiogroup', { name: group }).getByText(option, { exact: true })
const current = (page: Page) => page.getByTestId('flow-question-current')

/** A date a week from now (YYYY-MM-DD), so the refusal's next step is always in the future. */
const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)

async function answerChoice(page: Page, label: string) {
  await current(page).getByText(label, { exact: true }).click()
}

async function answerText(page: Page, text: string) {
  await current(page).getByRole('textbox').fill(text)
  await current(page).getByRole('button', { name: 'Beantwoord' }).click()
}

test('a learner runs a practice call to the end with the real call screen, sees a score with named strengths and improvements, and nothing of it reaches the call history or the outbox', async ({
  app,
}) => {
  test.setTimeout(90_000)
  const { page } = app
  await new ConsolePage(page).ready()
  const callsBefore = await api(app, 'calls:list', {})
  const outboxBefore = await api(app, 'export:outbox', {})
  // A new colleague's own profile, chosen on the learn page (the console remembers the choice).
  const learner = await api(app, 'learners:save', { name: 'Noor Jansen' })
  await page.evaluate((id) => window.localStorage.setItem('sdc-learner', id), learner.id)
  await page.reload()
  await new ConsolePage(page).ready()

  // The scenarios, with their briefing and the caller's mood.
  await page.getByRole('navigation').getByRole('link', { name: 'Oefenen', exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Oefengesprekken' })).toBeVisible()
  await expect(page.getByTestId('practice-scenario')).toHaveCount(8)
  const scenario = page.locator('[data-scenario="admin-rights-measuring-tool"]')
  await expect(scenario).toContainText('Beheerrechten voor een meetprogramma')
  await expect(scenario).toContainText('bezwaarperiode voor de WOZ')
  await expect(scenario).toContainText('Rustig')
  await scenario.getByRole('button', { name: 'Start dit gesprek' }).click()
  await expect(page).toHaveURL(/#\/practice\/[\w-]+$/)
  const runId = /#\/practice\/([\w-]+)$/.exec(page.url())![1]!

  // The caller opens; the rest comes as the call goes on, or when the trainee asks what the caller says next.
  const lines = page.getByTestId('practice-line')
  await expect(lines).toHaveCount(1)
  await expect(lines.first()).toContainText('Goedemiddag, met Joost van Leeuwen van Belastingen.')
  await page.getByRole('button', { name: 'Wat zegt de beller nu?' }).click()
  await expect(lines).toHaveCount(2)
  await expect(lines.nth(1)).toContainText('rechten geven')

  // The call screen starts empty: the trainee identifies the caller, whose department comes with him.
  await expect(page.getByTestId('practice-header')).toContainText('Oefening')
  await expect(page.getByTestId('known-caller')).toHaveCount(0)
  // A name typed for an unknown caller is not offered to be saved as a person: that would be real knowledge.
  await page.getByLabel('Naam', { exact: true }).fill('Joost')
  await expect(page.getByRole('button', { name: 'Opslaan als persoon' })).toHaveCount(0)
  await page.getByRole('textbox', { name: 'Beller opzoeken' }).fill('Joost')
  await page.getByRole('option', { name: /Joost van Leeuwen/ }).click()
  await expect(page.getByTestId('known-caller')).toContainText('Joost van Leeuwen')
  await expect(page.getByTestId('department-card')).toContainText('Belastingen')
  await page.getByLabel('Wat er gebeurt').fill('Wil zelf een meetprogramma op de laptop zetten')
  await level(page, 'Impact', 'Eén persoon').click()
  await level(page, 'Urgentie', 'Laag').click()

  // Exploring: the caller's answers appear, and the guided questions are asked in their order.
  await page.locator('[data-phase="explore"]').click()
  await expect(lines).toHaveCount(10)
  await level(page, 'Soort probleem', 'Toegang aanvragen').click()
  await answerChoice(page, 'Teruggebeld op het nummer in het telefoonboek van de gemeente')
  await answerChoice(page, 'Een programma')
  await answerText(page, 'PlanMeter')
  await answerChoice(page, 'Voor mijzelf')
  await answerText(page, 'bezwaren tegen de WOZ-waarde nameten')
  await answerChoice(page, 'Lezen en wijzigen')
  await current(page).locator('[data-answer="no"]').click()
  await answerText(page, 'deze week')
  await expect(page.getByText('Alle vragen voor dit soort probleem zijn gesteld.')).toBeVisible()

  // The read-back is left out on purpose: the feedback must name it. The call is refused, with a refusal.
  await level(page, 'Hoe het gesprek eindigt', 'Afgewezen').click()
  const refusal = page.getByTestId('practice-refusal')
  await refusal.getByRole('textbox', { name: 'Waar de beller om vroeg' }).fill('het recht om zelf programma’s te installeren')
  await refusal.getByRole('textbox', { name: 'Waarvoor de beller het nodig heeft' }).fill('oppervlaktes op luchtfoto’s na te meten')
  await refusal.getByRole('textbox', { name: 'Waarom', exact: true }).fill('Zo komt er geen schadelijke software op uw laptop, ook niet per ongeluk.')
  await refusal.getByRole('textbox', { name: 'De regel', exact: true }).fill('Medewerkers installeren zelf geen programma’s')
  await refusal.getByRole('textbox', { name: 'Eigenaar (rol)' }).fill('de informatiebeveiliger')
  await refusal.getByRole('button', { name: 'Alternatief toevoegen' }).click()
  await refusal.getByRole('textbox', { name: 'Alternatief 1: wat' }).fill('Wij vragen het programma aan voor het Softwarecentrum')
  await refusal.getByRole('textbox', { name: 'Wie een uitzondering kan toestaan' }).fill('de informatiebeveiliger')
  await refusal.getByRole('textbox', { name: 'Wie', exact: true }).fill('ik')
  await refusal.getByRole('textbox', { name: 'Doet wat' }).fill('bel u terug met de uitkomst')
  await refusal.getByLabel('Uiterlijk (datum)').fill(inAWeek())
  await refusal.getByRole('button', { name: 'Geef deze weigering' }).click()
  await expect(page.getByTestId('practice-refusal-spoken')).toContainText('Softwarecentrum')
  // The spoken refusal becomes the notes, as on a real refused call.
  await expect(page.getByRole('textbox', { name: 'Notities' })).toHaveValue(/Softwarecentrum/)

  await page.getByRole('button', { name: 'Gesprek afronden' }).click()

  // The score, what went well and what to do differently, each improvement with its card.
  const result = page.getByTestId('practice-result')
  await expect(result).toBeVisible()
  const stored = await api(app, 'practice:get', { id: runId })
  expect(stored.result).not.toBeNull()
  await expect(page.getByTestId('practice-score')).toHaveText(String(stored.result!.score))
  expect(stored.result!.improvements.map((i) => i.key)).toEqual(['read-back'])
  expect(stored.result!.score).toBe(89)
  const strengths = page.getByTestId('practice-strengths')
  await expect(strengths.locator('[data-check="caller-identified"]')).toContainText('Je hebt de beller in de kennisbank gevonden.')
  await expect(strengths.locator('[data-check="questions"]')).toContainText('in een logische volgorde')
  await expect(strengths.locator('[data-check="refusal"]')).toContainText('Je weigering was compleet')
  await expect(strengths.getByTestId('practice-feedback')).toHaveCount(8)
  const improvement = page.getByTestId('practice-improvements').locator('[data-check="read-back"]')
  await expect(improvement).toContainText('Lees de samenvatting terug en wacht op de bevestiging van de beller.')
  await improvement.getByRole('button', { name: /De kaart van de fase/ }).click()
  await expect(improvement).toContainText('Wacht')

  // Only the learner's progress has it.
  const progress = await api(app, 'learning:progress', { learnerId: learner.id })
  expect(progress.practice).toEqual([expect.objectContaining({ id: runId, score: 89 })])

  // Nothing in the call history, the outbox or the promises: not through the contract, not on the pages.
  expect(await api(app, 'calls:list', {})).toEqual(callsBefore)
  expect((await api(app, 'export:outbox', {})).entries).toEqual(outboxBefore.entries)
  expect((await api(app, 'promises:list', {})).filter((p) => p.callerName.includes('Joost'))).toEqual([])
  await page.getByRole('navigation').getByRole('link', { name: 'Gesprekken', exact: true }).click()
  await expect(page).toHaveURL(/#\/calls$/)
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible()
  await expect(page.getByText('Joost van Leeuwen')).toHaveCount(0)
  await expect(page.getByText('meetprogramma')).toHaveCount(0)
  await page.getByRole('navigation').getByRole('link', { name: 'Postvak uit', exact: true }).click()
  await expect(page).toHaveURL(/#\/outbox$/)
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible()
  await expect(page.getByText('Joost van Leeuwen')).toHaveCount(0)
})
