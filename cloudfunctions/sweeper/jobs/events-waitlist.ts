import { AppError } from '../../../src/domain/errors'
import type { EventDoc } from '../../events/event-doc'
import type { SignupDoc } from '../../events/signup-doc'
import { promoteIntoFreePlace } from '../../events/signup-moves'
import type { SweepJob } from '../jobs'

/**
 * Fills places that free up outside a cancellation (capacity raised, a promotion lost to a race):
 * for the soonest upcoming events, the first waiters take the free places — each promotion one
 * move of the sign-up machine, with the counter and the person's notice in its transaction.
 */
export const eventsWaitlist: SweepJob = {
  name: 'events-waitlist',
  async run(deps) {
    const { store, clock } = deps
    const at = clock.now().toISOString()
    const upcoming = await store.query<EventDoc>('events', { where: { startAt: { $gt: at } }, orderBy: [['startAt', 'asc']], limit: 100 })
    let promoted = 0
    for (const ev of upcoming.items) {
      if (ev.status !== 'published' || ev.signedUp >= ev.capacity) continue
      const waiters = await store.query<SignupDoc>('signups', { where: { eventId: ev._id, status: 'waitlisted' }, orderBy: [['seq', 'asc']], limit: ev.capacity - ev.signedUp })
      for (const w of waiters.items) {
        try {
          await promoteIntoFreePlace(deps, ev, w._id)
          promoted++
        } catch (e) {
          if (!(e instanceof AppError)) throw e
          if (e.code === 'FULL') break // the places went meanwhile
          if (e.code !== 'CONFLICT' && e.code !== 'NOT_FOUND') throw e // CONFLICT: they left or were promoted meanwhile
        }
      }
    }
    return promoted
  },
}
