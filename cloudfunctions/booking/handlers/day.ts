import { booking } from '../../../src/domain/contracts/booking'
import { daySlots } from '../../../src/domain/booking/slots'
import { addDays, atLocal, localDate } from '../../../src/domain/time'
import { action } from '../../_runtime/types'
import { bookingItem, maskedItem, type BookingDoc } from '../booking-doc'
import { getService } from '../catalog'
import { slotItem, type SlotDoc } from '../slot-places'

/** A service's day for staff: every slot with its bookings (masked contacts, beneficiary, note). */
export const day = action({
  input: booking.day.input,
  roles: ['staff'],
  handler: async (input, ctx) => {
    const service = await getService(ctx, input.serviceId)
    const now = ctx.clock.now()
    const date = input.date ?? localDate(now)
    const page = await ctx.store.query<BookingDoc>('bookings', {
      where: {
        serviceId: service._id,
        startAt: { $gte: atLocal(date).toISOString(), $lt: atLocal(addDays(date, 1)).toISOString() },
        status: { $ne: 'cancelled' },
      },
      orderBy: [['startAt', 'asc']],
      limit: 100,
    })
    const slots = await Promise.all(
      daySlots(service._id, service.rules, date).map(async (t) => {
        const doc = (await ctx.store.get<SlotDoc>('slots', t.id)) ?? undefined
        const bookings = page.items.filter((b) => b.slotId === t.id).map((b) => maskedItem(bookingItem(b, now)))
        return { ...slotItem(t, doc), bookings }
      }),
    )
    return { date, serviceName: service.name, slots }
  },
})
