import type { RefusalParts } from '../../../../shared/refusal/parts'

/** The parts with one field (a dotted path such as "alternatives.0.how") set to a new value. */
export function setField(parts: RefusalParts, path: string, value: unknown): RefusalParts {
  const keys = path.split('.')
  const set = (node: unknown, index: number): unknown => {
    const key = keys[index]!
    if (Array.isArray(node)) {
      const copy = [...node] as unknown[]
      copy[Number(key)] = index === keys.length - 1 ? value : set(copy[Number(key)], index + 1)
      return copy
    }
    const object = (node ?? {}) as Record<string, unknown>
    return { ...object, [key]: index === keys.length - 1 ? value : set(object[key], index + 1) }
  }
  return set(parts, 0) as RefusalParts
}

/** The text of one field by its dotted path ('' when it is not a text). */
export function getField(parts: RefusalParts, path: string): string {
  let node: unknown = parts
  for (const key of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[key]
  return typeof node === 'string' ? node : ''
}

/** An element id for a field, so a problem can take the agent there. */
export const fieldId = (path: string) => `refusal-${path.replace(/\./g, '-')}`
