import { council } from '../../../src/domain/contracts/council'
import { unitName } from '../../../src/domain/units'
import type { MemberDoc } from '../../_runtime/identity'
import { action } from '../../_runtime/types'
import type { Where } from '../../_store/port'

/** Party members of the communities the caller acts on (a street's secretary: every community of the street), by name, to seat as 兼职委员. */
export const people = action({
  input: council.people.input,
  roles: ['secretary', 'staff'],
  handler: async (input, ctx) => {
    const where: Where = { roles: { $has: 'member' } }
    if (input.q) where.name = { $contains: input.q }
    const page = await ctx.store.query<MemberDoc>('members', { where, orderBy: [['name', 'asc']], limit: 100 })
    // the scoped store lets a secretary see the members of her communities; the units above hold none
    const act = new Set(ctx.caller.scope.act)
    return {
      items: page.items
        .filter((m) => act.has(m.communityId))
        .map((m) => ({ openid: m._id, name: m.name ?? '党员', communityName: unitName(ctx.caller.units, m.communityId), ...(typeof m.branch === 'string' ? { branch: m.branch } : {}) })),
    }
  },
})
