import { defineConfig } from 'vitest/config'

/**
 * Tests against real ticket systems on loopback (tests/integration). Run through
 * tests/integration/run.mjs (`npm run test:integration`), which first checks that they are installed.
 */
export default defineConfig({
  test: {
    include: ['tests/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // One real server per system: the files run one after another so they never share a port.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
})
