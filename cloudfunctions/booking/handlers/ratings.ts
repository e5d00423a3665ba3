import { booking } from '../../../src/domain/contracts/booking'
import { action } from '../../_runtime/types'
import { getService, serviceItem } from '../catalog'

/** Staff read a service's ratings, newest first, with the average. */
export const ratings = action({
  input: booking.ratings.input,
  roles: ['staff'],
  handler: async (input, ctx) => {
    const [doc, page] = await Promise.all([
      getService(ctx, input.serviceId),
      ctx.store.query('service_ratings', { where: { serviceId: input.serviceId }, orderBy: [['at', 'desc']], limit: input.limit, after: input.after }),
    ])
    const service = serviceItem(doc)
    const items = page.items.map((r) => ({
      id: r._id,
      name: String(r.name ?? '居民'),
      score: Number(r.score),
      comment: r.comment as string | undefined,
      at: String(r.at),
    }))
    return { items, next: page.next, average: service.rating.average, count: service.rating.count }
  },
})
