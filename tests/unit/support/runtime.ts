import { createDispatch } from '../../../src/main/contract/dispatch'
import { startRuntime, type Runtime } from '../../../src/main/runtime'
import { afterEach } from 'vitest'
import { migrationsFolder, packsFolder, tempDir } from './paths'

const open: Runtime[] = []
afterEach(() => {
  for (const runtime of open.splice(0)) runtime.close()
})

/** A real runtime on a fresh temporary data folder, filled with the demo organisation. */
export function demoRuntime(language: 'nl' | 'en' = 'nl', dataDir = tempDir()) {
  const runtime = startRuntime({ dataDir, migrationsFolder, packsFolder, preferredLanguage: language, version: '0.0.0-test' })
  open.push(runtime)
  return { runtime, dataDir, dispatch: createDispatch(runtime.handlers, () => {}) }
}
