import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { startApp, type App } from './harness'

// a 1×1 transparent PNG
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')

describe('bulletin in the browser', () => {
  let app: App
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(() => app.close())

  it('a secretary publishes a pinned notice; a resident sees it first on home, opens it, and the read count shows 1', async () => {
    const title = '周六上午望湖路消防通道集中清理'
    const sec = await app.page('demo-secretary', '/packages/bulletin/pages/list/index')
    await sec.locator('#bulletin-new').click()
    await sec.locator('#publish-title input').fill(title)
    await sec.locator('#publish-body textarea').fill('本周六 9:00 起，社区联合城管中队清理望湖路沿街消防通道。\n请沿街商户提前挪走占道物品。')
    await sec.locator('#publish-pinned').click()
    const chooser = sec.waitForEvent('filechooser')
    await sec.locator('#publish-add-image').click()
    await (await chooser).setFiles({ name: 'tongdao.png', mimeType: 'image/png', buffer: PNG })
    await sec.locator('.publish-image').first().waitFor()
    await sec.locator('#publish-submit').click()
    await sec.locator('#notice-title').getByText(title).waitFor()
    assert.equal((await sec.locator('#notice-read-count').textContent())?.trim(), '阅读 0')
    assert.match((await sec.locator('.notice-image img').first().getAttribute('src')) ?? '', /^\/uploads\/[0-9a-f]{32}\.png$/)
    await sec.context().close()

    const res = await app.page('demo-resident')
    const first = res.locator('[data-testid="home-pinned"]').first()
    await first.waitFor()
    assert.match((await first.textContent()) ?? '', new RegExp(title))
    assert.match((await res.locator('[data-testid="count-wishes"]').textContent()) ?? '', /\d+ 个微心愿待认领/)
    await first.click()
    await res.locator('#notice-title').getByText(title).waitFor()
    assert.equal((await res.locator('#notice-read-count').textContent())?.trim(), '阅读 1')
    assert.ok(await res.getByText('请沿街商户提前挪走占道物品。').isVisible(), 'the body reads as paragraphs')
    assert.equal(await res.locator('#notice-archive').count(), 0, 'a resident cannot archive')
    await res.context().close()
  })

  it('the list searches and filters by category, ending with an end marker', async () => {
    const page = await app.page('demo-resident', '/packages/bulletin/pages/list/index')
    await page.locator('[data-testid="notice-card"]').first().waitFor()
    await page.locator('#cat-党务公开').click()
    await page.locator('#notice-n-dangwu-q3').waitFor()
    assert.equal(await page.locator('[data-testid="notice-card"]').count(), 1)
    await page.locator('#cat-all').click()
    await page.locator('#bulletin-q input').fill('浙里办')
    await page.locator('#bulletin-search').click()
    await page.locator('#notice-n-guide-yibao').waitFor()
    await page.getByText('— 没有更多了 —').waitFor()
    assert.equal(await page.locator('[data-testid="notice-card"]').count(), 1)
    await page.context().close()
  })

  it('the author of a community-wide notice is asked to pick a grid, not shown an error', async () => {
    const page = await app.page('demo-secretary', '/packages/bulletin/pages/unread/index?id=n-heating')
    await page.getByText('这条公告发给全社区，请在上方选择要查看的网格').waitFor()
    assert.equal(await page.locator('[data-testid="state-error"]').count(), 0)
    await page.context().close()
  })
})
