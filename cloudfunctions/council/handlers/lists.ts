import { council } from '../../../src/domain/contracts/council'
import { LIVE_STATES } from '../../../src/domain/council/machine'
import type { Where } from '../../_store/port'
import { action } from '../../_runtime/types'
import { itemView, LIST_ITEMS, type ListItemDoc } from '../council'

/** 三张清单, one list at a time, the latest first: the caller's community or street and the levels above (their offers reach every community below). */
export const lists = action({
  input: council.lists.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const where: Where = { kind: input.kind }
    if (input.state === 'live') where.state = { $in: [...LIVE_STATES] }
    else if (input.state) where.state = input.state
    const page = await ctx.store.query<ListItemDoc>(LIST_ITEMS, { where, orderBy: [['createdAt', 'desc']], limit: input.limit ?? 20, ...(input.after ? { after: input.after } : {}) })
    const now = ctx.clock.now()
    return { items: page.items.map((d) => itemView(d, ctx.caller.units, now)), ...(page.next ? { next: page.next } : {}) }
  },
})
