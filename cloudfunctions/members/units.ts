/**
 * The unit tree's documents and the migration that puts a single-community deployment under a
 * street. `units` holds one document per unit; the config document `main` keeps the whole tree
 * as a summary (`units`), read with identity at no extra round trip.
 */
import { AppError } from '../../src/domain/errors'
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

export interface MigrationReport {
  units: number
  communities: number
  departments: number
  services: number
  members: number
  audit: number
}

/** Inserts a unit not there yet (true), or finds another writer made it meanwhile (false); either way it is in `have`. */
async function addUnit(store: Store, have: Map<string, UnitDoc>, doc: UnitDoc): Promise<boolean> {
  have.set(doc._id, doc)
  try {
    await store.insert('units', doc)
    return true
  } catch (e) {
    if (e instanceof AppError && e.code === 'CONFLICT') return false
    throw e
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
  const at = now.toISOString()
  const [cfg, units, communities, grids, departments, services] = await Promise.all([
    store.get<ConfigDoc>('config', 'main'),
    store.queryAll<UnitDoc>('units', {}, { max: MAX_UNITS }),
    store.queryAll<Doc & { name: string; streetId?: string }>('communities', {}, { max: 1000 }),
    store.queryAll<Doc & { name: string; communityId: string }>('grids', {}, { max: MAX_UNITS }),
    store.queryAll<Doc>('departments', {}, { max: 1000 }),
    store.queryAll<Doc>('services', {}, { max: 1000 }),
  ])
  const have = new Map(units.map((u) => [u._id, u]))
  const streets = units.filter((u) => u.level === 'street')
  const defaultStreet = streets.find((s) => s._id === defaultStreetId)?._id ?? (streets.length === 1 ? streets[0]._id : defaultStreetId)

  for (const c of communities) {
    const streetId = c.streetId ?? defaultStreet
    if (!c.streetId && (await store.update('communities', c._id, { streetId }))) report.communities++
    if (!have.has(streetId)) {
      const name = typeof cfg?.streetName === 'string' && cfg.streetName ? cfg.streetName : '本街道'
      if (await addUnit(store, have, { _id: streetId, name, level: 'street', createdAt: at })) report.units++
    }
    if (!have.has(c._id) && (await addUnit(store, have, { _id: c._id, name: c.name, level: 'community', parentId: streetId, createdAt: at }))) report.units++
  }
  for (const g of grids) {
    if (have.has(g._id) || !have.has(g.communityId)) continue
    if (await addUnit(store, have, { _id: g._id, name: g.name, level: 'grid', parentId: g.communityId, createdAt: at })) report.units++
  }
  // the tree summary on the config, from the units read and those just made (a no-op when unchanged)
  const tree = treeOf([...have.values()])
  await store.update('config', 'main', { units: tree })

  const deptUnit = new Map<string, string>()
  for (const d of departments) {
    if (!d.unitId && (await store.update('departments', d._id, { unitId: defaultStreet }))) report.departments++
    deptUnit.set(d._id, typeof d.unitId === 'string' ? d.unitId : defaultStreet)
  }

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
