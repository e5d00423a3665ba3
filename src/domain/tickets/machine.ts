/**
 * The one transition function of a ticket (DESIGN.md: dispatch tickets). Every state change —
 * by a person or by the sweeper — goes through `transition`, which checks who may do it and from
 * which state, and answers the patch of the new state plus the timeline entry to append in the
 * same write. Pure: no I/O, time comes in as `now`.
 */
import { fail } from '../errors'
import type { Role } from '../roles'
import {
  NO_DEADLINE,
  STATE_NAMES,
  type Assignment,
  type DeadlineSettings,
  type EntryRole,
  type Priority,
  type TicketDoc,
  type TicketState,
  type TimelineEntry,
} from './model'

export interface PersonActor {
  openid: string
  roles: readonly Role[]
  communityId: string
  /** the communities where the person holds secretary (a street secretary: every one of the street); absent: their home community */
  secretaryOf?: readonly string[]
  departmentId?: string
  name?: string
}
export const SYSTEM = { system: true } as const
export type Actor = PersonActor | typeof SYSTEM

export type Command =
  | { action: 'accept'; note?: string }
  | { action: 'reject'; reason: string }
  | { action: 'resolve_locally'; note: string }
  | { action: 'whistle'; leadDepartmentId: string; coDepartmentIds: string[]; priority: Priority; note?: string }
  | { action: 'acknowledge' }
  | { action: 'progress'; note: string; images?: string[] }
  | { action: 'resolve'; summary: string; images?: string[] }
  | { action: 'request_transfer'; reason: string }
  | { action: 'verify'; accept: boolean; reason?: string }
  | { action: 'rate'; score: number; comment?: string }
  | { action: 'remind_ack'; departmentId: string }
  | { action: 'escalate_ack'; departmentId: string }
  | { action: 'remind_resolve' }
  | { action: 'escalate_resolve' }
  | { action: 'remind_rate' }
  | { action: 'auto_close' }
export type CommandName = Command['action']

export type Who = 'secretary' | 'assigned_liaison' | 'lead_liaison' | 'submitter' | 'system'

const WORKING: TicketState[] = ['dispatched', 'acknowledged', 'in_progress']

/** Who may give each command, and from which states. Tests are generated from this table. */
export const RULES: Record<CommandName, { who: Who; from: readonly TicketState[]; verb: string }> = {
  accept: { who: 'secretary', from: ['submitted'], verb: '受理' },
  reject: { who: 'secretary', from: ['submitted'], verb: '不予受理' },
  resolve_locally: { who: 'secretary', from: ['submitted'], verb: '社区直接办结' },
  whistle: { who: 'secretary', from: ['accepted'], verb: '吹哨派单' },
  acknowledge: { who: 'assigned_liaison', from: WORKING, verb: '报到' },
  progress: { who: 'lead_liaison', from: ['acknowledged', 'in_progress'], verb: '反馈进展' },
  resolve: { who: 'lead_liaison', from: ['acknowledged', 'in_progress'], verb: '办结' },
  request_transfer: { who: 'lead_liaison', from: WORKING, verb: '申请转派' },
  verify: { who: 'secretary', from: ['resolved'], verb: '核验' },
  rate: { who: 'submitter', from: ['verified'], verb: '评价' },
  remind_ack: { who: 'system', from: WORKING, verb: '催报到' },
  escalate_ack: { who: 'system', from: WORKING, verb: '报到超时督办' },
  remind_resolve: { who: 'system', from: WORKING, verb: '催办结' },
  escalate_resolve: { who: 'system', from: WORKING, verb: '办结超时督办' },
  remind_rate: { who: 'system', from: ['verified'], verb: '提醒评价' },
  auto_close: { who: 'system', from: ['verified'], verb: '默认满意关闭' },
}

export interface Transition {
  /** the fields that change (undefined removes a field); write with version + 1 and the entry pushed */
  patch: Partial<TicketDoc>
  entry: TimelineEntry
  /** the ticket after the write */
  next: TicketDoc
}

const HOUR = 3_600_000
const DAY = 24 * HOUR

const at = (iso: string) => Date.parse(iso)
const plus = (now: Date, ms: number) => new Date(now.getTime() + ms).toISOString()
/** a reminder falls when three quarters of the window have passed */
const remindAt = (now: Date, ms: number) => plus(now, Math.round(ms * 0.75))

export function isSystem(actor: Actor): actor is typeof SYSTEM {
  return 'system' in actor
}

export function leadOf(t: Pick<TicketDoc, 'departments'>): Assignment | undefined {
  return t.departments.find((d) => d.role === 'lead')
}

