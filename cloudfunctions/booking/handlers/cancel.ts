import { booking } from '../../../src/domain/contracts/booking'
import { action } from '../../_runtime/types'
import { getBooking } from '../booking-doc'
import { moveBooking } from '../transition'

/** The booker cancels until the cut-off; staff cancel any booking and the booker is told. */
export const cancel = action({
  input: booking.cancel.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    await ctx.services.checkText([input.reason], ctx.caller)
    const b = await getBooking(ctx, input.bookingId)
    const own = b.openid === ctx.caller.openid
    await moveBooking(ctx, b, own ? 'cancel' : 'staffCancel', { note: input.reason, patch: { cancelReason: input.reason } })
    return { status: 'cancelled' as const }
  },
})
