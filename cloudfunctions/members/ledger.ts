/**
 * The append-only points ledger. An award is one ledger entry with a deterministic id plus an
 * increment of the member's total and of the year's total (years.ts), in one transaction: the same award twice changes nothing.
 */
import { AppError } from '../../src/domain/errors'
import { ledgerId, pointsYear, POINT_REASONS, type PointReason } from '../../src/domain/points'
import { op, type Store, type TxStore } from '../_store/port'
import type { Clock } from '../_runtime/types'
import { ensureMember } from './profile'
import { addYearPoints } from './years'

export interface LedgerEntry {
  _id: string
  openid: string
  amount: number
  reason: PointReason
  reasonText: string
  sourceId: string
  note?: string
  at: string
  /** the points year (Asia/Shanghai) of `at`; entries written before it existed lack it: use pointsYear(at) */
  year?: number
  [k: string]: unknown
}

export interface Award {
  openid: string
  amount: number
  reason: PointReason
  sourceId: string
  note?: string
}

/** Writes one award inside a transaction: the ledger entry, the member's total and the year's. False when it was made already. */
export async function writeAward(tx: TxStore, award: Award, at: string): Promise<boolean> {
  const _id = ledgerId(award.reason, award.sourceId, award.openid)
  if (await tx.get('points_ledger', _id)) return false
  const entry: LedgerEntry = {
    _id,
    openid: award.openid,
    amount: award.amount,
    reason: award.reason,
    reasonText: POINT_REASONS[award.reason],
    sourceId: award.sourceId,
    ...(award.note ? { note: award.note } : {}),
    at,
    year: pointsYear(at),
  }
  await tx.insert('points_ledger', entry)
  await tx.update('members', award.openid, { points: op.inc(award.amount) })
  await addYearPoints(tx, award, at)
  return true
}

/** Returns true when awarded now, false when this award was already made. */
export async function awardPoints(store: Store, clock: Clock, award: Award): Promise<boolean> {
  await ensureMember(store, clock, award.openid)
  const at = clock.now().toISOString()
  try {
    return await store.transaction((tx) => writeAward(tx, award, at))
  } catch (e) {
    // the ledger entry was there already; any other conflict (e.g. the year's total created at the same moment) is not an award made
    if (e instanceof AppError && e.code === 'CONFLICT' && (await store.get('points_ledger', ledgerId(award.reason, award.sourceId, award.openid)))) return false
    throw e
  }
}
