/**
 * Per-year points totals (积分按自然年): one `points_years` document per member and year
 * (`<year>:<openid>`), incremented in the same transaction as the award's ledger entry, so the
 * year's ranking is one sorted query. Both award paths (the ledger's `awardPoints` and a move's
 * `writeEffects`) write through here.
 */
import { countsTowardYear, pointsYear, yearTotalId, type PointReason } from '../../src/domain/points'
import { op, type TxStore } from '../_store/port'
import type { MemberDoc } from '../_runtime/identity'

export interface YearTotalDoc {
  _id: string
  openid: string
  year: number
  communityId: string
  points: number
  [k: string]: unknown
}

/** Inside the award's transaction: adds what the award earned to its year (spending does not count). */
export async function addYearPoints(tx: TxStore, award: { openid: string; amount: number; reason: PointReason }, at: string): Promise<void> {
  if (!countsTowardYear(award.reason) || award.amount === 0) return
  const year = pointsYear(at)
  const _id = yearTotalId(year, award.openid)
  if (await tx.update('points_years', _id, { points: op.inc(award.amount) })) return
  const member = await tx.get<MemberDoc>('members', award.openid)
  const doc: YearTotalDoc = { _id, openid: award.openid, year, communityId: member?.communityId ?? '', points: award.amount }
  await tx.insert('points_years', doc)
}
