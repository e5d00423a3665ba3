import { booking } from '../../../src/domain/contracts/booking'
import { blockedUntil, NO_SHOW_WINDOW_DAYS } from '../../../src/domain/booking/rules'
import { addMinutes } from '../../../src/domain/time'
import { action } from '../../_runtime/types'
import { getBooking } from '../booking-doc'
import { moveBooking } from '../transition'

/** Staff mark a booker absent; the no-show is recorded (three in 60 days block booking for 14 days). */
export const markNoShow = action({
  input: booking.markNoShow.input,
  roles: ['staff'],
  handler: async (input, ctx) => {
    const b = await getBooking(ctx, input.bookingId)
    const now = ctx.clock.now()
    await moveBooking(ctx, b, 'markNoShow', {
      also: (tx) => tx.insert('no_shows', { _id: b._id, openid: b.openid, serviceId: b.serviceId, at: b.startAt }),
    })
    const recent = await ctx.store.query('no_shows', {
      where: { openid: b.openid, at: { $gte: addMinutes(now, -NO_SHOW_WINDOW_DAYS * 1440).toISOString() } },
      orderBy: [['at', 'desc']],
      limit: 20,
    })
    const until = blockedUntil(recent.items.map((n) => n.at as string), now)
    return { status: 'no_show' as const, ...(until ? { blockedUntil: until.toISOString() } : {}) }
  },
})
