import { expect, test } from '../support/app'

// The phone system's side of screen pop, against the built host: only the shared secret opens a call.
test('the screen-pop endpoint refuses a wrong token and opens a call with the right one', async ({ app }) => {
  const phone = app.phone!
  expect(phone.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/cti$/)
  const announce = (token: string) =>
    fetch(phone.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ event: 'newCall', number: '+31 20 123 4567', callId: 'e2e-1' }),
    })

  const refused = await announce('not-the-token')
  expect(refused.status).toBe(401)
  expect(await refused.json()).toMatchObject({ ok: false, error: { message: expect.stringMatching(/token/) } })

  const accepted = await announce(phone.token)
  expect(accepted.status).toBe(200)
  const body = (await accepted.json()) as { ok: boolean; callId: string; personId: string | null }
  expect(body).toMatchObject({ ok: true, callId: expect.stringMatching(/^[0-9a-f-]{36}$/), personId: null })

  // The call is in the console's own database, with the number filled in.
  const { url, token } = app.host!
  const call = await fetch(`${url}/api/calls:get`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: JSON.stringify({ id: body.callId }) })
  expect(await call.json()).toMatchObject({ ok: true, value: { id: body.callId, phoneNumber: '+31 20 123 4567', source: 'phone', ctiCallId: 'e2e-1' } })
})
