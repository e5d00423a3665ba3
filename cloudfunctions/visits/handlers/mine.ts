import { visits } from '../../../src/domain/contracts/visits'
import { memberPace } from '../../../src/domain/visits/pace'
import { action } from '../../_runtime/types'
import { cardOf, gridNames, HOUSEHOLDS, type HouseholdDoc } from '../household'

/** 我的联系户: the caller's linked households, least recently visited first, and the year's pace. */
export const mine = action({
  input: visits.mine.input,
  roles: ['member', 'grid_secretary', 'gridman'],
  handler: async (_input, ctx) => {
    const now = ctx.clock.now()
    const [page, names] = await Promise.all([
      ctx.store.query<HouseholdDoc>(HOUSEHOLDS, {
        where: { memberOpenid: ctx.caller.openid, state: 'linked' },
        orderBy: [['building', 'asc']],
        limit: 100,
      }),
      gridNames(ctx.store, ctx.caller.communityId),
    ])
    const items = page.items
      .filter((h) => h.communityId === ctx.caller.communityId)
      .sort((a, b) => (a.lastVisitAt ?? '').localeCompare(b.lastVisitAt ?? '') || a._id.localeCompare(b._id))
    return { items: items.map((h) => cardOf(h, now, names)), pace: memberPace(items, now) }
  },
})
