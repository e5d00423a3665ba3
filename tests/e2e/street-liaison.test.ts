/**
 * The street level in the browser: a 住建 liaison serving 红枫街道 sees the whistles of its
 * communities and nothing of 白云街道, whose own liaison of the same department sees the reverse.
 */
import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { startApp, type App } from './harness'

describe('a liaison sees the whistles of the street they serve', () => {
  let app: App
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(() => app.close())

  it('红枫 住建 lists whistles from 望湖 and 河畔 and none from 云溪; a 云溪 ticket does not open for him', async () => {
    const page = await app.page('demo-liaison-zhujian', '/packages/tickets/pages/list/index')
    await page.locator('#tab-department').click()
    await page.locator('#ticket-tk-seed-hepan-roof').waitFor()
    await page.locator('#ticket-tk-seed-facade').waitFor()
    const metas = await page.locator('[data-testid="ticket-meta"]').allTextContents()
    const communities = new Set(metas.map((m) => m.split(' · ')[0]))
    assert.ok(communities.has('望湖社区') && communities.has('河畔社区'), [...communities].join(','))
    assert.equal(communities.has('云溪社区'), false)
    assert.equal(await page.locator('#ticket-tk-seed-yunxi-wall').count(), 0, 'another street’s whistle is not listed')
    assert.equal(await page.getByText('云溪小区外墙瓷砖脱落').count(), 0)
    await page.context().close()

    // 我的 and the identity switcher name the street he works for
    const me = await app.page('demo-liaison-zhujian', '/pages/me/index')
    await me.locator('[data-testid="me-held"]').first().waitFor()
    assert.match((await me.locator('[data-testid="me-held"]').allTextContents()).join(), /红枫街道：部门联络员/)
    assert.match((await me.locator('#role-switch').textContent()) ?? '', /红枫街道/)
    await me.context().close()

    const direct = await app.page('demo-liaison-zhujian', '/packages/tickets/pages/detail/index?id=tk-seed-yunxi-wall')
    await direct.locator('[data-testid="ticket-missing"], [data-testid="ticket-forbidden"]').first().waitFor()
    assert.equal(await direct.getByText('云溪小区外墙瓷砖脱落').count(), 0, 'nothing of the ticket leaks')
    await direct.context().close()
  })

  it('白云 住建 sees the 云溪 whistle and none of 红枫', async () => {
    const page = await app.page('demo-liaison-zhujian-baiyun', '/packages/tickets/pages/list/index')
    await page.locator('#tab-department').click()
    await page.locator('#ticket-tk-seed-yunxi-wall').waitFor()
    const metas = await page.locator('[data-testid="ticket-meta"]').allTextContents()
    assert.ok(metas.length >= 1)
    assert.ok(metas.every((m) => m.startsWith('云溪社区')), metas.join(' | '))
    await page.context().close()
  })
})