function authorize(t: TicketDoc, actor: Actor, who: Who): EntryRole {
  if (who === 'system') {
    if (!isSystem(actor)) fail('FORBIDDEN', '这一步由系统按时限自动办理')
    return 'system'
  }
  if (isSystem(actor)) fail('FORBIDDEN', '系统不能代替人办理这一步')
  const liaisonOf = (ids: string[]) => actor.roles.includes('liaison') && !!actor.departmentId && ids.includes(actor.departmentId)
  switch (who) {
    case 'secretary':
      if (!actor.roles.includes('secretary') || !(actor.secretaryOf ?? [actor.communityId]).includes(t.communityId)) fail('FORBIDDEN', '只有本社区书记可以办理这一步')
      return 'secretary'
    case 'assigned_liaison':
      if (!liaisonOf(t.departmentIds)) fail('FORBIDDEN', '这张工单没有派给您所在的部门')
      return 'liaison'
    case 'lead_liaison': {
      const lead = leadOf(t)
      if (!liaisonOf(lead ? [lead.departmentId] : [])) fail('FORBIDDEN', '只有牵头部门的联络员可以办理这一步')
      return 'liaison'
    }
    case 'submitter':
      if (actor.openid !== t.submitter) fail('FORBIDDEN', '只有提出诉求的人可以评价')
      return 'resident'
  }
}

function flagged(t: TicketDoc, flag: string) {
  return t.flags.includes(flag)
}

function unacked(t: TicketDoc, departmentId: string): Assignment {
  const a = t.departments.find((d) => d.departmentId === departmentId)
  if (!a) fail('NOT_FOUND', '这张工单没有派给这个部门')
  if (a.acknowledgedAt) fail('ALREADY_DONE', '该部门已经报到')
  return a
}

function due(now: Date, when: string | undefined, strictlyAfter: boolean) {
  if (!when || (strictlyAfter ? now.getTime() <= at(when) : now.getTime() < at(when))) fail('TOO_EARLY', '还没到时间')
}

function resolveWindow(t: TicketDoc, now: Date, s: DeadlineSettings) {
  const ms = s.resolveDays[t.priority ?? 'normal'] * DAY
  return { resolveDeadline: plus(now, ms), resolveRemindAt: remindAt(now, ms) }
}

