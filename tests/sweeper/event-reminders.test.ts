import assert from 'node:assert/strict'
import { describe, it } from '@jest/globals'
import { eventReminders } from '../../cloudfunctions/sweeper/jobs/event-reminders'
import { sweep } from '../../cloudfunctions/sweeper/sweep'
import { makeMembers, newEvent } from '../events/helpers'
import { harness, type Harness } from '../helpers/harness'

const reminders = async (h: Harness, openid: string) =>
  (await h.store.query('outbox', { where: { to: openid }, limit: 100 })).items.filter((n) => n.template === 'event_reminder')

describe('sweeper: event reminders about 2 hours before the start', () => {
  it('reminds each confirmed person once, not the waitlist, and only inside the 2-hour window', async () => {
    const h = await harness()
    const id = await newEvent(h, { capacity: 2, inMin: 24 * 60 })
    const [a, b, c] = await makeMembers(h, 'm-rem', 3)
    for (const p of [a, b, c]) await h.ok(p, 'events', 'signUp', { eventId: id })
    assert.equal((await h.ok(c, 'events', 'get', { id })).mine.signup, 'waitlisted')

    await sweep(h.deps)
    h.clock.advance(22 * 60 - 1)
    await sweep(h.deps)
    assert.equal((await reminders(h, a)).length, 0, '2 h 1 min before: not yet')

    h.clock.advance(2)
    const counts = await Promise.all([eventReminders.run(h.deps), eventReminders.run(h.deps)])
    assert.equal(counts[0] + counts[1], 2, 'two sweeps at once remind the two confirmed people once between them')
    for (const p of [a, b]) {
      const mine = await reminders(h, p)
      assert.equal(mine.length, 1, p)
      assert.match(String(mine[0].body), /党群服务中心/)
      assert.equal(mine[0].page, `/packages/events/pages/detail/index?id=${id}`)
    }
    assert.equal((await reminders(h, c)).length, 0, 'the waitlisted person has no place to come to')

    h.clock.advance(30)
    assert.equal(await eventReminders.run(h.deps), 0, 'a later sweep reminds nobody again')
    assert.equal((await reminders(h, a)).length, 1)
    await h.close()
  })

  it('a waiter promoted inside the window is reminded at the next sweep; a cancelled event reminds nobody', async () => {
    const h = await harness()
    const id = await newEvent(h, { capacity: 1, inMin: 90 })
    const gone = await newEvent(h, { capacity: 5, inMin: 60 })
    const [a, b] = await makeMembers(h, 'm-rem2', 2)
    await h.ok(a, 'events', 'signUp', { eventId: id })
    await h.ok(b, 'events', 'signUp', { eventId: id })
    await h.ok(a, 'events', 'signUp', { eventId: gone })
    await h.ok('demo-secretary', 'events', 'cancel', { id: gone, reason: '场地临时检修' })

    assert.equal(await eventReminders.run(h.deps), 1, 'only a, for the event still on')
    await h.ok('demo-secretary', 'events', 'update', { id, capacity: 2 })
    const r = await sweep(h.deps)
    assert.equal(r['events-waitlist'], 1)
    assert.equal(r['event-reminders'], 1, 'b, promoted in this sweep, is reminded in it')
    assert.equal((await reminders(h, a)).length, 1)
    assert.equal((await reminders(h, b)).length, 1)
    h.clock.advance(91)
    assert.equal(await eventReminders.run(h.deps), 0, 'nothing after the start')
    await h.close()
  })
})
