import { tickets } from '../../../src/domain/contracts/tickets'
import { action } from '../../_runtime/types'
import { FOLLOWS, followId } from '../load'

export const unfollow = action({
  input: tickets.unfollow.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    await ctx.store.remove(FOLLOWS, followId(input.id, ctx.caller.openid))
    return { id: input.id, following: false as const }
  },
})
