/** Distances on the ground and the duplicate hint ("是不是这个问题?"). */
import { OPEN_STATES, type Point, type TicketDoc } from './model'

const EARTH_RADIUS_M = 6_371_008.8
const rad = (deg: number) => (deg * Math.PI) / 180

/** Great-circle distance in metres (haversine). */
export function distanceMeters(a: Point, b: Point): number {
  const dLat = rad(b.lat - a.lat)
  const dLng = rad(b.lng - a.lng)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

export const DUPLICATE_RADIUS_M = 200
export const DUPLICATE_WINDOW_DAYS = 30

export interface DuplicateCandidate {
  ticket: TicketDoc
  distance: number
}

/**
 * Open tickets of the same category within 200 m, raised in the last 30 days, nearest first.
 * Tickets without a map point are never candidates.
 */
export function duplicateCandidates(tickets: TicketDoc[], category: string, point: Point, now: Date): DuplicateCandidate[] {
  const since = now.getTime() - DUPLICATE_WINDOW_DAYS * 86_400_000
  return tickets
    .filter((t) => t.category === category && OPEN_STATES.includes(t.state) && Date.parse(t.createdAt) >= since)
    .flatMap((t) => {
      const { lat, lng } = t.location ?? {}
      if (lat === undefined || lng === undefined) return []
      const distance = Math.round(distanceMeters(point, { lat, lng }))
      return distance <= DUPLICATE_RADIUS_M ? [{ ticket: t, distance }] : []
    })
    .sort((a, b) => a.distance - b.distance)
}
