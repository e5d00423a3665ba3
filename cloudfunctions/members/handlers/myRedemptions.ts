import { members } from '../../../src/domain/contracts/members'
import { action } from '../../_runtime/types'
import { redemptionView, type RedemptionDoc } from '../rewards'

/** 我的兑换: my redemptions, newest first. */
export const myRedemptions = action({
  input: members.myRedemptions.input,
  roles: ['member'],
  handler: async (input, ctx) => {
    const page = await ctx.store.query<RedemptionDoc>('redemptions', {
      where: { openid: ctx.caller.openid },
      orderBy: [['requestedAt', 'desc']],
      limit: input.limit,
      after: input.after,
    })
    return { items: page.items.map(redemptionView), next: page.next }
  },
})
