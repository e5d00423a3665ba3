import { events } from '../../../src/domain/contracts/events'
import { fail } from '../../../src/domain/errors'
import { mayCancelSignup } from '../../../src/domain/events/rules'
import { op } from '../../_store/port'
import { action } from '../../_runtime/types'
import { loadEvent, pairId, type SignupDoc } from '../docs'
import { moveSignup, promoteFirst, tellPromoted } from '../transitions'

/** Gives a place back until 2 h before the start; the first waiter (if any) takes it in the same transaction. */
export const cancelSignUp = action({
  input: events.cancelSignUp.input,
  roles: 'anyone',
  handler: async ({ eventId }, ctx) => {
    const ev = await loadEvent(ctx, eventId)
    if (!mayCancelSignup(ev.startAt, ctx.clock.now().getTime())) fail('TOO_LATE', '活动开始前 2 小时内不能取消报名，如有急事请联系社区')
    const waiters = await ctx.store.query<SignupDoc>('signups', { where: { eventId, status: 'waitlisted' }, orderBy: [['seq', 'asc']], limit: 20 })
    const at = ctx.clock.now().toISOString()
    const { openid } = ctx.caller
    const promoted = await ctx.store.transaction(async (tx) => {
      const prev = await tx.get<SignupDoc>('signups', pairId(eventId, openid))
      if (!prev || prev.status === 'cancelled') fail('NOT_FOUND', '您没有报名这场活动')
      await moveSignup(tx, at, { eventId, openid, prev }, 'cancelled', { self: openid })
      if (prev.status !== 'confirmed') return undefined
      const next = await promoteFirst(tx, at, waiters.items)
      if (!next) await tx.update('events', eventId, { signedUp: op.inc(-1) })
      return next
    })
    if (promoted) await tellPromoted(ctx.services, promoted, ev)
    return { status: 'cancelled' as const, promoted }
  },
})
