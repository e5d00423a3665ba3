import { members } from '../../../src/domain/contracts/members'
import { action } from '../../_runtime/types'
import type { MemberDoc } from '../../_runtime/identity'

/** Party members of the caller's community ranked by points (ties share a rank). */
export const leaderboard = action({
  input: members.leaderboard.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const page = await ctx.store.query<MemberDoc>('members', {
      where: { communityId: ctx.caller.communityId, roles: { $has: 'member' } },
      orderBy: [['points', 'desc']],
      limit: input.limit ?? 20,
    })
    let rank = 0
    let last = Number.NaN
    const items = page.items.map((m, i) => {
      if (m.points !== last) rank = i + 1
      last = m.points
      return { rank, openid: m._id, name: m.name ?? '党员', branch: m.branch as string | undefined, points: m.points }
    })
    return { items, mine: items.find((r) => r.openid === ctx.caller.openid) }
  },
})
