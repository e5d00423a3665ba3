import { projects } from '../../../src/domain/contracts/projects'
import { fail } from '../../../src/domain/errors'
import { checkMove } from '../../../src/domain/machine'
import { CLAIM_MACHINE } from '../../../src/domain/projects/machine'
import { leads } from '../../../src/domain/projects/rules'
import { applyTransition } from '../../_runtime/transition'
import { action } from '../../_runtime/types'
import { claimViewOf, type ClaimDoc } from '../claims'
import { CLAIMS, displayName, PROJECTS, TEAMS, viewerOf, type ProjectDoc } from '../project'
import type { TeamDoc } from '../team'

/** The claimant (a team's leader) or the project's leader withdraws a claim; it may be made again later. */
export const withdrawClaim = action({
  input: projects.withdrawClaim.input,
  roles: ['secretary', 'staff', 'member'],
  handler: async (input, ctx) => {
    const claim = await ctx.store.get<ClaimDoc>(CLAIMS, input.id)
    if (!claim) fail('NOT_FOUND', '没有这条认领记录')
    const [p, team] = await Promise.all([
      ctx.store.get<ProjectDoc>(PROJECTS, claim.projectId),
      claim.kind === 'team' ? ctx.store.get<TeamDoc>(TEAMS, claim.claimantId) : Promise.resolve(null),
    ])
    if (!p) fail('NOT_FOUND', '没有这条认领记录')
    const lead = leads(viewerOf(ctx.caller), p)
    const claimer = team?.leader === ctx.caller.openid
    if (input.note) await ctx.services.checkText([input.note], ctx.caller)
    const at = ctx.clock.now().toISOString()
    const { after } = await applyTransition<ClaimDoc>(
      ctx,
      {
        coll: CLAIMS,
        notFound: '没有这条认领记录',
        decide: (doc) => ({
          to: checkMove(CLAIM_MACHINE, 'withdraw', doc.state, (w) => (w === 'lead' ? lead : claimer)),
          entry: { at, by: ctx.caller.openid, byName: displayName(ctx.caller), action: 'withdraw', ...(input.note ? { note: input.note } : {}) },
        }),
      },
      input.id,
    )
    return claimViewOf(after)
  },
})
