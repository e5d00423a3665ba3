import { bulletin } from '../../../src/domain/contracts/bulletin'
import { localWeek } from '../../../src/domain/time'
import { action } from '../../_runtime/types'
import { LIST_ORDER, liveWhere, toItem, viewerOf, type NoticeDoc } from '../notices'

/** The home tab in one call: the community's name, pinned and latest notices, live counts. */
export const home = action({
  input: bulletin.home.input,
  roles: 'anyone',
  handler: async (_input, ctx) => {
    const now = ctx.clock.now()
    const communityId = ctx.caller.communityId
    const live = liveWhere(await viewerOf(ctx), now)
    const week = localWeek(now)
    const [community, pinned, latest, eventsThisWeek, wishesOpen, ticketsOpen] = await Promise.all([
      ctx.store.get('communities', communityId),
      ctx.store.query<NoticeDoc>('notices', { where: { ...live, pinned: true }, orderBy: LIST_ORDER, limit: 3 }),
      ctx.store.query<NoticeDoc>('notices', { where: { ...live, pinned: false }, orderBy: LIST_ORDER, limit: 5 }),
      ctx.store.count('events', {
        communityId,
        status: 'published',
        startAt: { $gte: week.start.toISOString(), $lt: week.end.toISOString() },
      }),
      ctx.store.count('wishes', { communityId, state: 'listed' }),
      ctx.store.count('tickets', { communityId, state: { $nin: ['closed', 'rejected'] } }),
    ])
    return {
      communityName: (community?.name as string | undefined) ?? '我的社区',
      pinned: pinned.items.map(toItem),
      latest: latest.items.map(toItem),
      counts: { eventsThisWeek, wishesOpen, ticketsOpen },
    }
  },
})
