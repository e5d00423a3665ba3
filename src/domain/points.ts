/** Points rules: what earns how much, and the ledger entry id that makes each award happen once. */
import { local, type Instant } from './time'

export const POINT_REASONS = {
  attend: '参加组织生活',
  wish: '认领并完成微心愿',
  service: '双报到志愿服务',
  adjust: '人工调整',
  redeem: '积分兑换',
  refund: '兑换取消退回',
} as const

export type PointReason = keyof typeof POINT_REASONS

/** One award per (reason, source, person): the deterministic id is what makes awards idempotent. */
export function ledgerId(reason: PointReason, sourceId: string, openid: string): string {
  return `${reason}:${sourceId}:${openid}`
}

/** Service hours become points: 2 points an hour, rounded down to whole half-hours. */
export function pointsForHours(hours: number): number {
  return Math.floor(Math.max(0, hours) * 2)
}

/**
 * Points in a member's total that no ledger entry explains — a balance carried over from the
 * paper ledger before the app. Only meaningful once every entry has been listed; never negative.
 */
export function carriedOverPoints(total: number, listed: number[]): number {
  return Math.max(0, total - listed.reduce((n, a) => n + a, 0))
}

/**
 * The points year of an instant: the calendar year in Asia/Shanghai (积分按自然年累计), so
 * 2026-12-31T16:00Z is already 2027. A ledger entry without a stored year has the year of its `at`.
 */
export function pointsYear(at: Instant): number {
  return local(at).year()
}

/** Spending and its refund move the balance, not what a year earned: the year's ranking counts awards. */
export function countsTowardYear(reason: PointReason): boolean {
  return reason !== 'redeem' && reason !== 'refund'
}

/** One document per member and year holds what that year earned (the ranking sorts these). */
export function yearTotalId(year: number, openid: string): string {
  return `${year}:${openid}`
}
