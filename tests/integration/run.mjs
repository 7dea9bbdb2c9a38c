// `npm run test:integration`: the tests against real ticket systems. Each system is installed by its
// own set-up script (Request Tracker: tests/integration/rt/setup.sh, as root on Debian); where it is not
// installed, this says the tests were not run and how to run them, and exits 0.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const setup = 'bash tests/integration/rt/setup.sh'

// Keep in step with tests/integration/rt/server.ts (rtInstalled).
function rtProblem() {
  if (!existsSync('/usr/share/request-tracker5/libexec/rt-server')) return 'Request Tracker 5 is not installed on this machine'
  if (process.getuid?.() !== 0) return "Request Tracker 5 is installed, but its test set-up (the stamp and root's token under /var/lib/request-tracker5) is readable by root only"
  try {
    if (!existsSync('/var/lib/request-tracker5/servicedesk-console-test.stamp')) throw new Error('no stamp')
    if (readFileSync('/var/lib/request-tracker5/servicedesk-console-test.token', 'utf8').trim() === '') throw new Error('no token')
  } catch {
    return 'Request Tracker 5 is installed but not prepared for the tests (no call-id field, no token)'
  }
  return null
}

const problem = rtProblem()
if (problem) {
  console.log(`integration: NOT RUN — ${problem}.`)
  console.log(`integration: to run them, as root on Debian: ${setup} && npm run test:integration`)
  process.exit(0)
}

console.log('integration: Request Tracker 5 found; running tests/integration')
const result = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.integration.config.ts', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
process.exit(result.status ?? 1)
