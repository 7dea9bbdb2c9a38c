import { api } from './support/api'
import { expect, test, type LaunchedApp } from './support/app'
import { ConsolePage } from './support/console-page'

/** The plain Dutch word for the term on a card's front ("Wat is een gewoon woord voor X?"), from the lexicon, not the quiz. */
async function plainWordFor(app: LaunchedApp, front: string): Promise<{ term: string; plain: string }> {
  const term = /^Wat is een gewoon woord voor (.+)\?$/.exec(front.trim())?.[1]
  if (!term) throw new Error(`Not a plain-word card: ${front}`)
  const entry = (await api(app, 'jargon:list', {})).find((e) => e.term === term)
  if (!entry) throw new Error(`${term} is not in the lexicon`)
  return { term, plain: entry.plain.nl }
}

test('flashcards: the agent turns a card with the keyboard, grades one known and one not, and the progress counts both; a round ends in a summary', async ({
  app,
}) => {
  test.setTimeout(60_000)
  const { page } = app
  await new ConsolePage(page).ready()
  // A fresh console has one profile, the agent's own: it is chosen without asking.
  const [me] = await api(app, 'learners:list', {})
  const before = (await api(app, 'learning:progress', { learnerId: me!.id })).quiz
  expect(before.answered).toBe(0)

  await page.getByRole('navigation').getByRole('link', { name: 'Inwerken', exact: true }).click()
  await page.getByRole('link', { name: 'Kaarten', exact: true }).click()
  await expect(page).toHaveURL(/#\/learn\/cards$/)
  await expect(page.getByRole('heading', { level: 3, name: 'Flitskaarten' })).toBeVisible()
  await page.getByTestId('cards-topic').getByText('Vaktaal', { exact: true }).click()
  await page.getByRole('button', { name: 'Start de kaarten' }).click()

  // The front asks; the answer is not on the page until the card is turned.
  const card = page.getByTestId('flashcard')
  await expect(card.getByTestId('flashcard-counter')).toHaveText('Kaart 1 van 10')
  const first = await plainWordFor(app, (await card.getByTestId('flashcard-front').textContent())!)
  await expect(card.getByTestId('flashcard-answer')).toHaveCount(0)
  const show = card.getByRole('button', { name: 'Toon het antwoord' })
  await expect(show).toBeFocused()
  await page.keyboard.press('Space')
  await expect(card).toHaveAttribute('data-side', 'back')
  await expect(card.getByTestId('flashcard-answer')).toHaveText(first.plain)
  await expect(card.getByTestId('flashcard-back')).toBeFocused()
  await expect(card.getByRole('link', { name: 'Lees erover' })).toHaveAttribute('href', `#/jargon?q=${encodeURIComponent(first.term)}`)
  // Turning a card records nothing.
  expect((await api(app, 'learning:progress', { learnerId: me!.id })).quiz.answered).toBe(0)

  // "1": I knew it. The next card comes, ready for the keyboard again.
  await page.keyboard.press('1')
  await expect(card.getByTestId('flashcard-counter')).toHaveText('Kaart 2 van 10')
  await expect(card).toHaveAttribute('data-side', 'front')
  await expect(show).toBeFocused()
  const second = await plainWordFor(app, (await card.getByTestId('flashcard-front').textContent())!)
  await page.keyboard.press('Enter')
  await expect(card.getByTestId('flashcard-answer')).toHaveText(second.plain)
  await card.getByRole('button', { name: 'Ik wist het niet', exact: true }).click()
  await expect(card.getByTestId('flashcard-counter')).toHaveText('Kaart 3 van 10')

  // Two more answers, one right, under IT jargon: the cards and the quiz keep one record.
  const after = (await api(app, 'learning:progress', { learnerId: me!.id })).quiz
  expect(after).toMatchObject({ answered: before.answered + 2, correct: before.correct + 1 })
  expect(after.byTopic.find((row) => row.topic === 'jargon')).toMatchObject({ answered: 2, correct: 1 })

  // The rest of the round with the keyboard only: turn, then alternately "1" and "2" (4 known, 4 not).
  for (let n = 3; n <= 10; n++) {
    await expect(card.getByTestId('flashcard-counter')).toHaveText(`Kaart ${n} van 10`)
    await page.keyboard.press('Space')
    await expect(card).toHaveAttribute('data-side', 'back')
    await page.keyboard.press(n % 2 === 0 ? '1' : '2')
  }
  const summary = page.getByTestId('cards-summary')
  await expect(summary.getByTestId('cards-score')).toHaveText('Je wist er 5 van 10')
  await expect(summary.getByTestId('cards-score')).toBeFocused()
  const items = summary.getByTestId('cards-summary-item')
  await expect(items).toHaveCount(10)
  await expect(items.nth(0)).toHaveAttribute('data-knew', 'true')
  await expect(items.nth(0)).toContainText(`Antwoord: ${first.plain}`)
  await expect(items.nth(1)).toHaveAttribute('data-knew', 'false')
  await expect(items.nth(1)).toContainText('Wist ik niet')

  // The progress page counts every card graded.
  await summary.getByRole('link', { name: 'Bekijk je voortgang' }).click()
  const progress = page.getByTestId('learner-progress')
  await expect(progress.getByTestId('quiz-total')).toHaveText('5 van 10 antwoorden goed')
  const jargonRow = progress.getByTestId('quiz-by-topic').locator('[data-topic="jargon"]')
  await expect(jargonRow.getByTestId('answered')).toHaveText('10')
  await expect(jargonRow.getByTestId('correct')).toHaveText('5')
})
