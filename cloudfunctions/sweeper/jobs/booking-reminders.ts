import { addDays, atLocal, formatLocal, localDate, localMinutes } from '../../../src/domain/time'
import type { BookingDoc } from '../../booking/docs'
import type { SweepJob } from '../jobs'

/** From this local time on, tomorrow's bookers are reminded. */
export const REMINDER_FROM_MINUTES = 18 * 60

/**
 * The evening before, each booker of tomorrow gets one reminder. `remindedAt` is set by a
 * conditional update first, so a second sweep (or a concurrent one) sends nothing twice.
 * "Not reminded" is `remindedAt: null` (null or absent), which means the same on every adapter.
 */
export const bookingReminders: SweepJob = {
  name: 'booking-reminders',
  async run({ store, clock, services }) {
    const now = clock.now()
    if (localMinutes(now) < REMINDER_FROM_MINUTES) return 0
    const tomorrow = addDays(localDate(now), 1)
    const page = await store.query<BookingDoc>('bookings', {
      where: {
        status: 'booked',
        startAt: { $gte: atLocal(tomorrow).toISOString(), $lt: atLocal(addDays(tomorrow, 1)).toISOString() },
        remindedAt: null,
      },
      orderBy: [['startAt', 'asc']],
      limit: 100,
    })
    let sent = 0
    for (const b of page.items) {
      const mine = await store.update('bookings', b._id, { remindedAt: now.toISOString() }, { where: { status: 'booked', remindedAt: null } })
      if (!mine) continue
      await services.notify({
        to: b.openid,
        template: 'booking_reminder',
        title: '明天的预约提醒',
        body: `您预约的${b.serviceName}在 ${formatLocal(b.startAt)}，请准时参加；如需取消请在 ${formatLocal(b.cancelBy)} 前操作`,
        page: '/packages/booking/pages/mine/index',
      })
      sent++
    }
    return sent
  },
}