/** The state-specific part of a transition: which fields change and what the entry says. */
function step(t: TicketDoc, c: Command, now: Date, s: DeadlineSettings, actor: Actor): [Partial<TicketDoc>, Partial<TimelineEntry>] {
  const nowIso = now.toISOString()
  const mine = !isSystem(actor) ? actor.departmentId : undefined
  switch (c.action) {
    case 'accept':
      return [{ state: 'accepted' }, { note: c.note }]
    case 'reject':
      return [{ state: 'rejected', reason: c.reason, closedAt: nowIso }, { note: c.reason }]
    case 'resolve_locally':
      return [{ state: 'resolved', resolvedAt: nowIso }, { note: c.note }]
    case 'whistle': {
      const co = [...new Set(c.coDepartmentIds)].filter((d) => d !== c.leadDepartmentId)
      const ackMs = s.ackHours[c.priority] * HOUR
      const assign = (departmentId: string, role: Assignment['role']): Assignment => ({
        departmentId,
        role,
        assignedAt: nowIso,
        ackDeadline: plus(now, ackMs),
        ackRemindAt: remindAt(now, ackMs),
      })
      const departments = [assign(c.leadDepartmentId, 'lead'), ...co.map((d) => assign(d, 'co'))]
      return [
        { state: 'dispatched', priority: c.priority, departments, dispatchedAt: nowIso, flags: [], reason: undefined, ...resolveWindow({ ...t, priority: c.priority }, now, s) },
        { note: c.note, departmentIds: departments.map((d) => d.departmentId), deadline: departments[0].ackDeadline },
      ]
    }
    case 'acknowledge': {
      unacked(t, mine!)
      const departments = t.departments.map((d) => (d.departmentId === mine ? { ...d, acknowledgedAt: nowIso } : d))
      const lead = leadOf(t)?.departmentId === mine
      return [{ departments, ...(lead && t.state === 'dispatched' ? { state: 'acknowledged' as const } : {}) }, { departmentId: mine }]
    }
    case 'progress':
      return [{ state: 'in_progress' }, { note: c.note, images: c.images, departmentId: mine }]
    case 'resolve':
      return [{ state: 'resolved', resolvedAt: nowIso }, { note: c.summary, images: c.images, departmentId: mine }]
    case 'request_transfer':
      return [
        {
          state: 'accepted',
          departments: [],
          transferredFrom: [...new Set([...t.transferredFrom, ...t.departmentIds])],
          reason: c.reason,
          flags: [],
          resolveDeadline: undefined,
          resolveRemindAt: undefined,
        },
        { note: c.reason, departmentId: mine },
      ]
    case 'verify': {
      if (c.accept) {
        const closeMs = s.autoCloseDays * DAY
        return [{ state: 'verified', verifiedAt: nowIso, closeAt: plus(now, closeMs), rateRemindAt: plus(now, closeMs - 2 * DAY) }, { action: 'verify_accept' }]
      }
      if (!c.reason) fail('INVALID_INPUT', '核验不通过时请写明原因')
      const back: TicketState = leadOf(t) ? 'in_progress' : 'accepted'
      return [
        {
          state: back,
          reopenCount: t.reopenCount + 1,
          resolvedAt: undefined,
          reason: c.reason,
          flags: t.flags.filter((f) => !f.endsWith('-resolve')),
          ...(back === 'in_progress' ? resolveWindow(t, now, s) : {}),
        },
        { action: 'verify_reject', note: c.reason },
      ]
    }
    case 'rate':
      return [{ state: 'closed', closedAt: nowIso, rating: { score: c.score, comment: c.comment, at: nowIso } }, { note: c.comment, score: c.score }]
    case 'remind_ack':
    case 'escalate_ack': {
      const a = unacked(t, c.departmentId)
      const escalate = c.action === 'escalate_ack'
      const flag = `${escalate ? 'overdue' : 'remind'}-ack:${c.departmentId}`
      if (flagged(t, flag)) fail('ALREADY_DONE', '已经处理过了')
      due(now, escalate ? a.ackDeadline : a.ackRemindAt, escalate)
      const flags = [...t.flags, flag, ...(escalate && !flagged(t, `remind-ack:${c.departmentId}`) ? [`remind-ack:${c.departmentId}`] : [])]
      return [{ flags }, { departmentId: c.departmentId }]
    }
    case 'remind_resolve':
    case 'escalate_resolve': {
      const escalate = c.action === 'escalate_resolve'
      const flag = escalate ? 'overdue-resolve' : 'remind-resolve'
      if (flagged(t, flag)) fail('ALREADY_DONE', '已经处理过了')
      due(now, escalate ? t.resolveDeadline : t.resolveRemindAt, escalate)
      const flags = [...new Set([...t.flags, flag, 'remind-resolve'])]
      return [{ flags }, { departmentId: leadOf(t)?.departmentId }]
    }
    case 'remind_rate':
      if (flagged(t, 'remind-rate')) fail('ALREADY_DONE', '已经提醒过了')
      due(now, t.rateRemindAt, false)
      return [{ flags: [...t.flags, 'remind-rate'] }, {}]
    case 'auto_close':
      due(now, t.closeAt, false)
      return [{ state: 'closed', closedAt: nowIso, satisfiedByDefault: true }, {}]
  }
}

/**
 * Applies command `c` by `actor` to ticket `t` at `now`. Throws FORBIDDEN (wrong role, community
 * or department), CONFLICT (wrong state), ALREADY_DONE or TOO_EARLY; otherwise answers the patch.
 */
export function transition(t: TicketDoc, actor: Actor, c: Command, now: Date, settings: DeadlineSettings): Transition {
  const rule = RULES[c.action]
  const role = authorize(t, actor, rule.who)
  if (!rule.from.includes(t.state)) {
    fail('CONFLICT', `工单当前状态为「${STATE_NAMES[t.state]}」，不能${rule.verb}`, { state: t.state })
  }
  const [changes, detail] = step(t, c, now, settings, actor)
  const merged = { ...t, ...changes }
  const departmentIds = merged.departments.map((d) => d.departmentId)
  const patch: Partial<TicketDoc> = {
    ...changes,
    departmentIds,
    dueAt: dueAt(merged),
    sweepAt: sweepAt(merged),
    updatedAt: now.toISOString(),
  }
  const entry = clean({
    at: now.toISOString(),
    by: isSystem(actor) ? 'system' : actor.openid,
    // a resident's name lives on the ticket (submitterName) only, so deleting it leaves no copy behind
    byName: isSystem(actor) || role === 'resident' ? undefined : actor.name,
    role,
    action: c.action,
    ...detail,
  } as TimelineEntry)
  const next = { ...t, ...patch, version: t.version + 1, timeline: [...t.timeline, entry] }
  return { patch, entry, next }
}

