import { events } from '../../../src/domain/contracts/events'
import { monthOf, monthRange } from '../../../src/domain/events/rules'
import { action } from '../../_runtime/types'
import { pairId } from '../pair-id'
import type { ThemeDoc } from '../theme-doc'

/** A month's proposed themes (members, and staff drafting the menu), most votes first (ties share a rank), with the caller's own votes marked. */
export const themes = action({
  input: events.themes.input,
  roles: ['member', 'secretary', 'staff'],
  handler: async ({ month }, ctx) => {
    const range = monthRange(month)
    const page = await ctx.store.query<ThemeDoc>('themes', {
      where: { communityId: ctx.caller.communityId, monthAt: { $gte: range.from, $lt: range.to } },
      orderBy: [['votes', 'desc'], ['createdAt', 'asc']],
      limit: 100,
    })
    const voted = await Promise.all(page.items.map((t) => ctx.store.get('theme_votes', pairId(t._id, ctx.caller.openid))))
    let rank = 0
    return {
      items: page.items.map((t, i) => {
        if (i === 0 || t.votes !== page.items[i - 1].votes) rank = i + 1
        return { id: t._id, rank, month: monthOf(t.monthAt), title: t.title, description: t.description, byName: t.byName, votes: t.votes, voted: Boolean(voted[i]) }
      }),
    }
  },
})
