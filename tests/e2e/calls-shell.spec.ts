import type { Page } from '@playwright/test'
import { api } from './support/api'
import { expect, test, type LaunchedApp } from './support/app'
import { ConsolePage } from './support/console-page'


/** A finished call, resolved, with this problem and caller. */
async function finishedCall(app: LaunchedApp, name: string, what: string): Promise<string> {
  const started = await api(app, 'calls:start', {})
  await api(app, 'calls:finish', {
    id: started.id,
    draft: {
      caller: { name },
      intake: { what },
      outcome: { kind: 'resolved', notes: 'Uitgelegd hoe het moet.' },
    },
  })
  return started.id
}

const openCalls = (page: Page) => page.getByRole('list', { name: 'Open gesprekken' }).getByRole('button')
const callIdInUrl = (page: Page) => /#\/calls\/([^/?]+)$/.exec(page.url())?.[1] ?? ''

test('Ctrl+N starts a call from a text field; a second one puts the first on hold, and the bar takes it back', async ({ app }) => {
  const page = app.page
  await new ConsolePage(page).ready()
  await expect(openCalls(page)).toHaveCount(0)

  // The key works while the focus is in a text field, too.
  await page.getByRole('navigation').getByRole('link', { name: 'Instellingen' }).click()
  await page.getByLabel('Naam van de organisatie').focus()
  await page.keyboard.press('Control+n')
  await expect(page).toHaveURL(/#\/calls\/[\w-]+$/)
  const first = callIdInUrl(page)
  await expect(openCalls(page)).toHaveCount(1)
  const firstButton = page.locator(`[data-call-id="${first}"]`).and(openCalls(page))
  await expect(firstButton).toHaveAttribute('data-state', 'active')
  await expect(firstButton).toHaveAttribute('aria-current', 'page')
  await expect(firstButton).toContainText('Onbekende beller')

  await page.keyboard.press('Control+n')
  await expect.poll(() => callIdInUrl(page)).not.toBe(first)
  const second = callIdInUrl(page)
  const secondButton = page.locator(`[data-call-id="${second}"]`).and(openCalls(page))
  await expect(openCalls(page)).toHaveCount(2)
  await expect(firstButton).toHaveAttribute('data-state', 'held')
  await expect(firstButton).toContainText('In de wacht')
  await expect(secondButton).toHaveAttribute('data-state', 'active')

  // Taking the first back puts the second on hold.
  await firstButton.click()
  await expect(page).toHaveURL(new RegExp(`#/calls/${first}$`))
  await expect(firstButton).toHaveAttribute('data-state', 'active')
  await expect(firstButton).toHaveAttribute('aria-current', 'page')
  await expect(secondButton).toHaveAttribute('data-state', 'held')

  // The header button does the same as the key.
  await page.getByRole('button', { name: /Nieuw gesprek/ }).click()
  await expect(openCalls(page)).toHaveCount(3)
  await expect(firstButton).toHaveAttribute('data-state', 'held')
})

test('the call history finds a finished call by a word of the problem and opens it', async ({ app }) => {
  const page = app.page
  await new ConsolePage(page).ready()
  const printer = await finishedCall(app, 'Joost Meijer', 'De printer op de tweede verdieping geeft een papierstoring')
  await finishedCall(app, 'Sanne Visser', 'Kan niet inloggen op de VPN')
  await api(app, 'calls:start', {})

  await page.getByRole('navigation').getByRole('link', { name: 'Gesprekken' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Gesprekken' })).toBeVisible()
  const today = page.getByRole('region', { name: 'Vandaag' })
  await expect(today.getByRole('row')).toHaveCount(4) // the header row and three calls
  await expect(today.getByRole('row').filter({ hasText: 'Joost Meijer' })).toContainText('Opgelost')
  await expect(today.getByRole('row').filter({ hasText: 'Onbekende beller' })).toContainText('Onafgerond')

  await page.getByRole('searchbox', { name: 'Zoek in gesprekken' }).fill('papierstoring')
  await expect(today.getByRole('row')).toHaveCount(2)
  const row = today.getByRole('row').filter({ hasText: 'Joost Meijer' })
  await expect(row).toContainText('De printer op de tweede verdieping geeft een papierstoring')

  // Only finished calls, and no matches for a word that is nowhere.
  await page.getByRole('searchbox', { name: 'Zoek in gesprekken' }).fill('')
  await page.getByText('Afgerond', { exact: true }).click()
  await expect(today.getByRole('row')).toHaveCount(3)
  await page.getByRole('searchbox', { name: 'Zoek in gesprekken' }).fill('toetsenbord')
  await expect(page.getByTestId('calls-empty')).toHaveText('Geen gesprekken gevonden bij deze zoekopdracht of dit filter.')

  await page.getByRole('searchbox', { name: 'Zoek in gesprekken' }).fill('papierstoring')
  await page.getByRole('link', { name: 'Joost Meijer' }).click()
  await expect(page).toHaveURL(new RegExp(`#/calls/${printer}$`))
})

test('unfinished calls from before a restart are offered to resume or discard', async ({ app }) => {
  const page = app.page
  await new ConsolePage(page).ready()
  const kept = await api(app, 'calls:start', {})
  await api(app, 'calls:save-draft', { id: kept.id, draft: { caller: { name: 'Fatima El Amrani' }, intake: { what: 'Outlook start niet meer op na de update' } } })
  const mistake = await api(app, 'calls:start', {})

  await page.reload()
  await new ConsolePage(page).ready()
  const prompt = page.getByTestId('resume-drafts')
  await expect(prompt).toContainText('Je hebt 2 onafgeronde gesprekken')
  await expect(prompt).toContainText('Outlook start niet meer op na de update')

  // Discarding asks first; keeping changes nothing.
  await prompt.getByRole('button', { name: 'Gesprek met Onbekende beller weggooien' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Bewaren' }).click()
  await expect(prompt).toContainText('Je hebt 2 onafgeronde gesprekken')
  await prompt.getByRole('button', { name: 'Gesprek met Onbekende beller weggooien' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Definitief weggooien' }).click()
  await expect(prompt).toContainText('Je hebt 1 onafgerond gesprek')
  await expect(page.locator(`[data-call-id="${mistake.id}"]`)).toHaveCount(0)

  await prompt.getByRole('button', { name: 'Gesprek met Fatima El Amrani hervatten' }).click()
  await expect(page).toHaveURL(new RegExp(`#/calls/${kept.id}$`))
  await expect(prompt).toHaveCount(0)
  await expect(openCalls(page).filter({ hasText: 'Fatima El Amrani' })).toHaveAttribute('data-state', 'active')
})

test('a call announced by the phone system pops up with who is calling', async ({ app }) => {
  const page = app.page
  await new ConsolePage(page).ready()
  const phone = await api(app, 'phone:status', {})
  expect(phone.listening).toBe(true)

  const response = await fetch(`${phone.url}/newCall?number=%2B31600000103&token=${encodeURIComponent(phone.token)}`)
  expect(response.status).toBe(200)
  const { callId } = (await response.json()) as { callId: string }

  await expect(page).toHaveURL(new RegExp(`#/calls/${callId}$`))
  await expect(page.getByText('Inkomend gesprek van Marieke Bakker (+31600000103)')).toBeVisible()
  await expect(openCalls(page).filter({ hasText: 'Marieke Bakker' })).toHaveAttribute('data-state', 'active')
})

test('the priority matrix refuses a cell that lowers the priority for more impact, and keeps a good change', async ({ app }) => {
  const page = app.page
  await new ConsolePage(page).ready()
  await page.getByRole('navigation').getByRole('link', { name: 'Instellingen' }).click()
  const teamUrgent = page.getByRole('combobox', { name: 'Prioriteit bij impact ‘Een team’ en urgentie ‘Dringend’' })
  await expect(teamUrgent).toHaveValue('P2')

  await teamUrgent.selectOption('P4')
  await expect(teamUrgent).toHaveAccessibleDescription('Lager dan P3 bij ‘Eén persoon’: meer impact mag de prioriteit niet verlagen')
  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(teamUrgent).toBeFocused()
  await expect(page.getByRole('status').filter({ hasText: 'Instellingen opgeslagen' })).toHaveCount(0)

  await teamUrgent.selectOption('P3')
  await expect(teamUrgent).not.toHaveAttribute('aria-invalid', 'true')
  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Instellingen opgeslagen' })).toBeVisible()

  await page.reload()
  await new ConsolePage(page).ready()
  await expect(page.getByRole('combobox', { name: 'Prioriteit bij impact ‘Een team’ en urgentie ‘Dringend’' })).toHaveValue('P3')
})
