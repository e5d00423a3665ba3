import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { startApp, type App } from './harness'

describe('admin manages roles in the browser', () => {
  let app: App
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(() => app.close())

  it('an admin finds a resident by name and makes her a party member; the grant is audited', async () => {
    const page = await app.page('demo-admin', '/packages/members/pages/roles/index')
    await page.locator('#roles-q input').fill('王秀兰')
    await page.locator('#roles-search').click()
    const grant = page.locator('#role-demo-resident-member')
    await grant.waitFor()
    assert.match((await grant.textContent()) ?? '', /\+ 党员/)
    await grant.click()
    await page.getByText('确定', { exact: true }).click()
    // the district's admin manages several units: the role is held where she lives, offered first
    await page.getByText('红枫街道 · 望湖社区', { exact: true }).first().click()
    await page.locator('#role-demo-resident-member', { hasText: '✓ 党员' }).waitFor()
    await page.locator('#held-demo-resident', { hasText: '红枫街道 · 望湖社区 党员' }).waitFor()

    const me = await app.api<{ roles: string[] }>('demo-resident', 'members', 'me')
    assert.ok(me.roles.includes('member'))
    const log = await app.api<{ items: { action: string; target: string }[] }>('demo-admin', 'members', 'auditLog', { target: 'demo-resident' })
    assert.ok(log.items.some((e) => e.action === 'grantRole'))
    await page.context().close()
  })

  it("the admin makes a 新城 party member staff of the whole street: the role is shown with the street", async () => {
    const page = await app.page('demo-admin', '/packages/members/pages/roles/index')
    await page.locator('#roles-community-c-xincheng').click()
    await page.locator('#held-m-yang', { hasText: '红枫街道 · 新城社区 党员' }).waitFor()
    assert.equal(await page.locator('#person-card-demo-resident').count(), 0, 'only 新城 people are listed')
    await page.locator('#role-m-yang-staff').click()
    await page.getByText('确定', { exact: true }).click()
    await page.getByText('红枫街道', { exact: true }).first().click()
    await page.locator('#held-m-yang', { hasText: '红枫街道 社工' }).waitFor()
    const me = await app.api<{ unitRoles: { role: string; unitId: string }[] }>('m-yang', 'members', 'me')
    assert.ok(me.unitRoles.some((r) => r.role === 'staff' && r.unitId === 's-hongfeng'), JSON.stringify(me.unitRoles))
    await page.context().close()
  })
})
