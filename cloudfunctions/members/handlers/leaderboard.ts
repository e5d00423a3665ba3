import { members } from '../../../src/domain/contracts/members'
import { pointsYear } from '../../../src/domain/points'
import { maskName } from '../../../src/domain/privacy'
import { action } from '../../_runtime/types'
import { hasRole, type MemberDoc } from '../../_runtime/identity'
import type { YearTotalDoc } from '../years'

/**
 * Party members of the caller's community ranked by one year's points (this year by default; ties
 * share a rank). Other residents see each name as a surname (个人信息保护); the member sees their
 * own, staff and secretaries see all.
 */
export const leaderboard = action({
  input: members.leaderboard.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const year = input.year ?? pointsYear(ctx.clock.now())
    const page = await ctx.store.query<YearTotalDoc>('points_years', {
      where: { communityId: ctx.caller.communityId, year, points: { $gt: 0 } },
      orderBy: [['points', 'desc']],
      limit: input.limit ?? 20,
    })
    // names are kept on the totals; only totals written before that read the profiles
    const unnamed = page.items.filter((t) => typeof t.name !== 'string').map((t) => t.openid)
    const people = unnamed.length ? await ctx.store.getMany<MemberDoc>('members', unnamed) : new Map<string, MemberDoc>()
    const whoOf = (t: YearTotalDoc) => (typeof t.name === 'string' ? { name: t.name || undefined, branch: t.branch } : people.get(t.openid))
    const seesNames = hasRole(ctx.caller, 'secretary', 'staff', 'admin')
    const shown = (openid: string, m?: { name?: string }) => (seesNames || openid === ctx.caller.openid ? m?.name : maskName(m?.name)) ?? '党员'
    let rank = 0
    let last = Number.NaN
    const items = page.items.map((t, i) => {
      if (t.points !== last) rank = i + 1
      last = t.points
      const m = whoOf(t)
      return { rank, openid: t.openid, name: shown(t.openid, m), branch: m?.branch as string | undefined, points: t.points }
    })
    return { year, items, mine: items.find((r) => r.openid === ctx.caller.openid) }
  },
})
