/**
 * Per-year points totals (积分按自然年): one `points_years` document per member and year
 * (`<year>:<openid>`), incremented in the same transaction as the award's ledger entry, so the
 * year's ranking is one sorted query. Both award paths (the ledger's `awardPoints` and a move's
 * `writeEffects`) write through here. The member's name and branch ride along, refreshed with each
 * award, so the ranking names people without reading their profiles.
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
  /** the member's name when the total last changed ('' once the account is deleted); absent on totals written before it was kept */
  name?: string
  branch?: string
  [k: string]: unknown
}

/** Inside the award's transaction: adds what the award earned to its year (spending does not count). */
export async function addYearPoints(tx: TxStore, award: { openid: string; amount: number; reason: PointReason }, at: string): Promise<void> {
  if (!countsTowardYear(award.reason) || award.amount === 0) return
  const year = pointsYear(at)
  const _id = yearTotalId(year, award.openid)
  const member = await tx.get<MemberDoc>('members', award.openid)
  const who = { name: member?.name ?? '', branch: member?.branch as string | undefined }
  if (await tx.update('points_years', _id, { points: op.inc(award.amount), ...who })) return
  const doc: YearTotalDoc = { _id, openid: award.openid, year, communityId: member?.communityId ?? '', points: award.amount, ...who }
  await tx.insert('points_years', doc)
}
