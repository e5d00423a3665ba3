import { council } from '../../../src/domain/contracts/council'
import { AppError, fail } from '../../../src/domain/errors'
import { insertWith } from '../../_runtime/transition'
import { action } from '../../_runtime/types'
import { isSteward, MEMBER_UNITS, PAIRINGS, pairingView, type MemberUnitDoc, type PairingDoc } from '../council'

/**
 * 结对共建: a secretary or staff of the community (or of its street) pairs a member unit it can see
 * with the community under a 共建协议 (what, from, to). One pairing per unit and community: the id
 * says so, so two at once make one.
 */
export const pair = action({
  input: council.pair.input,
  roles: ['secretary', 'staff'],
  handler: async (input, ctx) => {
    const { caller } = ctx
    if (caller.units[input.communityId]?.level !== 'community') fail('INVALID_INPUT', '请选择要结对的社区')
    if (!isSteward(caller, input.communityId)) fail('FORBIDDEN', '您只能为本社区（或本街道的社区）结对')
    const unit = await ctx.store.get<MemberUnitDoc>(MEMBER_UNITS, input.memberUnitId)
    if (!unit) fail('NOT_FOUND', '没有找到这家成员单位')
    await ctx.services.checkText([input.what], caller)
    const doc: PairingDoc = {
      _id: `pair:${unit._id}:${input.communityId}`,
      communityId: input.communityId,
      memberUnitId: unit._id,
      memberUnitName: unit.name,
      what: input.what,
      from: input.from,
      to: input.to,
      createdBy: caller.openid,
      createdAt: ctx.clock.now().toISOString(),
    }
    const notices = unit.committee.map((c) => ({ id: `council-pair:${doc._id}:${c.openid}`, to: c.openid, template: 'council', title: '结对共建协议已签订', body: `${unit.name} 与 ${caller.units[input.communityId]?.name ?? ''} 结对共建：${input.what}`.slice(0, 100), page: `/packages/council/pages/unit/index?id=${unit._id}` }))
    try {
      await insertWith(ctx, PAIRINGS, doc, { notices })
    } catch (e) {
      if (e instanceof AppError && e.code === 'CONFLICT') fail('CONFLICT', `${unit.name} 已与该社区结对，不能重复结对`)
      throw e
    }
    return pairingView(doc, caller.units, ctx.clock.now())
  },
})
