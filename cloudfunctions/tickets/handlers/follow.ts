import { tickets } from '../../../src/domain/contracts/tickets'
import { AppError, fail } from '../../../src/domain/errors'
import { action } from '../../_runtime/types'
import { FOLLOWS, followId, loadTicket } from '../load'

/** Follow a ticket instead of raising a duplicate: its steps are notified to followers too. */
export const follow = action({
  input: tickets.follow.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const t = await loadTicket(ctx.store, input.id)
    if (t.communityId !== ctx.caller.communityId) fail('FORBIDDEN', '只能关注本社区的问题')
    try {
      await ctx.store.insert(FOLLOWS, { _id: followId(t._id, ctx.caller.openid), ticketId: t._id, openid: ctx.caller.openid, createdAt: ctx.clock.now().toISOString() })
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e
    }
    return { id: t._id, following: true as const }
  },
})
