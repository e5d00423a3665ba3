import { meetings } from '../../../src/domain/contracts/meetings'
import { action } from '../../_runtime/types'
import { itemOf, MEETINGS, type MeetingDoc } from '../meeting'

/** The community's meetings still to come (soonest first) or already past (latest first). */
export const list = action({
  input: meetings.list.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const now = ctx.clock.now().toISOString()
    const upcoming = input.when === 'upcoming'
    const page = await ctx.store.query<MeetingDoc>(MEETINGS, {
      where: { communityId: ctx.caller.communityId, startAt: upcoming ? { $gte: now } : { $lt: now } },
      orderBy: [['startAt', upcoming ? 'asc' : 'desc']],
      limit: input.limit,
      after: input.after,
    })
    return { items: page.items.map(itemOf), next: page.next }
  },
})
