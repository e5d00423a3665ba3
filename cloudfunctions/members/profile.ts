/** Reads and writes of member documents shared by the members handlers. */
import type { z } from 'zod'
import { AppError } from '../../src/domain/errors'
import type { profile } from '../../src/domain/contracts/members'
import type { Role } from '../../src/domain/roles'
import { heldRoles, unitLabel, unitName, type UnitRole, type UnitTree } from '../../src/domain/units'
import type { Patch, Store } from '../_store/port'
import { defaultCommunityId, resolveCaller, type MemberDoc } from '../_runtime/identity'
import type { Caller, Clock } from '../_runtime/types'

export type Profile = z.infer<typeof profile>

/** A profile read afresh (after a write): who they are now, then their community and department. */
export async function profileOf(store: Store, openid: string): Promise<Profile> {
  return profileFrom(store, await resolveCaller(store, openid))
}

/** A profile from an already resolved caller (whose member document came with it): one round trip. */
export async function profileFrom(store: Store, caller: Caller): Promise<Profile> {
  const doc = caller.member
  const [community, department] = await Promise.all([
    store.get('communities', caller.communityId),
    caller.departmentId ? store.get('departments', caller.departmentId) : null,
  ])
  return {
    openid: caller.openid,
    name: doc?.name,
    phone: doc?.phone,
    building: doc?.building,
    roles: caller.roles,
    unitRoles: namedRoles(caller.units, caller.unitRoles),
    communityId: caller.communityId,
    communityName: community?.name as string | undefined,
    streetId: caller.streetId,
    streetName: caller.streetId ? unitName(caller.units, caller.streetId) : undefined,
    departmentId: caller.departmentId,
    departmentName: department?.name as string | undefined,
    points: doc?.points ?? 0,
    workplace: doc?.workplace as string | undefined,
    skills: doc?.skills as string[] | undefined,
    care: typeof doc?.care === 'boolean' ? doc.care : undefined,
  }
}

/** Creates the member document on first write; concurrent first writes converge on one document. */
export async function ensureMember(store: Store, clock: Clock, openid: string): Promise<void> {
  if (await store.get('members', openid)) return
  const now = clock.now().toISOString()
  const doc: MemberDoc = {
    _id: openid,
    roles: [],
    communityId: await defaultCommunityId(store),
    points: 0,
    createdAt: now,
    updatedAt: now,
  }
  try {
    await store.insert('members', doc)
  } catch (e) {
    if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e
  }
}

export async function patchMember(store: Store, clock: Clock, openid: string, patch: Patch): Promise<void> {
  await ensureMember(store, clock, openid)
  await store.update('members', openid, { ...patch, updatedAt: clock.now().toISOString() })
}

/** The member's roles with `role` held in `unitId` too, and the flat summary kept beside them. */
export function withRole(tree: UnitTree, doc: MemberDoc, role: Role, unitId: string): { unitRoles: UnitRole[]; roles: Role[] } {
  const held = heldRoles(tree, doc)
  const unitRoles = held.some((r) => r.role === role && r.unitId === unitId) ? held : [...held, { role, unitId }]
  return { unitRoles, roles: summaryOf(unitRoles) }
}

/** The member's roles without `role` (in `unitId` only, or everywhere when absent). */
export function withoutRole(tree: UnitTree, doc: MemberDoc, role: Role, unitId?: string): { unitRoles: UnitRole[]; roles: Role[] } {
  const unitRoles = heldRoles(tree, doc).filter((r) => !(r.role === role && (unitId === undefined || r.unitId === unitId)))
  return { unitRoles, roles: summaryOf(unitRoles) }
}

function summaryOf(unitRoles: readonly UnitRole[]): Role[] {
  return [...new Set(unitRoles.map((r) => r.role))]
}

/** Roles with the names of their units, for role lists and the identity switcher. */
export function namedRoles(tree: UnitTree, held: readonly UnitRole[]) {
  return held.map((r) => ({ role: r.role, unitId: r.unitId, unitName: unitLabel(tree, r.unitId), level: tree[r.unitId]?.level }))
}
