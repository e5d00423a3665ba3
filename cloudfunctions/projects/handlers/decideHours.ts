import { projects } from '../../../src/domain/contracts/projects'
import { action } from '../../_runtime/types'
import { decideWork, workViewOf } from '../work'

/** The leader confirms (→ 双报到 hours, points once) or rejects a pending log. */
export const decideHours = action({
  input: projects.decideHours.input,
  roles: ['secretary', 'staff'],
  handler: async (input, ctx) => {
    if (input.reason) await ctx.services.checkText([input.reason], ctx.caller)
    return workViewOf(await decideWork(ctx, input.id, input.accept, input.reason))
  },
})
