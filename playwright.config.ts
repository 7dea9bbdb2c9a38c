import { defineConfig } from '@playwright/test'

// The same specs run under two launchers (see tests/e2e/support/app.ts); tests/e2e/run.mjs picks
// the ones this machine can run. Each test gets its own data folder.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  outputDir: 'test-results',
  projects: [
    { name: 'browser', metadata: { launcher: 'browser' } },
    // tests/e2e/browser/ holds what only the browser host has (its token, several clients, file:// loading).
    { name: 'electron', metadata: { launcher: 'electron' }, testIgnore: '**/browser/**' },
  ],
})
