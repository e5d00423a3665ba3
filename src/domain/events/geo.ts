/** Distances to organization-life bases: great-circle metres and the walking circles people think in. */
export interface Point {
  lat: number
  lng: number
}

const EARTH_M = 6_371_000
const rad = (d: number) => (d * Math.PI) / 180

export function distanceM(a: Point, b: Point): number {
  const dLat = rad(b.lat - a.lat)
  const dLng = rad(b.lng - a.lng)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2
  return Math.round(2 * EARTH_M * Math.asin(Math.min(1, Math.sqrt(h))))
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
