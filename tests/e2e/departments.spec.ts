import { expect, test } from './support/app'
import { ConsolePage } from './support/console-page'

test('an agent opens the console, switches to English and sees what matters to a department', async ({ app }) => {
  const console = new ConsolePage(app.page)
  await console.ready()

  // The demo organisation, in Dutch on first start.
  await expect(app.page.getByTestId('organisation-name')).toHaveText('Gemeente Zuiderhaven')
  await expect(app.page.getByRole('heading', { level: 2, name: 'Afdelingen' })).toBeVisible()
  await expect(console.departmentList().getByRole('listitem')).toHaveCount(8)
  await expect(app.page.getByRole('link', { name: /Financiën/ })).toContainText('1 kritieke applicatie')

  await console.switchLanguage('EN')
  await expect(app.page.getByRole('heading', { level: 2, name: 'Departments' })).toBeVisible()
  await expect(app.page.getByRole('link', { name: /Financiën/ })).toContainText('1 critical application')

  await console.openDepartment(/Financiën/)
  const applications = console.applications()
  await expect(applications.getByRole('heading', { name: 'Applications and how critical they are' })).toBeVisible()
  const critical = applications.getByRole('row').filter({ hasText: 'Critical' })
  await expect(critical).toHaveCount(1)
  await expect(critical).toContainText('Finix Financiën')
  await expect(app.page.getByTestId('department-key-people')).toContainText('Henk Visser')
  await expect(app.page.getByText('the last 3 working days of every month')).toBeVisible()

  // The choice of language is kept.
  await app.page.reload()
  await expect(app.page.getByRole('heading', { level: 2, name: 'Financiën' })).toBeVisible()
  await expect(app.page.getByText('What matters to them')).toBeVisible()
})

test('the department view works with the keyboard alone', async ({ app }) => {
  await new ConsolePage(app.page).ready()
  const finance = app.page.getByRole('link', { name: /Financiën/ })
  for (let i = 0; i < 40 && !(await finance.evaluate((el) => el === document.activeElement)); i++) await app.page.keyboard.press('Tab')
  await expect(finance).toBeFocused()
  await app.page.keyboard.press('Enter')
  await expect(app.page.getByRole('heading', { level: 2, name: 'Financiën' })).toBeVisible()
})

test('a request with invalid input shows which field is wrong', async ({ app }) => {
  await new ConsolePage(app.page).ready()
  await app.page.evaluate(() => (window.location.hash = '#/departments/finance'))
  const alert = app.page.getByRole('alert')
  await expect(alert).toContainText('De invoer klopt niet')
  await expect(alert).toContainText('veld „id”')
  await expect(alert).not.toContainText(/at .*\.js/)
})
