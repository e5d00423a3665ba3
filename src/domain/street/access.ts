/**
 * Who may open which street's dashboard: people holding 书记 (secretary) or 社工 (staff) in a
 * street open that street; 管理员 (admin) held in a district opens every street under it. A role
 * held in a community opens nothing here. Pure: works on the unit tree and the caller's unit roles.
 */
export type UnitLevel = 'district' | 'street' | 'community' | 'grid'

export interface UnitNode {
  id: string
  name: string
  level: UnitLevel
  parentId?: string
}

export type UnitTree = Record<string, UnitNode>

export interface UnitRole {
  role: string
  unitId: string
}

export const STREET_ROLES = ['secretary', 'staff'] as const

/** The streets whose dashboard the caller may open, in the tree's order. */
export function openableStreets(tree: UnitTree, unitRoles: readonly UnitRole[]): UnitNode[] {
  const ids = new Set<string>()
  for (const r of unitRoles) {
    const unit = tree[r.unitId]
    if (!unit) continue
    if (unit.level === 'street' && (STREET_ROLES as readonly string[]).includes(r.role)) ids.add(unit.id)
    if (unit.level === 'district' && r.role === 'admin') for (const s of Object.values(tree)) if (s.level === 'street' && s.parentId === unit.id) ids.add(s.id)
  }
  return Object.values(tree).filter((u) => ids.has(u.id))
}

/** The communities of a street, in the tree's order. */
export function communitiesOfStreet(tree: UnitTree, streetId: string): UnitNode[] {
  return Object.values(tree).filter((u) => u.level === 'community' && u.parentId === streetId)
}

/** The street a community belongs to, if any. */
export function streetOfCommunity(tree: UnitTree, communityId: string): string | undefined {
  const parent = tree[communityId]?.parentId
  return parent && tree[parent]?.level === 'street' ? parent : undefined
}

/** The aggregate document of a community's month. */
export const statsId = (communityId: string, month: string) => `${communityId}:${month}`
