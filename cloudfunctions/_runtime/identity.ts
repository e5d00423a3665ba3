/** openid → member profile → roles. An openid we do not know is a resident of the default community. */
import type { Store } from '../_store/port'
import { ROLES, type Role } from '../../src/domain/roles'
import { heldRoles, streetOf, type UnitRole, type UnitTree } from '../../src/domain/units'
import type { Caller } from './types'

export interface MemberDoc {
  _id: string
  name?: string
  phone?: string
  building?: string
  /** a summary of `unitRoles` (every role held anywhere), kept for indexed queries by role */
  roles: Role[]
  /** each role in the unit where it is held; absent on documents written before units (then `roles` are held in the home community) */
  unitRoles?: UnitRole[]
  communityId: string
  departmentId?: string
  points: number
  createdAt: string
  updatedAt: string
  [k: string]: unknown
}

export interface ConfigDoc {
  _id: 'main'
  defaultCommunityId: string
  /** the unit tree (区 → 街道 → 社区 → 网格), kept here so identity reads it in the same round trip */
  units?: UnitTree
  [k: string]: unknown
}

export const OPENID = /^[A-Za-z0-9_-]{1,64}$/

export async function defaultCommunityId(store: Store): Promise<string> {
  const cfg = await store.get<ConfigDoc>('config', 'main')
  return cfg?.defaultCommunityId ?? 'default'
}

/** One round trip: the member document and the default community (for people we do not know yet) are read together. */
export async function resolveCaller(store: Store, openid: string): Promise<Caller> {
  const [doc, cfg] = await Promise.all([store.get<MemberDoc>('members', openid), store.get<ConfigDoc>('config', 'main')])
  const units = cfg?.units ?? {}
  const communityId = doc?.communityId ?? cfg?.defaultCommunityId ?? 'default'
  const unitRoles = doc ? heldRoles(units, doc).filter((r) => (ROLES as readonly string[]).includes(r.role)) : []
  const roles = new Set<Role>(['resident', ...unitRoles.map((r) => r.role)])
  return {
    openid,
    roles: ROLES.filter((r) => roles.has(r)),
    unitRoles,
    units,
    streetId: streetOf(units, communityId),
    // the router narrows it to the action's roles before the handler runs
    scope: { act: [communityId], see: [communityId] },
    communityId,
    departmentId: doc?.departmentId,
    name: doc?.name,
    member: doc ?? undefined,
  }
}

export function hasRole(caller: Caller, ...roles: Role[]): boolean {
  return roles.some((r) => caller.roles.includes(r))
}
