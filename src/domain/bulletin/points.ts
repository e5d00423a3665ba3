/** 党群服务阵地: service points hung on a unit (DESIGN.md, the street level). Pure. */
import { UNIT_LEVELS, type UnitLevel } from '../units'

export const POINT_KINDS = ['center', 'station', 'property'] as const
export type PointKind = (typeof POINT_KINDS)[number]

export const POINT_KIND_NAMES: Record<PointKind, string> = { center: '党群服务中心', station: '红色驿站', property: '红色物业' }

/** Nearest first: the caller's community, then the street, then the district; by name within a level. */
export function byNearness<T extends { level: UnitLevel; name: string }>(points: T[]): T[] {
  return [...points].sort((a, b) => UNIT_LEVELS.indexOf(b.level) - UNIT_LEVELS.indexOf(a.level) || a.name.localeCompare(b.name, 'zh'))
}
