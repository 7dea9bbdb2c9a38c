import { createHash } from 'node:crypto'

// RFC 4122 namespace for Servicedesk Console knowledge packs (random, fixed forever).
const NAMESPACE = 'c1b7e3a2-5f0d-4c8e-9a61-2d4f8b7e6a13'

/** Name-based UUID (version 5): the same organisation, kind and key give the same id in every language. */
export function stableId(...parts: string[]): string {
  const namespace = Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex')
  const hash = createHash('sha1').update(namespace).update(parts.join('/'), 'utf8').digest()
  const bytes = hash.subarray(0, 16)
  bytes[6] = (bytes[6]! & 0x0f) | 0x50
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
