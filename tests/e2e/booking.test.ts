import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { startApp, type App } from './harness'

interface Slot {
  id: string
  remaining: number
  capacity: number
}

describe('service booking in the browser', () => {
  let app: App
  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(() => app.close())

  it('a resident books a home-care slot, sees it under 我的预约, cancels with a reason, and the place is free again', async () => {
    const page = await app.page('demo-resident', '/pages/services/index')
    await page.locator('#service-svc-xiaomianao').click()
    const slot = page.locator('[data-testid="slot"]').filter({ has: page.locator('[data-testid="slot-book"]') }).first()
    await slot.waitFor()
    const slotId = (await slot.getAttribute('data-slot-id'))!
    assert.match(slotId, /^svc-xiaomianao:/)
    await slot.locator('[data-testid="slot-book"]').click()

    // the contact comes from the profile; home care is for seniors, so the age is asked
    const name = page.locator('#book-name input')
    await name.waitFor()
    assert.equal(await name.inputValue(), '王秀兰')
    await page.locator('#book-age input').fill('78')
    await page.locator('#book-note textarea').fill('家里有只猫，进门请关好门')
    await page.locator('#book-submit').click()

    // 我的预约, also reachable from the 我的 tab
    const booking = page.locator('[data-testid="booking"]').first()
    await booking.waitFor()
    assert.equal((await booking.locator('[data-testid="booking-status"]').textContent())?.trim(), '已预约')
    assert.match((await booking.textContent()) ?? '', /小棉袄家政·上门助老/)
    let slots = await app.api<{ items: Slot[] }>('demo-resident', 'booking', 'slots', { serviceId: 'svc-xiaomianao', from: slotId.slice(slotId.indexOf(':') + 1), to: slotId.slice(slotId.indexOf(':') + 1) })
    const taken = slots.items.find((s) => s.id === slotId)!
    assert.equal(taken.remaining, taken.capacity - 1)

    await page.context().close()

    // later, from the 我的 tab
    const again = await app.page('demo-resident', '/pages/me/index')
    await again.locator('#link-my-bookings').click()
    const mine = again.locator('[data-testid="booking"]').first()
    await mine.locator('[data-testid="booking-status"]').getByText('已预约').waitFor()
    await mine.locator('[data-testid="cancel-open"]').click()
    await again.locator('#cancel-reason textarea').fill('女儿周末回家，可以自己打扫了')
    await again.locator('#cancel-confirm').click()
    await again.getByText('确定', { exact: true }).click()
    await mine.locator('[data-testid="booking-status"]').getByText('已取消').waitFor()
    assert.match((await mine.textContent()) ?? '', /取消原因：女儿周末回家，可以自己打扫了/)

    slots = await app.api<{ items: Slot[] }>('demo-resident', 'booking', 'slots', { serviceId: 'svc-xiaomianao', from: slotId.slice(slotId.indexOf(':') + 1), to: slotId.slice(slotId.indexOf(':') + 1) })
    const freed = slots.items.find((s) => s.id === slotId)!
    assert.equal(freed.remaining, freed.capacity, 'the place is free again')
    await again.context().close()
  })
})
