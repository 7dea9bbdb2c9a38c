import { z } from 'zod'
import { ExportError, type AdapterContext } from '../adapter'

/**
 * The target's settings as its adapter's schema reads them. Settings are checked when saved, so this fails only
 * for a target saved by another version or edited in the database: the message names each wrong field.
 * `label` is how an administrator calls the kind ("Jira", "e-mail").
 */
export function targetConfig<S extends z.ZodType>(schema: S, ctx: AdapterContext, label: string): z.output<S> {
  const parsed = schema.safeParse(ctx.target.config)
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`).join('; ')
    throw new ExportError('misconfigured', `The ${label} target "${ctx.target.name}" is not set up correctly (${where}).`)
  }
  return parsed.data
}

/** The target's secret, or a permanent failure saying which secret is missing (`what`: "API token"). */
export function requireSecret(ctx: AdapterContext, what: string, label: string): string {
  if (!ctx.credential) throw new ExportError('misconfigured', `No ${what} is stored for the ${label} target "${ctx.target.name}".`)
  return ctx.credential
}

/** The settings form sends an untouched cell of a mapping as '' (or null): that means "not mapped". */
export const withoutEmpty = (value: unknown): unknown =>
  value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).filter(([, v]) => v !== '' && v != null)) : value

/** A table from a call's category or priority to a name in the target (at most `max` characters). */
export const nameMapping = <K extends string>(keys: z.ZodEnum<Record<K, K>>, max: number) =>
  z.preprocess(withoutEmpty, z.partialRecord(keys, z.string().trim().min(1).max(max)))
