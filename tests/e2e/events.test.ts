import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { startApp, type App } from './harness'

describe('events in the browser', () => {
  let app: App
  before(async () => {
    app = await startApp()
  })
  after(() => app.close())

  it('secretary shows the check-in screen, a member types the code, the count goes to 1 and points rise', async () => {
    const start = Date.now() + 10 * 60_000
    const { id } = await app.api<{ id: string }>('demo-secretary', 'events', 'create', {
      title: '重温入党誓词主题党日',
      theme: '主题党日',
      baseId: 'base-wanghu-center',
      startAt: new Date(start).toISOString(),
      endAt: new Date(start + 90 * 60_000).toISOString(),
      capacity: 20,
      openTo: 'members',
      points: 3,
    })
    await app.api('demo-member', 'events', 'signUp', { eventId: id })
    const before = (await app.api<{ points: number }>('demo-member', 'members', 'me')).points

    const screen = await app.page('demo-secretary', `/packages/events/pages/checkin-screen/index?id=${id}`)
    await screen.locator('#checkin-token').waitFor()
    assert.equal((await screen.locator('#checkin-count').textContent())?.trim(), '0')
    assert.ok(await screen.locator('[data-testid="qr"]').isVisible(), 'the QR is drawn')
    const token = (await screen.locator('#checkin-token').textContent())!.trim()
    assert.match(token, new RegExp(`^${id}\\.\\d+\\.[0-9a-f]{16}$`))

    const member = await app.page('demo-member', `/packages/events/pages/detail/index?id=${id}`)
    await member.locator('#go-scan').click()
    await member.locator('#scan-code input').fill(token)
    await member.locator('#scan-submit').click()
    await member.locator('#scan-result').getByText('签到成功').waitFor()
    assert.equal((await member.locator('#scan-points').textContent())?.trim(), '积分 +3')

    await screen.locator('#checkin-count').getByText('1', { exact: true }).waitFor({ timeout: 10_000 })

    await member.goto(app.url('/packages/members/pages/points/index'))
    await member.locator('#points-total').getByText(String(before + 3), { exact: true }).waitFor()
    await screen.context().close()
    await member.context().close()
  })

  it('the menu lists this month and a member signs up from the detail page', async () => {
    const page = await app.page('demo-member', '/pages/events/index')
    await page.locator('#month-title').waitFor()
    const first = page.locator('[id^="event-ev-"]').first()
    await first.waitFor()
    const title = (await first.locator('.card-title').first().textContent())!.trim()
    await first.click()
    await page.locator('#event-title').getByText(title).waitFor()
    await page.context().close()
    const seeded = await app.api<{ items: { id: string; status: string; startAt: string }[] }>('demo-member', 'events', 'list', {})
    const open = seeded.items.find((e) => e.id.startsWith('ev-seed-') && e.status === 'published' && Date.parse(e.startAt) > Date.now())
    assert.ok(open, 'an upcoming seeded event')
    const detail = await app.page('demo-member', `/packages/events/pages/detail/index?id=${open.id}`)
    await detail.locator('#signup').click()
    await detail.locator('#my-status').getByText(/已报名|候补中/).waitFor()
    await detail.context().close()
  })
})
