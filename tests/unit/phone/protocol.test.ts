import { describe, expect, it } from 'vitest'
import { createProtocolInbox, protocolClient, requestFromArgv, requestFromUrl } from '../../../src/main/phone/protocol'
import { readCtiEvent, readQuery } from '../../../src/main/phone/request'

describe('the command line of a (second) instance', () => {
  it('finds the screen-pop URL among the flags Electron and Chromium add', () => {
    const argv = ['C:\\Program Files\\Servicedesk Console\\Servicedesk Console.exe', '--allow-file-access-from-files', '--', 'servicedesk-console://call?number=%2B31201234567&callId=7']
    expect(requestFromArgv(argv)).toEqual({
      kind: 'event',
      url: 'servicedesk-console://call?number=%2B31201234567&callId=7',
      event: { event: 'newCall', number: '+31201234567', callId: '7' },
    })
  })

  it('is nothing to act on when the agent just started the console again', () => {
    expect(requestFromArgv(['/opt/Servicedesk Console/servicedesk-console', '--no-sandbox'])).toEqual({ kind: 'none' })
    expect(requestFromArgv([])).toEqual({ kind: 'none' })
  })

  it('refuses a malformed URL with the reason, never throws', () => {
    const refused = requestFromArgv(['app', 'servicedesk-console://call?number=drop%20table'])
    expect(refused).toMatchObject({ kind: 'refused', error: expect.stringMatching(/number/) })
    expect(requestFromUrl('servicedesk-console://open?x=1')).toMatchObject({ kind: 'refused', error: expect.stringMatching(/unknown action/) })
    expect(requestFromUrl('servicedesk-console://hangup?callId=abc')).toEqual({ kind: 'event', url: 'servicedesk-console://hangup?callId=abc', event: { event: 'hangup', callId: 'abc' } })
  })
})

describe('registering the URL scheme', () => {
  it('puts -- before the URL on Windows, so a crafted URL cannot add a Chromium switch', () => {
    expect(protocolClient({ platform: 'win32', defaultApp: false, execPath: 'C:\\SDC\\sdc.exe', appPath: 'C:\\repo' })).toEqual({
      scheme: 'servicedesk-console',
      path: 'C:\\SDC\\sdc.exe',
      args: ['--'],
    })
    expect(protocolClient({ platform: 'win32', defaultApp: true, execPath: 'C:\\electron.exe', appPath: 'C:\\repo' })).toEqual({
      scheme: 'servicedesk-console',
      path: 'C:\\electron.exe',
      args: ['C:\\repo', '--'],
    })
  })

  it('leaves macOS and Linux to the packaged app, and starts Electron with the app folder when unpackaged', () => {
    expect(protocolClient({ platform: 'darwin', defaultApp: false, execPath: '/Applications/x', appPath: '/repo' })).toEqual({ scheme: 'servicedesk-console', args: [] })
    expect(protocolClient({ platform: 'linux', defaultApp: false, execPath: '/opt/x', appPath: '/repo' })).toEqual({ scheme: 'servicedesk-console', args: [] })
    expect(protocolClient({ platform: 'linux', defaultApp: true, execPath: '/usr/bin/electron', appPath: '/repo' })).toEqual({
      scheme: 'servicedesk-console',
      path: '/usr/bin/electron',
      args: ['/repo'],
    })
  })
})

describe('URLs that arrive before the console is ready', () => {
  it('are kept and handed over once, in order; later ones go straight through', () => {
    const inbox = createProtocolInbox()
    inbox.push('servicedesk-console://call?number=1111')
    inbox.push('servicedesk-console://call?number=2222')
    const handled: string[] = []
    inbox.ready((url) => handled.push(url))
    inbox.push('servicedesk-console://hangup')
    expect(handled).toEqual(['servicedesk-console://call?number=1111', 'servicedesk-console://call?number=2222', 'servicedesk-console://hangup'])
  })
})

describe('reading a request', () => {
  it('keeps + in a query as a plus, ignores unknown parameters and reads names in any case', () => {
    expect(readQuery('NUMBER=+31 20&CallID=a1&line=2&token=t%2Bk')).toEqual({ values: { number: '+31 20', callId: 'a1', token: 't+k' }, issues: [] })
  })

  it('treats empty optional fields as absent, as an unfilled URL template leaves them', () => {
    expect(readCtiEvent({ event: 'hangup', number: '', callId: '' })).toEqual({ ok: true, value: { event: 'hangup' } })
    expect(readCtiEvent({ event: 'NEWCALL', number: ' 0201234567 ', callId: '' })).toEqual({ ok: true, value: { event: 'newCall', number: '0201234567' } })
  })

  it('names the field of every problem', () => {
    expect(readCtiEvent({ event: 'newCall', number: '   ' })).toMatchObject({ ok: false, issues: [{ field: 'number', message: expect.stringMatching(/missing/) }] })
    expect(readCtiEvent({ number: '0201234567' })).toMatchObject({ ok: false, issues: [{ field: 'event' }] })
    expect(readCtiEvent(null)).toMatchObject({ ok: false, issues: [{ field: '' }] })
    expect(readQuery('callId=1&callid=2').issues).toEqual([{ field: 'callId', message: 'callId is given more than once' }])
  })
})
