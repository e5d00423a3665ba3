import { wishes } from '../../../src/domain/contracts/wishes'
import { fail } from '../../../src/domain/errors'
import { isStaff } from '../../../src/domain/wishes/machine'
import type { QueryOpts, Where } from '../../_store/port'
import { action } from '../../_runtime/types'
import { cardOf, PUBLIC_STATES, type WishDoc } from '../wish'

/** Wishes by scope: the public board, mine (posted), claimed by me, staff review, stale (flagged). */
export const list = action({
  input: wishes.list.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const { openid, communityId } = ctx.caller
    const scope = input.scope ?? 'public'
    if ((scope === 'review' || scope === 'flagged') && !isStaff(ctx.caller)) fail('FORBIDDEN', '只有社区书记或社工可以查看')
    if (scope === 'public' && input.state && !PUBLIC_STATES.includes(input.state)) fail('INVALID_INPUT', '公开列表只有已发布的心愿')
    const state: Where = input.state ? { state: input.state } : {}
    const queries: Record<typeof scope, QueryOpts> = {
      public: { where: { communityId, state: input.state ?? { $in: PUBLIC_STATES } }, orderBy: [['postedAt', 'desc']] },
      mine: { where: { poster: openid, ...state }, orderBy: [['postedAt', 'desc']] },
      claimed: { where: { claimer: openid, ...state }, orderBy: [['claimedAt', 'desc']] },
      review: { where: { communityId, state: input.state ?? 'pending' }, orderBy: [['postedAt', 'desc']] },
      flagged: { where: { communityId, state: 'listed', stale: true }, orderBy: [['listedAt', 'asc']] },
    }
    const page = await ctx.store.query<WishDoc>('wishes', { ...queries[scope], limit: input.limit, after: input.after })
    return { items: page.items.map((w) => cardOf(w, ctx.caller)), next: page.next }
  },
})
