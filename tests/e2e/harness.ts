/**
 * Browser journeys: the emulator (fresh temp database, seeded) serving the H5 build, driven by
 * headless Debian Chromium through playwright-core. `npm test` builds dist/h5 first.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { memoryLogger } from '../../cloudfunctions/_runtime/clock'
import type { Clock } from '../../cloudfunctions/_runtime/types'
import { startEmulator, type Emulator } from '../../cloudfunctions/_local/emulator'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const H5 = join(__dirname, '..', '..', 'dist', 'h5')

export interface App {
  emu: Emulator
  /** the app's address for a route, e.g. url('/pages/me/index') */
  url(route?: string): string
  /** a fresh browser context acting as `openid`, opened at `route` (default: home) */
  page(openid: string, route?: string): Promise<Page>
  /** a direct API call as `openid` (for setting the scene), answering the envelope's data or throwing */
  api<T = unknown>(openid: string, fn: string, action: string, data?: unknown): Promise<T>
  close(): Promise<void>
}

export async function startApp(opts: { clock?: Clock } = {}): Promise<App> {
  if (!existsSync(join(H5, 'index.html'))) throw new Error('dist/h5 is missing: run npm run build:h5 (npm test does it)')
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`)
  const dir = mkdtempSync(join(tmpdir(), 'redpost-e2e-'))
  const emu = await startEmulator({
    port: 0,
    dataFile: join(dir, 'db.sqlite'),
    staticDir: H5,
    log: memoryLogger(),
    timers: false,
    rateLimits: false,
    clock: opts.clock,
  })
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] })
  const url = (route = '/pages/home/index') => `${emu.url}/#${route}`

  return {
    emu,
    url,
    async page(openid, route) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
      // only the first load: a later switch in the role bar must stick across reloads
      await context.addInitScript((id) => localStorage.getItem('redpost.openid') || localStorage.setItem('redpost.openid', id), openid)
      const page = await context.newPage()
      page.setDefaultTimeout(15_000)
      await page.goto(url(route))
      return page
    },
    async api(openid, fn, action, data = {}) {
      const res = await fetch(`${emu.url}/api/${fn}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-redpost-openid': openid },
        body: JSON.stringify({ action, data }),
      })
      const body = (await res.json()) as { ok: boolean; data?: unknown; error?: { code: string; message: string } }
      if (!body.ok) throw new Error(`${fn}.${action} as ${openid}: ${body.error?.code} ${body.error?.message}`)
      return body.data as never
    },
    async close() {
      await browser.close()
      await emu.stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