function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}

const earliest = (times: (string | undefined)[]) =>
  times.filter((x): x is string => !!x).reduce((a, b) => (a < b ? a : b), NO_DEADLINE)

const pendingAcks = (t: Pick<TicketDoc, 'departments'>) => t.departments.filter((d) => !d.acknowledgedAt)

/** The nearest deadline of the step the ticket waits on (lists sort by it). */
export function dueAt(t: Pick<TicketDoc, 'state' | 'departments' | 'resolveDeadline' | 'closeAt'>): string {
  if (WORKING.includes(t.state)) return earliest([...pendingAcks(t).map((d) => d.ackDeadline), t.resolveDeadline])
  if (t.state === 'verified') return earliest([t.closeAt])
  return NO_DEADLINE
}

const justAfter = (iso: string | undefined) => (iso ? new Date(at(iso) + 1).toISOString() : undefined)

/** The next instant the sweeper has something to do for t. */
export function sweepAt(t: TicketDoc): string {
  const has = (f: string) => t.flags.includes(f)
  if (WORKING.includes(t.state)) {
    return earliest([
      ...pendingAcks(t).flatMap((d) => [
        has(`remind-ack:${d.departmentId}`) ? undefined : d.ackRemindAt,
        has(`overdue-ack:${d.departmentId}`) ? undefined : justAfter(d.ackDeadline),
      ]),
      has('remind-resolve') ? undefined : t.resolveRemindAt,
      has('overdue-resolve') ? undefined : justAfter(t.resolveDeadline),
    ])
  }
  if (t.state === 'verified') return earliest([has('remind-rate') ? undefined : t.rateRemindAt, t.closeAt])
  return NO_DEADLINE
}

/** What the sweeper must do for t at now (an overdue step skips its reminder). */
export function dueSweeps(t: TicketDoc, now: Date): Command[] {
  const n = now.getTime()
  const has = (f: string) => t.flags.includes(f)
  const out: Command[] = []
  if (WORKING.includes(t.state)) {
    for (const d of pendingAcks(t)) {
      if (n > at(d.ackDeadline)) {
        if (!has(`overdue-ack:${d.departmentId}`)) out.push({ action: 'escalate_ack', departmentId: d.departmentId })
      } else if (n >= at(d.ackRemindAt) && !has(`remind-ack:${d.departmentId}`)) {
        out.push({ action: 'remind_ack', departmentId: d.departmentId })
      }
    }
    if (t.resolveDeadline && n > at(t.resolveDeadline)) {
      if (!has('overdue-resolve')) out.push({ action: 'escalate_resolve' })
    } else if (t.resolveRemindAt && n >= at(t.resolveRemindAt) && !has('remind-resolve')) {
      out.push({ action: 'remind_resolve' })
    }
  }
  if (t.state === 'verified') {
    if (t.closeAt && n >= at(t.closeAt)) out.push({ action: 'auto_close' })
    else if (t.rateRemindAt && n >= at(t.rateRemindAt) && !has('remind-rate')) out.push({ action: 'remind_rate' })
  }
  return out
}

export type OverdueStep = { step: 'ack'; departmentId: string } | { step: 'resolve' }

/** The steps of t that are past their deadline at now. */
export function overdueSteps(t: Pick<TicketDoc, 'state' | 'departments' | 'resolveDeadline'>, now: Date): OverdueStep[] {
  if (!WORKING.includes(t.state)) return []
  const n = now.getTime()
  const out: OverdueStep[] = pendingAcks(t)
    .filter((d) => n > at(d.ackDeadline))
    .map((d) => ({ step: 'ack' as const, departmentId: d.departmentId }))
  if (t.resolveDeadline && n > at(t.resolveDeadline)) out.push({ step: 'resolve' })
  return out
}

/** A new ticket as submitted (state `submitted`, version 0, the first timeline entry). */
export function newTicket(
  fields: Pick<TicketDoc, '_id' | 'communityId' | 'title' | 'description' | 'category' | 'location' | 'images' | 'submitter' | 'submitterName'>,
  now: Date,
): TicketDoc {
  const nowIso = now.toISOString()
  return {
    ...clean(fields),
    state: 'submitted',
    version: 0,
    departments: [],
    departmentIds: [],
    transferredFrom: [],
    dueAt: NO_DEADLINE,
    sweepAt: NO_DEADLINE,
    flags: [],
    reopenCount: 0,
    createdAt: nowIso,
    updatedAt: nowIso,
    timeline: [{ at: nowIso, by: fields.submitter, role: 'resident', action: 'submit' }],
  }
}
