import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import type { Page } from 'playwright-core'
import { startApp, type App } from './harness'

const DETAIL = '/packages/tickets/pages/detail/index'
// a 1×1 PNG
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')

async function attach(page: Page, button: string, name: string) {
  const chooser = page.waitForEvent('filechooser')
  await page.locator(button).click()
  await (await chooser).setFiles({ name, mimeType: 'image/png', buffer: PNG })
  await page.locator('.photo').first().waitFor()
}

type Card = { departmentId: string; resolved: number; satisfied: number; dispatched: number }

async function state(page: Page, name: string) {
  await page.locator('#ticket-state', { hasText: name }).waitFor()
}

describe('tickets in the browser: 书记吹哨、部门报到', () => {
  let app: App
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(() => app.close())

  const journeys = [
    { category: 'street_light', title: '5幢旁路灯不亮', liaison: 'demo-liaison-chengguan', dept: 'dept-chengguan' },
    { category: 'housing', title: '7幢楼道天花板渗水', liaison: 'demo-liaison-zhujian', dept: 'dept-zhujian' },
  ]
  for (const j of journeys) {
    it(`resident reports → secretary whistles ${j.dept} → liaison 报到 and resolves → verified → rated 5 → scorecard`, async () => {
      const stats = async () => (await app.api<{ departments: Card[] }>('demo-secretary', 'tickets', 'stats', {})).departments.find((d) => d.departmentId === j.dept)!
      const before = await stats()

      const resident = await app.page('demo-resident', '/packages/tickets/pages/submit/index')
      await resident.locator(`#category-${j.category}`).click()
      await resident.locator('#ticket-title input').fill(j.title)
      await resident.locator('#ticket-description textarea').fill('晚上一片漆黑，老人下楼不方便，已经坏了一个星期')
      await resident.locator('#ticket-address input').fill('望湖小区5幢与6幢之间')
      await attach(resident, '#ticket-add-photo', 'xianchang.png')
      await resident.locator('#ticket-submit').click()
      await state(resident, '待受理')
      const id = new URL(resident.url().replace('/#/', '/')).searchParams.get('id')!
      assert.match(id, /^tk-/)

      const secretary = await app.page('demo-secretary', `${DETAIL}?id=${id}`)
      await secretary.locator('#act-accept').click()
      await state(secretary, '已受理')
      await secretary.locator(`#lead-${j.dept}.chip-on`).waitFor() // the routing rule's department is preselected
      await secretary.locator('#act-whistle').click()
      await state(secretary, '已吹哨')

      const liaison = await app.page(j.liaison, '/packages/tickets/pages/list/index?scope=department')
      await liaison.locator(`#ticket-${id}`).click()
      await liaison.locator('#act-acknowledge').click()
      await state(liaison, '部门已报到')
      await liaison.locator('#act-note textarea').fill('已到现场更换，晚上试亮正常')
      await attach(liaison, '#act-add-photo', 'banjie.png')
      await liaison.locator('#act-resolve').click()
      await state(liaison, '已办结')
      const ticket = await app.api<{ images: string[]; timeline: { action: string; images?: string[] }[] }>('demo-resident', 'tickets', 'get', { id })
      assert.match(ticket.images[0], /^\/uploads\/[0-9a-f]{32}\.png$/, 'the resident’s photo is kept')
      assert.equal(ticket.timeline.at(-1)?.images?.length, 1, 'the evidence photo is on the resolve entry')

      await secretary.reload()
      await secretary.locator('#act-verify-ok').click()
      await state(secretary, '待评价')

      await resident.reload()
      await resident.locator('#score-5').click()
      await resident.locator('#act-rate').click()
      await state(resident, '已关闭')
      const timeline = await resident.locator('[data-testid="timeline-item"] .timeline-text').allTextContents()
      assert.ok(timeline.some((t) => t.includes('已报到，接手这个问题')), timeline.join('\n'))
      assert.ok(timeline.some((t) => t === '评价 5 星'), timeline.join('\n'))

      const after = await stats()
      assert.deepEqual([after.dispatched, after.resolved, after.satisfied], [before.dispatched + 1, before.resolved + 1, before.satisfied + 1])
      await secretary.goto(app.url('/packages/console/pages/scorecards/index'))
      const card = secretary.locator(`[data-testid="scorecard-${j.dept}"] [data-testid="counts"]`)
      await card.waitFor()
      assert.match((await card.textContent()) ?? '', new RegExp(`派单 ${after.dispatched} .*办结 ${after.resolved} .*满意 ${after.satisfied}`))
      assert.match((await secretary.locator('#csv').textContent()) ?? '', /^部门,派单,报到,按时报到/)
      for (const p of [resident, secretary, liaison]) await p.context().close()
    })
  }

  it('lists put overdue tickets first, in red; the 我的 tab links to them by role', async () => {
    const page = await app.page('demo-liaison-chengguan', '/packages/tickets/pages/list/index?scope=department')
    const first = page.locator('.ticket-card').first()
    await first.waitFor()
    assert.equal(await first.getAttribute('id'), 'ticket-tk-seed-illegal-building')
    assert.match((await first.locator('[data-testid="overdue"]').textContent()) ?? '', /已超时/)
    await page.goto(app.url('/pages/me/index'))
    await page.locator('#link-tickets-department').waitFor()
    assert.equal(await page.locator('#link-scorecards').count(), 0)
    await page.context().close()
  })

  it('an admin changes a routing rule and a deadline in the console', async () => {
    const page = await app.page('demo-admin', '/packages/console/pages/settings/index')
    await page.locator('#route-food-dept-chengguan').click()
    await page.locator('#route-food-dept-chengguan.chip-on').waitFor()
    const routes = await app.api<{ items: { category: string; departmentId?: string }[] }>('demo-admin', 'tickets', 'routing')
    assert.equal(routes.items.find((r) => r.category === 'food')?.departmentId, 'dept-chengguan')
    await page.locator('#ack-normal input').fill('12')
    await page.locator('#limits-save').click()
    await page.getByText('时限已更新，对之后的派单生效').waitFor()
    const settings = await app.api<{ ackHours: { normal: number } }>('demo-admin', 'tickets', 'settings')
    assert.equal(settings.ackHours.normal, 12)
    await page.context().close()
  })

  it('a neighbour about to report the same burst main is offered it and follows instead', async () => {
    const page = await app.page('demo-member', '/packages/tickets/pages/submit/index')
    await page.context().grantPermissions(['geolocation'])
    await page.context().setGeolocation({ latitude: 29.8719, longitude: 121.544 })
    await page.locator('#category-water').click()
    await page.getByText('在地图上选点（可选）').click()
    const dup = page.locator('[data-testid="duplicates"]')
    await dup.getByText('3幢楼下自来水主管爆裂，车库进水').waitFor()
    await page.locator('#follow-tk-seed-water-main').click()
    await page.locator('#follow-tk-seed-water-main', { hasText: '已关注' }).waitFor()
    const following = await app.api<{ items: { id: string }[] }>('demo-member', 'tickets', 'list', { scope: 'following' })
    assert.ok(following.items.some((i) => i.id === 'tk-seed-water-main'))
    await page.context().close()
  })
})
