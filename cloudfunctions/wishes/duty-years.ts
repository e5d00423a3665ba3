/**
 * 双报到 by year: one `duty_years` document per member and year (`<year>:<openid>`) adding up the
 * hours confirmed and the wishes fulfilled, written in the transaction that confirms them, so the
 * roster reads a community's year in one query. The posts a member took are kept on the member
 * (`dutyPostIds`), pushed when they take one; members who reported before it was kept have none.
 */
import { op, type TxStore } from '../_store/port'

export interface DutyYearDoc {
  _id: string
  openid: string
  communityId: string
  year: number
  hours: number
  wishes: number
  [k: string]: unknown
}

/** What a confirmation adds to a member's year. */
export interface DutyChange {
  openid: string
  communityId: string
  year: number
  hours?: number
  wishes?: number
}

export const dutyYearId = (year: number, openid: string) => `${year}:${openid}`

/** the most members one community keeps a year's 双报到 for */
export const MAX_DUTY_YEARS = 2000

/** Inside the confirming transaction: adds the change to the member's year. */
export async function addDutyYear(tx: TxStore, c: DutyChange): Promise<void> {
  const _id = dutyYearId(c.year, c.openid)
  const hours = c.hours ?? 0
  const wishes = c.wishes ?? 0
  if (await tx.update('duty_years', _id, { hours: op.inc(hours), wishes: op.inc(wishes) })) return
  const doc: DutyYearDoc = { _id, openid: c.openid, communityId: c.communityId, year: c.year, hours, wishes }
  await tx.insert('duty_years', doc)
}
