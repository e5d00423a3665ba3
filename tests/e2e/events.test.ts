import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { startApp, type App } from './harness'

describe('events in the browser', () => {
  let app: App
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(() => app.close())

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
    await member.locator('#cancel-closed').waitFor()
    assert.equal(await member.locator('#cancel-signup').count(), 0, 'ten minutes before the start a sign-up can no longer be cancelled')
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

  it('staff publish an event on the edit page; a member finds it in the menu and signs up', async () => {
    const staff = await app.page('demo-staff', '/pages/events/index')
    await staff.locator('#link-create').click()
    await staff.locator('#ev-title input').fill('楼道党小组：冬季消防安全排查')
    await staff.locator('#ev-capacity input').fill('12')
    await staff.locator('#ev-desc textarea').fill('分组检查各幢楼道堆物和灭火器，党员带头清理。')
    await staff.locator('#ev-save').click()
    await staff.locator('#event-title').getByText('楼道党小组：冬季消防安全排查').waitFor()
    const id = new URL(staff.url().replace('/#/', '/')).searchParams.get('id')!
    assert.match(id, /\S/)
    const created = await app.api<{ startAt: string; capacity: number; openTo: string }>('demo-member', 'events', 'get', { id })
    assert.deepEqual([created.capacity, created.openTo], [12, 'members'])
    await staff.context().close()

    const member = await app.page('demo-member', '/pages/events/index')
    await member.locator('#month-title').waitFor()
    const thisMonth = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 7)
    const eventMonth = new Date(Date.parse(created.startAt) + 8 * 3600_000).toISOString().slice(0, 7)
    if (eventMonth !== thisMonth) await member.locator('#month-next').click()
    await member.locator(`#event-${id}`).click()
    const signup = member.locator('#signup')
    await signup.getByText('我要报名').waitFor()
    assert.equal(await signup.evaluate((el) => getComputedStyle(el).color), 'rgb(255, 255, 255)', 'an enabled button does not look disabled')
    await signup.click()
    await member.locator('#my-status').getByText('已报名').waitFor()
    await member.locator('#event-places').getByText('名额：1/12').waitFor()
    await member.context().close()
  })

  it('residents are told, not refused: members-only sign-up, ended events, the staff-only edit page and the member pass', async () => {
    const resident = await app.page('demo-resident', '/packages/events/pages/detail/index?id=ev-seed-dangke')
    await resident.locator('#signup-members-only').waitFor()
    assert.equal(await resident.locator('#signup').count(), 0)
    await resident.goto(app.url('/packages/events/pages/detail/index?id=ev-seed-huhe'))
    await resident.locator('#signup').getByText('我要报名').waitFor()
    await resident.goto(app.url('/packages/events/pages/edit/index'))
    await resident.getByText('只有社区书记和社工可以发布和修改活动').waitFor()
    assert.equal(await resident.locator('#ev-save').count(), 0)
    await resident.goto(app.url('/packages/events/pages/pass/index'))
    await resident.getByText('党员码仅供党员使用；居民参加活动请在活动现场扫码签到').waitFor()
    assert.equal(await resident.locator('[data-testid="state-error"]').count(), 0)
    await resident.context().close()

    const member = await app.page('demo-member', '/packages/events/pages/detail/index?id=ev-seed-zhutidangri')
    await member.locator('#signup-closed').getByText('活动已结束').waitFor()
    assert.equal(await member.locator('#signup').count(), 0)
    await member.context().close()
  })

  it('staff who are not party members read the theme ranking without a propose form they could not use', async () => {
    const admin = await app.page('demo-admin', '/packages/events/pages/themes/index')
    await admin.locator('#themes-members-only').waitFor()
    assert.equal(await admin.locator('#theme-submit').count(), 0)
    assert.equal(await admin.getByText('投一票').count(), 0)
    await admin.context().close()
    const member = await app.page('demo-member', '/packages/events/pages/themes/index')
    await member.locator('#theme-submit').waitFor()
    assert.ok((await member.getByText('投一票').count()) > 0)
    await member.context().close()
  })
})
