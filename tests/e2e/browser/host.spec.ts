import { expect, test } from '../support/app'
import { ConsolePage } from '../support/console-page'

test('the host answers 401 to API requests without the launch token', async ({ app }) => {
  const { url, token } = app.host!
  const without = await fetch(`${url}/api/departments:list`, { method: 'POST', body: '{}' })
  expect(without.status).toBe(401)
  const withToken = await fetch(`${url}/api/departments:list`, { method: 'POST', body: '{}', headers: { authorization: `Bearer ${token}` } })
  expect(withToken.status).toBe(200)
})

test('an event pushed by the main side reaches the UI of another window', async ({ app }) => {
  const first = new ConsolePage(app.page)
  await first.ready()
  const other = new ConsolePage(await app.openAnotherClient())
  await other.ready()
  await expect(other.page.getByRole('heading', { level: 2, name: 'Afdelingen' })).toBeVisible()

  // The change is made in the first window; the second learns of it only through the settings:changed event.
  await first.switchLanguage('EN')
  await expect(other.page.getByRole('heading', { level: 2, name: 'Departments' })).toBeVisible()
})
