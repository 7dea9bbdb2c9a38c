import type { Locator, Page } from '@playwright/test'
import { api } from './support/api'
import { expect, test, type LaunchedApp } from './support/app'
import { ConsolePage } from './support/console-page'

/** Presses Tab until the element has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 60 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(target).toBeFocused()
}

/** The right answer to "Wat is een gewoon woord voor X?", looked up in the lexicon, not in the quiz. */
async function plainWordsFor(app: LaunchedApp, question: string): Promise<{ term: string; plain: string[] }> {
  const term = /^Wat is een gewoon woord voor (.+)\?$/.exec(question.trim())?.[1]
  if (!term) throw new Error(`Not a plain-word question: ${question}`)
  const lexicon = await api(app, 'jargon:list', {})
  const entry = lexicon.find((e) => e.term === term)
  if (!entry) throw new Error(`${term} is not in the lexicon`)
  return { term, plain: [entry.plain.nl, entry.plain.en] }
}

test('a new learner starts the path, answers a generated quiz right and wrong, sees the progress; a team lead adds, changes and deletes a required item and removes the profile', async ({ app }) => {
  // One long journey through three pages; under two workers it takes about 20 s.
  test.setTimeout(60_000)
  const { page } = app
  await new ConsolePage(page).ready()
  await page.getByRole('navigation').getByRole('link', { name: 'Inwerken', exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'De organisatie leren kennen' })).toBeVisible()

  // A new profile, chosen at once.
  await page.getByRole('button', { name: 'Nieuw profiel' }).click()
  const dialog = page.getByRole('dialog', { name: 'Een nieuw profiel' })
  await dialog.getByRole('button', { name: 'Profiel toevoegen' }).click()
  await expect(dialog.getByText('Vul een naam in')).toBeVisible()
  await dialog.getByRole('textbox', { name: 'Naam' }).fill('Noor Jansen')
  await dialog.getByRole('button', { name: 'Profiel toevoegen' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('combobox', { name: 'Lerende' })).toHaveValue('Noor Jansen')
  const noor = (await api(app, 'learners:list', {})).find((l) => l.name === 'Noor Jansen')!
  expect(noor).toBeDefined()

  // The path comes from the knowledge base, departments first; each generated item links to its page.
  const before = await api(app, 'learning:path', { learnerId: noor.id })
  expect(before.total).toBeGreaterThan(5)
  expect(before.items[0]!.kind).toBe('department')
  const items = page.getByTestId('learning-path').getByTestId('path-item')
  await expect(items).toHaveCount(before.total)
  await expect(page.getByTestId('path-done')).toHaveText(`0 van ${before.total} gedaan`)
  const first = items.first()
  await expect(first.getByRole('link', { name: before.items[0]!.title })).toHaveAttribute('href', `#/departments/${before.items[0]!.refId}`)
  // A phase item is named by the call screen's cards and opens its card in place.
  const phase = items.and(page.locator('[data-kind="phase"]')).first()
  await expect(phase).toContainText('Openen')
  await phase.getByRole('button', { name: 'Toon de kaart' }).click()
  await expect(phase.getByTestId('phase-card')).toContainText('Neem op met de naam van de servicedesk')

  // The first item done, with the keyboard.
  const firstDone = first.getByRole('checkbox', { name: `‘${before.items[0]!.title}’ gedaan` })
  await tabTo(page, firstDone)
  await page.keyboard.press('Space')
  await expect(page.getByTestId('path-done')).toHaveText(`1 van ${before.total} gedaan`)
  await expect(firstDone).toBeChecked()
  expect((await api(app, 'learning:path', { learnerId: noor.id })).items[0]!.doneAt).not.toBeNull()

  // The chosen profile is remembered.
  await page.reload()
  await expect(page.getByRole('combobox', { name: 'Lerende' })).toHaveValue('Noor Jansen')
  await expect(page.getByTestId('path-done')).toHaveText(`1 van ${before.total} gedaan`)

  // A quiz about IT jargon: the first answer right (found in the lexicon), with the keyboard; the second wrong.
  await page.getByRole('link', { name: 'Quiz', exact: true }).click()
  await page.getByTestId('quiz-topic').getByText('Vaktaal', { exact: true }).click()
  await page.getByRole('button', { name: 'Start de quiz' }).click()
  const question = page.getByTestId('quiz-question')
  const group = question.getByRole('radiogroup')
  await expect(question.getByTestId('quiz-counter')).toHaveText(/^Vraag 1 van \d+$/)
  const firstQuestion = await plainWordsFor(app, (await question.locator('.mantine-RadioGroup-label').textContent())!)
  const options = question.getByTestId('quiz-option')
  const right = options.nth(await optionIndex(options, (text) => firstQuestion.plain.includes(text)))
  // Tab into the answers, Space takes the first, the arrow keys move on to the right one, Enter answers.
  await tabTo(page, group.getByRole('radio').first())
  await page.keyboard.press('Space')
  for (let i = 0; i < 5 && !(await right.getByRole('radio').isChecked()); i++) await page.keyboard.press('ArrowDown')
  await expect(right.getByRole('radio')).toBeChecked()
  await page.keyboard.press('Enter')
  const feedback = question.getByTestId('quiz-feedback')
  await expect(feedback).toContainText('Goed!')
  await expect(right).toHaveAttribute('data-correct', 'true')
  const next = page.getByRole('button', { name: 'Volgende vraag' })
  await expect(next).toBeFocused()
  await page.keyboard.press('Enter')

  await expect(question.getByTestId('quiz-counter')).toHaveText(/^Vraag 2 van \d+$/)
  await expect(group.getByRole('radio').first()).toBeFocused()
  const secondQuestion = await plainWordsFor(app, (await question.locator('.mantine-RadioGroup-label').textContent())!)
  const wrong = options.nth(await optionIndex(options, (text) => !secondQuestion.plain.includes(text)))
  await wrong.getByRole('radio').check()
  await page.getByRole('button', { name: 'Antwoord geven' }).click()
  await expect(feedback).toContainText('Niet helemaal. Het goede antwoord is:')
  await expect(wrong).toHaveAttribute('data-chosen', 'true')
  await expect(wrong).toHaveAttribute('data-correct', 'false')
  await expect(wrong).toContainText('Jouw antwoord')
  const shownRight = question.locator('[data-testid="quiz-option"][data-correct="true"]')
  await expect(shownRight).toContainText('Goede antwoord')
  expect(secondQuestion.plain).toContain((await shownRight.locator('label').textContent())!.trim())
  await expect(feedback.getByRole('link', { name: 'Lees erover' })).toHaveAttribute('href', `#/jargon?q=${encodeURIComponent(secondQuestion.term)}`)

  // Both answers are recorded, right and wrong, under the topic.
  const recorded = await api(app, 'learning:progress', { learnerId: noor.id })
  expect(recorded.quiz).toMatchObject({ answered: 2, correct: 1 })
  expect(recorded.quiz.byTopic.find((row) => row.topic === 'jargon')).toMatchObject({ answered: 2, correct: 1 })

  // "Read about it" opens the IT-jargon list on that term.
  await feedback.getByRole('link', { name: 'Lees erover' }).click()
  await expect(page.getByRole('searchbox', { name: 'Zoeken' })).toHaveValue(secondQuestion.term)
  await expect(page.getByTestId('jargon-table')).toContainText(secondQuestion.term)

  // The progress page: the path, 2 answered and 1 right in the jargon row, no practice calls yet, and the team table.
  await page.getByRole('navigation').getByRole('link', { name: 'Inwerken', exact: true }).click()
  await page.getByRole('link', { name: 'Voortgang', exact: true }).click()
  const progress = page.getByTestId('learner-progress')
  await expect(progress.getByRole('heading', { name: 'Voortgang van Noor Jansen' })).toBeVisible()
  await expect(progress.getByTestId('path-done')).toHaveText(`1 van ${before.total} gedaan`)
  await expect(progress.getByTestId('quiz-total')).toHaveText('1 van 2 antwoorden goed')
  const jargonRow = progress.getByTestId('quiz-by-topic').locator('[data-topic="jargon"]')
  await expect(jargonRow.getByTestId('answered')).toHaveText('2')
  await expect(jargonRow.getByTestId('correct')).toHaveText('1')
  await expect(jargonRow).toContainText('50%')
  await expect(progress.locator('.recharts-bar-rectangle')).toHaveCount(1)
  await expect(progress.getByTestId('practice-empty')).toBeVisible()
  const teamRow = page.getByTestId('team-overview').locator('[data-learner="Noor Jansen"]')
  await expect(teamRow).toContainText(`1 van ${before.total} gedaan`)
  await expect(teamRow).toContainText('1 van 2 goed')

  // The team lead adds a required item of their own, and moves it up with the keyboard.
  await page.getByRole('link', { name: 'Leerpad', exact: true }).click()
  await expect(items).toHaveCount(before.total)
  await page.getByRole('switch', { name: 'Leerpad aanpassen' }).check()
  await page.getByRole('button', { name: 'Eigen onderdeel toevoegen' }).click()
  const own = page.getByRole('dialog', { name: 'Een nieuw eigen onderdeel' })
  await own.getByRole('button', { name: 'Opslaan' }).click()
  await expect(own.getByText('Vul een titel in')).toBeVisible()
  await own.getByRole('textbox', { name: 'Titel' }).fill('Meeluisteren bij een collega')
  await own.getByRole('textbox', { name: 'Tekst' }).fill('Luister een ochtend mee met een ervaren collega aan de telefoon.')
  await own.getByRole('checkbox', { name: 'Iedere lerende moet dit doen' }).check()
  await own.getByRole('button', { name: 'Opslaan' }).click()
  await expect(own).toBeHidden()
  await expect(items).toHaveCount(before.total + 1)
  const added = items.filter({ hasText: 'Meeluisteren bij een collega' })
  await expect(added.getByTestId('required-badge')).toHaveText('Verplicht')
  await expect(added).toContainText('Luister een ochtend mee')
  await expect(page.getByTestId('path-done')).toHaveText(`1 van ${before.total + 1} gedaan`)
  await expect(page.getByTestId('path-required')).toHaveText(`Verplicht: 0 van ${before.requiredTotal + 1} gedaan`)

  const up = added.getByRole('button', { name: '‘Meeluisteren bij een collega’ omhoog' })
  await up.focus()
  await page.keyboard.press('Enter')
  await expect(items.nth(before.total - 1)).toContainText('Meeluisteren bij een collega')
  await expect(up).toBeFocused()
  const after = await api(app, 'learning:path', { learnerId: noor.id })
  expect(after.items.map((i) => i.title).indexOf('Meeluisteren bij een collega')).toBe(before.total - 1)
  expect(after.items.find((i) => i.kind === 'own')).toMatchObject({ required: true, body: 'Luister een ochtend mee met een ervaren collega aan de telefoon.' })

  // Changed, then deleted after a question (cancelled once).
  await added.getByRole('button', { name: '‘Meeluisteren bij een collega’ wijzigen' }).click()
  const change = page.getByRole('dialog', { name: 'Onderdeel wijzigen' })
  await expect(change.getByRole('textbox', { name: 'Titel' })).toHaveValue('Meeluisteren bij een collega')
  await change.getByRole('textbox', { name: 'Titel' }).fill('Meeluisteren bij Sanne')
  await change.getByRole('button', { name: 'Opslaan' }).click()
  const renamed = items.filter({ hasText: 'Meeluisteren bij Sanne' })
  await expect(renamed).toHaveCount(1)
  await renamed.getByRole('button', { name: '‘Meeluisteren bij Sanne’ verwijderen' }).click()
  const question2 = page.getByRole('dialog', { name: '‘Meeluisteren bij Sanne’ verwijderen?' })
  await question2.getByRole('button', { name: 'Annuleren' }).click()
  await expect(question2).toBeHidden()
  await expect(renamed).toHaveCount(1)
  await renamed.getByRole('button', { name: '‘Meeluisteren bij Sanne’ verwijderen' }).click()
  await question2.getByRole('button', { name: 'Onderdeel verwijderen' }).click()
  await expect(renamed).toHaveCount(0)
  await expect(items).toHaveCount(before.total)
  expect((await api(app, 'learning:path', { learnerId: noor.id })).items.some((i) => i.kind === 'own')).toBe(false)

  // A profile that is no longer needed goes, with its progress, after a question.
  await page.getByRole('link', { name: 'Voortgang', exact: true }).click()
  await page.getByRole('button', { name: 'Profiel van Noor Jansen verwijderen' }).click()
  await page.getByRole('dialog', { name: 'Profiel van Noor Jansen verwijderen?' }).getByRole('button', { name: 'Profiel verwijderen' }).click()
  await expect(page.getByTestId('team-overview').locator('[data-learner="Noor Jansen"]')).toHaveCount(0)
  expect((await api(app, 'learners:list', {})).map((l) => l.name)).not.toContain('Noor Jansen')
  await expect(page.getByRole('combobox', { name: 'Lerende' })).not.toHaveValue('Noor Jansen')
})

/** The position of the first answer whose words pass `test`. */
async function optionIndex(options: Locator, test: (text: string) => boolean): Promise<number> {
  const texts = (await options.locator('label').allTextContents()).map((text) => text.trim())
  const index = texts.findIndex(test)
  if (index < 0) throw new Error(`No such answer among ${texts.join(' | ')}`)
  return index
}
