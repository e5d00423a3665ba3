import { booking } from '../../../src/domain/contracts/booking'
import { fail } from '../../../src/domain/errors'
import { action } from '../../_runtime/types'
import { getBooking } from '../docs'
import { moveBooking } from '../transition'

/** Staff mark a booking served (also correcting a mistaken no-show). */
export const markDone = action({
  input: booking.markDone.input,
  roles: ['staff'],
  handler: async (input, ctx) => {
    const b = await getBooking(ctx, input.bookingId)
    if (ctx.clock.now().getTime() < Date.parse(b.startAt)) fail('TOO_EARLY', '服务还没开始，开始后才能标记完成')
    const wasNoShow = b.status === 'no_show'
    await moveBooking(ctx, b, 'markDone', { also: async (tx) => void (wasNoShow && (await tx.remove('no_shows', b._id))) })
    return { status: 'done' as const }
  },
})
