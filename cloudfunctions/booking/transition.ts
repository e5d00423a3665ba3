/**
 * The one transition function of a booking: checks who may make the move from which state,
 * writes the new state with a timeline entry, and — when a place frees up — removes the
 * person's slot guard and either hands the place to the first waiter or gives it back to the
 * slot's counter, all in one transaction. Notices go out after it commits.
 */
import { MOVES, moveRefusal, type BookingMove } from '../../src/domain/booking/rules'
import { formatLocal } from '../../src/domain/time'
import { fail } from '../../src/domain/errors'
import { hasRole } from '../_runtime/identity'
import type { Ctx } from '../_runtime/types'
import { op, type Patch, type TxStore } from '../_store/port'
import { guardId, type BookingDoc, type WaiterDoc } from './docs'
import { newBooking } from './place'

export interface MoveOpts {
  note?: string
  patch?: Patch
  /** further writes of the same change (e.g. the no-show record) */
  also?: (tx: TxStore) => Promise<void>
}

export async function moveBooking(ctx: Ctx, b: BookingDoc, move: BookingMove, opts: MoveOpts = {}): Promise<void> {
  const refusal = moveRefusal(move, { isBooker: b.openid === ctx.caller.openid, isStaff: hasRole(ctx.caller, 'staff') }, b.status)
  if (refusal) fail(refusal.code, refusal.message)
  const now = ctx.clock.now()
  const to = MOVES[move].to
  const frees = b.status === 'booked' && to === 'cancelled'
  const waiters = frees && Date.parse(b.startAt) > now.getTime() ? await firstWaiters(ctx, b.slotId) : []

  const promoted = await ctx.store.transaction(async (tx) => {
    const changed = await tx.update(
      'bookings',
      b._id,
      {
        status: to,
        updatedAt: now.toISOString(),
        timeline: op.push({ at: now.toISOString(), by: ctx.caller.openid, action: move, ...(opts.note ? { note: opts.note } : {}) }),
        ...opts.patch,
      },
      { where: { status: b.status } },
    )
    if (!changed) fail('CONFLICT', '这条预约刚刚被处理过，请刷新后再看')
    await opts.also?.(tx)
    if (!frees) return null
    await tx.remove('booking_guards', guardId(b.slotId, b.openid))
    const waiter = await promote(tx, ctx, b, waiters)
    if (!waiter) await tx.update('slots', b.slotId, { booked: op.inc(-1) }, { where: { booked: { $gt: 0 } } })
    return waiter
  })

  const when = formatLocal(b.startAt)
  if (move === 'staffCancel') {
    await ctx.services.notify({
      to: b.openid,
      template: 'booking_cancelled',
      title: '您的预约已被取消',
      body: `${b.serviceName}（${when}）已由社区取消：${opts.note ?? ''}`,
      page: '/packages/booking/pages/mine/index',
    })
  }
  if (promoted) {
    await ctx.services.notify({
      to: promoted.openid,
      template: 'booking_waitlist',
      title: '候补成功',
      body: `${b.serviceName}（${when}）有人取消，您已从候补转为预约成功`,
      page: '/packages/booking/pages/mine/index',
    })
  }
}

async function firstWaiters(ctx: Ctx, slotId: string): Promise<WaiterDoc[]> {
  const page = await ctx.store.query<WaiterDoc>('slot_waitlist', { where: { slotId }, orderBy: [['joinedAt', 'asc']], limit: 5 })
  return page.items
}

/** Gives the freed place to the first waiter still waiting who holds no booking in the slot. */
async function promote(tx: TxStore, ctx: Ctx, freed: BookingDoc, waiters: WaiterDoc[]): Promise<WaiterDoc | null> {
  for (const w of waiters) {
    if (!(await tx.remove('slot_waitlist', w._id))) continue
    await tx.update('slots', freed.slotId, { waiting: op.inc(-1) }, { where: { waiting: { $gt: 0 } } })
    if (w.openid === freed.openid || (await tx.get('booking_guards', guardId(freed.slotId, w.openid)))) continue
    const doc = newBooking(ctx, {
      _id: `${w.openid}:wl-${ctx.requestId}`,
      openid: w.openid,
      from: freed,
      contact: w.contact,
      fromWaitlist: true,
    })
    await tx.insert('booking_guards', { _id: guardId(freed.slotId, w.openid), bookingId: doc._id, slotId: freed.slotId, openid: w.openid })
    await tx.insert('bookings', doc)
    return w
  }
  return null
}
