import { defineConfig } from 'drizzle-kit'

// `npm run db:generate` writes a new migration after a change under src/main/db/schema.
// Shipped migration files never change afterwards (tests/unit/db/migration-hashes.json guards them).
export default defineConfig({
  dialect: 'sqlite',
  schema: './src/main/db/schema/index.ts',
  out: './src/main/db/migrations',
})
