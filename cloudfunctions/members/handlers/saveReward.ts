import { randomUUID } from 'node:crypto'
import { members } from '../../../src/domain/contracts/members'
import { fail } from '../../../src/domain/errors'
import { op } from '../../_store/port'
import { action } from '../../_runtime/types'
import { rewardView, type RewardDoc } from '../rewards'

/**
 * 奖品管理: staff add a reward (with its first stock) or edit one. An edit changes stock only by
 * `addStock` (an increment, refused when it would go below zero), never by setting it, so it cannot
 * undo a redemption made at the same moment.
 */
export const saveReward = action({
  input: members.saveReward.input,
  roles: ['staff', 'secretary'],
  handler: async (input, ctx) => {
    await ctx.services.checkText([input.name, input.shop], ctx.caller)
    const at = ctx.clock.now().toISOString()
    if (!input.id) {
      if (input.addStock !== undefined) fail('INVALID_INPUT', '新奖品请直接填写库存')
      const doc: RewardDoc = {
        _id: randomUUID(),
        communityId: ctx.caller.communityId,
        name: input.name,
        shop: input.shop,
        cost: input.cost,
        stock: input.stock ?? 0,
        active: input.active,
        createdBy: ctx.caller.openid,
        createdAt: at,
        updatedAt: at,
      }
      await ctx.store.insert('rewards', doc)
      return rewardView(doc)
    }
    if (input.stock !== undefined) fail('INVALID_INPUT', '已有奖品的库存请用“补货”增减')
    const doc = await ctx.store.get<RewardDoc>('rewards', input.id)
    if (!doc || doc.communityId !== ctx.caller.communityId) fail('NOT_FOUND', '没有这件奖品')
    const add = input.addStock ?? 0
    const changed = await ctx.store.update(
      'rewards',
      doc._id,
      { name: input.name, shop: input.shop, cost: input.cost, active: input.active, updatedAt: at, ...(add ? { stock: op.inc(add) } : {}) },
      add < 0 ? { where: { stock: { $gte: -add } } } : undefined,
    )
    if (!changed) fail('CONFLICT', `库存不够减：现在只剩 ${(await ctx.store.get<RewardDoc>('rewards', doc._id))?.stock ?? 0} 件`)
    return rewardView((await ctx.store.get<RewardDoc>('rewards', doc._id))!)
  },
})
