import { addMonths, monthOf } from '../../../src/domain/street/period'
import { communityIdsOf, recompute, unitTreeOf } from '../../street/aggregate'
import type { SweepJob } from '../jobs'

/** how often the aggregates are computed again: the dashboard's numbers are at most this old */
export const STATS_EVERY_MS = 60 * 60_000
/** the job's own mark: when it last computed */
export const RUNS = 'street_stats_runs'
const MARK = 'street-stats'

/**
 * Computes the monthly aggregates (street_stats) of every community in the unit tree for the
 * current and the previous month, at most once an hour (late ratings and resolutions of last
 * month's tickets still land in last month). Idempotent: a document is written only when its
 * numbers changed; older months are computed again with `street.recompute` or `npm run street:recompute`.
 */
export const streetStats: SweepJob = {
  name: 'street-stats',
  async run({ store, clock }) {
    const now = clock.now()
    const mark = await store.get<{ _id: string; at: string }>(RUNS, MARK)
    if (mark && now.getTime() - Date.parse(mark.at) < STATS_EVERY_MS && now.getTime() >= Date.parse(mark.at)) return 0
    const tree = await unitTreeOf(store)
    const month = monthOf(now)
    const changed = await recompute(store, tree, communityIdsOf(tree), [addMonths(month, -1), month], now)
    if (mark) await store.update(RUNS, MARK, { at: now.toISOString() })
    else await store.insert(RUNS, { _id: MARK, at: now.toISOString() }).catch(() => undefined)
    return changed
  },
}
