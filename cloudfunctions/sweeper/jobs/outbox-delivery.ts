import type { OutboxDoc } from '../../_runtime/services/outbox'
import type { SweepJob } from '../jobs'

/** A notice still pending this long after it was written lost its delivery (the request that wrote it is gone). */
export const DELIVERY_GRACE_MS = 2 * 60_000
const MAX_ROUNDS = 10

/**
 * Delivers the notices a crash left pending between the commit that wrote them and their
 * delivery. Each is taken first with a conditional update on its pendingSince, so of two sweeps
 * one sends it; a second run finds nothing to do.
 */
export const outboxDelivery: SweepJob = {
  name: 'outbox-delivery',
  async run({ store, clock, services, log }) {
    const before = new Date(clock.now().getTime() - DELIVERY_GRACE_MS).toISOString()
    let sent = 0
    for (let round = 0; round < MAX_ROUNDS; round++) {
      // each round takes what it reads, so the next round reads from the start again
      const page = await store.query<OutboxDoc>('outbox', { where: { pendingSince: { $lte: before } }, orderBy: [['pendingSince', 'asc']], limit: 100 })
      for (const n of page.items) {
        if (!(await store.update('outbox', n._id, { pendingSince: undefined }, { where: { pendingSince: n.pendingSince! } }))) continue
        try {
          await services.deliver(n)
          sent++
        } catch (e) {
          log.warn('pending notice not delivered', { id: n._id, error: String(e) })
        }
      }
      if (!page.next) break
    }
    return sent
  },
}
