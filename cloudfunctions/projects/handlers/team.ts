import { projects } from '../../../src/domain/contracts/projects'
import { fail } from '../../../src/domain/errors'
import { action } from '../../_runtime/types'
import { claimViewOf, MAX_CLAIMS, type ClaimDoc } from '../claims'
import { CLAIMS, TEAMS } from '../project'
import { TEAM_NOT_FOUND, teamCardOf, type TeamDoc } from '../team'

/** One 服务队: its members and the projects it claimed, read together. */
export const team = action({
  input: projects.team.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const [t, claims] = await Promise.all([
      ctx.store.get<TeamDoc>(TEAMS, input.id),
      ctx.store.queryAll<ClaimDoc>(CLAIMS, { where: { claimantId: input.id }, orderBy: [['at', 'desc']] }, { max: MAX_CLAIMS }),
    ])
    if (!t) fail('NOT_FOUND', TEAM_NOT_FOUND)
    const { caller } = ctx
    return {
      ...teamCardOf(t, caller),
      members: t.members,
      joined: t.members.some((m) => m.openid === caller.openid),
      canManage: t.leader === caller.openid || (caller.roles.some((r) => r === 'secretary' || r === 'staff') && caller.scope.act.includes(t.unitId)),
      claims: claims.filter((c) => c.kind === 'team').map((c) => ({ ...claimViewOf(c), projectId: c.projectId, projectTitle: c.projectTitle })),
    }
  },
})
