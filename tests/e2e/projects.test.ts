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

  it("the leading secretary records a 大党委 member unit's claim from the project page and sees it in the claims", async () => {
    const secretary = await app.page('demo-secretary', '/packages/projects/pages/detail/index?id=proj-yilao')
    const form = secretary.locator('#project-unit-claim')
    await form.getByText('登记成员单位认领').waitFor()
    // the unit that already claimed is not offered again; 云溪's school is not hers to see
    await secretary.locator('#claim-mu-hospital').getByText('明州区第二人民医院').waitFor()
    assert.equal(await secretary.locator('#project-unit-mu-hospital').count(), 0)
    assert.equal(await secretary.locator('#project-unit-mu-yunxi-school').count(), 0)
    await form.getByText('请先选择成员单位').waitFor()
    await secretary.locator('#project-unit-mu-power').click()
    await secretary.locator('#project-unit-note textarea').fill('派 2 名电工党员上门检查独居老人家中线路')
    await form.getByText('登记「国网明州供电公司红枫供电所」认领').click()
    const claim = secretary.locator('#claim-mu-power')
    await claim.getByText('大党委成员单位 · 国网明州供电公司红枫供电所').waitFor()
    await claim.getByText('派 2 名电工党员上门检查独居老人家中线路').waitFor()
    await claim.getByText('陈红梅 登记', { exact: false }).waitFor()
    assert.equal(await secretary.locator('#project-unit-mu-power').count(), 0, 'the unit is no longer offered')
    await secretary.context().close()

    const detail = await app.api<{ claims: { id: string; claimantName: string; state: string }[] }>('demo-resident', 'projects', 'get', { id: 'proj-yilao' })
    assert.ok(detail.claims.some((c) => c.id === 'proj-yilao:mu-power' && c.claimantName === '国网明州供电公司红枫供电所' && c.state === 'active'))
  })
})
