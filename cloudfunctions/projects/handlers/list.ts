import { projects } from '../../../src/domain/contracts/projects'
import { leads } from '../../../src/domain/projects/rules'
import { action } from '../../_runtime/types'
import { cardOf, PROJECTS, viewerOf, type ProjectDoc } from '../project'

/**
 * The projects the caller may see (the router keeps them to the caller's community and street),
 * newest first. Drafts are shown only to those who lead them.
 */
export const list = action({
  input: projects.list.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const mayLead = ctx.caller.roles.some((r) => r === 'secretary' || r === 'staff')
    const state = input.state ?? (mayLead ? undefined : { $ne: 'draft' })
    const page = await ctx.store.query<ProjectDoc>(PROJECTS, {
      where: state ? { state } : {},
      orderBy: [['createdAt', 'desc']],
      limit: input.limit,
      after: input.after,
    })
    const viewer = viewerOf(ctx.caller)
    return { items: page.items.filter((p) => p.state !== 'draft' || leads(viewer, p)).map((p) => cardOf(p, ctx.caller)), next: page.next }
  },
})
