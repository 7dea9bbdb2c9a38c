import type { Page } from '@playwright/test'
import { expect, test } from './support/app'
import { ConsolePage } from './support/console-page'

async function openFromNavigation(page: Page, section: 'Personen' | 'Applicaties') {
  await page.getByRole('link', { name: section, exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible()
}

async function pressTabUntilFocused(page: Page, target: ReturnType<Page['getByRole']>) {
  for (let i = 0; i < 25 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(target).toBeFocused()
}

test('an agent records a new person with the keyboard, corrects them and deletes them again', async ({ app }) => {
  const { page } = app
  await new ConsolePage(page).ready()
  await openFromNavigation(page, 'Personen')
  await page.getByRole('link', { name: 'Nieuw', exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Nieuwe persoon' })).toBeVisible()

  // The whole form by keyboard: type, Tab, pick the department from the list, Enter to save.
  await page.getByRole('textbox', { name: 'Naam' }).focus()
  await page.keyboard.type('Sanne de Wit')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('textbox', { name: 'Rol of functie' })).toBeFocused()
  await page.keyboard.type('Crediteurenadministratie')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Financ')
  // Wait until the list shows only the match, as a person would, before choosing it.
  await expect(page.getByRole('option')).toHaveText(['Financiën'])
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('combobox', { name: 'Afdeling' })).toHaveValue('Financiën')
  await page.keyboard.press('Tab')
  await page.keyboard.type('s.dewit@example.nl')
  await pressTabUntilFocused(page, page.getByRole('button', { name: 'Telefoonnummer toevoegen' }))
  await page.keyboard.press('Enter')
  // The new row takes the focus: its label first, then the number.
  await expect(page.getByRole('textbox', { name: 'Soort' })).toBeFocused()
  await page.keyboard.type('Mobiel')
  await page.keyboard.press('Tab')
  const number = page.getByRole('textbox', { name: 'Nummer' })
  await expect(number).toBeFocused()
  await page.keyboard.type('06 1234 5678')
  // Leaving the field shows how the number will be stored.
  await page.keyboard.press('Shift+Tab')
  await expect(page.getByText('Wordt opgeslagen als +31 6 12345678')).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(number).toBeFocused()
  await page.keyboard.press('Enter')

  await expect(page.getByRole('heading', { level: 2, name: 'Sanne de Wit' })).toBeVisible()
  const phone = page.getByRole('link', { name: '+31 6 12345678' })
  await expect(phone).toHaveAttribute('href', 'tel:+31612345678')
  await expect(page.getByRole('link', { name: 's.dewit@example.nl' })).toHaveAttribute('href', 'mailto:s.dewit@example.nl')
  await expect(page.getByRole('link', { name: 'Financiën' })).toHaveAttribute('href', /#\/departments\/[0-9a-f-]{36}$/)
  await expect(page.getByTestId('vip-badge')).toHaveCount(0)

  // Edit: she turns out to be a VIP's secretary and is reachable on a landline too; a typo gets a field error.
  await page.getByRole('link', { name: 'Bewerken' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Sanne de Wit bewerken' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Nummer' })).toHaveValue('+31 6 12345678')
  await page.getByRole('textbox', { name: 'Rol of functie' }).fill('Secretaris van de gemeentesecretaris')
  await page.getByRole('checkbox', { name: 'VIP' }).check()
  await page.getByRole('button', { name: 'Telefoonnummer toevoegen' }).click()
  await page.getByRole('textbox', { name: 'Soort' }).nth(1).fill('Vast')
  await page.getByRole('textbox', { name: 'Nummer' }).nth(1).fill('bel het secretariaat')
  await page.getByRole('textbox', { name: 'Soort' }).nth(1).focus()
  await expect(page.getByText('Dit is geen telefoonnummer')).toBeVisible()
  await page.getByRole('textbox', { name: 'Nummer' }).nth(1).fill('020-555 0101')
  await page.getByRole('button', { name: 'Opslaan' }).click()

  await expect(page.getByRole('heading', { level: 2, name: 'Sanne de Wit' })).toBeVisible()
  await expect(page.getByText('Secretaris van de gemeentesecretaris')).toBeVisible()
  await expect(page.getByTestId('vip-badge')).toHaveText('VIP')
  await expect(page.getByRole('link', { name: '+31 20 555 0101' })).toHaveAttribute('href', 'tel:+31205550101')

  // Delete: the question first, then back on the list without her.
  await page.getByRole('button', { name: 'Verwijderen' }).click()
  const dialog = page.getByRole('dialog', { name: '„Sanne de Wit” verwijderen?' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('Niets anders verwijst hiernaar.')
  await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Personen' })).toBeVisible()
  const list = page.getByRole('list', { name: 'Personen' })
  await expect(list).toContainText('Henk Visser')
  await expect(list).not.toContainText('Sanne de Wit')
})

test('a person with an invalid e-mail address is not saved, and a namesake gets a warning', async ({ app }) => {
  const { page } = app
  await new ConsolePage(page).ready()
  await openFromNavigation(page, 'Personen')
  await page.getByRole('link', { name: 'Nieuw', exact: true }).click()

  const name = page.getByRole('textbox', { name: 'Naam' })
  await name.fill('henk visser')
  await expect(page.getByTestId('duplicate-name')).toContainText('Er is al een persoon met deze naam: Henk Visser')
  const email = page.getByRole('textbox', { name: 'E-mailadres' })
  await email.fill('h.visser@')
  await page.getByRole('button', { name: 'Opslaan' }).click()

  await expect(email).toHaveAttribute('aria-invalid', 'true')
  await expect(email).toHaveAccessibleDescription(/Dit is geen e-mailadres/)
  await expect(email).toBeFocused()
  await expect(page.getByRole('heading', { level: 2, name: 'Nieuwe persoon' })).toBeVisible()
  await expect(name).toHaveValue('henk visser')

  // Leaving the unsaved form asks first; leaving without saving stores nothing.
  await page.getByRole('link', { name: 'Personen', exact: true }).click()
  await page.getByRole('dialog', { name: 'Wijzigingen niet opgeslagen' }).getByRole('button', { name: 'Weggaan zonder opslaan' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Personen' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Personen' }).getByText('Henk Visser', { exact: true })).toHaveCount(1)
  await expect(page.getByRole('list', { name: 'Personen' })).not.toContainText('henk visser')
})

test('an application with a name that is already taken gets a field error and keeps the input', async ({ app }) => {
  const { page } = app
  await new ConsolePage(page).ready()
  await openFromNavigation(page, 'Applicaties')
  await page.getByRole('link', { name: 'Nieuw', exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Nieuwe applicatie' })).toBeVisible()

  const name = page.getByRole('textbox', { name: 'Naam' })
  await name.fill('Finix Financiën')
  const description = page.getByRole('textbox', { name: 'Wat het doet, in gewone taal' })
  await description.fill('Een tweede boekhouding.')
  await page.getByRole('textbox', { name: 'Oplosgroep', exact: true }).fill('Functioneel beheer Financiën')
  await page.getByRole('button', { name: 'Opslaan' }).click()

  await expect(name).toHaveAttribute('aria-invalid', 'true')
  await expect(name).toHaveAccessibleDescription(/Bestaat al: kies een andere naam/)
  await expect(name).toBeFocused()
  await expect(name).toHaveValue('Finix Financiën')
  await expect(description).toHaveValue('Een tweede boekhouding.')
  await expect(page.getByRole('heading', { level: 2, name: 'Nieuwe applicatie' })).toBeVisible()

  // With another name it is saved, and its page shows what was typed.
  await name.fill('Finix Rapportages')
  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Finix Rapportages' })).toBeVisible()
  await expect(page.getByText('Een tweede boekhouding.')).toBeVisible()
  await expect(page.getByTestId('application-support')).toContainText('Functioneel beheer Financiën')
  await expect(page.getByTestId('application-departments')).toContainText('Nog geen afdeling heeft deze applicatie gekoppeld.')
})
