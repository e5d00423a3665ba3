import { events } from '../../../src/domain/contracts/events'
import { action } from '../../_runtime/types'
import type { BaseDoc } from '../base-doc'
import type { CheckinDoc } from '../checkin'
import { loadEvent, toItem } from '../event-doc'
import { pairId } from '../pair-id'
import type { SignupDoc } from '../signup-doc'
import { baseOut } from './bases'

/** One event with its base, counts and the caller's own sign-up, check-in and rating. */
export const get = action({
  input: events.get.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const ev = await loadEvent(ctx, input.id)
    const me = pairId(ev._id, ctx.caller.openid)
    const [base, waitlisted, checkedIn, signup, checkin, rating] = await Promise.all([
      ctx.store.get<BaseDoc>('bases', ev.baseId),
      ctx.store.count('signups', { eventId: ev._id, status: 'waitlisted' }),
      ctx.store.count('checkins', { eventId: ev._id }),
      ctx.store.get<SignupDoc>('signups', me),
      ctx.store.get<CheckinDoc>('checkins', me),
      ctx.store.get('event_ratings', me),
    ])
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
