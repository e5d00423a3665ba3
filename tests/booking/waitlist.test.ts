import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { sweep } from '../../cloudfunctions/sweeper/sweep'
import { atLocal } from '../../src/domain/time'
import { DEFAULT_NOW, harness, type Harness } from '../helpers/harness'
import { contactFor, daySlot, rid, slotAt } from './helpers'

// now: Tuesday 2026-11-24 10:00 in Shanghai; home care has 2 places a slot
const FRI = '2026-11-27'

describe('leaving a waitlist', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  const outboxTo = async (openid: string) => (await h.store.query('outbox', { where: { to: openid } })).items

  async function fill(slotId: string, who: string[]) {
    const ids: string[] = []
    for (const [i, openid] of who.entries()) ids.push((await h.ok(openid, 'booking', 'book', { slotId, requestId: rid(), age: 70 + i, contact: contactFor(40 + i) })).bookingId)
    return ids
  }

  it('a waiter sees the slot under 我的预约, leaves once, and is not promoted when a place frees up', async () => {
    const slotId = slotAt('svc-xiaomianao', FRI, '10:00')
    const [a] = await fill(slotId, ['lw-a', 'lw-b'])
    await h.ok('lw-c', 'booking', 'waitlist', { slotId, contact: contactFor(43) })
    await h.ok('lw-d', 'booking', 'waitlist', { slotId, contact: contactFor(44) })

    const waits = await h.ok('lw-c', 'booking', 'waits', {})
    assert.deepEqual(waits.items.map((w) => [w.slotId, w.serviceName, w.endAt]), [[slotId, '小棉袄家政·上门助老', atLocal(FRI, '11:00').toISOString()]])

    assert.deepEqual(await h.ok('lw-c', 'booking', 'leaveWaitlist', { slotId }), { left: true })
    assert.deepEqual(await h.ok('lw-c', 'booking', 'leaveWaitlist', { slotId }), { left: false }, 'leaving again changes nothing')
    assert.deepEqual(await h.ok('lw-a', 'booking', 'leaveWaitlist', { slotId }), { left: false }, 'a booker is on no waitlist')
    assert.equal((await daySlot(h, 'svc-xiaomianao', FRI, slotId)).waiting, 1)
    assert.deepEqual((await h.ok('lw-c', 'booking', 'waits', {})).items, [])
    await h.err('lw-c', 'booking', 'leaveWaitlist', { slotId: 'not-a-slot' }, 'NOT_FOUND')

    await h.ok('lw-a', 'booking', 'cancel', { bookingId: a, reason: '家里人回来了' })
    assert.deepEqual((await h.ok('lw-c', 'booking', 'mine', {})).items, [], 'the one who left gets no place')
    assert.equal((await h.ok('lw-d', 'booking', 'mine', {})).items[0]?.fromWaitlist, true, 'the next waiter does')
    const slot = await daySlot(h, 'svc-xiaomianao', FRI, slotId)
    assert.equal(slot.booked, 2)
    assert.equal(slot.waiting, 0)
  })

  it('two simultaneous leaves of one waiter take one off the counter', async () => {
    const slotId = slotAt('svc-xiaomianao', FRI, '14:00')
    await fill(slotId, ['lw-e', 'lw-f'])
    await h.ok('lw-g', 'booking', 'waitlist', { slotId, contact: contactFor(47) })
    await h.ok('lw-h', 'booking', 'waitlist', { slotId, contact: contactFor(48) })
    const answers = await Promise.all([1, 2, 3, 4].map(() => h.call('lw-g', 'booking', 'leaveWaitlist', { slotId })))
    assert.deepEqual(answers.map((r) => (r as { data?: { left: boolean } }).data?.left).sort(), [false, false, false, true])
    assert.equal((await daySlot(h, 'svc-xiaomianao', FRI, slotId)).waiting, 1)
  })

  it('the sweeper takes the waiters of a started slot off its waitlist once and tells them', async () => {
    const THU = '2026-11-26' // before the other tests' Friday slots start, whose waiters stay
    const slotId = slotAt('svc-xiaomianao', THU, '15:30')
    await fill(slotId, ['lw-i', 'lw-j'])
    await h.ok('lw-k', 'booking', 'waitlist', { slotId, contact: contactFor(51) })
    await h.ok('lw-l', 'booking', 'waitlist', { slotId, contact: contactFor(52) })

    h.clock.set(atLocal(THU, '15:29'))
    assert.equal((await sweep(h.deps))['booking-waitlist-expiry'], 0, 'not started yet')
    h.clock.set(atLocal(THU, '15:30'))
    assert.equal((await sweep(h.deps))['booking-waitlist-expiry'], 2)
    assert.equal((await sweep(h.deps))['booking-waitlist-expiry'], 0, 'a second sweep removes nothing')
    assert.equal((await daySlot(h, 'svc-xiaomianao', THU, slotId)).waiting, 0)
    const told = (await outboxTo('lw-k')).filter((n) => n.title === '候补未成功')
    assert.equal(told.length, 1)
    assert.match(String(told[0].body), /小棉袄家政·上门助老（11月26日 周四 15:30）已开始/)
    assert.deepEqual(await h.ok('lw-l', 'booking', 'leaveWaitlist', { slotId }), { left: false })

    // a counter above the slot's waiters is set right once the slot has started, so it leaves the sweep
    await h.store.update('slots', slotId, { waiting: 3 })
    assert.equal((await sweep(h.deps))['booking-waitlist-expiry'], 0)
    assert.equal((await daySlot(h, 'svc-xiaomianao', THU, slotId)).waiting, 0)
    h.clock.set(DEFAULT_NOW)
  })
})

describe('many cancels at once with people waiting', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('six simultaneous cancels of a full clinic slot hand all six places to waiters, none to the counter', async () => {
    // 义诊 has 6 places on Wednesday afternoons
    const WED = '2026-12-02'
    const slotId = slotAt('svc-yizhen', WED, '14:00')
    const bookers = [1, 2, 3, 4, 5, 6].map((i) => `mc-book-${i}`)
    const ids: string[] = []
    for (const [i, openid] of bookers.entries()) ids.push((await h.ok(openid, 'booking', 'book', { slotId, requestId: rid(), contact: contactFor(60 + i) })).bookingId)
    const waiters = [1, 2, 3, 4, 5, 6, 7, 8].map((i) => `mc-wait-${i}`)
    for (const [i, openid] of waiters.entries()) await h.ok(openid, 'booking', 'waitlist', { slotId, contact: contactFor(70 + i) })

    const answers = await Promise.all(bookers.map((openid, i) => h.call(openid, 'booking', 'cancel', { bookingId: ids[i], reason: '临时有事' })))
    assert.ok(answers.every((r) => r.ok), JSON.stringify(answers.filter((r) => !r.ok)))

    const promoted = []
    for (const openid of waiters) if ((await h.ok(openid, 'booking', 'mine', {})).items.some((b) => b.fromWaitlist && b.status === 'booked')) promoted.push(openid)
    assert.deepEqual(promoted, waiters.slice(0, 6), 'the first six waiters, in joining order, each got a place')
    const slot = await daySlot(h, 'svc-yizhen', WED, slotId)
    assert.equal(slot.booked, 6, 'no place went back to the counter while people waited')
    assert.equal(slot.waiting, 2)
  })
})
