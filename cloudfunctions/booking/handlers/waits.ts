import { booking, type WaitItem } from '../../../src/domain/contracts/booking'
import { parseSlotId } from '../../../src/domain/booking/slots'
import { action } from '../../_runtime/types'
import type { ServiceDoc } from '../catalog'
import type { WaiterDoc } from '../waiters'

/** The slots I am waiting for that have not started yet, soonest first. */
export const waits = action({
  input: booking.waits.input,
  roles: 'anyone',
  handler: async (_input, ctx) => {
    const page = await ctx.store.query<WaiterDoc>('slot_waitlist', { where: { openid: ctx.caller.openid }, orderBy: [['joinedAt', 'asc']], limit: 50 })
    const now = ctx.clock.now().getTime()
    const services = new Map<string, ServiceDoc | null>()
    const items: WaitItem[] = []
    for (const w of page.items) {
      const slot = parseSlotId(w.slotId)
      if (!slot || Date.parse(slot.startAt) <= now) continue
      if (!services.has(slot.serviceId)) services.set(slot.serviceId, await ctx.store.get<ServiceDoc>('services', slot.serviceId))
      const s = services.get(slot.serviceId)
      if (!s) continue
      const endAt = new Date(Date.parse(slot.startAt) + s.rules.slotMinutes * 60_000).toISOString()
      items.push({ slotId: w.slotId, serviceId: s._id, serviceName: s.name, startAt: slot.startAt, endAt, joinedAt: w.joinedAt })
    }
    return { items: items.sort((a, b) => a.startAt.localeCompare(b.startAt)) }
  },
})
