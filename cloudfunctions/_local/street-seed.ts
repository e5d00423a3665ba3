/** At seed time: the demo's year of history, then every community's monthly aggregates for the last 12 months. */
import { addMonths, monthOf, monthsBetween } from '../../src/domain/street/period'
import { DEMO_HISTORY, historyDocs, insertHistory } from './street-history'
import type { Store } from '../_store/port'
import { communityIdsOf, recompute, unitTreeOf } from '../street/aggregate'

export async function seedStreet(store: Store, now: Date): Promise<{ inserted: number; changed: number }> {
  const inserted = await insertHistory(store, historyDocs({ ...DEMO_HISTORY, now }))
  const tree = await unitTreeOf(store)
  const month = monthOf(now)
  const changed = await recompute(store, tree, communityIdsOf(tree), monthsBetween(addMonths(month, -11), month), now)
  return { inserted, changed }
}
