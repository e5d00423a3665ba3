/**
 * A field stored as null (an older app version, an import, a hand edit in the console) means "no
 * value" on both adapters: the reminder still goes out once and the booking can still be rated once.
 * The sweeper and the rating condition use `{field: null}` (null or absent), never `$exists: false`,
 * whose meaning differs for null (docs/store.md).
 */
import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { seed } from '../../cloudfunctions/_local/seed'
import { FixedClock, memoryLogger } from '../../cloudfunctions/_runtime/clock'
import { dispatch, type Deps } from '../../cloudfunctions/_runtime/router'
import { localServices } from '../../cloudfunctions/_runtime/services/local'
import { CloudStore } from '../../cloudfunctions/_store/cloud'
import type { Store } from '../../cloudfunctions/_store/port'
import { SqliteStore } from '../../cloudfunctions/_store/sqlite'
import { FUNCTIONS } from '../../cloudfunctions/registry'
import { sweep } from '../../cloudfunctions/sweeper/sweep'
import { atLocal } from '../../src/domain/time'
import { guarded } from '../helpers/guard'
import { DEFAULT_NOW } from '../helpers/harness'
import { FakeCloudDb } from '../store/fake-cloud-db'
import { contactFor, slotAt } from './helpers'

const stores: [string, () => Store][] = [
  ['sqlite', () => guarded(new SqliteStore(':memory:'))],
  ['cloud (fake)', () => new CloudStore(new FakeCloudDb())],
]

for (const [name, make] of stores) {
  describe(`booking fields stored as null (${name})`, () => {
    it('remindedAt: null is reminded once; rating: null can be rated once', async () => {
      const store = make()
      const clock = new FixedClock(DEFAULT_NOW)
      const log = memoryLogger()
      await seed(store, clock.now())
      const deps: Deps = { functions: FUNCTIONS, store, clock, log, services: localServices(store, clock, log, 'test-secret') }
      const call = async (openid: string, action: string, data: unknown) => {
        const r = await dispatch({ fn: 'booking', action, data, openid }, deps)
        return r.ok ? 'ok' : r.error.code
      }
      const booked = await dispatch({ fn: 'booking', action: 'book', data: { slotId: slotAt('svc-yizhen', '2026-11-25', '14:30'), requestId: 'null-req-0001', contact: contactFor(7) }, openid: 'null-1' }, deps)
      assert.ok(booked.ok, JSON.stringify(booked))
      const id = (booked.data as { bookingId: string }).bookingId
      assert.equal(await store.update('bookings', id, { remindedAt: null, rating: null }), 1)

      clock.set(atLocal('2026-11-24', '19:00'))
      assert.equal((await sweep(deps))['booking-reminders'], 1, 'a null remindedAt is not reminded yet')
      assert.equal((await sweep(deps))['booking-reminders'], 0, 'and is reminded once')
      const reminders = await store.queryAll('outbox', { where: { to: 'null-1' } }, { max: 10 })
      assert.equal(reminders.filter((n) => n.template === 'booking_reminder').length, 1)

      clock.set(atLocal('2026-11-25', '16:00'))
      assert.equal(await call('demo-staff', 'markDone', { bookingId: id }), 'ok')
      assert.equal(await call('null-1', 'rate', { bookingId: id, score: 4 }), 'ok', 'a null rating is no rating')
      assert.equal(await call('null-1', 'rate', { bookingId: id, score: 5 }), 'ALREADY_DONE')
      assert.deepEqual((await store.get('bookings', id))?.rating, { score: 4 })
      await store.close()
    })
  })
}
