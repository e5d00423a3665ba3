import { events } from '../../../src/domain/contracts/events'
import { monthOf, monthRange } from '../../../src/domain/events/rules'
import { action } from '../../_runtime/types'
import type { ThemeDoc } from '../theme-doc'

/** the most themes one community proposes for a month */
const MAX_THEMES = 500
/** the most votes one member cast before votes kept their month */
const MAX_OLDER_VOTES = 5000

/** A month's proposed themes (members, and staff drafting the menu), most votes first (ties share a rank), with the caller's own votes marked. */
export const themes = action({
  input: events.themes.input,
  roles: ['member', 'secretary', 'staff'],
  handler: async ({ month }, ctx) => {
    const range = monthRange(month)
    const { openid } = ctx.caller
    // the themes and the caller's votes together: a vote keeps its theme's month; votes written
    // before it did are found among the caller's votes without one
    const [all, votes, older] = await Promise.all([
      ctx.store.queryAll<ThemeDoc>(
        'themes',
        { where: { communityId: ctx.caller.communityId, monthAt: { $gte: range.from, $lt: range.to } }, orderBy: [['votes', 'desc'], ['createdAt', 'asc']] },
        { max: MAX_THEMES },
      ),
      ctx.store.queryAll('theme_votes', { where: { openid, monthAt: { $gte: range.from, $lt: range.to } } }, { max: MAX_THEMES }),
      ctx.store.queryAll('theme_votes', { where: { openid, monthAt: null } }, { max: MAX_OLDER_VOTES }),
    ])
    const voted = new Set([...votes, ...older].map((v) => v.themeId))
    let rank = 0
    return {
      items: all.map((t, i) => {
        if (i === 0 || t.votes !== all[i - 1].votes) rank = i + 1
        return { id: t._id, rank, month: monthOf(t.monthAt), title: t.title, description: t.description, byName: t.byName, votes: t.votes, voted: voted.has(t._id) }
      }),
    }
  },
})
