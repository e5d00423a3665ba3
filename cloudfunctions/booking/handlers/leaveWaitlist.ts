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
    const slot = parseSlotId(input.slotId)
    if (!slot) fail('NOT_FOUND', '没有这个预约时段')
    // the waitlist carries no unit: the slot's service (scoped) must be in sight
    if (!(await ctx.store.get('services', slot.serviceId))) fail('NOT_FOUND', '没有这个预约时段')
    return { left: await leaveWaitlistOf(ctx.store, input.slotId, ctx.caller.openid) }
  },
})
