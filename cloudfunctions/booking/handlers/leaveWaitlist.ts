import { booking } from '../../../src/domain/contracts/booking'
import { parseSlotId } from '../../../src/domain/booking/slots'
import { fail } from '../../../src/domain/errors'
import { action } from '../../_runtime/types'
import { leaveWaitlistOf } from '../waiters'

/** Leaves a slot's waitlist; leaving twice (or after being promoted) answers `left: false`. */
export const leaveWaitlist = action({
  input: booking.leaveWaitlist.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    if (!parseSlotId(input.slotId)) fail('NOT_FOUND', '没有这个预约时段')
    return { left: await leaveWaitlistOf(ctx.store, input.slotId, ctx.caller.openid) }
  },
})
