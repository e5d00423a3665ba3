import { booking } from '../../../src/domain/contracts/booking'
import { bookability, findSlot, parseSlotId } from '../../../src/domain/booking/slots'
import { AppError, fail } from '../../../src/domain/errors'
import { action } from '../../_runtime/types'
import { op } from '../../_store/port'
import { getService } from '../catalog'
import { guardId, type SlotDoc } from '../slot-places'
import { waiterId } from '../waiters'
import { contactOf } from '../place'

/** Joins a full slot's waitlist; the first waiter gets the next freed place. */
export const waitlist = action({
  input: booking.waitlist.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const parsed = parseSlotId(input.slotId) ?? fail('NOT_FOUND', '没有这个预约时段')
    const service = await getService(ctx, parsed.serviceId)
    const slot = findSlot(service._id, service.rules, input.slotId) ?? fail('NOT_FOUND', '这个时段不开放预约')
    if (bookability(service.rules, slot.startAt, ctx.clock.now()) !== 'open') fail('TOO_LATE', '这个时段已不能候补')
    const contact = await contactOf(ctx, input.contact)
    await ctx.services.checkText([contact.name], ctx.caller)
    try {
      await ctx.store.transaction(async (tx) => {
        const doc = await tx.get<SlotDoc>('slots', slot.id)
        if (!doc || doc.booked < doc.capacity) fail('CONFLICT', '这个时段还有空位，可以直接预约')
        if (await tx.get('booking_guards', guardId(slot.id, ctx.caller.openid))) fail('CONFLICT', '您已预约了这个时段')
        await tx.insert('slot_waitlist', { _id: waiterId(slot.id, ctx.caller.openid), slotId: slot.id, openid: ctx.caller.openid, communityId: ctx.caller.communityId, contact, joinedAt: ctx.clock.now().toISOString() })
        await tx.update('slots', slot.id, { waiting: op.inc(1) })
      })
    } catch (e) {
      if (e instanceof AppError && e.code === 'CONFLICT' && (await ctx.store.get('slot_waitlist', waiterId(slot.id, ctx.caller.openid)))) {
        fail('ALREADY_DONE', '您已在候补名单中')
      }
      throw e
    }
    const after = await ctx.store.get<SlotDoc>('slots', slot.id)
    return { position: after?.waiting ?? 1 }
  },
})
