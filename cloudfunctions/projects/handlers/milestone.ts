import { projects } from '../../../src/domain/contracts/projects'
import { markMilestone } from '../../../src/domain/projects/rules'
import { action } from '../../_runtime/types'
import { cardOf, displayName, moveProject, whoIs } from '../project'

/** The leader marks a milestone done, once, with its evidence (a note and photos). */
export const milestone = action({
  input: projects.milestone.input,
  roles: ['secretary', 'staff'],
  handler: async (input, ctx) => {
    await ctx.services.checkText([input.note], ctx.caller)
    const at = ctx.clock.now().toISOString()
    const evidence = { note: input.note, photos: input.photos ?? [] }
    const after = await moveProject(
      ctx,
      input.id,
      (p) => {
        const milestones = markMilestone(p, input.milestoneId, evidence, at, { openid: ctx.caller.openid, name: displayName(ctx.caller) }, whoIs(ctx.caller, p))
        const title = milestones.find((m) => m.id === input.milestoneId)!.title
        return { to: p.state, patch: { milestones }, entry: { note: `${title}：${input.note}`, ...(evidence.photos.length ? { images: evidence.photos } : {}) } }
      },
      'milestone',
    )
    return cardOf(after, ctx.caller)
  },
})
