/** Ticket documents as the API shows them (lists, detail with plain-language timeline). */
import { unitName } from '../../src/domain/units'
import type { z } from 'zod'
import type { PERSON_ACTIONS, ticketItem, ticketView } from '../../src/domain/contracts/tickets'
import { AppError } from '../../src/domain/errors'
import { maskAddress, maskName } from '../../src/domain/privacy'
import { overdueSteps, transition, type Actor, type Command } from '../../src/domain/tickets/machine'
import { CATEGORIES, DEFAULT_SETTINGS, NO_DEADLINE, STATE_NAMES, type TicketDoc } from '../../src/domain/tickets/model'
import { describeEntry } from '../../src/domain/tickets/timeline'
import { unitsUnder } from '../../src/domain/units'
import { hasRole } from '../_runtime/identity'
import type { Caller } from '../_runtime/types'
import type { DepartmentDoc } from './departments'
import { actorOf } from './step'

type Item = z.infer<typeof ticketItem>
type View = z.infer<typeof ticketView>
type Names = Map<string, DepartmentDoc>

const nameIn = (depts: Names) => (id: string) => depts.get(id)?.name ?? id

/**
 * Whose job the ticket is: the submitter, the community's secretaries and staff, admins, and the
 * liaisons of its departments (now or before a transfer). They see the full address; anyone else
 * (a follower, a neighbour checking for duplicates) sees it down to the building.
 */
export function isInvolved(t: TicketDoc, c: Caller): boolean {
  if (t.submitter === c.openid || hasRole(c, 'admin')) return true
  if (hasRole(c, 'secretary', 'staff') && (c.communityId === t.communityId || c.unitRoles.some((r) => (r.role === 'secretary' || r.role === 'staff') && unitsUnder(c.units, r.unitId).includes(t.communityId)))) return true
  return hasRole(c, 'liaison') && !!c.departmentId && (t.departmentIds.includes(c.departmentId) || t.transferredFrom.includes(c.departmentId))
}

export function addressFor(t: TicketDoc, c: Caller): string | undefined {
  return isInvolved(t, c) ? t.location?.address : maskAddress(t.location?.address)
}

export function itemOf(t: TicketDoc, now: Date, depts: Names, caller: Caller): Item {
  return {
    id: t._id,
    title: t.title,
    communityId: t.communityId,
    communityName: unitName(caller.units, t.communityId),
    category: t.category,
    categoryName: CATEGORIES[t.category],
    state: t.state,
    stateName: STATE_NAMES[t.state],
    priority: t.priority,
    address: addressFor(t, caller),
    departmentNames: t.departmentIds.map((d) => depts.get(d)?.short ?? d),
    deadline: t.dueAt === NO_DEADLINE ? undefined : t.dueAt,
    overdue: overdueSteps(t, now).length > 0,
    createdAt: t.createdAt,
  }
}

/** One probe per person action: the machine says whether the caller could do it now. */
const PROBES: [(typeof PERSON_ACTIONS)[number], Command][] = [
  ['triage', { action: 'accept' }],
  ['whistle', { action: 'whistle', leadDepartmentId: '-', coDepartmentIds: [], priority: 'normal' }],
  ['acknowledge', { action: 'acknowledge' }],
  ['progress', { action: 'progress', note: '-' }],
  ['resolve', { action: 'resolve', summary: '-' }],
  ['requestTransfer', { action: 'request_transfer', reason: '-' }],
  ['verify', { action: 'verify', accept: true }],
  ['rate', { action: 'rate', score: 5 }],
]

export function allowedActions(t: TicketDoc, actor: Actor, now: Date): View['can'] {
  return PROBES.filter(([, c]) => {
    try {
      transition(t, actor, c, now, DEFAULT_SETTINGS)
      return true
    } catch (e) {
      if (e instanceof AppError) return false
      throw e
    }
  }).map(([name]) => name)
}

/** A ticket a meeting's decision became links back to the meeting. */
function sourceOf(t: TicketDoc): View['source'] {
  const s = t.source as { kind?: string; id?: string; title?: string } | undefined
  return s?.kind === 'meeting' && s.id ? { kind: 'meeting', id: s.id, title: s.title ?? '议事会' } : undefined
}

export function viewOf(t: TicketDoc, caller: Caller, now: Date, depts: Names, extra: { following: boolean; suggestedDepartmentId?: string }): View {
  const overdue = overdueSteps(t, now)
  const mine = t.submitter === caller.openid
  const residentName = (name: string | undefined) => (mine ? name : maskName(name))
  return {
    ...itemOf(t, now, depts, caller),
    description: t.description,
    location: t.location && (isInvolved(t, caller) ? t.location : { address: addressFor(t, caller) ?? '' }),
    images: t.images,
    submitterName: residentName(t.submitterName),
    submitterId: !mine && isInvolved(t, caller) ? t.submitter : undefined,
    mine,
    following: extra.following,
    departments: t.departments.map((d) => ({
      departmentId: d.departmentId,
      name: depts.get(d.departmentId)?.name ?? d.departmentId,
      role: d.role,
      ackDeadline: d.ackDeadline,
      acknowledgedAt: d.acknowledgedAt,
      overdue: overdue.some((o) => o.step === 'ack' && o.departmentId === d.departmentId),
    })),
    resolveDeadline: t.resolveDeadline,
    resolveOverdue: overdue.some((o) => o.step === 'resolve'),
    reopenCount: t.reopenCount,
    reason: t.reason,
    source: sourceOf(t),
    rating: t.rating,
    satisfiedByDefault: t.satisfiedByDefault === true,
    timeline: t.timeline.map((e) => ({
      at: e.at,
      byName: e.role === 'resident' ? residentName(t.submitterName) : e.byName,
      role: e.role,
      action: e.action,
      note: e.note,
      images: e.images,
      score: e.score,
      text: describeEntry(e.role === 'resident' ? { ...e, byName: residentName(t.submitterName) } : e, nameIn(depts)),
    })),
    can: allowedActions(t, actorOf(caller), now),
    suggestedDepartmentId: extra.suggestedDepartmentId,
  }
}
