import { events } from '../../../src/domain/contracts/events'
import { action } from '../../_runtime/types'
import type { CheckinDoc } from '../checkin'
import { loadEvent, toItem } from '../event-doc'
import { pairId } from '../pair-id'
import type { SignupDoc } from '../signup-doc'
import { allBases, baseOut, basesById } from './bases'

/** One event with its base, counts and the caller's own sign-up, check-in and rating. */
export const get = action({
  input: events.get.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    // the event, its base (among all bases), its counts and the caller's own records: one round trip
    const me = pairId(input.id, ctx.caller.openid)
    const [ev, all, waitlisted, checkedIn, signup, checkin, rating] = await Promise.all([
      loadEvent(ctx, input.id),
      allBases(ctx),
      ctx.store.count('signups', { eventId: input.id, status: 'waitlisted' }),
      ctx.store.count('checkins', { eventId: input.id }),
      ctx.store.get<SignupDoc>('signups', me),
      ctx.store.get<CheckinDoc>('checkins', me),
      ctx.store.get('event_ratings', me),
    ])
    const base = (await basesById(ctx, all, [ev.baseId])).get(ev.baseId)
    return {
      ...toItem(ev, base?.name),
      description: ev.description,
      base: base ? baseOut(base) : undefined,
      waitlisted,
      checkedIn,
      cancelReason: ev.cancelReason,
      mine: { signup: signup?.status, checkedInAt: checkin?.at, rated: rating?.score as number | undefined },
    }
  },
})
