/**
 * The append-only points ledger. An award is one ledger entry with a deterministic id plus an
 * increment of the member's total, in one transaction: the same award twice changes nothing.
 */
import { AppError } from '../../src/domain/errors'
import { ledgerId, POINT_REASONS, type PointReason } from '../../src/domain/points'
import { op, type Store } from '../_store/port'
import type { Clock } from '../_runtime/types'
import { ensureMember } from './profile'

export interface LedgerEntry {
  _id: string
  openid: string
  amount: number
  reason: PointReason
  reasonText: string
  sourceId: string
  note?: string
  at: string
  [k: string]: unknown
}

export interface Award {
  openid: string
  amount: number
  reason: PointReason
  sourceId: string
  note?: string
}

/** Returns true when awarded now, false when this award was already made. */
export async function awardPoints(store: Store, clock: Clock, award: Award): Promise<boolean> {
  await ensureMember(store, clock, award.openid)
  const entry: LedgerEntry = {
    _id: ledgerId(award.reason, award.sourceId, award.openid),
    openid: award.openid,
    amount: award.amount,
    reason: award.reason,
    reasonText: POINT_REASONS[award.reason],
    sourceId: award.sourceId,
    ...(award.note ? { note: award.note } : {}),
    at: clock.now().toISOString(),
  }
  try {
    await store.transaction(async (tx) => {
      await tx.insert('points_ledger', entry)
      await tx.update('members', award.openid, { points: op.inc(award.amount) })
    })
    return true
  } catch (e) {
    if (e instanceof AppError && e.code === 'CONFLICT') return false
    throw e
  }
}
