import { visits } from '../../../src/domain/contracts/visits'
import { fail } from '../../../src/domain/errors'
import { checkMove } from '../../../src/domain/machine'
import { mayAssign } from '../../../src/domain/visits/access'
import { HOUSEHOLD_MACHINE } from '../../../src/domain/visits/machine'
import { applyTransition } from '../../_runtime/transition'
import { action } from '../../_runtime/types'
import { addressOf, cardOf, displayName, gridNames, HOUSEHOLDS, viewerOf, type HouseholdDoc } from '../household'

/** The grid's secretary (or staff) takes a household off its member, e.g. when the member moves away. */
export const release = action({
  input: visits.release.input,
  roles: ['staff', 'secretary', 'grid_secretary'],
  handler: async (input, ctx) => {
    const viewer = await viewerOf(ctx)
    const { after } = await applyTransition<HouseholdDoc>(
      ctx,
      {
        coll: HOUSEHOLDS,
        notFound: '没有找到这一户',
        visible: (h) => h.communityId === viewer.communityId,
        decide: (h) => {
          const to = checkMove(HOUSEHOLD_MACHINE, 'release', h.state, () => mayAssign(viewer, h))
          if (input.expected && h.memberOpenid !== input.expected) fail('CONFLICT', '这一户的联系党员刚刚有变动，请刷新后重试', { memberOpenid: h.memberOpenid ?? '' })
          return {
            to,
            patch: { memberOpenid: undefined, memberName: undefined, assignedAt: undefined },
            entry: { at: ctx.clock.now().toISOString(), by: ctx.caller.openid, byName: displayName(ctx.caller), action: 'release', note: h.memberName },
            effects: { notices: h.memberOpenid ? [{ to: h.memberOpenid, template: 'visits', title: '联系户已调整', body: `${addressOf(h)} 不再由您联系` }] : [] },
          }
        },
      },
      input.householdId,
    )
    return cardOf(after, ctx.clock.now(), await gridNames(ctx.store, after.communityId))
  },
})
