import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { seed } from '../../cloudfunctions/_local/seed'
import { FixedClock, memoryLogger } from '../../cloudfunctions/_runtime/clock'
import { dispatch, type Deps } from '../../cloudfunctions/_runtime/router'
import { localServices } from '../../cloudfunctions/_runtime/services/local'
import { CloudStore } from '../../cloudfunctions/_store/cloud'
import { FUNCTIONS } from '../../cloudfunctions/registry'
import { DEFAULT_NOW } from '../helpers/harness'
import { FakeCloudDb } from '../store/fake-cloud-db'
import { contactFor, slotAt } from './helpers'

describe('booking on the cloud adapter (optimistic transactions)', () => {
  it('a capacity-6 slot under 30 simultaneous bookings gives exactly 6, and cancellations keep the counter exact', async () => {
    const store = new CloudStore(new FakeCloudDb())
    const clock = new FixedClock(DEFAULT_NOW)
    const log = memoryLogger()
    await seed(store, clock.now())
    const deps: Deps = { functions: FUNCTIONS, store, clock, log, services: localServices(store, clock, log, 'test-secret'), checkOutput: true }
    const call = (openid: string, action: string, data: unknown) => dispatch({ fn: 'booking', action, data, openid }, deps)

    const slotId = slotAt('svc-yizhen', '2026-11-25', '14:00')
    const rs = await Promise.all(
      Array.from({ length: 30 }, (_, i) => call(`cloud-${i}`, 'book', { slotId, requestId: `cloud-req-${i}-x`, contact: contactFor(i) })),
    )
    const codes = rs.map((r) => (r.ok ? 'ok' : r.error.code))
    assert.equal(codes.filter((c) => c === 'ok').length, 6, codes.join(','))
    assert.deepEqual([...new Set(codes.filter((c) => c !== 'ok'))], ['FULL'])

    const winners = rs.flatMap((r, i) => (r.ok ? [{ openid: `cloud-${i}`, id: (r.data as { bookingId: string }).bookingId }] : []))
    const mixed = await Promise.all([
      ...winners.slice(0, 3).map((w) => call(w.openid, 'cancel', { bookingId: w.id, reason: '有事来不了' })),
      ...Array.from({ length: 10 }, (_, i) => call(`cloud-late-${i}`, 'book', { slotId, requestId: `cloud-late-${i}-x`, contact: contactFor(50 + i) })),
    ])
    const lateOk = mixed.slice(3).filter((r) => r.ok).length
    assert.ok(mixed.slice(0, 3).every((r) => r.ok))
    const slot = await store.get<{ _id: string; booked: number }>('slots', slotId)
    assert.equal(slot?.booked, 3 + lateOk)
    const active = await store.query('bookings', { where: { slotId, status: 'booked' }, limit: 100 })
    assert.equal(active.items.length, slot?.booked, 'the counter equals the active bookings')
    assert.ok(lateOk <= 3)
    assert.equal(log.entries.filter((e) => e.level === 'error').length, 0)
  })
})
