/**
 * The two concurrency budgets of DESIGN.md, measured over HTTP against a running emulator:
 * a capacity-N slot under 50×N simultaneous bookings by different people, and 100 simultaneous
 * scans of one check-in token by one member.
 */
import { openEventNow } from '../load/scene'

type Envelope<T> = { ok: boolean; data: T; error?: { code: string } }

async function post<T>(url: string, openid: string, fn: string, action: string, data: unknown): Promise<Envelope<T>> {
  const r = await fetch(`${url}/api/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-redpost-openid': openid },
    body: JSON.stringify({ action, data }),
  })
  return (await r.json()) as Envelope<T>
}

export interface Races {
  capacity: number
  bookings: number
  booked: number
  full: number
  scans: number
  checkIns: number
  alreadyDone: number
}

export async function races(url: string): Promise<Races> {
  const slots = await post<{ items: { id: string; capacity: number; booked: number }[] }>(url, 'demo-resident', 'booking', 'slots', { serviceId: 'svc-yizhen' })
  const slot = slots.data.items.find((s) => s.booked === 0)
  if (!slot) throw new Error('no empty clinic slot in the seeds')
  const n = slot.capacity
  const bookings = await Promise.all(
    Array.from({ length: 50 * n }, (_, i) =>
      post(url, `race-${i}`, 'booking', 'book', { slotId: slot.id, requestId: `race-request-${i}`, contact: { name: '测试', phone: '13900000000' } }),
    ),
  )
  const ev = await post<{ id: string }>(url, 'demo-secretary', 'events', 'create', openEventNow(new Date(), { title: '并发签到测量', capacity: 100, lastsMin: 110 }))
  const token = await post<{ token: string }>(url, 'demo-secretary', 'events', 'checkinToken', { eventId: ev.data.id })
  const scans = await Promise.all(Array.from({ length: 100 }, () => post(url, 'demo-member', 'events', 'checkIn', { token: token.data.token, eventId: ev.data.id })))
  return {
    capacity: n,
    bookings: bookings.length,
    booked: bookings.filter((r) => r.ok).length,
    full: bookings.filter((r) => r.error?.code === 'FULL').length,
    scans: scans.length,
    checkIns: scans.filter((r) => r.ok).length,
    alreadyDone: scans.filter((r) => r.error?.code === 'ALREADY_DONE').length,
  }
}
