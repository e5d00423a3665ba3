import { projects } from '../../../src/domain/contracts/projects'
import { checkMove } from '../../../src/domain/machine'
import { PROJECT_MACHINE } from '../../../src/domain/projects/machine'
import { action } from '../../_runtime/types'
import { cardOf, moveProject, whoIs } from '../project'

/** The leader publishes (recruiting claims), starts or cancels a project. */
export const move = action({
  input: projects.move.input,
  roles: ['secretary', 'staff'],
  handler: async (input, ctx) => {
    if (input.note) await ctx.services.checkText([input.note], ctx.caller)
    const after = await moveProject(ctx, input.id, (p) => ({ to: checkMove(PROJECT_MACHINE, input.move, p.state, whoIs(ctx.caller, p)) }), input.move, input.note)
    return cardOf(after, ctx.caller)
  },
})
