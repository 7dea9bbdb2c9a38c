import type { Page } from '@playwright/test'
import { expect, test } from './support/app'
import { ConsolePage } from './support/console-page'


async function openSettings(page: Page): Promise<void> {
  await new ConsolePage(page).ready()
  await page.getByRole('navigation').getByRole('link', { name: 'Instellingen' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Instellingen' })).toBeVisible()
}

async function reloadSettings(page: Page): Promise<void> {
  await page.reload()
  await new ConsolePage(page).ready()
  await expect(page.getByRole('heading', { level: 2, name: 'Instellingen' })).toBeVisible()
}

const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'Instellingen opgeslagen' })

test('the agent changes the end of the working day and a target; both are kept', async ({ app }) => {
  const page = app.page
  await openSettings(page)
  const workEnd = page.getByLabel('Einde werkdag')
  const p2Resolution = page.getByRole('textbox', { name: 'Oplostijd P2 in werkminuten' })
  await expect(workEnd).toHaveValue('17:00')
  await expect(p2Resolution).toHaveValue('960 min')

  await workEnd.fill('17:30')
  await p2Resolution.fill('480')
  await expect(page.getByTestId('targets')).toContainText('480 min = 8 uur')
  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(saved(page)).toBeVisible()

  await reloadSettings(page)
  await expect(page.getByLabel('Einde werkdag')).toHaveValue('17:30')
  await expect(page.getByRole('textbox', { name: 'Oplostijd P2 in werkminuten' })).toHaveValue('480 min')
})

test('an end of the working day before its start is refused on the field, and nothing is saved', async ({ app }) => {
  const page = app.page
  await openSettings(page)
  const workEnd = page.getByLabel('Einde werkdag')
  await workEnd.fill('07:30')
  await page.getByRole('textbox', { name: 'Reactietijd P1 in werkminuten' }).fill('45')
  await page.getByRole('button', { name: 'Opslaan' }).click()

  await expect(workEnd).toHaveAttribute('aria-invalid', 'true')
  await expect(workEnd).toBeFocused()
  await expect(workEnd).toHaveAccessibleDescription('Moet later zijn dan het begin van de werkdag')
  await expect(saved(page)).toHaveCount(0)
  // What was typed stays, to be corrected.
  await expect(workEnd).toHaveValue('07:30')

  await reloadSettings(page)
  await expect(page.getByLabel('Einde werkdag')).toHaveValue('17:00')
  await expect(page.getByRole('textbox', { name: 'Reactietijd P1 in werkminuten' })).toHaveValue('30 min')
})

test('the Dutch national holidays for a year are added in date order', async ({ app }) => {
  const page = app.page
  await openSettings(page)
  const holidays = page.getByRole('list', { name: 'Feestdagen' }).getByRole('listitem')
  const before = await holidays.count()

  await page.getByRole('textbox', { name: 'Jaar', exact: true }).fill('2028')
  await page.getByRole('button', { name: 'Nederlandse feestdagen van 2028 toevoegen' }).click()
  await expect(page.getByRole('status').filter({ hasText: '11 feestdagen van 2028 toegevoegd' })).toBeVisible()
  await expect(holidays).toHaveCount(before + 11)
  // 27 April 2028 is a Thursday: King's Day stays on the 27th.
  const kingsDay = holidays.filter({ hasText: 'do 27 april 2028' })
  await expect(kingsDay.getByRole('textbox', { name: 'Naam' })).toHaveValue('Koningsdag')
  await expect(holidays.last().getByRole('textbox', { name: 'Naam' })).toHaveValue('Tweede Kerstdag')

  // A second time adds nothing.
  await page.getByRole('button', { name: 'Nederlandse feestdagen van 2028 toevoegen' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'stonden er al' })).toBeVisible()
  await expect(holidays).toHaveCount(before + 11)

  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(saved(page)).toBeVisible()
  await reloadSettings(page)
  const kept = page.getByRole('list', { name: 'Feestdagen' }).getByRole('listitem').filter({ hasText: 'do 27 april 2028' })
  await expect(kept.getByRole('textbox', { name: 'Naam' })).toHaveValue('Koningsdag')
})

test('a port for incoming calls outside 1024–65535 is refused on the field, and the phone section says where calls arrive', async ({ app }) => {
  const page = app.page
  await openSettings(page)
  const phone = page.getByTestId('phone-integration')
  const port = phone.getByRole('textbox', { name: 'Poort voor inkomende gesprekken' })
  await port.fill('80')
  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(port).toBeFocused()
  await expect(phone.getByText('Een geheel getal van 1024 tot en met 65535')).toBeVisible()
  await expect(saved(page)).toHaveCount(0)

  // The token stays hidden until asked for, also in the example URL.
  const status = phone.getByTestId('phone-status')
  await expect(status.getByLabel('Token', { exact: true })).toHaveAttribute('type', 'password')
  await expect(status.getByTestId('phone-example')).toContainText('/newCall?number=%NUMBER%&token=••••')
  await status.getByRole('button', { name: 'Token tonen' }).click()
  await expect(status.getByLabel('Token', { exact: true })).toHaveAttribute('type', 'text')
  await expect(status.getByTestId('phone-example')).not.toContainText('••••')
})
