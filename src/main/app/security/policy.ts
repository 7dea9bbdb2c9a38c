/**
 * Security policies as pure functions (no electron import), unit-tested, and wired in window.ts.
 */

/** The renderer is trusted only at its own URL: the built index.html, or the dev server in development. */
export function isAppUrl(url: string, appUrl: string): boolean {
  let candidate: URL
  let app: URL
  try {
    candidate = new URL(url)
    app = new URL(appUrl)
  } catch {
    return false
  }
  if (app.protocol === 'file:') return candidate.protocol === 'file:' && candidate.pathname === app.pathname
  return candidate.origin === app.origin
}

/** Navigation inside the app (hash routes) stays; anything else is cancelled. */
export function allowNavigation(url: string, appUrl: string): boolean {
  return isAppUrl(url, appUrl)
}

/** Permission requests (camera, microphone, notifications, geolocation…) are denied: the console needs none. */
export function allowPermission(_permission: string): boolean {
  return false
}

/** Links meant for the outside world open in the system browser, and only these kinds. */
export function isExternalLink(url: string): boolean {
  try {
    const { protocol } = new URL(url)
    return protocol === 'https:' || protocol === 'http:' || protocol === 'mailto:' || protocol === 'tel:'
  } catch {
    return false
  }
}

/** The Content-Security-Policy of the app window: no eval, no remote code, no plugins, no framing. */
export function contentSecurityPolicy(devServerOrigin?: string): string {
  const self = devServerOrigin ? `'self' ${devServerOrigin}` : "'self'"
  return [
    `default-src ${self}`,
    `script-src ${self}`,
    // Mantine injects its CSS variables in <style> elements.
    `style-src ${self} 'unsafe-inline'`,
    `img-src ${self} data:`,
    `font-src ${self} data:`,
    `connect-src ${devServerOrigin ? `${self} ws://${new URL(devServerOrigin).host}` : self}`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'none'",
  ].join('; ')
}
