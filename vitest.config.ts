import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Each test file works in its own temporary folder; nothing is shared between files.
    pool: 'forks',
  },
})
