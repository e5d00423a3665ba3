import { booking } from '../../../src/domain/contracts/booking'
import { generateSlots } from '../../../src/domain/booking/slots'
import { fail } from '../../../src/domain/errors'
import { addDays, atLocal, localDate } from '../../../src/domain/time'
import { action, type Ctx } from '../../_runtime/types'
import { getService } from '../catalog'
import { slotItem, type SlotDoc } from '../slot-places'

const MAX_DAYS = 31

/** Bookable slots between two days (default: the coming 7), with places left. */
export const slots = action({
  input: booking.slots.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    const now = ctx.clock.now()
    const from = input.from ? localDate(input.from) : localDate(now)
    const to = input.to ? localDate(input.to) : addDays(from, 6)
    if (to < from) fail('INVALID_INPUT', '结束日期不能早于开始日期')
    if (to > addDays(from, MAX_DAYS - 1)) fail('INVALID_INPUT', `一次最多查看 ${MAX_DAYS} 天`)
    // the service and the days' slot documents in one round trip
    const [service, docs] = await Promise.all([
      getService(ctx, input.serviceId),
      slotDocs(ctx, input.serviceId, atLocal(from).toISOString(), atLocal(addDays(to, 1)).toISOString()),
    ])
    const times = generateSlots(service._id, service.rules, { from, to }, now)
    return { items: times.map((t) => slotItem(t, docs.get(t.id))) }
  },
})

/** slot documents in MAX_DAYS days of one service: far more than any weekly hours generate */
const MAX_SLOT_DOCS = 5000

/** The slot documents of a service starting in [from, until). */
export async function slotDocs(ctx: Ctx, serviceId: string, from: string, until: string): Promise<Map<string, SlotDoc>> {
  const docs = await ctx.store.queryAll<SlotDoc>('slots', { where: { serviceId, startAt: { $gte: from, $lt: until } }, orderBy: [['startAt', 'asc']] }, { max: MAX_SLOT_DOCS })
  return new Map(docs.map((d) => [d._id, d]))
}
