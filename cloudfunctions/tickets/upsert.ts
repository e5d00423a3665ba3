/** Writing a whole settings-like document (deadlines, a routing rule), creating it the first time. */
import { AppError } from '../../src/domain/errors'
import type { Store } from '../_store/port'

export async function upsert(store: Store, coll: string, id: string, fields: Record<string, unknown>): Promise<void> {
  if ((await store.update(coll, id, fields)) === 1) return
  try {
    await store.insert(coll, { _id: id, ...fields })
  } catch (e) {
    if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e
    await store.update(coll, id, fields)
  }
}
