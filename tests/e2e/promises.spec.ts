import type { Page } from '@playwright/test'
import { api } from './support/api'
import { expect, test } from './support/app'
import { ConsolePage } from './support/console-page'

// Henk Visser works at Financiën (demo organisation).
const HENK = '+31600000106'

const level = (page: Page, group: string, option: string) => page.getByRole('radiogroup', { name: group }).getByText(option, { exact: true })
const weekday = /(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)/
const clockTime = /\b([01]\d|2[0-3]):[0-5]\d\b/

test('a callback ends with a concrete promise that is tracked, reminded of and marked kept', async ({ app }) => {
  const page = app.page
  // The console's clock is the test's: it starts now and is moved forward below.
  await page.clock.install({ time: new Date() })
  await page.reload()
  await new ConsolePage(page).ready()

  const started = await api(app, 'calls:start', { number: HENK })
  await page.evaluate((id) => (window.location.hash = `#/calls/${id}`), started.id)
  await expect(page.getByTestId('known-caller')).toContainText('Henk Visser')
  await page.getByLabel('Wat er gebeurt').fill('Finix geeft een foutmelding bij het boeken van facturen')
  await level(page, 'Impact', 'Team').click()
  await level(page, 'Urgentie', 'Hoog').click()

  // Callback: the console proposes a concrete promise, with a weekday and a time, within the target.
  await level(page, 'Hoe het gesprek eindigt', 'Terugbellen').click()
  const panel = page.getByTestId('call-promise')
  const sentence = panel.getByRole('textbox', { name: 'Wat je de beller belooft' })
  await expect(sentence).toHaveValue(/^Ik bel u .* terug\.$/)
  const proposed = await sentence.inputValue()
  expect(proposed).toMatch(weekday)
  expect(proposed).toMatch(clockTime)
  await expect(panel.getByTestId('promise-target')).toHaveAttribute('data-within', 'true')
  await expect(panel.getByTestId('promise-due')).toContainText(weekday)

  // A vague promise is flagged at once, and finishing is refused with the message at the sentence.
  await sentence.fill('we gaan ermee aan de slag')
  await expect(panel.getByText(/‘we gaan ermee aan de slag’ is vaag|Deze belofte is vaag/)).toBeVisible()
  await expect(sentence).toHaveAttribute('aria-invalid', 'true')
  await page.getByRole('button', { name: 'Gesprek afronden' }).click()
  await expect(sentence).toBeFocused()
  await expect(page.getByTestId('finished-call')).toHaveCount(0)
  expect((await api(app, 'calls:get', { id: started.id })).status).toBe('draft')

  // Back to the console's concrete promise; now the call finishes.
  await panel.getByRole('button', { name: 'Voorstel gebruiken' }).click()
  await expect(sentence).toHaveValue(proposed)
  await expect(sentence).not.toHaveAttribute('aria-invalid', 'true')
  await page.getByRole('button', { name: 'Gesprek afronden' }).click()
  await expect(page.getByTestId('finished-call')).toBeVisible()
  const saved = await api(app, 'calls:get', { id: started.id })
  expect(saved.draft.promise.text).toBe(proposed)
  expect(saved.draft.outcome.callbackAt).toBe(saved.draft.promise.dueAt)

  // The promise is in the list of open promises, with the caller and the call.
  await page.getByRole('navigation').getByRole('link', { name: 'Beloftes' }).click()
  const list = page.getByTestId('promises-list')
  const row = list.getByRole('row', { name: 'Henk Visser' })
  await expect(row).toContainText(proposed)
  await expect(row.getByRole('link', { name: 'Naar het gesprek' })).toHaveAttribute('href', `#/calls/${started.id}`)
  await expect(page.getByTestId('promise-reminder')).toHaveCount(0)

  // Twenty minutes before it falls due, a reminder appears and the header counts it.
  const dueAt = Date.parse(saved.draft.promise.dueAt!)
  const pageNow = await page.evaluate(() => Date.now())
  await page.clock.fastForward(dueAt - pageNow - 20 * 60_000)
  const reminder = page.getByRole('alert').filter({ has: page.getByTestId('promise-reminder') })
  await expect(reminder).toContainText(/Over (19|20) minuten: bel Henk Visser terug/)
  await expect(reminder).toContainText(proposed)
  await expect(page.getByTestId('promises-due-count')).toContainText('1 belofte')
  await expect(row.getByTestId('promise-due-state')).toHaveText('Binnenkort')

  // Kept, in one action (the note may stay empty): gone from the open list, counted as kept.
  await row.getByRole('button', { name: 'Belofte aan Henk Visser nagekomen' }).click()
  await page.getByRole('button', { name: 'Opslaan als nagekomen' }).click()
  await expect(page.getByTestId('promises-empty')).toHaveText('Geen open beloftes.')
  await expect(page.getByTestId('promise-stat-kept')).toHaveText('1')
  await expect(page.getByTestId('promise-stat-keptRate')).toHaveText('100%')
  await expect(page.getByTestId('promises-due-count')).toHaveCount(0)
  await page.getByRole('radiogroup', { name: 'Toon' }).getByText('Nagekomen', { exact: true }).click()
  await expect(list.getByRole('row', { name: 'Henk Visser' })).toContainText('Nagekomen')
})

