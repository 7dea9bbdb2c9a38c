import { JSDOM } from 'jsdom'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

// Knowledge-base articles are Markdown from knowledge managers, rendered as HTML in the app window.
// These tests run the real renderer (marked + DOMPurify) against a jsdom window and check the output DOM.

type Render = (markdown: string) => string
interface MarkdownModule {
  createMarkdownRenderer(win: Window & typeof globalThis): Render
}

// The module belongs to the renderer project (tsconfig.web.json). A literal import would pull it into
// tsconfig.node.json, whose composite build refuses files outside its include (TS6307), so it is loaded
// by path at run time and typed by the interface above.
const modulePath = join(import.meta.dirname, '../../../src/renderer/src/components/markdown/render-markdown.ts')
const { createMarkdownRenderer } = (await import(/* @vite-ignore */ modulePath)) as MarkdownModule

const { window } = new JSDOM('<!doctype html><html><body></body></html>')
const render = createMarkdownRenderer(window as unknown as Window & typeof globalThis)

/** The output as the app's DOM gets it: assigned to innerHTML of a div (what dangerouslySetInnerHTML does). */
function parse(html: string): HTMLDivElement {
  const host = window.document.createElement('div')
  host.innerHTML = html
  return host
}

const FORBIDDEN_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'button', 'textarea', 'select', 'base',
  'meta', 'link', 'style', 'svg', 'math', 'template', 'noscript', 'video', 'audio', 'source', 'portal',
])
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'cite', 'srcset', 'ping'])
const SCRIPTABLE_SCHEME = /^(?:javascript|vbscript|data):/
const RASTER_DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp)[;,]/
const LINK_ALLOWLIST = /^(?:https?:|mailto:|tel:|#\/)/
const IMAGE_ALLOWLIST = /^(?:https:|data:image\/(?:png|jpeg|gif|webp)[;,])/

/** As a browser reads a URL attribute: C0 controls and spaces are ignored, the scheme is case-insensitive. */
function normalizeUrl(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0020\u007f]+/g, '').toLowerCase()
}

/** Everything in the output DOM that could run script, load a frame, submit, restyle the app or leave the allowlist. */
function dangers(host: Element): string[] {
  const found: string[] = []
  for (const element of Array.from(host.querySelectorAll('*'))) {
    const tag = element.localName
    if (FORBIDDEN_ELEMENTS.has(tag)) found.push(`<${tag}>`)
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase()
      if (name.startsWith('on')) found.push(`<${tag} ${name}>`)
      if (name === 'style') found.push(`<${tag} style>`)
      if (URL_ATTRIBUTES.has(name)) {
        const url = normalizeUrl(attribute.value)
        const rasterImage = tag === 'img' && name === 'src' && RASTER_DATA_IMAGE.test(url)
        if (SCRIPTABLE_SCHEME.test(url) && !rasterImage) found.push(`<${tag} ${name}="${attribute.value}">`)
      }
    }
    const href = element.getAttribute('href')
    if (tag === 'a' && href !== null && !LINK_ALLOWLIST.test(normalizeUrl(href))) found.push(`<a href="${href}"> off the allowlist`)
    const src = element.getAttribute('src')
    if (tag === 'img' && src !== null && !IMAGE_ALLOWLIST.test(normalizeUrl(src))) found.push(`<img src="${src}"> off the allowlist`)
  }
  return found
}

