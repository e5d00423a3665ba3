/** Distances on the ground and the duplicate hint ("是不是这个问题?"). */
import { distanceMeters } from '../geo'
import { OPEN_STATES, type Point, type TicketDoc } from './model'

export { distanceMeters }

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
