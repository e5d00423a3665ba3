import { booking } from '../../../src/domain/contracts/booking'
import { audienceRefusal, blockedUntil, NO_SHOW_LIMIT, NO_SHOW_WINDOW_DAYS } from '../../../src/domain/booking/rules'
import { bookability, DEFAULT_CANCEL_CUTOFF_MINUTES, DEFAULT_HORIZON_DAYS, DEFAULT_NOTICE_MINUTES, findSlot, parseSlotId } from '../../../src/domain/booking/slots'
import { AppError, fail } from '../../../src/domain/errors'
import { addMinutes, formatLocal } from '../../../src/domain/time'
import { action, type Ctx } from '../../_runtime/types'
import { op } from '../../_store/port'
import { bookingIdOf, type BookingDoc } from '../booking-doc'
import { getService } from '../catalog'
import { ensureSlot, guardId, type SlotDoc } from '../slot-places'
import { contactOf, newBooking } from '../place'

/**
 * Books a place. Every check runs first; then the slot's document is created if this is its first
 * booking, and one transaction raises the counter only while `booked < capacity` and writes the
 * person's guard for the slot and the booking (id from the requestId).
 */
export const book = action({
  input: booking.book.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const bookingId = bookingIdOf(ctx.caller.openid, input.requestId)
    const existing = await ctx.store.get<BookingDoc>('bookings', bookingId)
    if (existing) return { bookingId, status: existing.status }

    const parsed = parseSlotId(input.slotId) ?? fail('NOT_FOUND', '没有这个预约时段')
    const service = await getService(ctx, parsed.serviceId)
    const slot = findSlot(service._id, service.rules, input.slotId) ?? fail('NOT_FOUND', '这个时段不开放预约')
    const now = ctx.clock.now()
    const open = bookability(service.rules, slot.startAt, now)
    if (open === 'too_late') fail('TOO_LATE', `开始前 ${(service.rules.minNoticeMinutes ?? DEFAULT_NOTICE_MINUTES) / 60} 小时内不能预约，请选择其他时段`)
    if (open === 'too_early') fail('TOO_EARLY', `只能预约 ${service.rules.horizonDays ?? DEFAULT_HORIZON_DAYS} 天内的时段`)
    const me = ctx.caller.member
    const refusal = audienceRefusal(service.audience, { building: me?.building, age: input.age })
    if (refusal) fail('FORBIDDEN', refusal)
    await checkNotBlocked(ctx)
    const contact = await contactOf(ctx, input.contact)
    await ctx.services.checkText([contact.name, input.note ?? '', input.beneficiary?.name ?? '', input.beneficiary?.address ?? ''], ctx.caller)

    const doc = newBooking(ctx, {
      _id: bookingId,
      openid: ctx.caller.openid,
      communityId: ctx.caller.communityId,
      from: {
        serviceId: service._id,
        serviceName: service.name,
        slotId: slot.id,
        startAt: slot.startAt,
        endAt: slot.endAt,
        cancelBy: addMinutes(slot.startAt, -(service.rules.cancelCutoffMinutes ?? DEFAULT_CANCEL_CUTOFF_MINUTES)).toISOString(),
      },
      contact,
      beneficiary: input.beneficiary,
      note: input.note || undefined,
      fromWaitlist: false,
    })
    await ensureSlot(ctx.store, slot, service._id)
    try {
      return await ctx.store.transaction(async (tx) => {
        const again = await tx.get<BookingDoc>('bookings', bookingId)
        if (again) return { bookingId, status: again.status }
        const slotDoc = (await tx.get<SlotDoc>('slots', slot.id)) ?? fail('NOT_FOUND', '这个时段不开放预约')
        if (await tx.get('booking_guards', guardId(slot.id, ctx.caller.openid))) {
          fail('CONFLICT', '您已预约了这个时段，可在“我的预约”中查看')
        }
        const taken = await tx.update('slots', slot.id, { booked: op.inc(1) }, { where: { booked: { $lt: slotDoc.capacity } } })
        if (!taken) fail('FULL', '这个时段已约满，可以选择其他时段或加入候补')
        await tx.insert('booking_guards', { _id: guardId(slot.id, ctx.caller.openid), bookingId, slotId: slot.id, openid: ctx.caller.openid })
        await tx.insert('bookings', doc)
        return { bookingId, status: doc.status }
      })
    } catch (e) {
      // the same requestId won a race on another instance: answer its booking
      const winner = e instanceof AppError && e.code === 'CONFLICT' ? await ctx.store.get<BookingDoc>('bookings', bookingId) : null
      if (winner) return { bookingId, status: winner.status }
      throw e
    }
  },
})

async function checkNotBlocked(ctx: Ctx): Promise<void> {
  const now = ctx.clock.now()
  const recent = await ctx.store.query('no_shows', {
    where: { openid: ctx.caller.openid, at: { $gte: addMinutes(now, -NO_SHOW_WINDOW_DAYS * 1440).toISOString() } },
    orderBy: [['at', 'desc']],
    limit: 20,
  })
  const until = blockedUntil(recent.items.map((n) => n.at as string), now)
  if (until) {
    fail('FORBIDDEN', `您在 ${NO_SHOW_WINDOW_DAYS} 天内有 ${NO_SHOW_LIMIT} 次预约未到，${formatLocal(until, false)} 前暂不能预约新的服务`, {
      blockedUntil: until.toISOString(),
    })
  }
}
