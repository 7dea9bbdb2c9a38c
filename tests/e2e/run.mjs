// `npm run test:e2e`: runs the same specs with every launcher this machine can run, and fails loudly
// when it can run none. Browser: the browser host + Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
// Electron: when its binary is already installed, or when SDC_E2E_ELECTRON=1 asks for it.
import { spawnSync } from 'node:child_process'
import { chromiumPath, electronBinary, hasChromium, root } from './support/environment.mjs'

const projects = []
if (hasChromium()) projects.push('browser')
else console.log(`e2e: no Chromium at ${chromiumPath()} (set CHROMIUM_PATH); the browser launcher cannot run.`)

const wantElectron = process.env.SDC_E2E_ELECTRON === '1'
if (electronBinary()) projects.push('electron')
else if (wantElectron) {
  console.error('e2e: SDC_E2E_ELECTRON=1 but the Electron binary is not installed (node_modules/electron/path.txt). Run `npx install-electron` on a machine with internet.')
  process.exit(1)
} else console.log('e2e: the Electron binary is not installed; the Electron launcher is not run (set SDC_E2E_ELECTRON=1 to require it).')

if (projects.length === 0) {
  console.error('e2e: no launcher can run here: install Chromium (apt-get install chromium, or set CHROMIUM_PATH) or the Electron binary.')
  process.exit(1)
}

console.log(`e2e: running launchers: ${projects.join(', ')}`)
const args = ['playwright', 'test', ...projects.map((p) => `--project=${p}`), ...process.argv.slice(2)]
const result = spawnSync('npx', args, { cwd: root, stdio: 'inherit', env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } })
process.exit(result.status ?? 1)
