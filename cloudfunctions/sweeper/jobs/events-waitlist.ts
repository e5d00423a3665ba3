import type { EventDoc, SignupDoc } from '../../events/docs'
import { promoteFirst, tellPromoted } from '../../events/transitions'
import { op } from '../../_store/port'
import type { SweepJob } from '../jobs'

/**
 * Fills places that free up outside a cancellation (capacity raised, a promotion lost to a race):
 * for the soonest upcoming events, the first waiters take the free places, one transaction each.
 */
export const eventsWaitlist: SweepJob = {
  name: 'events-waitlist',
  async run({ store, clock, services }) {
    const at = clock.now().toISOString()
    const upcoming = await store.query<EventDoc>('events', { where: { startAt: { $gt: at } }, orderBy: [['startAt', 'asc']], limit: 100 })
    let promoted = 0
    for (const ev of upcoming.items) {
      if (ev.status !== 'published' || ev.signedUp >= ev.capacity) continue
      const waiters = await store.query<SignupDoc>('signups', { where: { eventId: ev._id, status: 'waitlisted' }, orderBy: [['seq', 'asc']], limit: ev.capacity - ev.signedUp })
      for (const w of waiters.items) {
        const who = await store.transaction(async (tx) => {
          const cur = await tx.get<SignupDoc>('signups', w._id)
          if (cur?.status !== 'waitlisted') return undefined
          if (!(await tx.update('events', ev._id, { signedUp: op.inc(1) }, { where: { status: 'published', signedUp: { $lt: ev.capacity } } }))) return undefined
          return promoteFirst(tx, at, [cur])
        })
        if (!who) continue
        promoted++
        await tellPromoted(services, who, ev)
      }
    }
    return promoted
  },
}
