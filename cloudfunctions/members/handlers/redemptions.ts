import { members } from '../../../src/domain/contracts/members'
import { action } from '../../_runtime/types'
import { redemptionView, type RedemptionDoc } from '../rewards'

/** 兑换核销: the community's redemptions for staff at the shop, by state, oldest waiting first. */
export const redemptions = action({
  input: members.redemptions.input,
  roles: ['staff', 'secretary'],
  handler: async (input, ctx) => {
    const page = await ctx.store.query<RedemptionDoc>('redemptions', {
      where: { communityId: ctx.caller.communityId, state: input.state ?? 'requested' },
      orderBy: [['requestedAt', input.state && input.state !== 'requested' ? 'desc' : 'asc']],
      limit: input.limit,
      after: input.after,
    })
    return { items: page.items.map(redemptionView), next: page.next }
  },
})
