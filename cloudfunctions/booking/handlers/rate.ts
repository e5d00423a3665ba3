import { booking } from '../../../src/domain/contracts/booking'
import { decideBookingMove } from '../../../src/domain/booking/machine'
import { hasRole } from '../../_runtime/identity'
import { action } from '../../_runtime/types'
import { op } from '../../_store/port'
import { getBooking } from '../booking-doc'
import { moveBooking } from '../transition'

/** The booker rates a served booking once: the rating, the service's totals and the timeline change together. */
export const rate = action({
  input: booking.rate.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const b = await getBooking(ctx, input.bookingId)
    // refused moves are told before the comment is checked
    decideBookingMove(b, 'rate', { openid: ctx.caller.openid, isStaff: hasRole(ctx.caller, 'staff') }, ctx.clock.now())
    const comment = input.comment || undefined
    if (comment) await ctx.services.checkText([comment], ctx.caller)
    const rating = { score: input.score, ...(comment ? { comment } : {}) }
    await moveBooking(ctx, b, 'rate', {
      patch: { rating },
      also: async (tx) => {
        await tx.insert('service_ratings', { _id: b._id, serviceId: b.serviceId, openid: b.openid, name: b.contact.name, ...rating, at: ctx.clock.now().toISOString() })
        await tx.update('services', b.serviceId, { ratingSum: op.inc(input.score), ratingCount: op.inc(1) })
      },
    })
    return { score: input.score }
  },
})
