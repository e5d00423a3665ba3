import { tickets } from '../../../src/domain/contracts/tickets'
import { DUPLICATE_WINDOW_DAYS, duplicateCandidates } from '../../../src/domain/tickets/geo'
import { STATE_NAMES, type TicketDoc } from '../../../src/domain/tickets/model'
import { action } from '../../_runtime/types'
import { FOLLOWS, followId, TICKETS } from '../load'
import { addressFor } from '../view'

/** the most tickets of one category one community raises in DUPLICATE_WINDOW_DAYS */
const MAX_RECENT = 2000

/** "是不是这个问题?": open tickets of the same category within 200 m from the last 30 days. */
export const nearby = action({
  input: tickets.nearby.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const now = ctx.clock.now()
    const since = new Date(now.getTime() - DUPLICATE_WINDOW_DAYS * 86_400_000).toISOString()
    const recent = await ctx.store.queryAll<TicketDoc>(
      TICKETS,
      { where: { communityId: ctx.caller.communityId, category: input.category, createdAt: { $gte: since } }, orderBy: [['createdAt', 'desc']] },
      { max: MAX_RECENT },
    )
    const found = duplicateCandidates(recent, input.category, { lat: input.lat, lng: input.lng }, now).slice(0, 10)
    const follows = await ctx.store.getMany(FOLLOWS, found.map(({ ticket: t }) => followId(t._id, ctx.caller.openid)))
    const items = found.map(({ ticket: t, distance }) => ({
      id: t._id,
      title: t.title,
      address: addressFor(t, ctx.caller),
      distance,
      stateName: STATE_NAMES[t.state],
      createdAt: t.createdAt,
      following: t.submitter === ctx.caller.openid || follows.has(followId(t._id, ctx.caller.openid)),
    }))
    return { items }
  },
})
