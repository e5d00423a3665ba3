import { projects } from '../../../src/domain/contracts/projects'
import { fail } from '../../../src/domain/errors'
import { checkMove } from '../../../src/domain/machine'
import { MEMBERSHIP_MACHINE } from '../../../src/domain/projects/machine'
import { membershipId } from '../../../src/domain/projects/rules'
import { applyTransition } from '../../_runtime/transition'
import { action } from '../../_runtime/types'
import { displayName, MEMBERSHIPS, TEAMS } from '../project'
import { joinedEntry, TEAM_NOT_FOUND, teamCardOf, type MembershipDoc, type TeamDoc } from '../team'

/** A member leaves a 服务队; the team's members are rewritten inside the same transaction, from the team as it is then. */
export const leaveTeam = action({
  input: projects.leaveTeam.input,
  roles: ['member'],
  handler: async (input, ctx) => {
    const team = await ctx.store.get<TeamDoc>(TEAMS, input.teamId)
    if (!team) fail('NOT_FOUND', TEAM_NOT_FOUND)
    const me = ctx.caller.openid
    if (team.leader === me) fail('CONFLICT', '队长不能退出服务队，请先请社区书记更换队长')
    const at = ctx.clock.now().toISOString()
    const id = membershipId(team._id, me)
    if (!(await ctx.store.get(MEMBERSHIPS, id))) fail('NOT_FOUND', '您不在这个服务队里')
    await applyTransition<MembershipDoc>(
      ctx,
      {
        coll: MEMBERSHIPS,
        notFound: '您不在这个服务队里',
        decide: (m) => ({
          to: checkMove(MEMBERSHIP_MACHINE, 'leave', m.state, () => m.openid === me),
          entry: joinedEntry(at, me, displayName(ctx.caller), 'leave'),
          also: async (tx) => {
            const now = await tx.get<TeamDoc>(TEAMS, team._id)
            if (!now) fail('NOT_FOUND', TEAM_NOT_FOUND)
            const members = now.members.filter((x) => x.openid !== me)
            if (!(await tx.update(TEAMS, team._id, { members, memberCount: members.length, updatedAt: at }, { where: { memberCount: now.memberCount } }))) fail('CONFLICT', '服务队刚刚有了变化，请重试')
          },
        }),
      },
      id,
    )
    const after = (await ctx.store.get<TeamDoc>(TEAMS, team._id))!
    return { ...teamCardOf(after, ctx.caller), joined: false }
  },
})
