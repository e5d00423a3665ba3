import { events } from '../../../src/domain/contracts/events'
import { fail } from '../../../src/domain/errors'
import { mayCancelSignup } from '../../../src/domain/events/rules'
import { formatLocal } from '../../../src/domain/time'
import { op } from '../../_store/port'
import { action } from '../../_runtime/types'
import { loadEvent, pairId, type SignupDoc } from '../docs'
import { moveSignup } from '../transitions'

/** Gives a place back until 2 h before the start; the first waiter (if any) takes it in the same transaction. */
export const cancelSignUp = action({
  input: events.cancelSignUp.input,
  roles: 'anyone',
  handler: async ({ eventId }, ctx) => {
    const ev = await loadEvent(ctx, eventId)
    if (!mayCancelSignup(ev.startAt, ctx.clock.now().getTime())) fail('TOO_LATE', '活动开始前 2 小时内不能取消报名，如有急事请联系社区')
    const waiters = await ctx.store.query<SignupDoc>('signups', { where: { eventId, status: 'waitlisted' }, orderBy: [['seq', 'asc']], limit: 20 })
    const promoted = await ctx.store.transaction(async (tx) => {
      const prev = await tx.get<SignupDoc>('signups', pairId(eventId, ctx.caller.openid))
      if (!prev || prev.status === 'cancelled') fail('NOT_FOUND', '您没有报名这场活动')
      await moveSignup(tx, ctx, { eventId, openid: ctx.caller.openid, prev }, 'cancelled', 'self')
      if (prev.status !== 'confirmed') return undefined
      for (const w of waiters.items) {
        const cur = await tx.get<SignupDoc>('signups', w._id)
        if (cur?.status !== 'waitlisted') continue
        await moveSignup(tx, ctx, { eventId, openid: cur.openid, prev: cur }, 'confirmed', 'system')
        return cur.openid
      }
      await tx.update('events', eventId, { signedUp: op.inc(-1) })
      return undefined
    })
    if (promoted) {
      await ctx.services.notify({
        to: promoted,
        template: 'event_promoted',
        title: '候补成功',
        body: `您候补的「${ev.title}」（${formatLocal(ev.startAt)}）有了空位，已为您报名成功`,
        page: `packages/events/pages/detail/index?id=${eventId}`,
      })
    }
    return { status: 'cancelled' as const, promoted }
  },
})
