import { tickets } from '../../../src/domain/contracts/tickets'
import { action } from '../../_runtime/types'
import { FOLLOWS, followId, loadTicket } from '../load'

export const unfollow = action({
  input: tickets.unfollow.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    // follows carry no community: the ticket (scoped) must be in sight first
    const t = await loadTicket(ctx.store, input.id)
    await ctx.store.remove(FOLLOWS, followId(t._id, ctx.caller.openid))
    return { id: t._id, following: false as const }
  },
})
