import { members } from '../../../src/domain/contracts/members'
import { fail } from '../../../src/domain/errors'
import { action } from '../../_runtime/types'
import { isShopStaff, rewardView, type RewardDoc } from '../rewards'

/** 积分商城: the community's active rewards; staff ask for `manage` to see the inactive ones too. */
export const rewards = action({
  input: members.rewards.input,
  roles: ['member', 'staff', 'secretary'],
  handler: async (input, ctx) => {
    const manage = input.scope === 'manage'
    if (manage && !isShopStaff(ctx)) fail('FORBIDDEN', '只有社区工作人员可以管理奖品')
    const items = await ctx.store.queryAll<RewardDoc>(
      'rewards',
      { where: { communityId: ctx.caller.communityId, ...(manage ? {} : { active: true }) }, orderBy: [['createdAt', 'asc']] },
      { max: 500 },
    )
    return { items: items.map(rewardView) }
  },
})
