import { describe, expect, it } from 'vitest'
import { allowNavigation, allowPermission, contentSecurityPolicy, isAppUrl, isExternalLink } from '../../../src/main/app/security/policy'

const app = 'file:///opt/Servicedesk%20Console/resources/app.asar/out/renderer/index.html'

describe('security policy', () => {
  it('trusts only the app page itself, with any hash route', () => {
    expect(isAppUrl(`${app}#/departments/abc`, app)).toBe(true)
    expect(isAppUrl('file:///etc/passwd', app)).toBe(false)
    expect(isAppUrl('https://example.org/', app)).toBe(false)
    expect(isAppUrl('not a url', app)).toBe(false)
    expect(isAppUrl('http://localhost:5173/#/x', 'http://localhost:5173/')).toBe(true)
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false)
  })

  it('cancels navigation away from the app', () => {
    expect(allowNavigation(`${app}#/departments`, app)).toBe(true)
    expect(allowNavigation('https://phishing.example/', app)).toBe(false)
  })

  it('denies every permission request', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) expect(allowPermission(p)).toBe(false)
  })

  it('opens only web, mail and phone links outside', () => {
    expect(isExternalLink('http://intranet.example.nl/')).toBe(true)
    expect(isExternalLink('https://intranet.example.nl/')).toBe(true)
    expect(isExternalLink('mailto:servicedesk@example.nl')).toBe(true)
    expect(isExternalLink('tel:+31600000101')).toBe(true)
    expect(isExternalLink('file:///etc/passwd')).toBe(false)
    expect(isExternalLink('javascript:alert(1)')).toBe(false)
  })

  it('has a CSP without eval or remote code', () => {
    const csp = contentSecurityPolicy()
    expect(csp).not.toMatch(/unsafe-eval/)
    expect(csp).toMatch(/script-src 'self'(;|$)/)
    expect(csp).toMatch(/object-src 'none'/)
  })
})
