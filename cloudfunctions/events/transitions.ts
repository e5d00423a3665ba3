/**
 * The one place each entity's state changes: the move is checked against the rules and written
 * together with its timeline entry, conditioned on the state it was read in.
 */
import { fail } from '../../src/domain/errors'
import { signupMove, type SignupStatus } from '../../src/domain/events/rules'
import { op, type TxStore } from '../_store/port'
import type { Ctx } from '../_runtime/types'
import type { EventDoc, SignupDoc } from './docs'
import { pairId } from './docs'

/** published → cancelled, by staff of the event's community; returns the cancelled event. */
export async function cancelEvent(ctx: Ctx, ev: EventDoc, reason: string): Promise<void> {
  const at = ctx.clock.now().toISOString()
  const changed = await ctx.store.update(
    'events',
    ev._id,
    { status: 'cancelled', cancelReason: reason, updatedAt: at, timeline: op.push({ at, by: ctx.caller.openid, action: 'cancel', note: reason }) },
    { where: { status: 'published' } },
  )
  if (!changed) fail('CONFLICT', '这场活动已经取消了')
}

/**
 * Moves one person's sign-up inside a transaction. `actor` is the person acting ('self' moves)
 * or 'system' (promotion from the waitlist when a place frees up).
 */
export async function moveSignup(
  tx: TxStore,
  ctx: Ctx,
  s: { eventId: string; openid: string; prev: SignupDoc | null; seq?: number },
  to: SignupStatus,
  actor: 'self' | 'system',
): Promise<void> {
  const from = s.prev?.status ?? null
  const who = signupMove(from, to)
  if (who === null || who !== actor) fail('CONFLICT', '报名状态已变化，请刷新后重试')
  const at = ctx.clock.now().toISOString()
  const entry = { at, by: actor === 'system' ? 'system' : ctx.caller.openid, action: to }
  if (!s.prev) {
    const doc: SignupDoc = { _id: pairId(s.eventId, s.openid), eventId: s.eventId, openid: s.openid, status: to, seq: s.seq ?? 0, createdAt: at, updatedAt: at, timeline: [entry] }
    await tx.insert('signups', doc)
    return
  }
  const patch = { status: to, updatedAt: at, timeline: op.push(entry), ...(s.seq !== undefined ? { seq: s.seq } : {}) }
  if (!(await tx.update('signups', s.prev._id, patch, { where: { status: s.prev.status } }))) {
    fail('CONFLICT', '报名状态已变化，请刷新后重试')
  }
}
