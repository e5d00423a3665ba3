import { visits } from '../../../src/domain/contracts/visits'
import { fail } from '../../../src/domain/errors'
import { action } from '../../_runtime/types'
import { addressOf, cardOf, gridNames, moveHousehold, viewerOf } from '../household'

/** The grid's secretary (or staff) takes a household off its member, e.g. when the member moves away. */
export const release = action({
  input: visits.release.input,
  roles: ['staff', 'secretary', 'grid_secretary'],
  handler: async (input, ctx) => {
    const viewer = await viewerOf(ctx)
    const after = await moveHousehold(ctx, viewer, input.householdId, 'release', (h) => {
      if (input.expected && h.memberOpenid !== input.expected) fail('CONFLICT', '这一户的联系党员刚刚有变动，请刷新后重试', { memberOpenid: h.memberOpenid ?? '' })
      return {
        patch: { memberOpenid: undefined, memberName: undefined, assignedAt: undefined },
        note: h.memberName,
        notices: h.memberOpenid ? [{ to: h.memberOpenid, template: 'visits', title: '联系户已调整', body: `${addressOf(h)} 不再由您联系` }] : [],
      }
    })
    return cardOf(after, ctx.clock.now(), await gridNames(ctx.store, after.communityId))
  },
})