// Some payloads start with a <div> line: that opens a CommonMark HTML block, so marked passes the next line
// through untouched even where its own inline-HTML grammar would have escaped it. DOMPurify must handle it.
const PAYLOADS: Array<{ name: string; markdown: string }> = [
  // Scripts
  { name: 'script element', markdown: '<script>alert(1)</script>' },
  { name: 'external script, upper case', markdown: '<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>' },
  { name: 'malformed nested script', markdown: '<<script>alert(1);//<</script>' },
  { name: 'split script tag', markdown: '<scr<script>ipt>alert(1)</scr</script>ipt>' },
  { name: 'quote confusion before script', markdown: '<img """><script>alert(1)</script>">' },
  // Event handlers
  { name: 'img onerror', markdown: '<img src=x onerror=alert(1)>' },
  { name: 'img onmouseover, upper case', markdown: `<IMG SRC=# onmouseover="alert('xxs')">` },
  { name: 'onerror glued after a quoted attribute', markdown: '<div>\n<IMG SRC="x"onerror="alert(1)">\n</div>' },
  { name: 'eval(src) via alt', markdown: '<img src=x:alert(alt) onerror=eval(src) alt=0>' },
  { name: 'onclick on an allowed link', markdown: '<a href="https://example.org" onclick="alert(1)">x</a>' },
  { name: 'details ontoggle', markdown: '<details open ontoggle=alert(1)><summary>s</summary>x</details>' },
  { name: 'body onload', markdown: '<body onload=alert(1)>' },
  { name: 'input autofocus onfocus', markdown: '<input onfocus=alert(1) autofocus>' },
  { name: 'video source onerror', markdown: '<video><source onerror=alert(1)></video>' },
  { name: 'audio onerror', markdown: '<audio src=x onerror=alert(1)>' },
  { name: 'marquee onstart', markdown: '<marquee onstart=alert(1)>x</marquee>' },
  { name: 'unknown element onclick', markdown: '<x onclick=alert(1)>click me</x>' },
  { name: 'entity in attribute name', markdown: '<div>\n<img src="x" &#111;nerror=alert(1)>\n</div>' },
  { name: 'slash as attribute separator', markdown: '<div>\n<img/src=x/onerror=alert(1)>\n</div>' },
  // javascript: and friends in links
  { name: 'markdown link javascript:', markdown: '[x](javascript:alert(1))' },
  { name: 'markdown link mixed case', markdown: '[x](JaVaScRiPt:alert(1))' },
  { name: 'markdown link entity-encoded scheme', markdown: '[x](&#106;avascript:alert(1))' },
  { name: 'markdown link entity-encoded colon', markdown: '[x](javascript&#58;alert(1))' },
  { name: 'markdown link hex entities', markdown: '[x](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))' },
  { name: 'markdown link angle destination with title', markdown: '[x](<javascript:alert(1)> "t")' },
  { name: 'reference-style link', markdown: '[click][r]\n\n[r]: javascript:alert(1)' },
  { name: 'autolink javascript:', markdown: '<javascript:alert(1)>' },
  { name: 'markdown link vbscript:', markdown: '[x](vbscript:msgbox(1))' },
  { name: 'markdown link data:text/html base64', markdown: '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)' },
  { name: 'html link javascript&colon;', markdown: '<a href="javascript&colon;alert(1)">x</a>' },
  { name: 'html link leading spaces', markdown: '<a href="  javascript:alert(1)">x</a>' },
  { name: 'html link control character', markdown: '<a href="&#14;javascript:alert(1)">x</a>' },
  { name: 'html link embedded tab entity', markdown: '<a href="jav&#x09;ascript:alert(1)">x</a>' },
  { name: 'html link embedded newline', markdown: '<a href="java\nscript:alert(1)">x</a>' },
  { name: 'html link vbscript:', markdown: '<a href="vbscript:msgbox(1)">x</a>' },
  { name: 'html link data:text/html', markdown: '<a href="data:text/html,<script>alert(1)</script>">x</a>' },
  { name: 'link inside a table cell', markdown: '| a |\n|---|\n| <a href="javascript:alert(1)">x</a> |' },
  // Images
  { name: 'markdown image javascript:', markdown: '![x](javascript:alert(1))' },
  { name: 'img javascript:, upper case', markdown: `<IMG SRC="JaVaScRiPt:alert('XSS')">` },
  { name: 'img decimal entities', markdown: '<img src=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>' },
  { name: 'img data:text/html', markdown: '<img src="data:text/html,<script>alert(1)</script>">' },
  { name: 'img data:image/svg+xml', markdown: '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)' },
  { name: 'img srcset', markdown: '<img srcset="javascript:alert(1) 1x">' },
  // SVG and MathML
  { name: 'svg onload', markdown: '<svg onload=alert(1)>' },
  { name: 'svg script', markdown: '<svg><script>alert(1)</script></svg>' },
  { name: 'svg xlink:href', markdown: '<svg><a xlink:href="javascript:alert(1)"><text x="20" y="20">XSS</text></a></svg>' },
  { name: 'svg animate onbegin', markdown: '<svg><animate onbegin=alert(1) attributeName=x dur=1s>' },
  { name: 'svg set href', markdown: '<svg><a><set attributeName="href" to="javascript:alert(1)"/><text y="20">x</text></a></svg>' },
  { name: 'svg use data:', markdown: '<svg><use href="data:image/svg+xml;base64,PHN2ZyBpZD0neCc+PC9zdmc+#x"/></svg>' },
  { name: 'math href', markdown: '<math href="javascript:alert(1)">x</math>' },
  // Mutation XSS
  { name: 'mXSS math/mtext/table/mglyph/style', markdown: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>' },
  { name: 'mXSS form/math (DOMPurify 2.0.0 bypass)', markdown: '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>' },
  { name: 'mXSS noscript title', markdown: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">' },
  { name: 'mXSS svg/p/style', markdown: '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">' },
  { name: 'template content', markdown: '<template><img src=x onerror=alert(1)></template>' },
  // Frames, plugins, forms
  { name: 'iframe src', markdown: '<iframe src="https://evil.example"></iframe>' },
  { name: 'iframe srcdoc', markdown: '<iframe srcdoc="<script>alert(1)</script>"></iframe>' },
  { name: 'iframe javascript:', markdown: '<iframe src="javascript:alert(1)"></iframe>' },
  { name: 'object data', markdown: '<object data="javascript:alert(1)"></object>' },
  { name: 'embed src', markdown: '<embed src="javascript:alert(1)">' },
  { name: 'form action', markdown: '<form action="javascript:alert(1)"><button>go</button></form>' },
  { name: 'button formaction', markdown: '<button formaction="javascript:alert(1)">x</button>' },
  { name: 'isindex', markdown: '<isindex type=image src=1 onerror=alert(1)>' },
  // Document-level tricks
  { name: 'meta refresh', markdown: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">' },
  { name: 'base href', markdown: '<base href="javascript:alert(1)//">' },
  { name: 'link stylesheet', markdown: '<link rel="stylesheet" href="javascript:alert(1)">' },
  // Style-based
  { name: 'style @import', markdown: `<style>@import 'javascript:alert(1)';</style>` },
  { name: 'style overlay', markdown: '<style>body{display:none}</style>' },
  { name: 'style background url', markdown: '<div style="background:url(javascript:alert(1))">x</div>' },
  { name: 'style expression', markdown: '<div style="width: expression(alert(1))">x</div>' },
  { name: 'style fixed overlay', markdown: '<a href="https://evil.example" style="position:fixed;inset:0">x</a>' },
]

describe('renderMarkdown refuses XSS payloads', () => {
  it('has at least 25 payloads', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(25)
  })

  it.each(PAYLOADS)('$name', ({ markdown }) => {
    const html = render(markdown)
    const host = parse(html)
    expect(dangers(host), html).toEqual([])
    // Serialise and parse again, as a later innerHTML round trip would: mutation XSS must not appear either.
    expect(dangers(parse(host.innerHTML)), host.innerHTML).toEqual([])
  })

  it('keeps the text of a link whose URL it drops', () => {
    const link = parse(render('[open the form](javascript:alert(1))')).querySelector('a')!
    expect(link.textContent).toBe('open the form')
    expect(link.hasAttribute('href')).toBe(false)
  })

  it('allows only raster data images and https sources', () => {
    const images = Array.from(
      parse(render('![a](data:image/png;base64,iVBORw0KGgo=) ![b](https://example.org/b.webp) ![c](http://example.org/c.png)')).querySelectorAll('img'),
    )
    expect(images.map((i) => i.getAttribute('src'))).toEqual(['data:image/png;base64,iVBORw0KGgo=', 'https://example.org/b.webp', null])
    expect(images[1]!.getAttribute('referrerpolicy')).toBe('no-referrer')
  })
})

describe('renderMarkdown keeps ordinary articles intact', () => {
  const article = [
    '# Resetting a password',
    '',
    '## Before you start',
    '',
    'Ask for the *employee number* and **never** the password itself; use `Ctrl+Alt+Del`.',
    '',
    '- Check the caller',
    '- Check the account',
    '',
    '1. Open the portal',
    '2. Choose *Reset*',
    '',
    '```powershell',
    'Unlock-ADAccount -Identity $user # a < b && c > d',
    '```',
    '',
    '| Application | Owner |',
    '|:------------|------:|',
    '| Finix       | Finance |',
    '',
    '- [x] Identity checked',
    '- [ ] Ticket logged',
    '',
    'See [the help site](https://example.org/help), [the old site](http://intranet.example/help),',
    '[call the desk](tel:+31201234567), [mail us](mailto:servicedesk@example.org)',
    'and [Finance](#/departments/finance).',
    '',
    '<details><summary>Why?</summary>Because the rule protects the caller.</details>',
  ].join('\n')
  const host = parse(render(article))

  it('keeps headings, emphasis and inline code', () => {
    expect(host.querySelector('h1')!.textContent).toBe('Resetting a password')
    expect(host.querySelector('h2')!.textContent).toBe('Before you start')
    expect(host.querySelector('em')!.textContent).toBe('employee number')
    expect(host.querySelector('strong')!.textContent).toBe('never')
    expect(host.querySelector('p > code')!.textContent).toBe('Ctrl+Alt+Del')
  })

  it('keeps lists, including GFM task lists as read-only checkboxes', () => {
    const [bullets, tasks] = Array.from(host.querySelectorAll('ul'))
    expect(Array.from(bullets!.children).map((li) => li.textContent)).toEqual(['Check the caller', 'Check the account'])
    expect(Array.from(host.querySelectorAll('ol > li')).map((li) => li.textContent)).toEqual(['Open the portal', 'Choose Reset'])
    const boxes = Array.from(tasks!.querySelectorAll('input'))
    expect(boxes.map((b) => [b.type, b.disabled, b.checked])).toEqual([
      ['checkbox', true, true],
      ['checkbox', true, false],
    ])
  })

  it('keeps code blocks verbatim with their language class', () => {
    const code = host.querySelector('pre > code')!
    expect(code.className).toBe('language-powershell')
    expect(code.textContent).toBe('Unlock-ADAccount -Identity $user # a < b && c > d\n')
  })

  it('keeps GFM tables with their alignment', () => {
    expect(Array.from(host.querySelectorAll('th')).map((th) => [th.textContent, th.getAttribute('align')])).toEqual([
      ['Application', 'left'],
      ['Owner', 'right'],
    ])
    expect(Array.from(host.querySelectorAll('td')).map((td) => td.textContent)).toEqual(['Finix', 'Finance'])
  })

  it('opens external links outside the app and keeps in-app hash links in place', () => {
    const links = Object.fromEntries(
      Array.from(host.querySelectorAll('a')).map((a) => [a.textContent, [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]]),
    )
    expect(links).toEqual({
      'the help site': ['https://example.org/help', '_blank', 'noopener noreferrer'],
      'the old site': ['http://intranet.example/help', '_blank', 'noopener noreferrer'],
      'call the desk': ['tel:+31201234567', '_blank', 'noopener noreferrer'],
      'mail us': ['mailto:servicedesk@example.org', '_blank', 'noopener noreferrer'],
      Finance: ['#/departments/finance', null, null],
    })
  })

  it('keeps harmless HTML such as details/summary', () => {
    expect(host.querySelector('details > summary')!.textContent).toBe('Why?')
  })

  it('has nothing dangerous in an ordinary article', () => {
    expect(dangers(host)).toEqual([])
  })
})
