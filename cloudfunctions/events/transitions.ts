/**
 * The one place each entity's state changes: the move is checked against the rules and written
 * together with its timeline entry, conditioned on the state it was read in.
 */
import { fail } from '../../src/domain/errors'
import { signupMove, type SignupStatus } from '../../src/domain/events/rules'
import { formatLocal } from '../../src/domain/time'
import { op, type TxStore } from '../_store/port'
import type { Ctx, Services } from '../_runtime/types'
import type { EventDoc, SignupDoc } from './docs'
import { pairId } from './docs'

/** published → cancelled, by staff of the event's community, with the reason on the timeline. */
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

/** Who moves a sign-up: the person themself, or the system promoting from the waitlist. */
export type Mover = { self: string } | 'system'

/** Moves one person's sign-up inside a transaction, appending the move to its timeline. */
export async function moveSignup(
  tx: TxStore,
  at: string,
  s: { eventId: string; openid: string; prev: SignupDoc | null; seq?: number },
  to: SignupStatus,
  mover: Mover,
): Promise<void> {
  const allowed = signupMove(s.prev?.status ?? null, to)
  const ok = mover === 'system' ? allowed === 'system' : allowed === 'self' && mover.self === s.openid
  if (!ok) fail('CONFLICT', '报名状态已变化，请刷新后重试')
  const entry = { at, by: mover === 'system' ? 'system' : mover.self, action: to }
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

/** Gives a place that is already held to the first of `waiters` still waiting; answers their openid. */
export async function promoteFirst(tx: TxStore, at: string, waiters: SignupDoc[]): Promise<string | undefined> {
  for (const w of waiters) {
    const cur = await tx.get<SignupDoc>('signups', w._id)
    if (cur?.status !== 'waitlisted') continue
    await moveSignup(tx, at, { eventId: cur.eventId, openid: cur.openid, prev: cur }, 'confirmed', 'system')
    return cur.openid
  }
  return undefined
}

export async function tellPromoted(services: Services, openid: string, ev: EventDoc): Promise<void> {
  await services.notify({
    to: openid,
    template: 'event_promoted',
    title: '候补成功',
    body: `您候补的「${ev.title}」（${formatLocal(ev.startAt)}）有了空位，已为您报名成功`,
    page: `packages/events/pages/detail/index?id=${ev._id}`,
  })
}
