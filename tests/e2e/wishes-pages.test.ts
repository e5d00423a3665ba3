import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { startApp, type App } from './harness'

describe('wish pages in the browser', () => {
  let app: App
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(() => app.close())

  it('a resident who did not post the wish sees only the surname and building, and no phone or address', async () => {
    // 想要一个新书包: posted by 周立平 for 周小宇 (6幢3单元201, 13757410021)
    const page = await app.page('demo-resident', '/packages/wishes/pages/list/index')
    const card = page.locator('#wish-wish-schoolbag')
    await card.waitFor()
    assert.match((await card.textContent()) ?? '', /周\*\* · 6幢/)
    await card.click()
    const who = page.locator('#wish-beneficiary')
    await who.waitFor()
    assert.equal((await who.textContent())?.trim(), '受助人：周** · 6幢')
    const text = (await page.locator('.page').last().textContent()) ?? ''
    assert.doesNotMatch(text, /13757410021|电话：|地址：|6幢3单元201|周小宇/)
    assert.doesNotMatch(text, /周立平/, 'nor the poster\'s name')
    await page.context().close()

    // the poster sees the full beneficiary on the same page
    const poster = await app.page('m-zhou', '/packages/wishes/pages/detail/index?id=wish-schoolbag')
    await poster.locator('#wish-beneficiary').getByText('周小宇').waitFor()
    assert.match((await poster.locator('.page').last().textContent()) ?? '', /电话：13757410021/)
    await poster.context().close()
  })

  it('staff can read and reach both buttons of a logged service hour', async () => {
    const page = await app.page('demo-secretary', '/packages/wishes/pages/hours/index')
    const accept = page.locator('[data-testid="hours-accept"]').first()
    const decline = page.locator('[data-testid="hours-decline"]').first()
    await decline.waitFor()
    for (const b of [accept, decline]) {
      const box = (await b.boundingBox())!
      assert.ok(box.width > 100, `${await b.textContent()} is ${box.width}px wide`)
    }
    assert.equal((await decline.textContent())?.trim(), '不通过')
    assert.notEqual(await decline.evaluate((e) => getComputedStyle(e).color), 'rgba(255, 255, 255, 0.6)', 'not white on white')
    await page.context().close()
  })
})
