/** Distances to organization-life bases: great-circle metres and the walking circles people think in. */
import { distanceMeters, type Point } from '../geo'

export type { Point }

/** Whole metres, as shown to people. */
export function distanceM(a: Point, b: Point): number {
  return Math.round(distanceMeters(a, b))
}

/** An unhurried walk: 80 metres a minute. */
export const WALK_M_PER_MIN = 80

export function walkMinutes(metres: number): number {
  return Math.max(1, Math.ceil(metres / WALK_M_PER_MIN))
}

/** Places sorted nearest first with their distance; `withinMin` keeps those inside that walking circle. */
export function nearest<T extends Point>(places: T[], from: Point, withinMin?: number): (T & { distanceM: number; walkMinutes: number })[] {
  return places
    .map((p) => {
      const d = distanceM(from, p)
      return { ...p, distanceM: d, walkMinutes: walkMinutes(d) }
    })
    .filter((p) => withinMin === undefined || p.walkMinutes <= withinMin)
    .sort((a, b) => a.distanceM - b.distanceM)
}
