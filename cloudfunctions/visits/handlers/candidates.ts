import { visits } from '../../../src/domain/contracts/visits'
import type { MemberDoc } from '../../_runtime/identity'
import { action } from '../../_runtime/types'
import type { Where } from '../../_store/port'
import { allHouseholds } from '../household'

/** Party members of the community to link a household to, with how many households each links now. */
export const candidates = action({
  input: visits.candidates.input,
  roles: ['staff', 'secretary', 'grid_secretary'],
  handler: async (input, ctx) => {
    const { communityId } = ctx.caller
    const where: Where = { communityId, roles: { $has: 'member' } }
    if (input.q) where.name = { $contains: input.q }
    const [people, linked] = await Promise.all([
      ctx.store.query<MemberDoc>('members', { where, orderBy: [['name', 'asc']], limit: 100 }),
      allHouseholds(ctx.store, { communityId, state: 'linked' }),
    ])
    const counts = new Map<string, number>()
    for (const h of linked) if (h.memberOpenid) counts.set(h.memberOpenid, (counts.get(h.memberOpenid) ?? 0) + 1)
    return { items: people.items.map((m) => ({ openid: m._id, name: m.name ?? '党员', households: counts.get(m._id) ?? 0 })) }
  },
})
