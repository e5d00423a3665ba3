import { slotId } from '../../src/domain/booking/slots'
import { atLocal } from '../../src/domain/time'
import type { Harness } from '../helpers/harness'

/** The id of a service's slot starting at a wall-clock time in the community. */
export const slotAt = (serviceId: string, date: string, hhmm: string) => slotId(serviceId, atLocal(date, hhmm).toISOString())

let n = 0
/** A fresh request id, as the app makes one per tap of 预约. */
export const rid = () => `req-${(++n).toString().padStart(6, '0')}`

export const contactFor = (i: number) => ({ name: `居民${i}`, phone: `139${String(i).padStart(8, '0')}` })

/** The slot as staff see it on the day: its counter and its active bookings. */
export async function daySlot(h: Harness, serviceId: string, date: string, id: string) {
  const day = await h.ok('demo-staff', 'booking', 'day', { serviceId, date })
  const slot = day.slots.find((s) => s.id === id)
  if (!slot) throw new Error(`no slot ${id} on ${date}`)
  return slot
}
