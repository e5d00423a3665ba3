import { wishes } from '../../../src/domain/contracts/wishes'
import { action } from '../../_runtime/types'
import type { ResourceDoc } from './offerResource'

/** The community's resource pool (资源湖), newest first. */
export const resources = action({
  input: wishes.resources.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const page = await ctx.store.query<ResourceDoc>('resources', {
      where: { communityId: ctx.caller.communityId, active: true },
      orderBy: [['createdAt', 'desc']],
      limit: input.limit,
      after: input.after,
    })
    return {
      items: page.items.map((r) => ({ id: r._id, provider: r.provider, kind: r.kind, title: r.title, description: r.description, contact: r.contact })),
      next: page.next,
    }
  },
})
