import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { periodOf, shiftPeriod } from '../../src/domain/street/period'
import { startApp, type App } from './harness'

describe('街道工作台 in the browser', () => {
  let app: App
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(() => app.close())

  it('the street secretary opens it from 我的, switches month, quarter and year, and exports the CSV', async () => {
    const page = await app.page('demo-street-secretary', '/pages/me/index')
    await page.locator('#link-street').click()
    await page.locator('#street-name').getByText('红枫街道 · 街道工作台').waitFor()

    // this month: one row per community and the street total
    const now = new Date()
    await page.locator('#period-label').getByText(periodOf('month', now).label).waitFor()
    const rows = page.locator('[data-testid="street-row"]')
    await rows.nth(3).waitFor()
    assert.deepEqual(
      (await rows.locator('.td-name').allTextContents()).map((t) => t.trim()),
      ['河畔社区', '望湖社区', '新城社区', '街道合计'],
    )
    assert.equal(await page.locator('[data-testid="trend-chart"] [data-testid="column"]').count(), 6)
    assert.equal(await page.locator('[data-testid="compare-chart"] [data-testid="hbar"]').count(), 3)

    // the quarter before this one: the seeded history is there
    await page.locator('#kind-quarter').click()
    await page.locator('#period-label').getByText(periodOf('quarter', now).label).waitFor()
    await page.locator('#period-prev').click()
    const lastQuarter = shiftPeriod(periodOf('quarter', now), -1)
    await page.locator('#period-label').getByText(lastQuarter.label).waitFor()
    const tickets = page.locator('#total-tickets .tile-value')
    await tickets.getByText(/^[1-9]\d* 件$/).waitFor()

    // the year: twelve months in the trend; another count in the charts
    await page.locator('#kind-year').click()
    const year = periodOf('year', now)
    await page.locator('#period-label').getByText(year.label).waitFor()
    await page.locator('[data-testid="trend-chart"] [data-testid="column"]').nth(11).waitFor()
    assert.equal(await page.locator('[data-testid="trend-chart"] [data-testid="column"]').count(), 12)
    await page.locator('#metric-attendance').click()
    await page.getByText('参加人次按月趋势（人次）').waitFor()
    // some month of the year had check-ins: its column has a height
    const heights = await page.locator('[data-testid="trend-chart"] .column-fill').evaluateAll((els) => els.map((e) => (e as HTMLElement).offsetHeight))
    assert.ok(heights.some((h) => h > 0), `column heights ${heights.join(',')}`)

    const download = page.waitForEvent('download')
    await page.locator('#street-export').click()
    const d = await download
    assert.equal(d.suggestedFilename(), `红枫街道-${year.key}.csv`)
    const csv = readFileSync((await d.path())!, 'utf8')
    assert.ok(csv.startsWith(`\ufeff红枫街道 ${year.label} 街道工作台\r\n社区,双报到党员(人),服务时长(小时)`), 'a BOM and Chinese headers so Excel reads them')
    assert.match(csv, /\r\n街道合计,\d+,/)
    await page.context().close()
  })

  it('a community secretary has no entry on 我的, and the page refuses her clearly', async () => {
    const me = await app.page('demo-secretary-hepan', '/pages/me/index')
    await me.locator('#link-scorecards').waitFor()
    assert.equal(await me.locator('#link-street').count(), 0)
    await me.context().close()
    const page = await app.page('demo-secretary-hepan', '/packages/street/pages/dashboard/index')
    await page.getByText('街道工作台只对街道党工委书记、街道社工和区管理员开放').waitFor()
    assert.equal(await page.locator('[data-testid="street-row"]').count(), 0)
    await page.context().close()
  })
})
