import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import { harness, type Harness } from '../helpers/harness'
import { contactFor, daySlot, rid, slotAt } from './helpers'

// Wednesday 2026-11-25 14:00, the free eye clinic: 6 places per half hour, open to everyone
const DATE = '2026-11-25'

describe('booking under concurrency', () => {
  let h: Harness
  beforeAll(async () => {
    h = await harness()
  })
  afterAll(() => h.close())

  it('a capacity-6 slot under 30 simultaneous bookings by different people: exactly 6 booked, the rest FULL', async () => {
    const slotId = slotAt('svc-yizhen', DATE, '14:00')
    const rs = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        h.call(`storm-a-${i}`, 'booking', 'book', { slotId, requestId: rid(), contact: contactFor(i) }),
      ),
    )
    assert.equal(rs.filter((r) => r.ok).length, 6)
    assert.deepEqual([...new Set(rs.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.error.code)))], ['FULL'])
    const slot = await daySlot(h, 'svc-yizhen', DATE, slotId)
    assert.equal(slot.booked, 6)
    assert.equal(slot.remaining, 0)
    assert.equal(slot.bookings.length, 6)
    const slots = await h.ok('storm-a-0', 'booking', 'slots', { serviceId: 'svc-yizhen', from: DATE, to: DATE })
    assert.equal(slots.items.find((s) => s.id === slotId)?.remaining, 0, 'residents see it full')
  })

  it('one person tapping 预约 twenty times at once (same requestId) gets one booking', async () => {
    const slotId = slotAt('svc-yizhen', DATE, '14:30')
    const requestId = rid()
    const rs = await Promise.all(
      Array.from({ length: 20 }, () => h.call('storm-b', 'booking', 'book', { slotId, requestId, contact: contactFor(1) })),
    )
    assert.ok(rs.every((r) => r.ok))
    assert.equal(new Set(rs.map((r) => (r.ok ? (r.data as { bookingId: string }).bookingId : ''))).size, 1)
    assert.equal((await daySlot(h, 'svc-yizhen', DATE, slotId)).booked, 1)
    const other = await h.call('storm-b', 'booking', 'book', { slotId, requestId: rid(), contact: contactFor(1) })
    assert.equal(other.ok ? '' : other.error.code, 'CONFLICT', 'a second booking of the same slot by the same person')
  })

  it('after a storm of mixed bookings and cancellations the counter equals the active bookings', async () => {
    const slotId = slotAt('svc-yizhen', DATE, '15:00')
    const people = Array.from({ length: 24 }, (_, i) => `storm-c-${i}`)
    const held = new Map<string, string>() // openid → bookingId
    let seed = 7
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31

    for (let round = 0; round < 6; round++) {
      const calls = people.map(async (p, i) => {
        const mine = held.get(p)
        if (mine && rand() < 0.6) {
          const r = await h.call(p, 'booking', 'cancel', { bookingId: mine, reason: '临时有事' })
          if (r.ok) held.delete(p)
          return
        }
        if (!mine && rand() < 0.7) {
          const r = await h.call(p, 'booking', 'book', { slotId, requestId: rid(), contact: contactFor(100 + i) })
          if (r.ok) held.set(p, (r.data as { bookingId: string }).bookingId)
          else assert.ok(['FULL', 'CONFLICT'].includes(r.error.code), r.error.message)
        }
      })
      await Promise.all(calls)
      const slot = await daySlot(h, 'svc-yizhen', DATE, slotId)
      assert.equal(slot.booked, slot.bookings.length, `round ${round}: counter = active bookings`)
      assert.equal(slot.booked, held.size, `round ${round}: counter = places people hold`)
      assert.ok(slot.booked <= 6)
    }
    assert.ok(held.size > 0)
  })

  it('five bookers of a full slot cancel at once: the first five waiters get the places, each told once', async () => {
    const slotId = slotAt('svc-yizhen', DATE, '15:30')
    const bookings: [string, string][] = []
    for (let i = 0; i < 6; i++) bookings.push([`storm-d-${i}`, (await h.ok(`storm-d-${i}`, 'booking', 'book', { slotId, requestId: rid(), contact: contactFor(200 + i) })).bookingId])
    const waiters = Array.from({ length: 7 }, (_, i) => `storm-w-${i}`)
    for (const [i, w] of waiters.entries()) await h.ok(w, 'booking', 'waitlist', { slotId, contact: contactFor(300 + i) })

    const rs = await Promise.all(bookings.slice(0, 5).map(([p, id]) => h.call(p, 'booking', 'cancel', { bookingId: id, reason: '临时有事' })))
    assert.ok(rs.every((r) => r.ok), JSON.stringify(rs.find((r) => !r.ok)))
    const slot = await daySlot(h, 'svc-yizhen', DATE, slotId)
    assert.equal(slot.booked, 6)
    assert.equal(slot.bookings.length, 6)
    assert.equal(slot.waiting, 2)
    for (const w of waiters.slice(0, 5)) {
      const mine = (await h.ok(w, 'booking', 'mine', {})).items.filter((b) => b.slotId === slotId)
      assert.deepEqual(mine.map((b) => [b.status, b.fromWaitlist]), [['booked', true]], w)
      const told = (await h.store.query('outbox', { where: { to: w } })).items.filter((n) => n.title === '候补成功')
      assert.equal(told.length, 1, `${w} is told once`)
    }
    for (const w of waiters.slice(5)) assert.deepEqual((await h.ok(w, 'booking', 'mine', {})).items, [], `${w} still waits`)
  })

  it('one booker tapping 取消 five times at once: one cancellation, one waiter promoted, the rest ALREADY_DONE', async () => {
    const slotId = slotAt('svc-yizhen', DATE, '16:00')
    const ids: string[] = []
    for (let i = 0; i < 6; i++) ids.push((await h.ok(`storm-e-${i}`, 'booking', 'book', { slotId, requestId: rid(), contact: contactFor(400 + i) })).bookingId)
    await h.ok('storm-ew-0', 'booking', 'waitlist', { slotId, contact: contactFor(410) })
    await h.ok('storm-ew-1', 'booking', 'waitlist', { slotId, contact: contactFor(411) })

    const rs = await Promise.all(Array.from({ length: 5 }, () => h.call('storm-e-0', 'booking', 'cancel', { bookingId: ids[0], reason: '临时有事' })))
    assert.equal(rs.filter((r) => r.ok).length, 1)
    assert.deepEqual([...new Set(rs.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.error.code)))], ['ALREADY_DONE'])
    const slot = await daySlot(h, 'svc-yizhen', DATE, slotId)
    assert.equal(slot.booked, 6)
    assert.equal(slot.bookings.length, 6)
    assert.equal(slot.waiting, 1, 'only the first waiter took the one freed place')
    assert.equal((await h.ok('storm-ew-0', 'booking', 'mine', {})).items.length, 1)
    assert.equal((await h.ok('storm-ew-1', 'booking', 'mine', {})).items.length, 0)
    const timeline = (await h.store.get('bookings', ids[0]))?.timeline as { action: string }[]
    assert.deepEqual(timeline.map((t) => t.action), ['book', 'cancel'], 'one cancellation on the timeline')
  })
})
