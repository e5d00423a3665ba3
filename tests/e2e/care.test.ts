import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import type { BrowserContext, Page } from 'playwright-core'
import { startApp, type App } from './harness'

/** The three screens an elderly resident uses most: the home tab, a service to book, the report form. */
const SCREENS = [
  { name: 'home', route: '/pages/home/index', ready: '.community-name' },
  { name: 'booking', route: '/packages/booking/pages/service/index?id=svc-xiaomianao', ready: '[data-testid="slot-book"]' },
  { name: 'report', route: '/packages/tickets/pages/submit/index', ready: '#ticket-submit' },
] as const

interface Measure {
  care: boolean
  viewport: number
  scrollWidth: number
  /** visible elements reaching past the right edge of the screen */
  overflowing: string[]
  bodyFontPx: number
  smallestText: { px: number; text: string }
  buttons: { text: string; height: number }[]
}

/**
 * Measures the page on screen (Taro H5 keeps other tab pages in the document, hidden). Plain
 * browser JavaScript in a string: the test's TypeScript transform would add helpers the page lacks.
 */
const MEASURE = `(() => {
  const shown = [...document.querySelectorAll('.taro_page')].find((p) => getComputedStyle(p).display !== 'none')
  const root = shown.querySelector('.page')
  const visible = (el) => {
    const r = el.getBoundingClientRect()
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden'
  }
  const name = (el) => el.tagName.toLowerCase() + '.' + [...el.classList].join('.') + ' «' + (el.textContent || '').trim().slice(0, 20) + '»'
  const all = [...shown.querySelectorAll('*')].filter(visible)
  let smallest = { px: Infinity, text: '' }
  for (const el of all) {
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim())
    const px = parseFloat(getComputedStyle(el).fontSize)
    if (own && px < smallest.px) smallest = { px, text: name(el) }
  }
  return {
    care: !!shown.querySelector('.care'),
    viewport: innerWidth,
    scrollWidth: document.scrollingElement.scrollWidth,
    overflowing: all.filter((el) => el.getBoundingClientRect().right > innerWidth + 1).map(name),
    bodyFontPx: parseFloat(getComputedStyle(root).fontSize),
    smallestText: smallest,
    buttons: [...shown.querySelectorAll('.btn')].filter(visible).map((b) => ({ text: (b.textContent || '').trim(), height: b.getBoundingClientRect().height })),
  }
})()`

function measure(page: Page): Promise<Measure> {
  return page.evaluate(MEASURE) as Promise<Measure>
}

async function open(ctx: BrowserContext, app: App, screen: (typeof SCREENS)[number]): Promise<Page> {
  const page = await ctx.newPage()
  page.setDefaultTimeout(15_000)
  await page.goto(app.url(screen.route))
  await page.locator(screen.ready).first().waitFor()
  await page.waitForLoadState('networkidle')
  return page
}

function assertFits(m: Measure, where: string) {
  assert.deepEqual(m.overflowing, [], `${where}: something reaches past the right edge`)
  assert.ok(m.scrollWidth <= m.viewport, `${where}: the page scrolls sideways (${m.scrollWidth} > ${m.viewport})`)
}

describe('关怀模式 in the browser', () => {
  let app: App
  const shots = mkdtempSync(join(tmpdir(), 'redpost-care-shots-'))
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(() => app.close())

  it('the switch in 我的 enlarges text and buttons on the home tab, a booking page and the report form, and nothing overflows', async () => {
    console.log(`screenshots in ${shots}`)
    const first = await app.page('demo-resident', '/pages/me/index')
    const ctx = first.context()
    await first.locator('#care-switch').waitFor()
    assert.equal(await first.locator('.care').count(), 0, 'off until chosen')

    const normal: Record<string, Measure> = {}
    for (const s of SCREENS) {
      const page = await open(ctx, app, s)
      normal[s.name] = await measure(page)
      assert.equal(normal[s.name].care, false)
      assertFits(normal[s.name], `${s.name} (normal)`)
      await page.screenshot({ path: join(shots, `${s.name}-normal.png`), fullPage: true })
      await page.close()
    }

    await first.locator('#care-switch').click()
    await first.locator('.care').first().waitFor()
    await first.getByText('关怀模式 · 已开启').waitFor()
    await first.screenshot({ path: join(shots, 'me-care.png'), fullPage: true })
    assert.equal((await app.api<{ care?: boolean }>('demo-resident', 'members', 'me')).care, true, 'kept with the person')

    for (const s of SCREENS) {
      const page = await open(ctx, app, s)
      const m = await measure(page)
      await page.screenshot({ path: join(shots, `${s.name}-care.png`), fullPage: true })
      assert.equal(m.care, true, `${s.name} opens in care mode`)
      assertFits(m, `${s.name} (care)`)
      assert.ok(m.bodyFontPx >= 18, `${s.name}: body text ${m.bodyFontPx}px, wanted 18px or more`)
      assert.ok(m.bodyFontPx > normal[s.name].bodyFontPx, `${s.name}: body text grows (${normal[s.name].bodyFontPx} → ${m.bodyFontPx}px)`)
      assert.ok(m.smallestText.px >= 16, `${s.name}: the smallest text is ${m.smallestText.px}px (${m.smallestText.text})`)
      if (s.name !== 'home') assert.ok(m.buttons.length > 0, `${s.name}: has buttons`)
      for (const b of m.buttons) assert.ok(b.height >= 44, `${s.name}: button «${b.text}» is ${b.height}px tall`)
      await page.close()
    }
    await ctx.close()
  })

  it('the next launch paints in care mode before the profile answers; another phone gets it from the profile; other people keep theirs', async () => {
    await app.api('demo-member', 'members', 'setCare', { care: true })
    const page = await app.page('demo-member', '/pages/me/index')
    await page.locator('.care').first().waitFor() // from the profile: nothing is stored on this phone yet

    // next launch on the same phone, with the members function held back: the stored choice paints first
    let release!: () => void
    const held = new Promise<void>((r) => (release = r))
    await page.route('**/api/members', async (route) => {
      await held
      await route.continue().catch(() => undefined)
    })
    await page.reload()
    await page.locator('#care-switch').waitFor()
    assert.ok((await page.locator('.care').count()) > 0, 'care mode before members.me answered')
    release()

    // turned off on this phone: off for the person everywhere
    await page.locator('#care-switch').click()
    await page.getByText('关怀模式 · 未开启').waitFor()
    assert.equal(await page.locator('.care').count(), 0)
    assert.equal((await app.api<{ care?: boolean }>('demo-member', 'members', 'me')).care, false)
    await page.context().close()

    const other = await app.page('demo-secretary', '/pages/me/index')
    await other.locator('[data-testid="role-secretary"]').waitFor()
    assert.equal(await other.locator('.care').count(), 0, 'someone who never chose it sees the normal look')
    await other.context().close()
  })
})
