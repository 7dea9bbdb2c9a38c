import type { Page } from '@playwright/test'
import { RT_CALL_ID_FIELD, RT_SETUP_COMMAND, RT_TEST_PORT, rtInstalled, rtReader, rtTargetConfig, rtToken, startRt, type RunningRt } from '../integration/rt/server'
import { api } from './support/api'
import { expect, test } from './support/app'
import { ConsolePage } from './support/console-page'

// Henk Visser works at Financiën (demo organisation); RT records him as the requestor by his e-mail.
const HENK = '+31600000106'
const HENK_EMAIL = 'h.visser@example.nl'

const level = (page: Page, group: string, option: string) => page.getByRole('radiogroup', { name: group }).getByText(option, { exact: true })

// A real Request Tracker 5 (installed by `.ci/run`). Without it this test is reported as not run, with how to run it.
test.skip(!rtInstalled(), `Request Tracker 5 is not installed here: run \`${RT_SETUP_COMMAND}\` as root on Debian (CI does), then the e2e again`)

test('a call finished while Request Tracker is down waits in the outbox and becomes an RT ticket once RT is up', async ({ launch }) => {
  test.setTimeout(120_000)
  const baseUrl = `http://127.0.0.1:${RT_TEST_PORT}`
  // The browser host reads the target's secret from its environment; the worker retries quickly in this test.
  const app = await launch({
    env: { SDC_TARGET_REQUEST_TRACKER_TOKEN: rtToken(), SDC_EXPORT_RETRY_MS: '500', SDC_EXPORT_POLL_MS: '200' },
  })
  const page = app.page
  await new ConsolePage(page).ready()
  await api(app, 'export:targets:save', { kind: 'rt', name: 'Request Tracker', config: rtTargetConfig(baseUrl).config })

  // The agent takes the call and finishes it on the call screen, while RT is not running.
  const notes = 'Eén factuur van € 1.234,56 stond dubbel in Finix; de tweede geboekt als “creditnota”.\nDaarna de betaalrun gecontroleerd: alles klopt, geen aanmaning nodig.'
  const started = await api(app, 'calls:start', { number: HENK })
  await page.evaluate((id) => (window.location.hash = `#/calls/${id}`), started.id)
  await expect(page.getByTestId('known-caller')).toContainText('Henk Visser')
  await page.getByLabel('Wat er gebeurt').fill('Finix boekt een factuur dubbel')
  await level(page, 'Impact', 'Eén persoon').click()
  await level(page, 'Urgentie', 'Normaal').click()
  await level(page, 'Hoe het gesprek eindigt', 'Opgelost').click()
  await page.getByRole('textbox', { name: 'Notities' }).fill(notes)
  await page.getByRole('button', { name: 'Gesprek afronden' }).click()
  await expect(page.getByTestId('finished-call')).toBeVisible()

  // Queued, with why: RT cannot be reached.
  const entry = page.getByTestId('call-export-entry').filter({ hasText: 'Request Tracker' })
  await expect(entry).toHaveAttribute('data-status', 'queued')
  await expect(entry.getByTestId('export-problem')).toHaveAttribute('data-reason', 'unreachable')

  let rt: RunningRt | null = null
  try {
    // RT comes up: the outbox sends the call by itself, and the call shows RT's ticket number as a link.
    rt = await startRt(RT_TEST_PORT)
    await expect(entry).toHaveAttribute('data-status', 'sent', { timeout: 60_000 })
    const link = entry.getByTestId('export-ticket')
    const number = (await link.textContent())!.trim()
    expect(number).toMatch(/^\d+$/)
    await expect(link).toHaveAttribute('href', `${baseUrl}/Ticket/Display.html?id=${number}`)
    await expect(entry).toContainText(`Verstuurd als ticket ${number}`)

    // In RT: one ticket with the subject, the notes verbatim (UTF-8 intact), the requestor and the call id.
    const reader = rtReader(rt.url)
    expect(await reader.ticketsWithCallId(started.id)).toEqual([number])
    const ticket = await reader.ticket(number)
    const short = started.id.replace(/-/g, '').slice(0, 8).toUpperCase()
    expect(ticket.subject).toBe(`[SDC-${short}] Finix boekt een factuur dubbel`)
    expect(ticket.content).toContain(notes)
    expect(ticket.contentType).toBe('text/plain')
    expect(ticket.requestors).toEqual([HENK_EMAIL])
    expect(ticket.customFields[RT_CALL_ID_FIELD]).toEqual([started.id])
  } finally {
    await rt?.stop()
  }
})
