import { projects } from '../../../src/domain/contracts/projects'
import { action } from '../../_runtime/types'
import { cardOf, PROJECTS, type ProjectDoc } from '../project'

/** The projects the caller may see (the router keeps them to the caller's community and street), newest first. */
export const list = action({
  input: projects.list.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const page = await ctx.store.query<ProjectDoc>(PROJECTS, {
      where: input.state ? { state: input.state } : {},
      orderBy: [['createdAt', 'desc']],
      limit: input.limit,
      after: input.after,
    })
    return { items: page.items.map((p) => cardOf(p, ctx.caller)), next: page.next }
  },
})
