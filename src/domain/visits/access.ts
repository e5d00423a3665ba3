/**
 * Who may do what with a household: its linking member, the grid's 网格党支部书记 / 网格员 (roles
 * held for the grid on their member document) and the community's staff. Pure.
 */
import type { Role } from '../roles'

export interface Viewer {
  openid: string
  roles: readonly Role[]
  communityId: string
  /** the grid the viewer's grid roles are held for */
  gridId?: string
}

export interface HouseholdRef {
  communityId: string
  gridId: string
  memberOpenid?: string
}

const STAFF: readonly Role[] = ['staff', 'secretary']

export const isVisitsStaff = (v: Viewer) => v.roles.some((r) => STAFF.includes(r))
export const isGridSecretary = (v: Viewer, gridId: string) => v.roles.includes('grid_secretary') && v.gridId === gridId
export const isGridWorker = (v: Viewer, gridId: string) => (v.roles.includes('grid_secretary') || v.roles.includes('gridman')) && v.gridId === gridId

/** The grid roles and staff: see every household of their grid (staff: of the community). */
export function overseesGrid(v: Viewer, h: HouseholdRef): boolean {
  return v.communityId === h.communityId && (isVisitsStaff(v) || isGridWorker(v, h.gridId))
}

export function isLinked(v: Viewer, h: HouseholdRef): boolean {
  return v.communityId === h.communityId && !!h.memberOpenid && h.memberOpenid === v.openid
}

/** Sees the household at all, and its head's full phone and address (an audited read). */
export function seesHousehold(v: Viewer, h: HouseholdRef): boolean {
  return isLinked(v, h) || overseesGrid(v, h)
}

export const mayLogVisit = seesHousehold

/** Assigns a household to a member: the grid's secretary or staff (网格员 help, they do not assign). */
export function mayAssign(v: Viewer, h: HouseholdRef): boolean {
  return v.communityId === h.communityId && (isVisitsStaff(v) || isGridSecretary(v, h.gridId))
}

/** Whom the coverage screen covers: every grid (staff) or the viewer's own grid; none otherwise. */
export function coverageScope(v: Viewer): 'community' | 'grid' | 'none' {
  if (isVisitsStaff(v)) return 'community'
  if (v.gridId && (v.roles.includes('grid_secretary') || v.roles.includes('gridman'))) return 'grid'
  return 'none'
}
