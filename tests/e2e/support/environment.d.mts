export const root: string
export function chromiumPath(): string
export function hasChromium(): boolean
export function electronBinary(): string | null
export const chromiumArgs: string[]
