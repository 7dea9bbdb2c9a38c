import type { Locator, Page } from '@playwright/test'
import { expect, test } from './support/app'
import { ConsolePage } from './support/console-page'

const passwordRule = 'De servicedesk reset geen wachtwoord op basis van alleen een telefoontje.'

async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible()
}

/** Presses Tab until the element has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 30 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(target).toBeFocused()
}

test('an agent opens a rule and has the reason and the alternatives at hand', async ({ app }) => {
  const { page } = app
  await new ConsolePage(page).ready()
  await openSection(page, 'Regels')
  await page.getByRole('link', { name: passwordRule }).click()

  await expect(page.getByRole('heading', { level: 2, name: passwordRule })).toBeVisible()
  await expect(page.getByText('Eigenaar: Teamleider Servicedesk')).toBeVisible()
  const reason = page.getByTestId('rule-reason')
  await expect(reason.getByRole('heading', { name: 'Waarom (in de woorden van de beller)' })).toBeVisible()
  await expect(reason).toContainText('terug te bellen op het nummer dat in het telefoonboek van de gemeente staat')
  const alternatives = page.getByTestId('rule-alternatives').getByRole('listitem')
  await expect(alternatives).toHaveCount(3)
  await expect(alternatives.last()).toContainText('Selfserviceportaal ICT')
  await expect(alternatives.first()).toContainText('Wachtwoord vergeten')
  await expect(page.getByTestId('rule-exception')).toContainText('teamleider')
})

test('an agent writes a new rule with two alternatives using only the keyboard', async ({ app }) => {
  const { page } = app
  await new ConsolePage(page).ready()
  await openSection(page, 'Regels')

  await tabTo(page, page.getByRole('link', { name: 'Nieuw', exact: true }))
  await page.keyboard.press('Enter')
  const statement = page.getByRole('textbox', { name: 'De regel' })
  await expect(statement).toBeFocused()
  await page.keyboard.type('De servicedesk zet geen privésoftware op een gemeentelijke laptop.')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Software van buiten kan uw laptop en de gegevens van inwoners in gevaar brengen.')

  // No alternatives yet: a gentle hint, not a block.
  await expect(page.getByTestId('no-alternatives-hint')).toBeVisible()
  await tabTo(page, page.getByRole('button', { name: 'Alternatief toevoegen' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('textbox', { name: 'Alternatief 1' })).toBeFocused()
  await page.keyboard.type('Kijk in het Softwarecentrum of er een goedgekeurd alternatief is.')
  await expect(page.getByTestId('no-alternatives-hint')).toBeHidden()
  await tabTo(page, page.getByRole('button', { name: 'Alternatief toevoegen' }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('textbox', { name: 'Alternatief 2' })).toBeFocused()
  await page.keyboard.type('Vraag via uw teamleider een beoordeling aan.')
  await page.keyboard.press('Enter')

  await expect(page.getByRole('heading', { level: 2, name: 'De servicedesk zet geen privésoftware op een gemeentelijke laptop.' })).toBeVisible()
  await expect(page.getByTestId('rule-reason')).toContainText('Software van buiten')
  const alternatives = page.getByTestId('rule-alternatives').getByRole('listitem')
  await expect(alternatives).toHaveText(['Kijk in het Softwarecentrum of er een goedgekeurd alternatief is.', 'Vraag via uw teamleider een beoordeling aan.'])

  // The same statement twice is refused at the field, and what was typed stays.
  await page.evaluate(() => (window.location.hash = '#/rules/new'))
  await page.getByRole('textbox', { name: 'De regel' }).fill(passwordRule.toUpperCase())
  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(page.getByText('Bestaat al')).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'De regel' })).toHaveValue(passwordRule.toUpperCase())
})

test('an article shows its Markdown safely and links to an application', async ({ app }) => {
  const { page } = app
  await new ConsolePage(page).ready()
  await openSection(page, 'Artikelen')
  await page.getByRole('link', { name: 'Nieuw', exact: true }).click()

  await page.getByRole('textbox', { name: 'Titel' }).fill('Scanner bij de balie koppelen')
  await page.getByRole('radiogroup', { name: 'Voor wie' }).getByText('Voor eindgebruikers').click()
  const body = ['## Eerst controleren', '', '- Kabel vast', '- Lampje groen', '', `<img src=x onerror="document.title='pwned'">`].join('\n')
  await page.getByRole('textbox', { name: 'Tekst (Markdown)' }).fill(body)
  await page.getByRole('tab', { name: 'Voorbeeld' }).click()
  await expect(page.getByTestId('article-preview').getByRole('heading', { name: 'Eerst controleren' })).toBeVisible()

  // A link that is not https:// or mailto: is refused with a message at the field.
  const links = page.getByRole('combobox', { name: 'Links' })
  await links.fill('http://intranet.zuiderhaven.nl/scanners')
  await links.press('Enter')
  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(page.getByText('Een link moet beginnen met https:// of mailto:')).toBeVisible()
  await links.press('Backspace')
  await links.fill('https://intranet.zuiderhaven.nl/scanners')
  await links.press('Enter')

  await page.getByRole('combobox', { name: 'Over deze applicaties' }).click()
  await page.getByRole('option', { name: 'Persona Burgerzaken' }).click()
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Opslaan' }).click()

  const article = page.getByTestId('article-body')
  await expect(page.getByRole('heading', { level: 2, name: 'Scanner bij de balie koppelen' })).toBeVisible()
  await expect(page.getByText('Voor eindgebruikers')).toBeVisible()
  await expect(article.getByRole('heading', { name: 'Eerst controleren' })).toBeVisible()
  await expect(article.getByRole('listitem')).toHaveText(['Kabel vast', 'Lampje groen'])
  expect(await page.title()).not.toBe('pwned')
  await expect(page.locator('[onerror]')).toHaveCount(0)

  const external = page.getByTestId('article-links').getByRole('link', { name: 'https://intranet.zuiderhaven.nl/scanners' })
  await expect(external).toHaveAttribute('target', '_blank')
  await expect(external).toHaveAttribute('rel', /noopener/)
  await page.getByTestId('article-applications').getByRole('link', { name: 'Persona Burgerzaken' }).click()
  await expect(page).toHaveURL(/#\/applications\/[0-9a-f-]{36}$/)

  // The audience filter finds it among the articles for end users, not among those for the servicedesk.
  await openSection(page, 'Artikelen')
  const audience = page.getByRole('radiogroup', { name: 'Voor wie' })
  const list = page.getByRole('list', { name: 'Artikelen' })
  await audience.getByText('Servicedesk').click()
  await expect(list.getByRole('link', { name: /Scanner bij de balie/ })).toHaveCount(0)
  await audience.getByText('Eindgebruikers').click()
  await expect(list.getByRole('link', { name: /Scanner bij de balie/ })).toBeVisible()
})

test('a glossary term is created and deleted', async ({ app }) => {
  const { page } = app
  await new ConsolePage(page).ready()
  await openSection(page, 'Begrippen')
  await page.getByRole('link', { name: 'Nieuw', exact: true }).click()

  await page.getByRole('textbox', { name: 'Begrip' }).fill('VTH')
  const aliases = page.getByRole('combobox', { name: 'Ook wel' })
  await aliases.fill('vergunningen en handhaving')
  await aliases.press('Enter')
  await page.getByRole('textbox', { name: 'Betekenis' }).fill('Vergunningverlening, toezicht en handhaving: het team dat omgevingsvergunningen behandelt.')
  await page.getByRole('button', { name: 'Opslaan' }).click()

  await expect(page.getByRole('heading', { level: 2, name: 'VTH' })).toBeVisible()
  await expect(page.getByTestId('glossary-aliases')).toContainText('vergunningen en handhaving')
  await expect(page.getByText('het team dat omgevingsvergunningen behandelt')).toBeVisible()

  await page.getByRole('button', { name: 'Verwijderen' }).click()
  const dialog = page.getByRole('dialog', { name: '„VTH” verwijderen?' })
  await expect(dialog).toContainText('Niets anders verwijst hiernaar.')
  await dialog.getByRole('button', { name: 'Definitief verwijderen' }).click()

  await expect(page.getByRole('heading', { level: 2, name: 'Begrippen' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Begrippen' }).getByRole('link', { name: /VTH/ })).toHaveCount(0)
})
