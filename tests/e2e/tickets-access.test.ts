import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { startApp, type App } from './harness'

describe('tickets in the browser: who may see what', () => {
  let app: App
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(() => app.close())

  it('a 城管 liaison opening a 住建-only ticket sees a plain "no permission" state, with a way back', async () => {
    const page = await app.page('demo-liaison-chengguan', '/packages/tickets/pages/detail/index?id=tk-seed-facade')
    const denied = page.locator('[data-testid="ticket-forbidden"]')
    await denied.waitFor()
    assert.match((await denied.textContent()) ?? '', /无权查看这张工单/)
    assert.equal(await page.getByText('重试', { exact: true }).count(), 0, 'trying again would not help')
    assert.equal(await page.getByText('7幢外墙瓷砖脱落', { exact: false }).count(), 0, 'nothing of the ticket leaks')
    await denied.getByText('查看我的工单').click()
    await page.locator('#tab-department').waitFor()
    await page.context().close()
  })

  it('the liaison handling a ticket reaches the resident by phone; the look is audited; a follower gets no such button', async () => {
    const page = await app.page('demo-liaison-zhujian', '/packages/tickets/pages/detail/index?id=tk-seed-facade')
    await page.locator('#ticket-contact').click()
    await page.getByText('确定', { exact: true }).click()
    await page.getByText('13805740002').waitFor()
    const log = await app.api<{ items: { action: string; by: string; details: { reason?: string } }[] }>('demo-admin', 'members', 'auditLog', { target: 'demo-member' })
    const read = log.items.find((e) => e.action === 'readContact' && e.by === 'demo-liaison-zhujian')
    assert.ok(read, 'the read is in the audit log')
    assert.match(read.details.reason ?? '', /^办理工单：7幢外墙瓷砖脱落/)
    await page.context().close()

    await app.api('m-hu', 'tickets', 'follow', { id: 'tk-seed-facade' })
    const follower = await app.page('m-hu', '/packages/tickets/pages/detail/index?id=tk-seed-facade')
    await follower.locator('#ticket-state').waitFor()
    assert.equal(await follower.locator('#ticket-contact').count(), 0)
    await follower.context().close()
  })

  it('the secretary can read every triage button (a plain button is not drawn white on white)', async () => {
    const page = await app.page('demo-secretary', '/packages/tickets/pages/detail/index?id=tk-seed-septic')
    await page.locator('#act-reject').waitFor()
    const colours = await page.locator('#act-accept, #act-resolve-locally, #act-reject, #ticket-follow').evaluateAll((els) => els.map((e) => getComputedStyle(e).color))
    assert.deepEqual(colours, ['rgb(85, 85, 85)', 'rgb(255, 255, 255)', 'rgb(85, 85, 85)', 'rgb(85, 85, 85)'], 'follow, accept, resolve locally, reject (page order)')
    await page.context().close()
  })

  it('a ticket that does not exist says so', async () => {
    const page = await app.page('demo-resident', '/packages/tickets/pages/detail/index?id=tk-no-such')
    await page.locator('[data-testid="ticket-missing"]').waitFor()
    await page.context().close()
  })

  it('the secretary sees the scorecards as bars and copies the CSV', async () => {
    const page = await app.page('demo-secretary', '/packages/console/pages/scorecards/index')
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    const card = page.locator('[data-testid="scorecard-dept-chengguan"]')
    await card.waitFor()
    assert.equal(await card.locator('.bar-fill').count(), 3, 'response, resolution and satisfaction')
    const widths = await card.locator('.bar-fill').evaluateAll((els) => els.map((e) => (e as HTMLElement).getBoundingClientRect().width))
    assert.ok(widths[0] > 0, `the response bar is drawn: ${widths}`)
    const csv = ((await page.locator('#csv').textContent()) ?? '').trim().split('\n')
    assert.match(csv[0], /^部门,派单,报到,按时报到/)
    assert.ok(csv.some((l) => l.startsWith('区综合行政执法局（城管）,')), csv.join('\n'))
    await page.locator('#csv-copy').click()
    await page.getByText('CSV 已复制').waitFor()
    await page.context().close()
  })
})

describe('the duplicate hint in the browser', () => {
  let app: App
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(() => app.close())

  it('a neighbour does not land on "no permission" from the hint: the ticket opens once she follows it', async () => {
    const page = await app.page('demo-member', '/packages/tickets/pages/submit/index')
    await page.context().grantPermissions(['geolocation'])
    await page.context().setGeolocation({ latitude: 29.8719, longitude: 121.544 })
    await page.locator('#category-water').click()
    await page.getByText('在地图上选点（可选）').click()
    const item = page.locator('#dup-tk-seed-water-main')
    await item.waitFor()
    assert.match((await item.textContent()) ?? '', /3幢\*\*/, 'the address down to the building helps her decide')
    await item.click() // not followed yet: she stays on the form (were she sent away, the follow button below would be gone)
    await page.locator('#follow-tk-seed-water-main').click()
    await item.getByText('查看进展').waitFor()
    await item.click()
    await page.locator('#ticket-state').waitFor()
    assert.equal(await page.locator('[data-testid="ticket-forbidden"]').count(), 0)
    await page.context().close()
  })
})
