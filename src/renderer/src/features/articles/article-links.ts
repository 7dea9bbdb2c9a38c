/**
 * Links under an article leave the console (the window hands them to the system browser or mail
 * program), so only web pages over https and e-mail addresses are accepted.
 */
export function isAcceptedLink(link: string): boolean {
  let url: URL
  try {
    url = new URL(link.trim())
  } catch {
    return false
  }
  if (url.protocol === 'https:') return url.hostname !== ''
  if (url.protocol === 'mailto:') return /^[^\s@]+@[^\s@]+$/.test(decodeURIComponent(url.pathname))
  return false
}

/** How a link is shown: an e-mail address without its scheme, a web address as typed. */
export function linkText(link: string): string {
  return link.replace(/^mailto:/i, '')
}
