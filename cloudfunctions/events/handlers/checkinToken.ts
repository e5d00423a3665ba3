import { events } from '../../../src/domain/contracts/events'
import { signToken } from '../../../src/domain/checkin/token'
import { fail } from '../../../src/domain/errors'
import { action } from '../../_runtime/types'
import { loadOwnEvent } from '../event-doc'
import { hmacWith } from '../hmac'

/** The check-in screen polls this: the current 30 s token and how many have checked in. */
export const checkinToken = action({
  input: events.checkinToken.input,
  roles: ['secretary', 'staff'],
  handler: async ({ eventId }, ctx) => {
    const [ev, checkedIn] = await Promise.all([loadOwnEvent(ctx, eventId), ctx.store.count('checkins', { eventId })])
    if (ev.status !== 'published') fail('CONFLICT', '这场活动已经取消了')
    const { token, expiresAt } = signToken('checkin', ev._id, ctx.clock.now().getTime(), hmacWith(ctx.services.secret))
    return { token, expiresAt, checkedIn, signedUp: ev.signedUp }
  },
})
