import { booking } from '../../../src/domain/contracts/booking'
import { daySlots } from '../../../src/domain/booking/slots'
import { addDays, atLocal, localDate } from '../../../src/domain/time'
import { action } from '../../_runtime/types'
import { bookingItem, getService, maskedItem, slotItem, type BookingDoc } from '../docs'
import { slotDocs } from './slots'

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
    const [service, page, docs] = await Promise.all([
      getService(ctx, input.serviceId),
      ctx.store.query<BookingDoc>('bookings', {
        where: { serviceId: input.serviceId, startAt: { $gte: dayFrom, $lt: dayTo }, status: { $ne: 'cancelled' } },
        orderBy: [['startAt', 'asc']],
        limit: 100,
      }),
      slotDocs(ctx, input.serviceId, dayFrom, dayTo),
    ])
    const slots = daySlots(service._id, service.rules, date).map((t) => {
      const bookings = page.items.filter((b) => b.slotId === t.id).map((b) => maskedItem(bookingItem(b, now)))
      return { ...slotItem(t, docs.get(t.id)), bookings }
    })
    return { date, serviceName: service.name, slots }
  },
})
