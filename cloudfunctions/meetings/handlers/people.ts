import { meetings } from '../../../src/domain/contracts/meetings'
import { ORGANIZER_ROLES } from '../../../src/domain/meetings/rules'
import type { MemberDoc } from '../../_runtime/identity'
import { action } from '../../_runtime/types'

/** the most people one pick list shows; a name typed narrows it */
const PICK = 100

/** Members of the community to invite or mark present, by name. */
export const people = action({
  input: meetings.people.input,
  roles: ORGANIZER_ROLES,
  handler: async (input, ctx) => {
    const page = await ctx.store.query<MemberDoc>('members', {
      where: { communityId: ctx.caller.communityId, ...(input.q ? { name: { $contains: input.q } } : { name: { $exists: true } }) },
      orderBy: [['name', 'asc']],
      limit: PICK,
    })
    return { items: page.items.filter((m) => m.name).map((m) => ({ openid: m._id, name: m.name! })) }
  },
})
