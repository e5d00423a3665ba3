import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { startApp, type App } from './harness'

describe('app shell in the browser', () => {
  let app: App
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(() => app.close())

  it('shows the community, four tabs and switches person through the role bar', async () => {
    const page = await app.page('demo-resident')
    await page.locator('.community-name').first().waitFor()
    assert.equal((await page.locator('.community-name').first().textContent())?.trim(), '望湖社区')
    for (const tab of ['首页', '活动', '服务', '我的']) {
      assert.ok(await page.locator('.taro-tabbar__tabbar').getByText(tab, { exact: true }).isVisible(), `tab ${tab}`)
    }
    await page.locator('#role-switch').first().click()
    await page.locator('#person-demo-secretary').first().click()
    await page.locator('#role-switch').first().getByText('陈红梅').waitFor()

    await page.locator('.taro-tabbar__tabbar').getByText('我的', { exact: true }).click()
    await page.locator('[data-testid="role-secretary"]').waitFor()
    assert.equal(await page.locator('[data-testid="role-secretary"]').textContent(), '书记')
    assert.match((await page.locator('#me-points').textContent()) ?? '', /积分 \d+/)
    await page.context().close()
  })

  it('saves a profile edit and shows it on 我的', async () => {
    const page = await app.page('demo-member', '/packages/members/pages/profile/index')
    const name = page.locator('#profile-name input')
    await name.waitFor()
    await name.fill('李建国同志')
    await page.locator('#profile-save').click()
    await page.getByText('已保存').waitFor()
    const me = await app.api<{ name: string }>('demo-member', 'members', 'me')
    assert.equal(me.name, '李建国同志')
    await page.context().close()
  })
})
