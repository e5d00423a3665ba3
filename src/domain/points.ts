/** Points rules: what earns how much, and the ledger entry id that makes each award happen once. */
export const POINT_REASONS = {
  attend: '参加组织生活',
  wish: '认领并完成微心愿',
  service: '双报到志愿服务',
  adjust: '人工调整',
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
