/**
 * The running 满意度 summary of a community's wishes: one document per community (id = the
 * community's id) counting scored wishes and those scored 4–5, incremented in the transaction
 * that confirms a wish, so the rate is read without scanning wishes.
 */
import { scoreCounts } from '../../src/domain/wishes/satisfaction'
import { AppError } from '../../src/domain/errors'
import { op, type Store, type TxStore } from '../_store/port'

export const SUMMARY = 'wish_satisfaction'

export interface SatisfactionDoc {
  _id: string
  rated: number
  satisfied: number
  [k: string]: unknown
}

/** The summary must exist before the transaction that increments it (racing inserts inside transactions would fail, not retry). */
export async function ensureSummary(store: Store, communityId: string): Promise<void> {
  if (await store.get(SUMMARY, communityId)) return
  try {
    await store.insert(SUMMARY, { _id: communityId, rated: 0, satisfied: 0 })
  } catch (e) {
    if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e
  }
}

/** Counts one score, inside the confirming transaction. */
export async function countScore(tx: TxStore, communityId: string, score: number): Promise<void> {
  const add = scoreCounts(score)
  await tx.update(SUMMARY, communityId, { rated: op.inc(add.rated), satisfied: op.inc(add.satisfied) })
}
