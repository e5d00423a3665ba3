/** A slot's places: its counter document, the guard that lets one person hold one place, and how a slot lists. */
import type { SlotItem } from '../../src/domain/contracts/booking'
import type { SlotTime } from '../../src/domain/booking/slots'
import { AppError } from '../../src/domain/errors'
import type { Store } from '../_store/port'

/** Created on the first booking of a slot; `booked` always equals the slot's active bookings. */
export interface SlotDoc {
  _id: string
  serviceId: string
  startAt: string
  endAt: string
  capacity: number
  booked: number
  waiting: number
  [k: string]: unknown
}

/** One person holds at most one booking per slot: this document exists while they do. */
export const guardId = (slotId: string, openid: string) => `${slotId}:${openid}`

/** The slot's document, created lazily on its first booking; a concurrent first insert (CONFLICT) is fine. */
export async function ensureSlot(store: Store, slot: SlotTime, serviceId: string): Promise<void> {
  if (await store.get('slots', slot.id)) return
  const doc: SlotDoc = { _id: slot.id, serviceId, startAt: slot.startAt, endAt: slot.endAt, capacity: slot.capacity, booked: 0, waiting: 0 }
  try {
    await store.insert('slots', doc)
  } catch (e) {
    if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e
  }
}

export function slotItem(slot: SlotTime, doc: SlotDoc | undefined): SlotItem {
  const booked = doc?.booked ?? 0
  const capacity = doc?.capacity ?? slot.capacity
  return { id: slot.id, startAt: slot.startAt, endAt: slot.endAt, capacity, booked, remaining: Math.max(0, capacity - booked), waiting: doc?.waiting ?? 0 }
}
