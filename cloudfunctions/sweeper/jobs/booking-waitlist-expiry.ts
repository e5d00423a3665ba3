import { formatLocal } from '../../../src/domain/time'
import type { ServiceDoc } from '../../booking/catalog'
import type { SlotDoc } from '../../booking/slot-places'
import { removeWaiter, type WaiterDoc } from '../../booking/waiters'
import type { SweepJob } from '../jobs'
import { claimAndNotify } from '../notify-once'

/**
 * Once a slot has started nobody can be promoted into it: its waiters are taken off the waitlist
 * and told, the removal and its notice in one transaction. Each removal is conditional, so a
 * second (or concurrent) sweep removes and tells nothing.
 */
export const bookingWaitlistExpiry: SweepJob = {
  name: 'booking-waitlist-expiry',
  async run(deps) {
    const { store, clock } = deps
    const at = clock.now().toISOString()
    const started = await store.query<SlotDoc>('slots', { where: { waiting: { $gt: 0 }, startAt: { $lte: at } }, orderBy: [['startAt', 'asc']], limit: 100 })
    const serviceOf = await store.getMany<ServiceDoc>('services', started.items.map((s) => s.serviceId))
    let removed = 0
    for (const slot of started.items) {
      const service = serviceOf.get(slot.serviceId)
      const waiters = await store.query<WaiterDoc>('slot_waitlist', { where: { slotId: slot._id }, orderBy: [['joinedAt', 'asc']], limit: 100 })
      // nobody can join a started slot: a counter left above its waiters would hold the slot in this query for ever
      if (!waiters.next && waiters.items.length < slot.waiting) await store.update('slots', slot._id, { waiting: waiters.items.length }, { where: { waiting: slot.waiting } })
      for (const w of waiters.items) {
        const told = await claimAndNotify(deps, (tx) => removeWaiter(tx, slot._id, w.openid), {
          to: w.openid,
          template: 'booking_waitlist',
          title: '候补未成功',
          body: `${service?.name ?? '预约服务'}（${formatLocal(slot.startAt)}）已开始，没有空出名额，已为您移出候补名单`,
          page: '/packages/booking/pages/mine/index',
        })
        if (told) removed++
      }
    }
    return removed
  },
}
