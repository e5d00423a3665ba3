import { events } from '../../../src/domain/contracts/events'
import { fail } from '../../../src/domain/errors'
import { mayCancelSignup } from '../../../src/domain/events/rules'
import { action } from '../../_runtime/types'
import { loadEvent } from '../event-doc'
import type { SignupDoc } from '../signup-doc'
import { leaveSignup } from '../signup-moves'

/** Gives a place back until 2 h before the start; the first waiter (if any) takes it in the same transaction. */
export const cancelSignUp = action({
  input: events.cancelSignUp.input,
  roles: 'anyone',
  handler: async ({ eventId }, ctx) => {
    const ev = await loadEvent(ctx, eventId)
    if (!mayCancelSignup(ev.startAt, ctx.clock.now().getTime())) fail('TOO_LATE', '活动开始前 2 小时内不能取消报名，如有急事请联系社区')
    const waiters = await ctx.store.query<SignupDoc>('signups', { where: { eventId, status: 'waitlisted' }, orderBy: [['seq', 'asc']], limit: 20 })
    const promoted = await leaveSignup(ctx, ev, waiters.items)
    return { status: 'cancelled' as const, promoted }
  },
})
