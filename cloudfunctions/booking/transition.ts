/**
 * Every move of a booking goes through `moveBooking`, on the one state-change mechanism
 * (`applyTransition`): the move is decided on the booking as it is now (src/domain/booking/machine.ts)
 * and written with its timeline entry and its notice in one transaction. When a place frees up,
 * the same transaction removes the person's slot guard and either hands the place to the first
 * waiter (a new booking, whose notice commits with it) or gives it back to the slot's counter.
 */
import { BOOKING, decideBookingMove, type BookingMove } from '../../src/domain/booking/machine'
import { formatLocal } from '../../src/domain/time'
import { hasRole } from '../_runtime/identity'
import type { OutboxDoc } from '../_runtime/services/outbox'
import { applyTransition, ATTEMPTS, deliver, writeEffects } from '../_runtime/transition'
import type { Ctx, Notice } from '../_runtime/types'
import { op, type Patch, type TxStore } from '../_store/port'
import { BOOKINGS, NO_BOOKING, type BookingDoc } from './booking-doc'
import { newBooking } from './place'
import { guardId, type SlotDoc } from './slot-places'
import { firstWaiters, removeWaiter, type WaiterDoc } from './waiters'

const MINE_PAGE = '/packages/booking/pages/mine/index'

export interface MoveOpts {
  note?: string
  patch?: Patch
  /** further writes of the same change (e.g. the no-show record), for the booking as it is now */
  also?: (tx: TxStore, b: BookingDoc) => Promise<void>
}

/**
 * The waiters read before the transaction were all taken by simultaneous cancels while the slot
 * still counts people waiting: the move is made again with the waitlist read afresh.
 */
class WaitersTaken extends Error {}

/** Moves booking `b` (as the caller last read it; decided again on every fresh read); answers it after the move. */
export async function moveBooking(ctx: Ctx, b: BookingDoc, move: BookingMove, opts: MoveOpts = {}): Promise<BookingDoc> {
  const frees = BOOKING.moves[move].to === 'cancelled' && Date.parse(b.startAt) > ctx.clock.now().getTime()
  for (let attempt = 1; ; attempt++) {
    // a cancel may free a place before the start: its waiters are read now, there is no query inside a transaction
    const waiters = frees ? await firstWaiters(ctx.store, b.slotId) : []
    try {
      // on the last attempt a counter that says people wait while none is found is believed no longer
      return await moveOnce(ctx, b, move, opts, waiters, frees && attempt < ATTEMPTS)
    } catch (e) {
      if (!(e instanceof WaitersTaken)) throw e
    }
  }
}

async function moveOnce(ctx: Ctx, b: BookingDoc, move: BookingMove, opts: MoveOpts, waiters: WaiterDoc[], strict: boolean): Promise<BookingDoc> {
  const now = ctx.clock.now()
  const caller = { openid: ctx.caller.openid, isStaff: hasRole(ctx.caller, 'staff') }
  let promoted: OutboxDoc[] = []
  const { after } = await applyTransition<BookingDoc>(
    ctx,
    {
      coll: BOOKINGS,
      stateField: 'status',
      notFound: NO_BOOKING,
      busy: '这条预约刚刚被处理过，请刷新后再看',
      decide: (doc) => {
        const to = decideBookingMove(doc, move, caller, now)
        const frees = doc.status === 'booked' && to === 'cancelled'
        return {
          to,
          patch: opts.patch,
          entry: { at: now.toISOString(), by: ctx.caller.openid, action: move, ...(opts.note ? { note: opts.note } : {}) },
          effects: move === 'staffCancel' ? { notices: [cancelledNotice(doc, opts.note)] } : undefined,
          also: async (tx) => {
            // runs once per attempt of the transaction: only the committed attempt's notices are delivered
            promoted = []
            await opts.also?.(tx, doc)
            if (frees) promoted = await freePlace(tx, ctx, doc, waiters, strict)
          },
        }
      },
    },
    b._id,
  )
  await deliver(ctx, promoted)
  return after
}

function cancelledNotice(b: BookingDoc, reason: string | undefined): Notice {
  return {
    to: b.openid,
    template: 'booking_cancelled',
    title: '您的预约已被取消',
    body: `${b.serviceName}（${formatLocal(b.startAt)}）已由社区取消：${reason ?? ''}`,
    page: MINE_PAGE,
  }
}

/**
 * The freed place goes to the first waiter still waiting who holds no booking in the slot, else
 * back to the counter; answers the notices written. When every waiter read was taken meanwhile but
 * the slot still counts people waiting, it refuses (WaitersTaken) so the move is made again with
 * the waitlist read afresh, instead of handing the place to the counter while people wait.
 */
async function freePlace(tx: TxStore, ctx: Ctx, freed: BookingDoc, waiters: WaiterDoc[], strict: boolean): Promise<OutboxDoc[]> {
  await tx.remove('booking_guards', guardId(freed.slotId, freed.openid))
  for (const w of waiters) {
    if (!(await removeWaiter(tx, freed.slotId, w.openid))) continue
    if (w.openid === freed.openid || (await tx.get('booking_guards', guardId(freed.slotId, w.openid)))) continue
    const doc = newBooking(ctx, { _id: `${w.openid}:wl-${ctx.requestId}`, openid: w.openid, communityId: w.communityId ?? freed.communityId ?? '', from: freed, contact: w.contact, fromWaitlist: true })
    await tx.insert('booking_guards', { _id: guardId(freed.slotId, w.openid), bookingId: doc._id, slotId: freed.slotId, openid: w.openid })
    await tx.insert(BOOKINGS, doc)
    return writeEffects(tx, ctx, {
      notices: [
        {
          to: w.openid,
          template: 'booking_waitlist',
          title: '候补成功',
          body: `${freed.serviceName}（${formatLocal(freed.startAt)}）有人取消，您已从候补转为预约成功`,
          page: MINE_PAGE,
        },
      ],
    })
  }
  if (strict && ((await tx.get<SlotDoc>('slots', freed.slotId))?.waiting ?? 0) > 0) throw new WaitersTaken()
  await tx.update('slots', freed.slotId, { booked: op.inc(-1) }, { where: { booked: { $gt: 0 } } })
  return []
}
