import { staleCutoff, STALE_AFTER_DAYS } from '../../../src/domain/wishes/machine'
import { op } from '../../_store/port'
import { notifyStaff, wishPage, type WishDoc } from '../../wishes/wish'
import type { SweepJob } from '../jobs'

/** Flags wishes listed over 30 days without a claimer, once each, and tells the community's staff. */
export const staleWishes: SweepJob = {
  name: 'stale-wishes',
  async run({ store, clock, services }) {
    const at = clock.now().toISOString()
    const page = await store.query<WishDoc>('wishes', {
      where: { state: 'listed', stale: false, listedAt: { $lt: staleCutoff(clock.now()) } },
      orderBy: [['listedAt', 'asc']],
      limit: 100,
    })
    let flagged = 0
    for (const w of page.items) {
      const entry = { at, by: 'system', byName: '系统', action: 'flag', note: `发布超过 ${STALE_AFTER_DAYS} 天无人认领` }
      const changed = await store.update(
        'wishes',
        w._id,
        { stale: true, version: op.inc(1), updatedAt: at, timeline: op.push(entry) },
        { where: { state: 'listed', stale: false, version: w.version } },
      )
      if (changed === 0) continue
      flagged++
      await notifyStaff({ store, services }, w.communityId, '微心愿久未认领', `「${w.title}」已发布 ${STALE_AFTER_DAYS} 天仍无人认领，请跟进`, wishPage(w._id))
    }
    return flagged
  },
}
