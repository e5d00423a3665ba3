/** 党员先锋店 rewards and redemptions: the documents, what callers see, and the redemption's moves. */
import type { z } from 'zod'
import type { redemption, reward } from '../../src/domain/contracts/rewards'
import { checkMove } from '../../src/domain/machine'
import { REDEMPTION, type RedemptionMove, type RedemptionState } from '../../src/domain/rewards/machine'
import { hasRole } from '../_runtime/identity'
import { applyTransition, type Move } from '../_runtime/transition'
import { op } from '../_store/port'
import type { Ctx } from '../_runtime/types'

export interface RewardDoc {
  _id: string
  communityId: string
  name: string
  shop: string
  cost: number
  stock: number
  active: boolean
  createdBy: string
  createdAt: string
  updatedAt: string
  [k: string]: unknown
}

export interface RedemptionDoc {
  _id: string
  communityId: string
  openid: string
  name: string
  rewardId: string
  rewardName: string
  shop: string
  cost: number
  state: RedemptionState
  requestedAt: string
  handedAt?: string
  handedBy?: string
  cancelledAt?: string
  version?: number
  timeline: { at: string; by: string; action: string }[]
  [k: string]: unknown
}

export const isShopStaff = (ctx: Ctx) => hasRole(ctx.caller, 'staff', 'secretary')

export function rewardView(r: RewardDoc): z.infer<typeof reward> {
  return { id: r._id, name: r.name, shop: r.shop, cost: r.cost, stock: r.stock, active: r.active }
}

export function redemptionView(r: RedemptionDoc): z.infer<typeof redemption> {
  return {
    id: r._id,
    openid: r.openid,
    name: r.name,
    rewardId: r.rewardId,
    rewardName: r.rewardName,
    shop: r.shop,
    cost: r.cost,
    state: r.state,
    stateName: REDEMPTION.names[r.state],
    requestedAt: r.requestedAt,
    handedAt: r.handedAt,
    cancelledAt: r.cancelledAt,
  }
}

/**
 * Hands a redemption over or cancels it through the one state-change mechanism. A cancel puts the
 * stock back and refunds the points (a `refund` ledger entry with a deterministic id) in the move's
 * transaction.
 */
export async function moveRedemption(ctx: Ctx, id: string, move: RedemptionMove): Promise<RedemptionDoc> {
  const staff = isShopStaff(ctx)
  const { after } = await applyTransition<RedemptionDoc>(
    ctx,
    {
      coll: 'redemptions',
      notFound: '没有这份兑换',
      visible: (d) => d.communityId === ctx.caller.communityId && (staff || d.openid === ctx.caller.openid),
      decide: (d): Move => {
        const to = checkMove(REDEMPTION, move, d.state, (who) => (who === 'staff' ? staff : d.openid === ctx.caller.openid))
        const at = ctx.clock.now().toISOString()
        const entry = { at, by: ctx.caller.openid, action: move }
        if (move === 'handOver') return { to, entry, patch: { handedAt: at, handedBy: ctx.caller.openid } }
        return {
          to,
          entry,
          patch: { cancelledAt: at },
          also: async (tx) => {
            await tx.update('rewards', d.rewardId, { stock: op.inc(1), updatedAt: at })
          },
          effects: {
            awards: [{ openid: d.openid, amount: d.cost, reason: 'refund', sourceId: d._id, note: d.rewardName }],
            notices:
              d.openid === ctx.caller.openid
                ? []
                : [{ id: `redeem-cancel:${d._id}`, to: d.openid, template: 'service', title: '兑换已取消，积分已退回', body: `${d.rewardName}（${d.cost} 分）` }],
          },
        }
      },
    },
    id,
  )
  return after
}
