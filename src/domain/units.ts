/**
 * Units at levels (DESIGN.md, the street level): 区 → 街道 → 社区 → 网格. A role is held in a unit
 * and covers everything below it; what a person may see also includes the units above (a
 * street's offers reach every community of it). Pure: the tree is data kept on the config document.
 */
import type { Role } from './roles'

export const UNIT_LEVELS = ['district', 'street', 'community', 'grid'] as const
export type UnitLevel = (typeof UNIT_LEVELS)[number]

export const LEVEL_NAMES: Record<UnitLevel, string> = { district: '区', street: '街道', community: '社区', grid: '网格' }

export interface UnitNode {
  id: string
  name: string
  level: UnitLevel
  parentId?: string
}

export type UnitTree = Record<string, UnitNode>

export interface UnitRole {
  role: Role
  unitId: string
}

/** What a caller may act on and see, as unit ids; 'all' only for a role held at the top of the tree with no tree to bound it. */
export interface Scope {
  act: string[]
  see: string[]
}

const node = (tree: UnitTree, id: string): UnitNode | undefined => (Object.hasOwn(tree, id) ? tree[id] : undefined)

/** The units above `id`, nearest first (a broken tree with a cycle stops where it repeats). */
export function ancestorsOf(tree: UnitTree, id: string): string[] {
  const out: string[] = []
  let cur = node(tree, id)?.parentId
  while (cur && !out.includes(cur) && cur !== id) {
    out.push(cur)
    cur = node(tree, cur)?.parentId
  }
  return out
}

/** `id` and every unit below it. */
export function unitsUnder(tree: UnitTree, id: string): string[] {
  const out = new Set<string>([id])
  let grew = true
  while (grew) {
    grew = false
    for (const u of Object.values(tree)) {
      if (u.parentId && out.has(u.parentId) && !out.has(u.id)) {
        out.add(u.id)
        grew = true
      }
    }
  }
  return [...out]
}

export function communitiesUnder(tree: UnitTree, id: string): string[] {
  return unitsUnder(tree, id).filter((u) => node(tree, u)?.level === 'community')
}

/** The street a unit belongs to (a street answers itself). */
export function streetOf(tree: UnitTree, id: string): string | undefined {
  if (node(tree, id)?.level === 'street') return id
  return ancestorsOf(tree, id).find((a) => node(tree, a)?.level === 'street')
}

export function rootOf(tree: UnitTree, id: string): string {
  const up = ancestorsOf(tree, id)
  return up.length ? up[up.length - 1] : id
}

export function unitName(tree: UnitTree, id: string): string {
  return node(tree, id)?.name ?? id
}

/** "红枫街道 · 望湖社区": a unit named with its street, for role lists and the identity switcher. */
export function unitLabel(tree: UnitTree, id: string): string {
  const u = node(tree, id)
  if (!u) return id
  const street = u.level === 'community' || u.level === 'grid' ? streetOf(tree, id) : undefined
  return street && street !== id ? `${unitName(tree, street)} · ${u.name}` : u.name
}

/**
 * The roles a person holds, each in a unit. Roles written before units existed (`roles` on the
 * member) are held in the home community; a liaison's in the street of it, an admin's at the top.
 */
export function heldRoles(tree: UnitTree, doc: { roles?: readonly Role[]; unitRoles?: readonly UnitRole[]; communityId: string }): UnitRole[] {
  if (doc.unitRoles) return doc.unitRoles.filter((r) => r.role !== 'resident')
  const home = doc.communityId
  return (doc.roles ?? [])
    .filter((r) => r !== 'resident')
    .map((role) => ({ role, unitId: role === 'admin' ? rootOf(tree, home) : role === 'liaison' ? (streetOf(tree, home) ?? home) : home }))
}

/**
 * The scope of one call: the units where the caller holds one of the action's roles (and the home
 * community for actions anyone or a resident may take), everything below them to act on, and
 * their ancestors besides to see.
 */
export function scopeOf(tree: UnitTree, held: readonly UnitRole[], home: string, allowed: readonly Role[] | 'anyone'): Scope {
  const roots = new Set<string>()
  if (allowed === 'anyone' || allowed.includes('resident')) roots.add(home)
  for (const r of held) if (allowed === 'anyone' || allowed.includes(r.role)) roots.add(r.unitId)
  const act = new Set<string>()
  // grids hold no documents of their own (a grid's data carries its community): they stay out of
  // the lists, which become `$in` conditions on every scoped query
  for (const r of roots) for (const u of unitsUnder(tree, r)) if (u === r || node(tree, u)?.level !== 'grid') act.add(u)
  const see = new Set(act)
  for (const u of act) for (const a of ancestorsOf(tree, u)) see.add(a)
  return { act: [...act], see: [...see] }
}

/** Whether a call's scope reaches the top of the tree above `home` (the district's admin): what the whole deployment shares is theirs to change or read. */
export function reachesTop(tree: UnitTree, scope: Scope, home: string): boolean {
  return scope.act.includes(rootOf(tree, home))
}

/** The street where the caller holds one of `roles` (a street secretary's or staff's street), if any. */
export function streetHeld(tree: UnitTree, held: readonly UnitRole[], roles: readonly Role[] = ['secretary', 'staff']): string | undefined {
  return held.find((r) => roles.includes(r.role) && node(tree, r.unitId)?.level === 'street')?.unitId
}

/** Streets a role held at the district covers (an admin of the district sees every street). */
export function streetsUnder(tree: UnitTree, id: string): string[] {
  return unitsUnder(tree, id).filter((u) => node(tree, u)?.level === 'street')
}
