import { booking } from '../../../src/domain/contracts/booking'
import { fail } from '../../../src/domain/errors'
import { formatLocal } from '../../../src/domain/time'
import { action } from '../../_runtime/types'
import { getBooking } from '../docs'
import { moveBooking } from '../transition'

/** The booker cancels until the cut-off; staff cancel any booking and the booker is told. */
export const cancel = action({
  input: booking.cancel.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    await ctx.services.checkText([input.reason], ctx.caller)
    const b = await getBooking(ctx, input.bookingId)
    const own = b.openid === ctx.caller.openid
    if (own && b.status === 'booked' && ctx.clock.now().getTime() > Date.parse(b.cancelBy)) {
      fail('TOO_LATE', `已过取消时间（需在 ${formatLocal(b.cancelBy)} 前取消），如有变动请联系社区`)
    }
    await moveBooking(ctx, b, own ? 'cancel' : 'staffCancel', { note: input.reason, patch: { cancelReason: input.reason } })
    return { status: 'cancelled' as const }
  },
})
