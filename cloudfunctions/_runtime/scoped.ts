/**
 * Data isolation as a rule of the router (DESIGN.md, the street level): the store a handler
 * receives keeps every scoped collection to the caller's units. A handler cannot forget it:
 * - reads (get, getMany, query, queryAll, count) answer only documents whose scope field is one
 *   of the units the caller may see; a query gets the condition added to its `where`;
 * - writes refuse documents outside the units the caller may act on: insert answers FORBIDDEN,
 *   update and inc change nothing (0), remove removes nothing.
 * Documents of a scoped collection without the field are outside every scope. The sweeper and
 * identity use the store unwrapped.
 */
import { fail } from '../../src/domain/errors'
import type { Scope } from '../../src/domain/units'
import type { AllOpts, Bound, Cond, Doc, Page, Patch, QueryOpts, Store, TxStore, Where } from '../_store/port'
import { matchesCond } from '../_store/semantics'

/** Collections kept to a scope, and the field that names the unit each document belongs to. */
export const SCOPED: Record<string, string> = {
  members: 'communityId',
  tickets: 'communityId',
  wishes: 'communityId',
  events: 'communityId',
  notices: 'communityId',
  surveys: 'communityId',
  meetings: 'communityId',
  households: 'communityId',
  visits: 'communityId',
  resources: 'communityId',
  rewards: 'communityId',
  redemptions: 'communityId',
  service_hours: 'communityId',
  service_posts: 'communityId',
  grids: 'communityId',
  themes: 'communityId',
  points_years: 'communityId',
  duty_years: 'communityId',
  departments: 'unitId',
  member_units: 'unitId',
  list_items: 'unitId',
  pairings: 'communityId',
  services: 'unitId',
  service_points: 'unitId',
  /** the street dashboard's monthly aggregates: one per community per month */
  street_stats: 'unitId',
  projects: 'unitId',
  project_claims: 'unitId',
  project_updates: 'communityId',
  project_hours: 'communityId',
  teams: 'unitId',
  team_members: 'unitId',
}

/**
 * Scoped collections whose documents belong to a street or district but keep counters that the
 * people below write (a resident's rating adds to a street service's sum): writes there need the
 * document in sight, not in the caller's own units.
 */
const WRITTEN_FROM_BELOW = new Set(['services'])

const FORBIDDEN_HERE = '这条记录不属于您所在的社区或街道，不能办理'

/** The units `cond` admits among `allowed` (a query's own condition on the scope field, narrowed). */
function narrow(cond: Cond | undefined, allowed: readonly string[]): string[] {
  if (cond === undefined) return [...allowed]
  return allowed.filter((u) => matchesCond(u, cond))
}

function scopedWhere(where: Where | undefined, field: string, allowed: readonly string[]): Where | null {
  const units = narrow(where?.[field], allowed)
  if (units.length === 0) return null
  return { ...where, [field]: units.length === 1 ? units[0] : { $in: units } }
}

/** A set of unit ids, as a list for `$in` conditions and as a set for checking documents. */
interface Units {
  list: readonly string[]
  set: ReadonlySet<string>
}

const unitsOf = (list: readonly string[]): Units => ({ list, set: new Set(list) })

function inside(doc: Doc | null | undefined, field: string, allowed: Units): boolean {
  const v = doc?.[field]
  return typeof v === 'string' && allowed.set.has(v)
}

/** A patch may not move a document out of the caller's units either. */
function checkPatch(patch: Patch, field: string, act: Units) {
  if (Object.hasOwn(patch, field) && !(typeof patch[field] === 'string' && act.set.has(patch[field] as string))) fail('FORBIDDEN', FORBIDDEN_HERE)
}

function writer<S extends TxStore>(base: S, act: Units, see: Units) {
  const writable = (coll: string) => (WRITTEN_FROM_BELOW.has(coll) ? see : act)
  return {
    async get<T extends Doc = Doc>(coll: string, id: string): Promise<T | null> {
      const field = SCOPED[coll]
      const doc = await base.get<T>(coll, id)
      return !field || inside(doc, field, see) ? doc : null
    },
    async insert(coll: string, doc: Doc): Promise<void> {
      const field = SCOPED[coll]
      if (field && !inside(doc, field, writable(coll))) fail('FORBIDDEN', FORBIDDEN_HERE)
      return base.insert(coll, doc)
    },
    async update(coll: string, id: string, patch: Patch, opts?: { where?: Where }): Promise<number> {
      const field = SCOPED[coll]
      if (!field) return base.update(coll, id, patch, opts)
      checkPatch(patch, field, writable(coll))
      const where = scopedWhere(opts?.where, field, writable(coll).list)
      return where ? base.update(coll, id, patch, { where }) : 0
    },
    async inc(coll: string, id: string, f: string, by: number, opts?: { where?: Where }): Promise<number> {
      const field = SCOPED[coll]
      if (!field) return base.inc(coll, id, f, by, opts)
      const where = scopedWhere(opts?.where, field, writable(coll).list)
      return where ? base.inc(coll, id, f, by, { where }) : 0
    },
    async remove(coll: string, id: string): Promise<number> {
      const field = SCOPED[coll]
      if (field && !inside(await base.get(coll, id), field, writable(coll))) return 0
      return base.remove(coll, id)
    },
  }
}

export function scopedStore(base: Store, scope: Scope): Store {
  const act = unitsOf(scope.act)
  const see = unitsOf(scope.see)
  return {
    ...writer(base, act, see),
    async query<T extends Doc = Doc>(coll: string, opts: QueryOpts = {}): Promise<Page<T>> {
      const field = SCOPED[coll]
      if (!field) return base.query<T>(coll, opts)
      const where = scopedWhere(opts.where, field, see.list)
      return where ? base.query<T>(coll, { ...opts, where }) : { items: [] }
    },
    async queryAll<T extends Doc = Doc>(coll: string, opts: AllOpts, bound: Bound): Promise<T[]> {
      const field = SCOPED[coll]
      if (!field) return base.queryAll<T>(coll, opts, bound)
      const where = scopedWhere(opts.where, field, see.list)
      return where ? base.queryAll<T>(coll, { ...opts, where }, bound) : []
    },
    async getMany<T extends Doc = Doc>(coll: string, ids: readonly string[]): Promise<Map<string, T>> {
      const field = SCOPED[coll]
      const found = await base.getMany<T>(coll, ids)
      if (!field) return found
      return new Map([...found].filter(([, d]) => inside(d, field, see)))
    },
    async count(coll: string, where?: Where): Promise<number> {
      const field = SCOPED[coll]
      if (!field) return base.count(coll, where)
      const w = scopedWhere(where, field, see.list)
      return w ? base.count(coll, w) : 0
    },
    transaction<R>(fn: (tx: TxStore) => Promise<R>): Promise<R> {
      return base.transaction((tx) => fn(writer(tx, act, see)))
    },
    close: () => base.close(),
  }
}
