import { projects } from '../../../src/domain/contracts/projects'
import { action } from '../../_runtime/types'
import { MEMBERSHIPS, TEAMS } from '../project'
import { MAX_TEAMS, teamCardOf, type MembershipDoc, type TeamDoc } from '../team'

/** The 服务队 the caller may see (their community's and street's), and which they are in. */
export const teams = action({
  input: projects.teams.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const [page, mine] = await Promise.all([
      ctx.store.query<TeamDoc>(TEAMS, { orderBy: [['createdAt', 'desc']], limit: input.limit, after: input.after }),
      ctx.store.queryAll<MembershipDoc>(MEMBERSHIPS, { where: { openid: ctx.caller.openid, state: 'in' } }, { max: MAX_TEAMS }),
    ])
    const joined = new Set(mine.map((m) => m.teamId))
    return { items: page.items.map((t) => ({ ...teamCardOf(t, ctx.caller), joined: joined.has(t._id) })), next: page.next }
  },
})
