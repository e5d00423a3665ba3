import { events } from '../../../src/domain/contracts/events'
import { monthOf, monthRange } from '../../../src/domain/events/rules'
import { action } from '../../_runtime/types'
import { pairId } from '../pair-id'
import type { ThemeDoc } from '../theme-doc'

/** the most themes one community proposes for a month */
const MAX_THEMES = 500

/** A month's proposed themes (members, and staff drafting the menu), most votes first (ties share a rank), with the caller's own votes marked. */
export const themes = action({
  input: events.themes.input,
  roles: ['member', 'secretary', 'staff'],
  handler: async ({ month }, ctx) => {
    const range = monthRange(month)
    const all = await ctx.store.queryAll<ThemeDoc>(
      'themes',
      { where: { communityId: ctx.caller.communityId, monthAt: { $gte: range.from, $lt: range.to } }, orderBy: [['votes', 'desc'], ['createdAt', 'asc']] },
      { max: MAX_THEMES },
    )
    const voted = await ctx.store.getMany('theme_votes', all.map((t) => pairId(t._id, ctx.caller.openid)))
    let rank = 0
    return {
      items: all.map((t, i) => {
        if (i === 0 || t.votes !== all[i - 1].votes) rank = i + 1
        return { id: t._id, rank, month: monthOf(t.monthAt), title: t.title, description: t.description, byName: t.byName, votes: t.votes, voted: voted.has(pairId(t._id, ctx.caller.openid)) }
      }),
    }
  },
})
