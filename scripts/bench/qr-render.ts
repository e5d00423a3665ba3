/**
 * The check-in screen's render time in headless Chromium: from navigation to the QR drawn (its dark
 * modules on screen, whether as Views or on a canvas), several runs, median. A script, not a test.
 *
 *   tsx scripts/bench/qr-render.ts [runs] [h5-dir] [cpu-slowdown]
 *
 * h5-dir defaults to dist/h5 (build it first); cpu-slowdown (default 1) throttles the page's CPU
 * through the DevTools protocol, e.g. 4 for a mid-range phone. Also counts the QR's DOM nodes.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { memoryLogger } from '../../cloudfunctions/_runtime/clock'
import { startEmulator } from '../../cloudfunctions/_local/emulator'

const runs = Number(process.argv[2] ?? 9)
const h5 = resolve(process.argv[3] ?? join(__dirname, '..', '..', 'dist', 'h5'))
const slowdown = Number(process.argv[4] ?? 1)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** True once the QR shows dark modules: a View grid with its cells, or a canvas with black pixels. */
function qrDrawn(): boolean {
  const qr = document.querySelector('[data-testid="qr"]')
  if (!qr) return false
  if (qr.querySelector('.qr-dark')) return true
  const canvas = qr.querySelector('canvas')
  if (!canvas || !canvas.width) return false
  const px = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data
  if (!px) return false
  for (let i = 0; i < px.length; i += 4) if (px[i + 3] > 0 && px[i] < 64) return true
  return false
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'redpost-qr-'))
  const emu = await startEmulator({ port: 0, dataFile: join(dir, 'db.sqlite'), staticDir: h5, log: memoryLogger(), timers: false, rateLimits: false })
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const start = Date.now() + 10 * 60_000
    const res = await fetch(`${emu.url}/api/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-redpost-openid': 'demo-secretary' },
      body: JSON.stringify({
        action: 'create',
        data: { title: '签到大屏计时', theme: '主题党日', baseId: 'base-wanghu-center', startAt: new Date(start).toISOString(), endAt: new Date(start + 3600_000).toISOString(), capacity: 20, openTo: 'all', points: 1 },
      }),
    })
    const { data } = (await res.json()) as { data: { id: string } }
    const times: number[] = []
    let nodes = 0
    for (let i = 0; i <= runs; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' })
      await context.addInitScript(() => localStorage.setItem('redpost.openid', 'demo-secretary'))
      const page = await context.newPage()
      if (slowdown > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: slowdown })
      const t0 = Date.now()
      await page.goto(`${emu.url}/#/packages/events/pages/checkin-screen/index?id=${data.id}`)
      await page.waitForFunction(qrDrawn, undefined, { polling: 'raf', timeout: 30_000 })
      const ms = Date.now() - t0
      nodes = await page.evaluate(() => document.querySelectorAll('[data-testid="qr"] *').length)
      if (i > 0) times.push(ms) // the first run warms the server and the disk cache
      await context.close()
    }
    console.log(JSON.stringify({ h5, slowdown, qrNodes: nodes, runs: times.length, medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times), times }))
  } finally {
    await browser.close()
    await emu.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

void main()
