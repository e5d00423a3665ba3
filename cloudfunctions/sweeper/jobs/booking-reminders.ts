import { addDays, atLocal, formatLocal, localDate, localMinutes } from '../../../src/domain/time'
import type { BookingDoc } from '../../booking/booking-doc'
import type { SweepJob } from '../jobs'
import { remindOnce } from '../notify-once'

/** From this local time on, tomorrow's bookers are reminded. */
export const REMINDER_FROM_MINUTES = 18 * 60

/**
 * The evening before, each booker of tomorrow gets one reminder, once (remindOnce).
 * "Not reminded" is `remindedAt: null` (null or absent), which means the same on every adapter.
 */
export const bookingReminders: SweepJob = {
  name: 'booking-reminders',
  async run(deps) {
    const { store, clock } = deps
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
      const reminded = await remindOnce(deps, { coll: 'bookings', id: b._id, status: 'booked' }, now, {
        to: b.openid,
        template: 'booking_reminder',
        title: '明天的预约提醒',
        body: `您预约的${b.serviceName}在 ${formatLocal(b.startAt)}，请准时参加；如需取消请在 ${formatLocal(b.cancelBy)} 前操作`,
        page: '/packages/booking/pages/mine/index',
      })
      if (reminded) sent++
    }
    return sent
  },
}
