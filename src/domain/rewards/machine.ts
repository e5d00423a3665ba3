/**
 * 积分兑换: a member spends points on a 党员先锋店 reward, staff hand it over at the shop.
 *
 *   requested ──handOver (staff, at the shop)──▶ handed
 *       └──cancel (the member or staff)──▶ cancelled   (points and stock go back)
 *
 * Redeeming is one transaction of conditional writes (stock > 0, balance ≥ cost) under a
 * deterministic id; `checkRedeem` is what a person is told before or after it. Pure: no I/O.
 */
import { fail } from '../errors'
import type { MachineDef } from '../machine'

export const REDEMPTION_STATES = ['requested', 'handed', 'cancelled'] as const
export type RedemptionState = (typeof REDEMPTION_STATES)[number]

export type RedemptionMove = 'handOver' | 'cancel'
export type RedemptionWho = 'owner' | 'staff'

export const REDEMPTION: MachineDef<RedemptionState, RedemptionMove, RedemptionWho> = {
  noun: '兑换',
  names: { requested: '待领取', handed: '已领取', cancelled: '已取消' },
  moves: {
    handOver: { from: ['requested'], to: 'handed', who: ['staff'], notAllowed: '只有社区工作人员可以核销' },
    cancel: { from: ['requested'], to: 'cancelled', who: ['owner', 'staff'], notAllowed: '只能取消自己的兑换' },
  },
  refuseState: (state, move) => {
    if (move === 'handOver' && state === 'handed') return { code: 'ALREADY_DONE', message: '这份兑换已经核销过了' }
    if (move === 'cancel' && state === 'cancelled') return { code: 'ALREADY_DONE', message: '这份兑换已经取消了' }
    if (state === 'handed') return { code: 'CONFLICT', message: '奖品已经领走，不能再取消' }
    return { code: 'CONFLICT', message: '这份兑换已经取消，不能核销' }
  },
}

export interface RewardFacts {
  name: string
  cost: number
  stock: number
  active: boolean
}

/** Refuses a redemption the reward or the balance cannot cover, with what the person can do. */
export function checkRedeem(reward: RewardFacts, balance: number): void {
  if (!reward.active) fail('CONFLICT', `「${reward.name}」已下架，暂不能兑换`)
  if (reward.stock <= 0) fail('FULL', `「${reward.name}」已经兑完了，请等补货`)
  if (balance < reward.cost) fail('CONFLICT', `积分不够：兑换需要 ${reward.cost} 分，您现在可用 ${balance} 分`)
}

/** One redemption per (member, request): every tap of the same confirmation is the same redemption. */
export function redemptionId(openid: string, requestId: string): string {
  return `rd:${openid}:${requestId}`
}
