import { rmSync } from 'node:fs'
import { expect, freshDataDir, startHost, stopProcess, test, type StartedHost } from '../support/app'
import { ConsolePage } from '../support/console-page'

/** Kills the host as a crash or a power cut would: no chance to save or close anything. */
function kill(host: StartedHost): Promise<void> {
  return new Promise((resolve) => {
    host.child.once('exit', () => resolve())
    host.child.kill('SIGKILL')
  })
}

test('what was typed into a call survives a killed host and is offered again on the next start', async ({ chromiumBrowser }) => {
  const dataDir = freshDataDir()
  let host = await startHost(dataDir, { SDC_LANGUAGE: 'nl' })
  const context = await chromiumBrowser!.newContext({ locale: 'nl-NL' })
  try {
    const page = await context.newPage()
    await page.goto(host.openUrl)
    await new ConsolePage(page).ready()
    await page.keyboard.press('Control+n')
    await expect(page).toHaveURL(/#\/calls\/[\w-]+$/)

    // Typed as an agent types, then the autosave interval (at most a second behind) and a little more.
    await page.getByLabel('Naam', { exact: true }).pressSequentially('Joke Hendriks')
    await page.getByLabel('Wat er gebeurt').pressSequentially('Het zaaksysteem geeft een foutmelding bij het opslaan van een vergunning')
    await page.getByLabel('Al geprobeerd').pressSequentially('opnieuw ingelogd')
    await page.waitForTimeout(1_200)
    await kill(host)

    host = await startHost(dataDir, { SDC_LANGUAGE: 'nl' })
    await page.goto(host.openUrl)
    await new ConsolePage(page).ready()
    const offer = page.getByTestId('resume-drafts')
    await expect(offer).toContainText('Joke Hendriks')
    await expect(offer).toContainText('Het zaaksysteem geeft een foutmelding')
    await offer.getByRole('button', { name: 'Hervatten' }).first().click()
    await expect(page.getByLabel('Naam', { exact: true })).toHaveValue('Joke Hendriks')
    await expect(page.getByLabel('Wat er gebeurt')).toHaveValue('Het zaaksysteem geeft een foutmelding bij het opslaan van een vergunning')
    await expect(page.getByLabel('Al geprobeerd')).toHaveValue('opnieuw ingelogd')
  } finally {
    await context.close()
    await stopProcess(host.child)
    rmSync(dataDir, { recursive: true, force: true })
  }
})
