import { booking } from '../../../src/domain/contracts/booking'
import { daySlots } from '../../../src/domain/booking/slots'
import { addDays, atLocal, localDate } from '../../../src/domain/time'
import { action } from '../../_runtime/types'
import { bookingItem, maskedItem, type BookingDoc } from '../booking-doc'
import { getService } from '../catalog'
import { slotItem, type SlotDoc } from '../slot-places'

/** the most bookings one service takes in a day */
const MAX_DAY_BOOKINGS = 2000

/** A service's day for staff: every slot with its bookings (masked contacts, beneficiary, note). */
export const day = action({
  input: booking.day.input,
  roles: ['staff'],
  handler: async (input, ctx) => {
    const service = await getService(ctx, input.serviceId)
    const now = ctx.clock.now()
    const date = input.date ?? localDate(now)
    const times = daySlots(service._id, service.rules, date)
    const [booked, docs] = await Promise.all([
      ctx.store.queryAll<BookingDoc>(
        'bookings',
        {
          where: {
            serviceId: service._id,
            startAt: { $gte: atLocal(date).toISOString(), $lt: atLocal(addDays(date, 1)).toISOString() },
            status: { $ne: 'cancelled' },
          },
          orderBy: [['startAt', 'asc']],
        },
        { max: MAX_DAY_BOOKINGS },
      ),
      ctx.store.getMany<SlotDoc>('slots', times.map((t) => t.id)),
    ])
    const slots = times.map((t) => {
      const bookings = booked.filter((b) => b.slotId === t.id).map((b) => maskedItem(bookingItem(b, now)))
      return { ...slotItem(t, docs.get(t.id)), bookings }
    })
    return { date, serviceName: service.name, slots }
  },
})
