import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { FixedClock } from '../../cloudfunctions/_runtime/clock'
import { slotId } from '../../src/domain/booking/slots'
import { addDays, atLocal, formatLocal, localDate } from '../../src/domain/time'
import { startApp, type App } from './harness'

// The app's pages offer 完成 / 未到 once a booking has started by the browser's clock, so the scene is
// set yesterday: booked two days before it, served by the time staff open the day.
const DAY = addDays(localDate(Date.now()), -1)
const room = (hhmm: string) => slotId('svc-room', atLocal(DAY, hhmm).toISOString())

describe('the staff day and waitlists in the browser', () => {
  let app: App
  const clock = new FixedClock(atLocal(addDays(DAY, -2), '10:00'))
  beforeAll(async () => {
    app = await startApp({ clock })
  })
  afterAll(() => app.close())

  it('staff mark one booking done and one no-show on the day, then read the ratings', async () => {
    const done = await app.api<{ bookingId: string }>('demo-resident', 'booking', 'book', { slotId: room('08:30'), requestId: 'req-day-0001' })
    const absent = await app.api<{ bookingId: string }>('demo-member', 'booking', 'book', { slotId: room('10:30'), requestId: 'req-day-0002', note: '支部学习，需要投影仪' })
    clock.set(atLocal(DAY, '13:00'))

    const page = await app.page('demo-staff', `/packages/booking/pages/day/index?serviceId=svc-room&date=${DAY}`)
    const row = (id: string) => page.locator(`[data-testid="day-booking"][data-booking-id="${id}"]`)
    await row(done.bookingId).waitFor()
    assert.match((await row(absent.bookingId).textContent()) ?? '', /备注：支部学习，需要投影仪/)
    assert.doesNotMatch((await row(done.bookingId).textContent()) ?? '', /1\d{10}/, 'phones are masked on the day')

    // the confirm dialog of a second action sits beside the first, hidden one
    const ok = () => page.getByText('确定', { exact: true }).locator('visible=true').click()
    await row(done.bookingId).locator('[data-testid="day-done"]').click()
    await ok()
    await row(done.bookingId).locator('[data-testid="day-status"]').getByText('已完成').waitFor()
    await row(absent.bookingId).locator('[data-testid="day-no-show"]').click()
    await ok()
    await row(absent.bookingId).locator('[data-testid="day-status"]').getByText('未到').waitFor()
    assert.equal(await row(done.bookingId).locator('[data-testid="day-no-show"]').count(), 0, 'a served booking cannot be marked absent')

    await app.api('demo-resident', 'booking', 'rate', { bookingId: done.bookingId, score: 4, comment: '活动室很干净，投影好用' })
    await page.locator('#day-ratings').click()
    await page.getByText('活动室很干净，投影好用').waitFor()
    assert.match((await page.locator('.page').last().textContent()) ?? '', /王秀兰/)
    await page.context().close()

    // a resident who follows the same link is told the page is for staff, not shown a refusal
    const resident = await app.page('demo-resident', `/packages/booking/pages/day/index?serviceId=svc-room&date=${DAY}`)
    await resident.getByText('服务日程只对社区工作人员开放').waitFor()
    assert.equal(await resident.locator('[data-testid="state-error"]').count(), 0)
    await resident.context().close()
  })

  it('a waiter leaves a full slot\'s waitlist from the slot, and the page stays on the chosen day', async () => {
    // the service page shows the browser's own coming week, so this scene is set three days from today
    clock.set(new Date())
    const date = addDays(localDate(Date.now()), 3)
    const slot = slotId('svc-room', atLocal(date, '08:30').toISOString()) // the room has one place a slot
    await app.api('demo-member', 'booking', 'book', { slotId: slot, requestId: 'req-room-0001' })
    await app.api('demo-resident', 'booking', 'waitlist', { slotId: slot })

    const page = await app.page('demo-resident', '/packages/booking/pages/service/index?id=svc-room')
    const label = formatLocal(`${date}T12:00:00+08:00`).split(' ').slice(0, 2).join(' ')
    await page.locator('[data-testid="day"]').getByText(label).click()
    const card = page.locator(`[data-testid="slot"][data-slot-id="${slot}"]`)
    assert.match((await card.textContent()) ?? '', /您在候补中/)
    await card.locator('[data-testid="slot-leave"]').click()
    await page.getByText('确定', { exact: true }).click()
    await card.locator('[data-testid="slot-wait"]').waitFor()
    assert.equal(await page.locator('.service-day.is-on').textContent(), label, 'still on the chosen day after the reload')
    const waits = await app.api<{ items: unknown[] }>('demo-resident', 'booking', 'waits', {})
    assert.deepEqual(waits.items, [])

    // staff see the coming booking on its day, without 完成 / 未到 before it starts
    const staff = await app.page('demo-staff', `/packages/booking/pages/day/index?serviceId=svc-room&date=${date}`)
    const row = staff.locator('[data-testid="day-booking"]').filter({ hasText: '李建国' })
    await row.locator('[data-testid="day-not-started"]').waitFor()
    assert.equal(await row.locator('[data-testid="day-done"], [data-testid="day-no-show"]').count(), 0)
    await staff.context().close()

    // the week buttons are readable (Taro's style for a disabled attribute painted them white)
    const color = await page.locator('.service-weeks taro-button-core').last().evaluate((e) => getComputedStyle(e).color)
    assert.notEqual(color, 'rgba(255, 255, 255, 0.6)')
    await page.context().close()
  })
})
