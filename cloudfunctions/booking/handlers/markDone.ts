import { booking } from '../../../src/domain/contracts/booking'
import { action } from '../../_runtime/types'
import { getBooking } from '../booking-doc'
import { moveBooking } from '../transition'

/** Staff mark a booking served (also correcting a mistaken no-show, whose record goes with it). */
export const markDone = action({
  input: booking.markDone.input,
  roles: ['staff'],
  handler: async (input, ctx) => {
    const b = await getBooking(ctx, input.bookingId)
    await moveBooking(ctx, b, 'markDone', { also: async (tx, cur) => void (cur.status === 'no_show' && (await tx.remove('no_shows', cur._id))) })
    return { status: 'done' as const }
  },
})