test('a broken promise needs what happened, and suggests calling the caller now', async ({ app }) => {
  const page = app.page
  await new ConsolePage(page).ready()
  const started = await api(app, 'calls:start', { number: HENK })
  const draft = started.draft
  const dueAt = new Date(Date.now() + 3 * 24 * 3600_000)
  await api(app, 'calls:finish', {
    id: started.id,
    draft: {
      ...draft,
      intake: { ...draft.intake, what: 'Nieuwe laptop nodig', impact: 'person', urgency: 'normal' },
      priority: { suggested: 'P4', reason: 'Eén persoon, normale urgentie.', chosen: 'P4', overrideReason: '' },
      outcome: { ...draft.outcome, kind: 'handed-over', resolverGroup: 'Werkplekbeheer' },
      promise: { ...draft.promise, nextStep: 'order', dueAt: dueAt.toISOString(), text: 'U hoort maandag 7 december vóór 12:00 van mij over de bestelling.' },
    },
  })

  await page.getByRole('navigation').getByRole('link', { name: 'Beloftes' }).click()
  const row = page.getByTestId('promises-list').getByRole('row', { name: 'Henk Visser' })
  await row.getByRole('button', { name: 'Belofte aan Henk Visser gebroken' }).click()
  await page.getByRole('button', { name: 'Opslaan als gebroken' }).click()
  await expect(page.getByText('Schrijf op wat er gebeurde, zodat je team ervan leert.')).toBeVisible()
  await page.getByLabel('Wat is er gebeurd?').fill('De leverancier levert pas over twee weken.')
  await page.getByRole('button', { name: 'Opslaan als gebroken' }).click()

  const callNow = page.getByTestId('promise-call-now')
  await expect(callNow).toContainText('Bel Henk Visser nu, voordat die jou belt')
  await expect(callNow).toContainText('+31 6 00000106')
  await expect(page.getByTestId('promise-stat-broken')).toHaveText('1')
  await callNow.getByRole('button', { name: 'Bel Henk Visser' }).click()
  await expect(page).toHaveURL(/#\/calls\/[\w-]+$/)
  await expect(page.getByTestId('known-caller')).toContainText('Henk Visser')
})

test('the reminder time is a setting from 0 to 1440 minutes; the promises page speaks English too', async ({ app }) => {
  const page = app.page
  await new ConsolePage(page).ready()
  await page.getByRole('navigation').getByRole('link', { name: 'Instellingen' }).click()
  const reminder = page.getByRole('textbox', { name: 'Herinnering voor een belofte (minuten vooraf)' })
  await expect(reminder).toHaveValue('30')
  await reminder.fill('2000')
  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(page.getByText('Een heel aantal minuten van 0 tot 1440')).toBeVisible()
  expect((await api(app, 'settings:get', {})).promiseReminderMinutes).toBe(30)
  await reminder.fill('45')
  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Instellingen opgeslagen' })).toBeVisible()
  expect((await api(app, 'settings:get', {})).promiseReminderMinutes).toBe(45)

  await new ConsolePage(page).switchLanguage('EN')
  await page.getByRole('navigation').getByRole('link', { name: 'Promises' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Promises' })).toBeVisible()
  await expect(page.getByTestId('promises-empty')).toHaveText('No open promises.')
  await expect(page.getByTestId('promise-stat-keptRate')).toHaveText('—')
})

test('a moment the agent sets by hand stays when the resolver group is typed afterwards', async ({ app }) => {
  const page = app.page
  await new ConsolePage(page).ready()
  const started = await api(app, 'calls:start', { number: HENK })
  await page.evaluate((id) => (window.location.hash = `#/calls/${id}`), started.id)
  await page.getByLabel('Wat er gebeurt').fill('Finix geeft een foutmelding bij het boeken van facturen')
  await level(page, 'Hoe het gesprek eindigt', 'Doorgezet').click()
  const panel = page.getByTestId('call-promise')
  await expect(panel.getByTestId('promise-due')).toContainText(weekday)
  // The caller asks for a later moment; the agent sets it by hand.
  const time = page.locator('#call-promise-time')
  await time.fill('16:45')
  await expect(time).toHaveValue('16:45')
  await page.getByLabel('Behandelgroep').fill('Team Financiële Applicaties')
  await expect(time).toHaveValue('16:45')
  await expect(panel.getByTestId('promise-due')).toContainText('16:45')
})
