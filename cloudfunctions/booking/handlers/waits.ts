import { booking, type WaitItem } from '../../../src/domain/contracts/booking'
import { parseSlotId } from '../../../src/domain/booking/slots'
import { action } from '../../_runtime/types'
import { MAX_SERVICES, type ServiceDoc } from '../catalog'
import type { WaiterDoc } from '../waiters'

/** the most waitlist places one person holds (started ones included until the sweeper removes them) */
const MAX_WAITS = 500

/** The slots I am waiting for that have not started yet, soonest first. */
export const waits = action({
  input: booking.waits.input,
  roles: 'anyone',
  handler: async (_input, ctx) => {
    // my places and the (few) services together: one round trip
    const [waiting, all] = await Promise.all([
      ctx.store.queryAll<WaiterDoc>('slot_waitlist', { where: { openid: ctx.caller.openid }, orderBy: [['joinedAt', 'asc']] }, { max: MAX_WAITS }),
      ctx.store.queryAll<ServiceDoc>('services', {}, { max: MAX_SERVICES }),
    ])
    const services = new Map(all.map((s) => [s._id, s]))
    const now = ctx.clock.now().getTime()
    const upcoming = waiting.flatMap((w) => {
      const slot = parseSlotId(w.slotId)
      return slot && Date.parse(slot.startAt) > now ? [{ w, slot }] : []
    })
    const items: WaitItem[] = []
    for (const { w, slot } of upcoming) {
      const s = services.get(slot.serviceId)
      if (!s) continue
      const endAt = new Date(Date.parse(slot.startAt) + s.rules.slotMinutes * 60_000).toISOString()
      items.push({ slotId: w.slotId, serviceId: s._id, serviceName: s.name, startAt: slot.startAt, endAt, joinedAt: w.joinedAt })
    }
    return { items: items.sort((a, b) => a.startAt.localeCompare(b.startAt)) }
  },
})
