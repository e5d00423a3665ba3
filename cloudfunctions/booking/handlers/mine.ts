import { booking } from '../../../src/domain/contracts/booking'
import { action } from '../../_runtime/types'
import { bookingItem, type BookingDoc } from '../booking-doc'

/** My bookings, latest start first. */
export const mine = action({
  input: booking.mine.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const page = await ctx.store.query<BookingDoc>('bookings', {
      where: { openid: ctx.caller.openid, ...(input.status ? { status: input.status } : {}) },
      orderBy: [['startAt', 'desc']],
      limit: input.limit,
      after: input.after,
    })
    const now = ctx.clock.now()
    return { items: page.items.map((b) => bookingItem(b, now)), next: page.next }
  },
})
