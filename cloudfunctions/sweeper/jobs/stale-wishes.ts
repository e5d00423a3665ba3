import { AppError, fail } from '../../../src/domain/errors'
import { staleCutoff, STALE_AFTER_DAYS } from '../../../src/domain/wishes/machine'
import { applyTransition } from '../../_runtime/transition'
import { staffNotices, type TimelineEntry, type WishDoc } from '../../wishes/wish'
import type { SweepJob } from '../jobs'

/**
 * Flags wishes listed over 30 days without a claimer, once each, and tells the community's staff:
 * a move that keeps the state, written with its notices.
 */
export const staleWishes: SweepJob = {
  name: 'stale-wishes',
  async run(deps) {
    const { store, clock } = deps
    const now = clock.now()
    const cutoff = staleCutoff(now)
    const page = await store.query<WishDoc>('wishes', {
      where: { state: 'listed', stale: false, listedAt: { $lt: cutoff } },
      orderBy: [['listedAt', 'asc']],
      limit: 100,
    })
    let flagged = 0
    for (const w of page.items) {
      try {
        await applyTransition<WishDoc>(
          deps,
          {
            coll: 'wishes',
            notFound: '没有找到这个心愿',
            decide: (doc) => {
              if (doc.state !== 'listed' || doc.stale || !doc.listedAt || doc.listedAt >= cutoff) fail('ALREADY_DONE', '这个心愿不用再提醒')
              const entry: TimelineEntry = { at: now.toISOString(), by: 'system', byName: '系统', action: 'flag', note: `发布超过 ${STALE_AFTER_DAYS} 天无人认领` }
              return { to: 'listed', patch: { stale: true }, entry }
            },
            effects: async (_move, doc) => ({
              notices: await staffNotices(store, doc.communityId, doc._id, '微心愿久未认领', `「${doc.title}」已发布 ${STALE_AFTER_DAYS} 天仍无人认领，请跟进`),
            }),
          },
          w._id,
        )
        flagged++
      } catch (e) {
        if (!(e instanceof AppError && (e.code === 'ALREADY_DONE' || e.code === 'CONFLICT'))) throw e
      }
    }
    return flagged
  },
}
