import { projects } from '../../../src/domain/contracts/projects'
import { checkCompletion } from '../../../src/domain/projects/rules'
import { action } from '../../_runtime/types'
import { cardOf, moveProject, whoIs } from '../project'

/** The leader completes the project with its evidence: a summary, at least one photo, every milestone done. */
export const complete = action({
  input: projects.complete.input,
  roles: ['secretary', 'staff'],
  handler: async (input, ctx) => {
    await ctx.services.checkText([input.note], ctx.caller)
    const at = ctx.clock.now().toISOString()
    const completion = { note: input.note, photos: input.photos ?? [] }
    const after = await moveProject(
      ctx,
      input.id,
      (p) => ({
        to: checkCompletion(p, completion, whoIs(ctx.caller, p)),
        patch: { completion, doneAt: at },
        entry: { note: input.note, images: completion.photos },
      }),
      'complete',
    )
    return cardOf(after, ctx.caller)
  },
})
