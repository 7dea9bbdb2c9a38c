import { expect, test } from './support/app'
import { ConsolePage } from './support/console-page'

test('a knowledge manager adds a department with a busy period, a critical application and an own word, finds it and deletes it', async ({ app }) => {
  const { page } = app
  await new ConsolePage(page).ready()
  await page.getByRole('link', { name: 'Nieuw', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Nieuwe afdeling' })).toBeVisible()

  await page.getByLabel('Naam').first().fill('Marktzaken')
  await page.getByLabel('Missie in één regel').fill('De weekmarkt en de kermis goed laten verlopen, voor kooplieden en bezoekers.')
  await page.getByLabel('Wat voor hen telt').first().fill('Op marktdag moeten de standplaatsen vóór 07:00 zijn ingedeeld; zonder het zaaksysteem weet de marktmeester niet wie er staat.')

  await page.getByRole('button', { name: 'Drukke periode toevoegen' }).click()
  const period = page.getByTestId('busy-period')
  await period.getByLabel('Wat er dan speelt').fill('Kermisweek')
  await period.getByRole('combobox', { name: 'Wanneer' }).click()
  await page.getByRole('option', { name: 'Periode in het jaar' }).click()
  await period.getByLabel('Van (mm-dd)').fill('04-01')
  await period.getByLabel('Tot en met (mm-dd)').fill('09-30')

  await page.getByRole('button', { name: 'Applicatie koppelen' }).click()
  const linked = page.getByTestId('linked-application')
  await linked.getByRole('combobox', { name: 'Applicatie' }).click()
  await page.getByRole('option', { name: 'Dossierplein' }).click()
  await linked.getByLabel('Waarom').fill('De standplaatsvergunningen staan in Dossierplein; zonder loopt de indeling vast.')

  await page.getByRole('button', { name: 'Eigen woord toevoegen' }).click()
  const word = page.getByTestId('own-word')
  await word.getByLabel('Hun woord').fill('het zaaksysteem')
  await word.getByLabel('Wat ze ermee bedoelen').fill('Dossierplein, waar de vergunningen in staan')
  await word.getByRole('combobox', { name: 'Verwijst naar applicatie' }).click()
  await page.getByRole('option', { name: 'Dossierplein' }).click()

  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Marktzaken' })).toBeVisible()
  const applications = page.getByTestId('department-applications')
  await expect(applications.getByRole('row').filter({ hasText: 'Kritiek' })).toContainText('Dossierplein')
  await expect(applications).toContainText('zonder loopt de indeling vast')
  await expect(page.getByText('“het zaaksysteem” verwijst naar Dossierplein')).toBeVisible()
  await expect(page.getByText('Kermisweek')).toBeVisible()
  await expect(page.getByText('van 1 april tot en met 30 september')).toBeVisible()

  // Ctrl+K finds the department by a three-letter prefix …
  await page.evaluate(() => (location.hash = '#/departments'))
  await page.keyboard.press('Control+k')
  const search = page.getByPlaceholder(/Zoek afdeling/)
  await search.fill('mar')
  await page.locator('[data-kind="department"]', { hasText: 'Marktzaken' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Marktzaken' })).toBeVisible()

  // … and a person by the last four digits of their number.
  await page.keyboard.press('Control+k')
  await search.fill('0106')
  await page.locator('[data-kind="person"]', { hasText: 'Henk Visser' }).click()
  await expect(page).toHaveURL(/#\/people\/[0-9a-f-]{36}$/)

  // Deleting asks first and says what depends on it.
  await page.keyboard.press('Control+k')
  await search.fill('marktzaken')
  await page.locator('[data-kind="department"]', { hasText: 'Marktzaken' }).click()
  await page.getByRole('button', { name: 'Verwijderen' }).click()
  const dialog = page.getByRole('dialog', { name: '„Marktzaken” verwijderen?' })
  await expect(dialog.getByTestId('dependents')).toContainText('Kritiek voor: Dossierplein — wordt mee verwijderd')
  await expect(dialog.getByTestId('dependents')).toContainText('Eigen woord: het zaaksysteem — wordt mee verwijderd')
  await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Afdelingen' })).toBeVisible()
  await expect(page.getByRole('link', { name: /Marktzaken/ })).toHaveCount(0)
})

test('screen sharing hides internal notes about people', async ({ app }) => {
  const { page } = app
  await new ConsolePage(page).ready()
  await page.getByRole('link', { name: /Financiën/ }).click()
  const sensitivities = page.locator('[data-internal]')
  await expect(sensitivities).toContainText('schermafdruk')
  await page.getByRole('switch', { name: 'Scherm delen' }).click({ force: true })
  await expect(page.getByRole('switch', { name: 'Scherm delen' })).toBeChecked()
  await expect(sensitivities).not.toContainText('schermafdruk')
  await expect(sensitivities).toContainText('Verborgen tijdens scherm delen')
  await page.reload()
  await expect(page.locator('[data-internal]')).toContainText('Verborgen tijdens scherm delen')
  // Editing while sharing: the field is not shown, and saving keeps it as it was.
  await page.getByRole('link', { name: 'Bewerken' }).click()
  await expect(page.getByRole('textbox', { name: 'Waar ze behoefte aan hebben' })).toHaveCount(0)
  await expect(page.locator('[data-internal]')).toContainText('Verborgen tijdens scherm delen')
  await page.getByRole('button', { name: 'Opslaan' }).click()
  await page.getByRole('switch', { name: 'Scherm delen' }).click({ force: true })
  await expect(page.locator('[data-internal]')).toContainText('schermafdruk')
})

test('leaving a form with unsaved changes asks first, and nothing typed is lost', async ({ app }) => {
  const { page } = app
  await new ConsolePage(page).ready()
  await page.getByRole('link', { name: /Financiën/ }).click()
  await page.getByRole('link', { name: 'Bewerken' }).click()
  const mission = page.getByLabel('Missie in één regel')
  await mission.fill('Leveranciers op tijd betalen en de boeken op orde houden.')

  await page.getByRole('navigation').getByRole('link', { name: 'Personen', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Wijzigingen niet opgeslagen' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Blijven en opslaan' }).click()
  await expect(mission).toHaveValue('Leveranciers op tijd betalen en de boeken op orde houden.')

  // Saving leads to the page without a question.
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Financiën' })).toBeVisible()
  await expect(page.getByText('Leveranciers op tijd betalen en de boeken op orde houden.')).toBeVisible()
  await expect(dialog).toHaveCount(0)
})
