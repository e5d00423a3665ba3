import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { harness, type Harness } from '../helpers/harness'
import { contactFor, daySlot, rid, slotAt } from './helpers'

// Wednesday 2026-11-25 14:00, the free eye clinic: 6 places per half hour, open to everyone
const DATE = '2026-11-25'

describe('booking under concurrency', () => {
  let h: Harness
  before(async () => {
    h = await harness()
  })
  after(() => h.close())

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
})
