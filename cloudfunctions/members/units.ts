/**
 * The unit tree's documents and the migration that puts a single-community deployment under a
 * street. `units` holds one document per unit; the config document `main` keeps the whole tree
 * as a summary (`units`), read with identity at no extra round trip.
 */
import { heldRoles, type UnitLevel, type UnitNode, type UnitTree } from '../../src/domain/units'
import type { Doc, Store } from '../_store/port'
import type { ConfigDoc, MemberDoc } from '../_runtime/identity'

export interface UnitDoc extends Doc {
  _id: string
  name: string
  level: UnitLevel
  parentId?: string
}

export const MAX_UNITS = 5000

export function treeOf(docs: readonly UnitDoc[]): UnitTree {
  const tree: UnitTree = {}
  for (const d of [...docs].sort((a, b) => (a._id < b._id ? -1 : 1))) {
    const n: UnitNode = { id: d._id, name: d.name, level: d.level }
    if (d.parentId) n.parentId = d.parentId
    tree[d._id] = n
  }
  return tree
}

/** Rewrites the tree summary on the config document from the units collection. */
export async function refreshTree(store: Store): Promise<UnitTree> {
  const tree = treeOf(await store.queryAll<UnitDoc>('units', {}, { max: MAX_UNITS }))
  await store.update('config', 'main', { units: tree })
  return tree
}

export interface MigrationReport {
  units: number
  communities: number
  departments: number
  services: number
  members: number
  audit: number
}

async function insertIfAbsent(store: Store, coll: string, doc: Doc): Promise<boolean> {
  if (await store.get(coll, doc._id)) return false
  try {
    await store.insert(coll, doc)
    return true
  } catch {
    return false // someone else made it meanwhile
  }
}

/**
 * Idempotent: a community without a unit becomes a community of its `streetId` or of the default
 * street (made when missing, named from the config's street name); grids become units below their
 * community; departments and booking services without a unit serve the default street; every member without `unitRoles`
 * gets them from `roles` (held in the home community; a liaison's in its street, an admin's at the
 * top); audit entries without a unit name the community of the person they are about. A second
 * run changes nothing and reports zeros.
 */
export async function migrateToStreets(store: Store, now: Date, defaultStreetId = 's-default'): Promise<MigrationReport> {
  const report: MigrationReport = { units: 0, communities: 0, departments: 0, services: 0, members: 0, audit: 0 }
  const cfg = await store.get<ConfigDoc>('config', 'main')
  const at = now.toISOString()
  const [units, communities, grids] = await Promise.all([
    store.queryAll<UnitDoc>('units', {}, { max: MAX_UNITS }),
    store.queryAll<Doc & { name: string; streetId?: string }>('communities', {}, { max: 1000 }),
    store.queryAll<Doc & { name: string; communityId: string }>('grids', {}, { max: MAX_UNITS }),
  ])
  const have = new Set(units.map((u) => u._id))
  const streets = units.filter((u) => u.level === 'street')
  const defaultStreet = streets.find((s) => s._id === defaultStreetId)?._id ?? (streets.length === 1 ? streets[0]._id : defaultStreetId)

  for (const c of communities) {
    const streetId = c.streetId ?? defaultStreet
    if (!c.streetId && (await store.update('communities', c._id, { streetId }))) report.communities++
    if (!have.has(streetId)) {
      const name = typeof cfg?.streetName === 'string' && cfg.streetName ? cfg.streetName : '本街道'
      if (await insertIfAbsent(store, 'units', { _id: streetId, name, level: 'street', createdAt: at })) report.units++
      have.add(streetId)
    }
    if (!have.has(c._id)) {
      if (await insertIfAbsent(store, 'units', { _id: c._id, name: c.name, level: 'community', parentId: streetId, createdAt: at })) report.units++
      have.add(c._id)
    }
  }
  for (const g of grids) {
    if (have.has(g._id) || !have.has(g.communityId)) continue
    if (await insertIfAbsent(store, 'units', { _id: g._id, name: g.name, level: 'grid', parentId: g.communityId, createdAt: at })) report.units++
    have.add(g._id)
  }
  const tree = await refreshTree(store)

  const departments = await store.queryAll<Doc>('departments', {}, { max: 1000 })
  const deptUnit = new Map<string, string>()
  for (const d of departments) {
    if (!d.unitId && (await store.update('departments', d._id, { unitId: defaultStreet }))) report.departments++
    deptUnit.set(d._id, typeof d.unitId === 'string' ? d.unitId : defaultStreet)
  }

  const services = await store.queryAll<Doc>('services', {}, { max: 1000 })
  for (const sv of services) if (!sv.unitId && (await store.update('services', sv._id, { unitId: defaultStreet }))) report.services++

  // members page by page: each one done leaves the set, so the loop ends when none is left
  for (;;) {
    const page = await store.query<MemberDoc>('members', { where: { unitRoles: { $exists: false } }, limit: 100 })
    if (page.items.length === 0) break
    for (const m of page.items) {
      // a liaison answers for the unit its department serves
      const dept = typeof m.departmentId === 'string' ? deptUnit.get(m.departmentId) : undefined
      const unitRoles = heldRoles(tree, m).map((r) => (r.role === 'liaison' && dept ? { ...r, unitId: dept } : r))
      if (await store.update('members', m._id, { unitRoles }, { where: { unitRoles: { $exists: false } } })) report.members++
    }
  }
  report.audit = await auditUnits(store, cfg?.defaultCommunityId ?? 'default')
  return report
}

/** audit entries named per run at most: a long log is named over several sweeps, never in one read */
const AUDIT_PER_RUN = 1000

/** Audit entries written before units name the community of the person they are about (so its admins read them). */
async function auditUnits(store: Store, fallback: string): Promise<number> {
  let named = 0
  while (named < AUDIT_PER_RUN) {
    const page = await store.query<Doc & { target?: string }>('audit', { where: { unitId: { $exists: false } }, limit: 100 })
    if (page.items.length === 0) break
    const people = await store.getMany<MemberDoc>('members', page.items.flatMap((e) => (typeof e.target === 'string' ? [e.target] : [])))
    for (const e of page.items) {
      const unitId = (typeof e.target === 'string' && people.get(e.target)?.communityId) || fallback
      if (await store.update('audit', e._id, { unitId }, { where: { unitId: { $exists: false } } })) named++
    }
  }
  return named
}
