import { api } from './support/api'
import { expect, test } from './support/app'
import { ConsolePage } from './support/console-page'

const RULE = "Medewerkers krijgen geen rechten om zelf programma's op hun laptop te installeren."

/** A date a week from now (YYYY-MM-DD), so the next step is always in the future. */
function inAWeek(): string {
  return new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)
}

test('during a call, a refusal is built on the rule about administrator rights, checked, saved as final, kept with the call and in the rule’s library', async ({ app }) => {
  const page = app.page
  await new ConsolePage(page).ready()

  // A call: Ctrl+N, and the outcome is a refusal.
  await page.keyboard.press('Control+n')
  await expect(page).toHaveURL(/#\/calls\/[\w-]+$/)
  const callUrl = page.url()
  const callId = /#\/calls\/([\w-]+)$/.exec(callUrl)![1]!
  await page.getByRole('radiogroup', { name: 'Hoe het gesprek eindigt' }).getByText('Afgewezen', { exact: true }).click()
  await page.getByRole('link', { name: 'De weigering opbouwen' }).click()
  await expect(page).toHaveURL(new RegExp(`#/refusals/new\\?call=${callId}$`))

  // The rule about administrator rights prefills the reason, the rule, its owner, alternatives and the exception path.
  await page.getByRole('combobox', { name: 'Regel uit de kennisbank' }).click()
  await page.keyboard.type('zelf programma')
  await page.getByRole('option', { name: RULE }).click()
  await expect(page.getByRole('textbox', { name: 'Waarom', exact: true })).toHaveValue(/verkeerde klik/)
  await expect(page.getByRole('textbox', { name: 'De regel', exact: true })).toHaveValue(RULE)
  await expect(page.getByRole('textbox', { name: 'Alternatief 1: wat' })).toHaveValue(/Softwarecentrum/)
  await expect(page.getByRole('textbox', { name: 'Wat daarvoor nodig is, en hoe je het vraagt' })).toHaveValue(/teamleider/)

  // What the agent adds: the request and its goal, how long an exception takes, the next step with a date.
  await page.getByRole('textbox', { name: 'Waar de beller om vroeg' }).fill('het recht om zelf een programma te installeren')
  await page.getByRole('textbox', { name: 'Waarvoor de beller het nodig heeft' }).fill('een meetapparaat aan te sluiten')
  await page.getByRole('textbox', { name: 'Hoe lang het duurt' }).fill('meestal twee werkdagen')
  await page.getByRole('textbox', { name: 'Wie', exact: true }).fill('ik')
  await page.getByRole('textbox', { name: 'Doet wat' }).fill('bel u terug met de uitkomst')
  await page.getByLabel('Uiterlijk (datum)').fill(inAWeek())

  // Jargon typed into a part is underlined in the preview and fixed in that part with one click.
  const goal = page.getByRole('textbox', { name: 'Waarvoor de beller het nodig heeft' })
  await goal.fill('een meetapparaat op de USB-poort aan te sluiten')
  const preview = page.getByTestId('refusal-preview')
  await expect(preview.getByTestId('refusal-written').locator('mark[data-issue-kind="jargon"]')).toHaveText(['USB-poort'])
  await preview.getByRole('button', { name: /^Vervang ‘USB-poort’ door/ }).click()
  await expect(goal).toHaveValue(/^een meetapparaat op (de )?aansluiting voor een stick of kabel aan te sluiten$/)
  await expect(preview.getByTestId('refusal-written').locator('mark[data-issue-kind="jargon"]')).toHaveCount(0)
  await goal.fill('een meetapparaat aan te sluiten')

  // Without any alternative, saving as final is blocked with a message saying what is missing.
  const remove = page.getByRole('button', { name: /^Alternatief \d verwijderen$/ })
  while ((await remove.count()) > 0) await remove.first().click()
  const problems = page.getByTestId('refusal-problems')
  await page.getByRole('button', { name: 'Geschreven versie kopiëren' }).click()
  await expect(problems).toContainText('Ontbreekt: een alternatief (wat, hoe, hoe lang) of waarom er geen is.')
  await expect(page.getByText('Gekopieerd.')).toHaveCount(0)
  await page.getByRole('button', { name: 'Definitief maken' }).click()
  await expect(problems).toContainText('Ontbreekt: een alternatief (wat, hoe, hoe lang) of waarom er geen is.')
  await expect(page.getByTestId('refusal-alternatives-error')).toBeVisible()
  await expect(page).toHaveURL(/#\/refusals\/new/)

  // One alternative with how and how long.
  await page.getByRole('button', { name: 'Alternatief toevoegen' }).click()
  await page.getByRole('textbox', { name: 'Alternatief 1: wat' }).fill('Werkplekbeheer sluit het meetapparaat op afstand voor u aan, terwijl u meekijkt.')
  await page.getByRole('textbox', { name: 'Hoe', exact: true }).fill('Ik zet de aanvraag nu voor u klaar.')
  await page.getByRole('textbox', { name: 'Hoe lang', exact: true }).fill('meestal dezelfde dag')
  await expect(problems).toHaveCount(0)

  // Both versions appear; the written one has no jargon.
  const spoken = page.getByTestId('refusal-preview').getByTestId('refusal-spoken')
  const written = page.getByTestId('refusal-preview').getByTestId('refusal-written')
  await expect(spoken).toContainText('U vroeg om het recht om zelf een programma te installeren, om een meetapparaat aan te sluiten.')
  await expect(written).toContainText('Beste collega,')
  await expect(written).toContainText('Wat u wel kunt doen:')
  await expect(written).toContainText('Wat gebeurt er nu? Ik bel u terug met de uitkomst, uiterlijk')
  await expect(written.locator('mark[data-issue-kind="jargon"]')).toHaveCount(0)
  await expect(page.getByTestId('refusal-readability')).toBeVisible()

  // Saved as final: back to the call, which shows the written version and has the spoken one as its notes.
  await page.getByRole('button', { name: 'Definitief maken' }).click()
  await expect(page).toHaveURL(callUrl)
  await expect(page.getByTestId('call-refusal-written')).toContainText('U vroeg om het recht om zelf een programma te installeren.')
  await expect(page.getByRole('textbox', { name: 'Notities' })).toHaveValue(/^U vroeg om het recht om zelf een programma te installeren, om een meetapparaat aan te sluiten\./)

  // The rule's page lists it in its library, and a new refusal can start from it.
  await page.getByRole('navigation').getByRole('link', { name: 'Regels' }).click()
  await page.getByRole('link', { name: RULE }).click()
  const library = page.getByTestId('refusal-library')
  await expect(library.getByTestId('refusal-library-item')).toHaveCount(1)
  await expect(library.getByTestId('refusal-library-item')).toContainText('U vroeg om het recht om zelf een programma te installeren')
  await library.getByRole('link', { name: 'Begin met deze' }).click()
  await expect(page.getByRole('textbox', { name: 'Alternatief 1: wat' })).toHaveValue(/Werkplekbeheer sluit het meetapparaat/)
})

test('for a caller who speaks English, the builder says which stored texts are only in Dutch and composes in English', async ({ app }) => {
  const page = app.page
  await new ConsolePage(page).ready()
  // Oliver Bennett (Financiën) prefers English; the knowledge base is in Dutch.
  const started = await api(app, 'calls:start', { number: '+31600000107' })
  await page.goto(`${page.url().split('#')[0]}#/calls/${started.id}`)
  await page.getByRole('radiogroup', { name: 'Hoe het gesprek eindigt' }).getByText('Afgewezen', { exact: true }).click()
  await page.getByRole('link', { name: 'De weigering opbouwen' }).click()
  await expect(page.getByRole('radiogroup', { name: 'Taal van de beller' }).getByRole('radio', { name: 'Engels' })).toBeChecked()

  await page.getByRole('combobox', { name: 'Regel uit de kennisbank' }).click()
  await page.keyboard.type('zelf programma')
  await page.getByRole('option', { name: RULE }).click()

  // Nothing Dutch is copied into an English refusal: each stored text is offered for the agent to write.
  const why = page.getByRole('textbox', { name: 'Waarom', exact: true })
  await expect(why).toHaveValue('')
  const notice = page.locator('[data-notice-field="reason"]')
  await expect(notice).toContainText('De kennisbank heeft dit alleen in het Nederlands, niet in het Engels.')
  await expect(notice).toContainText('verkeerde klik')
  await expect(page.locator('[data-notice-field="alternatives"]')).toContainText('Softwarecentrum')

  await page.getByRole('textbox', { name: 'Waar de beller om vroeg' }).fill('the right to install programs yourself')
  await why.fill('With that right, one wrong click can take over the whole laptop.')
  const written = page.getByTestId('refusal-preview').getByTestId('refusal-written')
  await expect(written).toContainText('Dear colleague,')
  await expect(written).toContainText('You asked for the right to install programs yourself.')
  await expect(written).toContainText('Why is that? With that right, one wrong click can take over the whole laptop.')
  await expect(written).toContainText('Please let me know if you have questions or see it differently.')
})
