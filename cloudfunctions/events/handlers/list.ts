import { events } from '../../../src/domain/contracts/events'
import { monthRange } from '../../../src/domain/events/rules'
import { atLocal, localDate } from '../../../src/domain/time'
import type { Where } from '../../_store/port'
import { action } from '../../_runtime/types'
import { toItem, type EventDoc } from '../event-doc'
import { allBases, basesById } from './bases'

/** The menu: the community's events soonest first, by month (or from today), theme and base. */
export const list = action({
  input: events.list.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const range = input.month ? monthRange(input.month) : { from: input.from ?? atLocal(localDate(ctx.clock.now())).toISOString(), to: input.to }
    const startAt: Where[string] = range.to ? { $gte: new Date(range.from).toISOString(), $lt: new Date(range.to).toISOString() } : { $gte: new Date(range.from).toISOString() }
    const where: Where = { communityId: ctx.caller.communityId, startAt }
    if (input.theme) where.theme = input.theme
    if (input.baseId) where.baseId = input.baseId
    const [page, all] = await Promise.all([
      ctx.store.query<EventDoc>('events', { where, orderBy: [['startAt', 'asc']], limit: input.limit, after: input.after }),
      allBases(ctx),
    ])
    const bases = await basesById(ctx, all, page.items.map((e) => e.baseId))
    return { items: page.items.map((e) => toItem(e, bases.get(e.baseId)?.name)), next: page.next }
  },
})
