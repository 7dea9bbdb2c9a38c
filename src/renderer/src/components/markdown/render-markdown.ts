import createDOMPurify, { type Config } from 'dompurify'
import { Marked } from 'marked'

/**
 * Knowledge-base articles are Markdown written by knowledge managers. They are rendered to HTML with
 * marked (GFM) and then sanitized with DOMPurify against a strict allowlist before they reach the DOM:
 * only the elements Markdown itself produces (plus a few harmless HTML extras such as details/kbd),
 * no style, no SVG/MathML, no forms, no frames, and only the URL schemes below.
 */

/** Link targets: the outside world (https, http, mail, phone) and in-app hash routes (`#/…`). */
const LINK_SCHEME = /^(?:(?:https?|mailto|tel):|#\/)/
/** Image sources: remote https (blocked by the CSP when offline anyway) and raster data URIs. */
const IMAGE_SOURCE = /^(?:https:|data:image\/(?:png|jpeg|gif|webp)[;,])/
/** Used by DOMPurify's own URI check as a second line of defence (data: on img is checked above). */
const ALLOWED_URI = /^(?:(?:https?|mailto|tel):|#\/)/i
/** Code blocks keep their `language-…` class for highlighting; no other class survives. */
const CODE_CLASS = /^language-[\w+#.-]{1,40}$/

const ALLOWED_TAGS = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'div', 'dl', 'dt',
  'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'input', 'ins', 'kbd', 'li', 'mark',
  'ol', 'p', 'pre', 's', 'samp', 'small', 'span', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'u', 'ul',
]
// Attributes without a URL; listed as URI-safe so the strict ALLOWED_URI_REGEXP does not apply to them.
const PLAIN_ATTR = ['align', 'checked', 'colspan', 'disabled', 'open', 'rowspan', 'span', 'start', 'type']
const ALLOWED_ATTR = ['alt', 'class', 'href', 'src', 'title', ...PLAIN_ATTR]

const SANITIZE_CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ADD_URI_SAFE_ATTR: PLAIN_ATTR,
  ALLOWED_URI_REGEXP: ALLOWED_URI,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  FORBID_TAGS: ['style', 'script', 'svg', 'math', 'form', 'iframe', 'object', 'embed', 'base', 'meta', 'link', 'template'],
  FORBID_ATTR: ['style', 'id', 'name', 'srcset', 'action', 'formaction', 'xlink:href'],
  KEEP_CONTENT: true,
  RETURN_DOM: false,
  RETURN_DOM_FRAGMENT: false,
} satisfies Config

/** How a browser reads a URL attribute: C0 controls and spaces carry no meaning, the scheme is case-insensitive. */
function normalizeUrl(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase()
}

/** Builds a Markdown → sanitized HTML function bound to one window (the app's, or a jsdom window in tests). */
export function createMarkdownRenderer(win: Window & typeof globalThis): (markdown: string) => string {
  const marked = new Marked({ gfm: true, breaks: false, async: false })
  const purify = createDOMPurify(win)

  purify.addHook('uponSanitizeAttribute', (node, event) => {
    const tag = node.nodeName.toLowerCase()
    const name = event.attrName
    const value = normalizeUrl(event.attrValue)
    if (name === 'href') event.keepAttr = tag === 'a' && LINK_SCHEME.test(value)
    else if (name === 'src') event.keepAttr = tag === 'img' && IMAGE_SOURCE.test(value)
    else if (name === 'class') event.keepAttr = tag === 'code' && CODE_CLASS.test(event.attrValue.trim())
  })

  purify.addHook('afterSanitizeAttributes', (node) => {
    const tag = node.nodeName.toLowerCase()
    if (tag === 'a') {
      const href = node.getAttribute('href')
      if (href !== null && !normalizeUrl(href).startsWith('#/')) {
        // External: the window denies window.open and hands https/mailto/tel to the system.
        node.setAttribute('target', '_blank')
        node.setAttribute('rel', 'noopener noreferrer')
      }
    } else if (tag === 'img') {
      node.setAttribute('referrerpolicy', 'no-referrer')
      node.setAttribute('loading', 'lazy')
    } else if (tag === 'input') {
      // GFM task lists are the only reason for <input>: always a read-only checkbox.
      node.setAttribute('type', 'checkbox')
      node.setAttribute('disabled', '')
    }
  })

  return (markdown: string): string => {
    const html = marked.parse(markdown, { async: false })
    return purify.sanitize(html, SANITIZE_CONFIG)
  }
}

let appRenderer: ((markdown: string) => string) | undefined

/** Markdown → sanitized HTML for the app window; safe to put into `dangerouslySetInnerHTML`. */
export function renderMarkdown(markdown: string): string {
  appRenderer ??= createMarkdownRenderer(window)
  return appRenderer(markdown)
}
