import { members } from '../../../src/domain/contracts/members'
import { maskName } from '../../../src/domain/privacy'
import { action } from '../../_runtime/types'
import { hasRole, type MemberDoc } from '../../_runtime/identity'

/**
 * Party members of the caller's community ranked by points (ties share a rank). Other residents see
 * each name as a surname (个人信息保护); the member sees their own, staff and secretaries see all.
 */
export const leaderboard = action({
  input: members.leaderboard.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const page = await ctx.store.query<MemberDoc>('members', {
      where: { communityId: ctx.caller.communityId, roles: { $has: 'member' } },
      orderBy: [['points', 'desc']],
      limit: input.limit ?? 20,
    })
    const seesNames = hasRole(ctx.caller, 'secretary', 'staff', 'admin')
    const shown = (m: MemberDoc) => (seesNames || m._id === ctx.caller.openid ? m.name : maskName(m.name)) ?? '党员'
    let rank = 0
    let last = Number.NaN
    const items = page.items.map((m, i) => {
      if (m.points !== last) rank = i + 1
      last = m.points
      return { rank, openid: m._id, name: shown(m), branch: m.branch as string | undefined, points: m.points }
    })
    return { items, mine: items.find((r) => r.openid === ctx.caller.openid) }
  },
})
