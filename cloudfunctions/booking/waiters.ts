/** A full slot's waitlist: who waits, in joining order, and taking someone off it. */
import type { Person } from './booking-doc'
import { op, type Store, type TxStore } from '../_store/port'

export interface WaiterDoc {
  _id: string
  slotId: string
  openid: string
  /** the waiter's community, carried onto the booking a freed place gives them */
  communityId?: string
  contact: Person
  joinedAt: string
  [k: string]: unknown
}

export const waiterId = (slotId: string, openid: string) => `${slotId}:${openid}`

/** The first waiters of a slot, read before the transaction that may promote one (no query inside one). */
export async function firstWaiters(store: Store, slotId: string, limit = 5): Promise<WaiterDoc[]> {
  return (await store.query<WaiterDoc>('slot_waitlist', { where: { slotId }, orderBy: [['joinedAt', 'asc']], limit })).items
}

/** Inside a transaction: takes a waiter off the list and the slot's `waiting` counter with it; false if they were not on it. */
export async function removeWaiter(tx: TxStore, slotId: string, openid: string): Promise<boolean> {
  if (!(await tx.remove('slot_waitlist', waiterId(slotId, openid)))) return false
  await tx.update('slots', slotId, { waiting: op.inc(-1) }, { where: { waiting: { $gt: 0 } } })
  return true
}

/** Takes a person off a slot's waitlist; false if they were not on it. */
export async function leaveWaitlistOf(store: Store, slotId: string, openid: string): Promise<boolean> {
  return store.transaction((tx) => removeWaiter(tx, slotId, openid))
}
