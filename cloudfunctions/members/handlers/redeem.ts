import { members } from '../../../src/domain/contracts/members'
import { AppError, fail } from '../../../src/domain/errors'
import { ledgerId, pointsYear, POINT_REASONS } from '../../../src/domain/points'
import { checkRedeem, redemptionId } from '../../../src/domain/rewards/machine'
import { op } from '../../_store/port'
import { action } from '../../_runtime/types'
import { redemptionView, type RedemptionDoc, type RewardDoc } from '../rewards'

/**
 * A member spends points on a reward. One transaction of conditional writes: the redemption under
 * a deterministic id (a second tap of the same confirmation is the same redemption), the stock
 * down by one only while above zero, the balance down by the cost only while it covers it, and a
 * negative `redeem` ledger entry. Any refusal leaves everything as it was.
 */
export const redeem = action({
  input: members.redeem.input,
  roles: ['member'],
  handler: async (input, ctx) => {
    const openid = ctx.caller.openid
    const _id = redemptionId(openid, input.requestId)
    const [existing, reward] = await Promise.all([ctx.store.get<RedemptionDoc>('redemptions', _id), ctx.store.get<RewardDoc>('rewards', input.rewardId)])
    if (existing) return redemptionView(existing)
    if (!reward || reward.communityId !== ctx.caller.communityId) fail('NOT_FOUND', '没有这件奖品')
    checkRedeem(reward, ctx.caller.member?.points ?? 0)
    const at = ctx.clock.now().toISOString()
    const doc: RedemptionDoc = {
      _id,
      communityId: ctx.caller.communityId,
      openid,
      name: ctx.caller.member?.name ?? '党员',
      rewardId: reward._id,
      rewardName: reward.name,
      shop: reward.shop,
      cost: reward.cost,
      state: 'requested',
      requestedAt: at,
      version: 1,
      timeline: [{ at, by: openid, action: 'redeem' }],
    }
    try {
      await ctx.store.transaction(async (tx) => {
        await tx.insert('redemptions', doc)
        const stocked = await tx.update('rewards', reward._id, { stock: op.inc(-1), updatedAt: at }, { where: { stock: { $gt: 0 }, active: true, cost: reward.cost } })
        if (!stocked) throw new Refused('reward')
        const paid = await tx.update('members', openid, { points: op.inc(-reward.cost), updatedAt: at }, { where: { points: { $gte: reward.cost } } })
        if (!paid) throw new Refused('balance')
        await tx.insert('points_ledger', {
          _id: ledgerId('redeem', _id, openid),
          openid,
          amount: -reward.cost,
          reason: 'redeem',
          reasonText: POINT_REASONS.redeem,
          sourceId: _id,
          note: reward.name,
          at,
          year: pointsYear(at),
        })
      })
    } catch (e) {
      const won = await ctx.store.get<RedemptionDoc>('redemptions', _id)
      if (won) return redemptionView(won)
      if (!(e instanceof Refused)) throw e
      // another redemption got there first: say why with what is there now
      const [now, me] = await Promise.all([ctx.store.get<RewardDoc>('rewards', reward._id), ctx.store.get<{ _id: string; points: number }>('members', openid)])
      if (!now) fail('NOT_FOUND', '没有这件奖品')
      if (now.cost !== reward.cost) fail('CONFLICT', '这件奖品的所需积分刚刚调整了，请刷新后再兑换')
      checkRedeem(now, me?.points ?? 0)
      fail('CONFLICT', '同时兑换的人太多，请稍后重试')
    }
    return redemptionView(doc)
  },
})

/** A conditional write inside the transaction found nothing to change: the transaction rolls back. */
class Refused extends AppError {
  constructor(what: 'reward' | 'balance') {
    super('CONFLICT', what === 'reward' ? '奖品库存不够' : '积分不够')
  }
}
