import { projects } from '../../../src/domain/contracts/projects'
import { fail } from '../../../src/domain/errors'
import { leads } from '../../../src/domain/projects/rules'
import { action } from '../../_runtime/types'
import { CLAIMS, NOT_FOUND, PROJECTS, TEAMS, viewerOf, type ProjectDoc } from '../project'
import { MAX_CLAIMS, type ClaimDoc } from '../claims'
import type { TeamDoc } from '../team'

/** For the leader's 代为登记: the members of every 服务队 with an active claim on the project. */
export const workers = action({
  input: projects.workers.input,
  roles: ['secretary', 'staff'],
  handler: async (input, ctx) => {
    const [p, claims] = await Promise.all([
      ctx.store.get<ProjectDoc>(PROJECTS, input.projectId),
      ctx.store.queryAll<ClaimDoc>(CLAIMS, { where: { projectId: input.projectId, state: 'active', kind: 'team' } }, { max: MAX_CLAIMS }),
    ])
    if (!p) fail('NOT_FOUND', NOT_FOUND)
    if (!leads(viewerOf(ctx.caller), p)) fail('FORBIDDEN', '只有领办书记可以为队员登记服务时长')
    const teams = await ctx.store.getMany<TeamDoc>(TEAMS, claims.map((c) => c.claimantId))
    const seen = new Set<string>()
    const items: { openid: string; name: string; teamName: string }[] = []
    for (const t of teams.values()) for (const m of t.members) if (!seen.has(m.openid)) (seen.add(m.openid), items.push({ ...m, teamName: t.name }))
    return { items }
  },
})
