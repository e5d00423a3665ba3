/**
 * Who may open which street's dashboard: people holding 书记 (secretary) or 社工 (staff) in a
 * street open that street; 管理员 (admin) held in a district opens every street under it. A role
 * held in a community opens nothing here. Pure: works on the unit tree and the caller's unit roles.
 */
import { communitiesUnder, streetOf, streetsUnder, type UnitNode, type UnitRole, type UnitTree } from '../units'

export type { UnitNode, UnitRole, UnitTree } from '../units'

export const STREET_ROLES = ['secretary', 'staff'] as const

const byId = (a: UnitNode, b: UnitNode) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** The streets whose dashboard the caller may open: the home street first (when among them), then by id. */
export function openableStreets(tree: UnitTree, unitRoles: readonly UnitRole[], homeStreet?: string): UnitNode[] {
  const ids = new Set<string>()
  for (const r of unitRoles) {
    const unit = Object.hasOwn(tree, r.unitId) ? tree[r.unitId] : undefined
    if (!unit) continue
    if (unit.level === 'street' && (STREET_ROLES as readonly string[]).includes(r.role)) ids.add(unit.id)
    if (unit.level === 'district' && r.role === 'admin') for (const s of streetsUnder(tree, unit.id)) ids.add(s)
  }
  return Object.values(tree)
    .filter((u) => ids.has(u.id))
    .sort((a, b) => Number(b.id === homeStreet) - Number(a.id === homeStreet) || byId(a, b))
}

/** The communities of a street, by id (the same order on every screen and in every export). */
export function communitiesOfStreet(tree: UnitTree, streetId: string): UnitNode[] {
  const ids = new Set(communitiesUnder(tree, streetId))
  return Object.values(tree)
    .filter((u) => ids.has(u.id))
    .sort(byId)
}

/** The street a community belongs to, if any. */
export function streetOfCommunity(tree: UnitTree, communityId: string): string | undefined {
  const s = streetOf(tree, communityId)
  return s === communityId ? undefined : s
}

/** The aggregate document of a community's month. */
export const statsId = (communityId: string, month: string) => `${communityId}:${month}`
