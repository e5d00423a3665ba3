import { booking } from '../../../src/domain/contracts/booking'
import { daySlots } from '../../../src/domain/booking/slots'
import { addDays, atLocal, localDate } from '../../../src/domain/time'
import { action } from '../../_runtime/types'
import { bookingItem, maskedItem, type BookingDoc } from '../booking-doc'
import { getService } from '../catalog'
import { slotItem } from '../slot-places'
import { slotDocs } from './slots'

/** the most bookings one service takes in a day */
const MAX_DAY_BOOKINGS = 2000

/** A service's day for staff: every slot with its bookings (masked contacts, beneficiary, note). */
export const day = action({
  input: booking.day.input,
  roles: ['staff'],
  handler: async (input, ctx) => {
    const now = ctx.clock.now()
    const date = input.date ?? localDate(now)
    const dayFrom = atLocal(date).toISOString()
    const dayTo = atLocal(addDays(date, 1)).toISOString()
    // the service, the day's bookings and its slot documents in one round trip
    const [service, booked, docs] = await Promise.all([
      getService(ctx, input.serviceId),
      ctx.store.queryAll<BookingDoc>(
        'bookings',
        { where: { serviceId: input.serviceId, startAt: { $gte: dayFrom, $lt: dayTo }, status: { $ne: 'cancelled' } }, orderBy: [['startAt', 'asc']] },
        { max: MAX_DAY_BOOKINGS },
      ),
      slotDocs(ctx, input.serviceId, dayFrom, dayTo),
    ])
    const slots = daySlots(service._id, service.rules, date).map((t) => {
      const bookings = booked.filter((b) => b.slotId === t.id).map((b) => maskedItem(bookingItem(b, now)))
      return { ...slotItem(t, docs.get(t.id)), bookings }
    })
    return { date, serviceName: service.name, slots }
  },
})
