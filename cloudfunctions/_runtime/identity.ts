/** openid → member profile → roles. An openid we do not know is a resident of the default community. */
import type { Store } from '../_store/port'
import { ROLES, type Role } from '../../src/domain/roles'
import type { Caller } from './types'

export interface MemberDoc {
  _id: string
  name?: string
  phone?: string
  building?: string
  roles: Role[]
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
  const roles = new Set<Role>(['resident'])
  for (const r of doc?.roles ?? []) if ((ROLES as readonly string[]).includes(r)) roles.add(r)
  return {
    openid,
    roles: ROLES.filter((r) => roles.has(r)),
    communityId: doc?.communityId ?? cfg?.defaultCommunityId ?? 'default',
    departmentId: doc?.departmentId,
    name: doc?.name,
    member: doc ?? undefined,
  }
}

export function hasRole(caller: Caller, ...roles: Role[]): boolean {
  return roles.some((r) => caller.roles.includes(r))
}
