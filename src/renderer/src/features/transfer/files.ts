/**
 * Saves text as a file through the browser's own download: a Blob behind an `<a download>`. Works the
 * same in Electron (which asks where to save) and in a browser tab on the host.
 */
export function downloadText(fileName: string, content: string): void {
  const type = fileName.toLowerCase().endsWith('.json') ? 'application/json' : fileName.toLowerCase().endsWith('.csv') ? 'text/csv;charset=utf-8' : 'text/plain;charset=utf-8'
  const url = URL.createObjectURL(new Blob([content], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // The download has taken its copy once click() returns; a tick later the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/**
 * A chosen file as text. UTF-8 first; a file that is not valid UTF-8 (a CSV saved by an older Excel,
 * say) is read as Windows-1252 so "Financiën" stays "Financiën" rather than "Financi�n".
 */
export async function readText(file: File): Promise<string> {
  const bytes = await file.arrayBuffer()
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/** An id for one import, so its progress events and its cancel reach the right job. */
export function newJobId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  // Outside a secure context randomUUID is missing; build the same version-4 UUID by hand.
  const b = crypto.getRandomValues(new Uint8Array(16))
  b[6] = (b[6]! & 0x0f) | 0x40
  b[8] = (b[8]! & 0x3f) | 0x80
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
