import type { Locator, Page } from '@playwright/test'
import { expect, test } from './support/app'
import { ConsolePage } from './support/console-page'

/** Presses Tab until the element has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 40 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(target).toBeFocused()
}

test('an agent adds an IT-jargon term with the keyboard, finds it, changes its plain words and deletes it', async ({ app }) => {
  const { page } = app
  await new ConsolePage(page).ready()
  await page.getByRole('navigation').getByRole('link', { name: 'Vaktaal', exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Vaktaal' })).toBeVisible()
  const table = page.getByRole('table', { name: 'Vaktaal' })
  // The shipped lexicon is there from the first start.
  await expect(table.getByRole('row')).not.toHaveCount(0)
  expect(await table.getByRole('row').count()).toBeGreaterThan(80)

  // A word that another term already has is refused at the field, naming that term.
  const known = (await table.getByRole('row').nth(1).getByRole('link').textContent())!.trim()

  await tabTo(page, page.getByRole('link', { name: 'Nieuw', exact: true }))
  await page.keyboard.press('Enter')
  const term = page.getByRole('textbox', { name: 'Woord', exact: true })
  await expect(term).toBeFocused()
  await page.keyboard.type(known.toLocaleLowerCase())
  await tabTo(page, page.getByRole('button', { name: 'Opslaan' }))
  await page.keyboard.press('Enter')
  await expect(page.getByText(`„${known.toLocaleLowerCase()}” staat al bij „${known}”.`)).toBeVisible()
  await expect(term).toBeFocused()

  await page.keyboard.press('Control+a')
  await page.keyboard.type('Hypervisor')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('combobox', { name: 'Andere schrijfwijzen' })).toBeFocused()
  await page.keyboard.type('hypervisors')
  await page.keyboard.press('Enter')
  const category = page.getByRole('combobox', { name: 'Soort' })
  await tabTo(page, category)
  await page.keyboard.type('Software')
  await expect(category).toHaveValue('software')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('textbox', { name: 'Gewone woorden in het Nederlands' })).toBeFocused()
  await page.keyboard.type('software waarop gastcomputers draaien')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('textbox', { name: 'Gewone woorden in het Engels' })).toBeFocused()
  await page.keyboard.type('software that runs virtual computers')
  await tabTo(page, page.getByRole('button', { name: 'Opslaan' }))
  await page.keyboard.press('Enter')

  // Back at the list: found by what it is called, and by its plain words.
  await expect(page.getByRole('heading', { level: 2, name: 'Vaktaal' })).toBeVisible()
  const search = page.getByRole('searchbox', { name: 'Zoeken' })
  await search.fill('gastcomputers')
  await expect(table.getByRole('row')).toHaveCount(2)
  const row = table.getByRole('row', { name: /Hypervisor/ })
  await expect(row).toContainText('Ook: hypervisors')
  await expect(row).toContainText('Software')
  await expect(row).toContainText('software waarop gastcomputers draaien')
  await expect(row).toContainText('software that runs virtual computers')

  await tabTo(page, row.getByRole('link', { name: 'Hypervisor' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 2, name: 'Hypervisor bewerken' })).toBeVisible()
  const plainNl = page.getByRole('textbox', { name: 'Gewone woorden in het Nederlands' })
  await plainNl.focus()
  await page.keyboard.press('Control+a')
  await page.keyboard.type('programma dat nep-computers op één echte computer laat draaien')
  await tabTo(page, page.getByRole('button', { name: 'Opslaan' }))
  await page.keyboard.press('Enter')

  await expect(page.getByRole('heading', { level: 2, name: 'Vaktaal' })).toBeVisible()
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('hypervisor')
  await expect(table.getByRole('row', { name: /Hypervisor/ })).toContainText('programma dat nep-computers op één echte computer laat draaien')

  await table.getByRole('link', { name: 'Hypervisor' }).click()
  await tabTo(page, page.getByRole('button', { name: 'Verwijderen' }))
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: '„Hypervisor” verwijderen?' })
  await expect(dialog).toContainText('De taalcontrole markeert dit woord dan niet meer.')
  await dialog.getByRole('button', { name: 'Woord verwijderen' }).click()

  await expect(page.getByRole('heading', { level: 2, name: 'Vaktaal' })).toBeVisible()
  await page.getByRole('searchbox', { name: 'Zoeken' }).fill('hypervisor')
  await expect(page.getByText('Geen woord past bij „hypervisor”.')).toBeVisible()
})

test('the IT-jargon page speaks English', async ({ launch }) => {
  const app = await launch({ language: 'en' })
  const { page } = app
  await new ConsolePage(page).ready()
  await page.getByRole('navigation').getByRole('link', { name: 'IT jargon', exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'IT jargon' })).toBeVisible()
  await expect(page.getByRole('columnheader', { name: 'Plain English' })).toBeVisible()
  await page.getByRole('link', { name: 'New', exact: true }).click()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('textbox', { name: 'Term' })).toBeFocused()
  await expect(page.getByText('Required').first()).toBeVisible()
})
