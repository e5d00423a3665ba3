import { booking } from '../../../src/domain/contracts/booking'
import { formatLocal } from '../../../src/domain/time'
import { action } from '../../_runtime/types'
import { writeAudit } from '../../members/audit'
import { getBooking } from '../booking-doc'

/** Staff read a booking's full phone numbers and address to serve it; every read is in the audit log. */
export const contact = action({
  input: booking.contact.input,
  roles: ['staff'],
  handler: async (input, ctx) => {
    const b = await getBooking(ctx, input.bookingId)
    await writeAudit(ctx, 'readContact', b.openid, { reason: `${b.serviceName} ${formatLocal(b.startAt)} 预约服务`, bookingId: b._id })
    return { name: b.contact.name, phone: b.contact.phone, ...(b.beneficiary ? { beneficiary: b.beneficiary } : {}) }
  },
})
