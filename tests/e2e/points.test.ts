import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { startApp, type App } from './harness'

describe('积分商城 in the browser', () => {
  let app: App
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(() => app.close())

  it('a member redeems a reward with points and staff hand it over at the shop', async () => {
    const page = await app.page('demo-member', '/packages/members/pages/shop/index')
    const balance = page.locator('#shop-balance')
    await page.locator('#reward-rw-repair').waitFor()
    const before = Number((await balance.textContent())?.trim())
    assert.ok(before >= 20, `demo member has ${before} points`)
    await page.locator('#reward-rw-repair [data-testid="redeem"]').click()
    await page.getByText('用 20 积分兑换「家电上门维修一次（不含配件）」', { exact: false }).waitFor()
    await page.getByText('确定', { exact: true }).click()

    // 我的兑换 shows it waiting at the shop
    const mine = page.locator('[id^="redemption-"]').filter({ hasText: '家电上门维修一次' })
    await mine.getByText('待领取').waitFor()
    await page.context().close()

    const again = await app.page('demo-member', '/packages/members/pages/shop/index')
    await again.locator('#shop-balance').getByText(String(before - 20)).waitFor()
    await again.context().close()

    const staff = await app.page('demo-staff', '/packages/members/pages/handover/index')
    const card = staff.locator('[id^="handover-"]').filter({ hasText: '李建国 · 家电上门维修一次' })
    await card.waitFor()
    await card.locator('[data-testid="hand-over"]').click()
    await staff.getByText('确定', { exact: true }).click()
    await card.waitFor({ state: 'detached' })
    await staff.context().close()

    const done = await app.page('demo-member', '/packages/members/pages/my-redemptions/index')
    await done.locator('[id^="redemption-"]').filter({ hasText: '家电上门维修一次' }).getByText('已领取').waitFor()
    await done.context().close()
  })

  it('a member cancels a redemption not yet handed over and gets the points back', async () => {
    const shop = await app.page('demo-member', '/packages/members/pages/shop/index')
    await shop.locator('#reward-rw-haircut').waitFor()
    const before = Number((await shop.locator('#shop-balance').textContent())?.trim())
    await shop.context().close()

    // the seeded 爱心理发一次 (8 points) is still waiting at the shop
    const page = await app.page('demo-member', '/packages/members/pages/my-redemptions/index')
    const mine = page.locator('[id="redemption-rd:demo-member:seed-haircut-0001"]')
    await mine.getByText('待领取').waitFor()
    await mine.locator('[data-testid="cancel-redemption"]').click()
    await page.getByText('取消后 8 积分退回到您的账户。', { exact: false }).waitFor()
    await page.getByText('确定', { exact: true }).click()
    await mine.getByText('已取消').waitFor()
    assert.equal(await mine.locator('[data-testid="cancel-redemption"]').count(), 0)
    await page.context().close()

    const again = await app.page('demo-member', '/packages/members/pages/shop/index')
    await again.locator('#shop-balance').getByText(String(before + 8)).waitFor()
    await again.context().close()
  })

  it('staff put a new reward on the shelf and it is listed with its stock', async () => {
    const staff = await app.page('demo-staff', '/packages/members/pages/rewards/index')
    await staff.locator('#reward-name input').fill('社区理疗一次')
    await staff.locator('#reward-shop input').fill('望湖康复站')
    await staff.locator('#reward-cost input').fill('12')
    await staff.locator('#reward-stock input').fill('3')
    await staff.locator('#reward-save').click()
    await staff.getByText('望湖康复站 · 12 积分 · 库存 3').waitFor()
    // the form is cleared for the next one
    assert.equal(await staff.locator('#reward-name input').inputValue(), '')
    await staff.context().close()
  })

  it('我的积分 shows this year and last year', async () => {
    const page = await app.page('demo-member', '/packages/members/pages/points/index')
    await page.locator('#points-this-year').waitFor()
    assert.match((await page.locator('#points-last-year').textContent()) ?? '', /年获得\s*6/)
    await page.context().close()
  })
})
