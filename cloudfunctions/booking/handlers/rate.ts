import { booking } from '../../../src/domain/contracts/booking'
import { fail } from '../../../src/domain/errors'
import { action } from '../../_runtime/types'
import { op } from '../../_store/port'
import { getBooking } from '../docs'

/** The booker rates a served booking once: the rating, the service's totals and the timeline change together. */
export const rate = action({
  input: booking.rate.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const b = await getBooking(ctx, input.bookingId)
    if (b.openid !== ctx.caller.openid) fail('FORBIDDEN', '只有预约人可以评价')
    if (b.status !== 'done') fail('TOO_EARLY', '服务完成后才能评价')
    if (b.rating) fail('ALREADY_DONE', '您已经评价过了')
    const comment = input.comment || undefined
    if (comment) await ctx.services.checkText([comment], ctx.caller)
    const at = ctx.clock.now().toISOString()
    await ctx.store.transaction(async (tx) => {
      const n = await tx.update(
        'bookings',
        b._id,
        { rating: { score: input.score, ...(comment ? { comment } : {}) }, updatedAt: at, timeline: op.push({ at, by: ctx.caller.openid, action: 'rate' }) },
        { where: { status: 'done', rating: null } },
      )
      if (!n) fail('ALREADY_DONE', '您已经评价过了')
      await tx.insert('service_ratings', {
        _id: b._id,
        serviceId: b.serviceId,
        openid: b.openid,
        name: b.contact.name,
        score: input.score,
        ...(comment ? { comment } : {}),
        at,
      })
      await tx.update('services', b.serviceId, { ratingSum: op.inc(input.score), ratingCount: op.inc(1) })
    })
    return { score: input.score }
  },
})
