import { bulletin } from '../../../src/domain/contracts/bulletin'
import { action } from '../../_runtime/types'
import { LIST_ORDER, liveWhere, toItem, viewerOf, type NoticeDoc } from '../notices'

/** Live notices the caller may see, pinned first then newest; by category and keyword. */
export const list = action({
  input: bulletin.list.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const where = liveWhere(await viewerOf(ctx), ctx.clock.now())
    if (input.category) where.category = input.category
    if (input.q) where.search = { $contains: input.q }
    const page = await ctx.store.query<NoticeDoc>('notices', { where, orderBy: LIST_ORDER, limit: input.limit, after: input.after })
    return { items: page.items.map(toItem), next: page.next }
  },
})
