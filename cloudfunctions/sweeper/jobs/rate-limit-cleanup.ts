import type { SweepJob } from '../jobs'

/** Drops rate-limit counters whose window has ended (a page per sweep; the next sweep takes the rest). */
export const rateLimitCleanup: SweepJob = {
  name: 'rate-limit-cleanup',
  async run({ store, clock }) {
    const page = await store.query('rate_limits', {
      where: { expiresAt: { $lt: clock.now().toISOString() } },
      orderBy: [['expiresAt', 'asc']],
      limit: 100,
    })
    let removed = 0
    for (const doc of page.items) removed += await store.remove('rate_limits', doc._id)
    return removed
  },
}
