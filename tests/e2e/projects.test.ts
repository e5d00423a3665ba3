import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { startApp, type App } from './harness'

interface Detail {
  hours: { id: string; openid: string; hours: number; state: string; points?: number }[]
}

describe('书记领航 in the browser', () => {
  let app: App
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(() => app.close())

  it('a 服务队 member logs hours on a project from the 服务 tab; the leading secretary confirms them and the points land', async () => {
    const before = await app.api<{ points: number }>('m-zhou', 'members', 'me')
    const zhou = await app.page('m-zhou', '/pages/services/index')
    await zhou.locator('#services-projects').click()
    await zhou.locator('#project-proj-yilao').getByText('一老一小·周末托管与助老服务').waitFor()
    await zhou.locator('#project-proj-yilao').click()
    await zhou.locator('#project-head').getByText('推进中').waitFor()
    await zhou.locator('#milestone-m3').getByText('服务 400 人次').waitFor()
    await zhou.locator('#project-log-hours').click()
    await zhou.locator('#log-hours input').fill('3')
    await zhou.locator('#log-note textarea').fill('周六上午作业辅导 2 个班，给 3 户老人送餐')
    await zhou.locator('#log-submit').click()
    await zhou.locator('#project-head').waitFor()
    await zhou.locator('.project-hours', { hasText: '周六上午作业辅导 2 个班' }).getByText('待确认').waitFor()
    await zhou.context().close()

    const pending = (await app.api<Detail>('demo-secretary', 'projects', 'get', { id: 'proj-yilao' })).hours.find((h) => h.openid === 'm-zhou' && h.state === 'pending')!
    assert.equal(pending.hours, 3)

    const secretary = await app.page('demo-secretary', '/packages/projects/pages/detail/index?id=proj-yilao')
    const card = secretary.locator(`#hours-${pending.id}`)
    await card.getByText('周立平', { exact: false }).waitFor()
    await secretary.locator(`#hours-${pending.id}-confirm`).click()
    await card.getByText('已确认 +6 分').waitFor()
    // the milestone is there to be marked when its evidence is in
    await secretary.locator('#milestone-m3-open').click()
    await secretary.locator('#milestone-m3-note textarea').fill('累计服务 412 人次')
    await secretary.locator('#milestone-m3-submit').click()
    await secretary.locator('#milestone-m3').getByText('累计服务 412 人次').waitFor()
    await secretary.context().close()

    const after = await app.api<{ points: number }>('m-zhou', 'members', 'me')
    assert.equal(after.points, before.points + 6)
    const mine = await app.api<{ items: { id: string; state: string; postName: string }[] }>('m-zhou', 'wishes', 'hours', { scope: 'mine' })
    assert.ok(mine.items.some((h) => h.id === `project-${pending.id}` && h.state === 'confirmed' && h.postName === '一老一小·周末托管与助老服务'), 'the hours are in 双报到')
  })
})
