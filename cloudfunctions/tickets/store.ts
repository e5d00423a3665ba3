/** Loading tickets and applying the state machine with optimistic concurrency. */
import { AppError, fail } from '../../src/domain/errors'
import { transition, type Actor, type Command } from '../../src/domain/tickets/machine'
import { DEFAULT_SETTINGS, type DeadlineSettings, type TicketDoc, type TimelineEntry } from '../../src/domain/tickets/model'
import { op, type Store } from '../_store/port'
import type { Caller, Clock } from '../_runtime/types'

export const TICKETS = 'tickets'
export const FOLLOWS = 'ticket_follows'
export const SETTINGS = 'ticket_settings'
export const ROUTES = 'routing_rules'

export interface DepartmentDoc {
  _id: string
  name: string
  short: string
  duty: string
  head: string
  headOpenid: string
  [k: string]: unknown
}

export const followId = (ticketId: string, openid: string) => `${ticketId}:${openid}`

export function actorOf(caller: Caller): Actor {
  return { openid: caller.openid, roles: caller.roles, communityId: caller.communityId, departmentId: caller.departmentId, name: caller.name }
}

export async function loadTicket(store: Store, id: string): Promise<TicketDoc> {
  const t = await store.get<TicketDoc>(TICKETS, id)
  if (!t) fail('NOT_FOUND', '没有找到这张工单')
  return t
}

export async function loadSettings(store: Store): Promise<DeadlineSettings> {
  const doc = await store.get(SETTINGS, 'main')
  if (!doc) return DEFAULT_SETTINGS
  const { ackHours, resolveDays, autoCloseDays } = doc as unknown as DeadlineSettings
  return { ackHours, resolveDays, autoCloseDays }
}

const ATTEMPTS = 10

/**
 * Applies a command: the new state, version + 1 and the timeline entry in one conditional write
 * on the state and version that were read. When someone else wrote first, reads again and lets
 * the machine decide anew (so a second 报到 of one department answers ALREADY_DONE).
 */
export async function applyCommand(store: Store, clock: Clock, id: string, actor: Actor, command: Command): Promise<{ ticket: TicketDoc; entry: TimelineEntry }> {
  const settings = await loadSettings(store)
  for (let i = 0; i < ATTEMPTS; i++) {
    const t = await loadTicket(store, id)
    const { patch, entry, next } = transition(t, actor, command, clock.now(), settings)
    const changed = await store.update(TICKETS, id, { ...patch, version: t.version + 1, timeline: op.push(entry) }, { where: { state: t.state, version: t.version } })
    if (changed === 1) return { ticket: next, entry }
  }
  fail('CONFLICT', '同时办理的人太多，请刷新后重试')
}

export function departmentsById(store: Store, ids: string[]): Promise<Map<string, DepartmentDoc>> {
  return store.getMany<DepartmentDoc>('departments', ids)
}

/** the most departments (district and street) one deployment has */
const MAX_DEPARTMENTS = 500
/** the most people holding one role in one department or community, who all hear of a step */
export const MAX_ROLE_HOLDERS = 1000

/** Every department, by id (a short list). */
export async function allDepartments(store: Store): Promise<Map<string, DepartmentDoc>> {
  const all = await store.queryAll<DepartmentDoc>('departments', {}, { max: MAX_DEPARTMENTS })
  return new Map(all.map((d) => [d._id, d]))
}

/** Writes a whole settings-like document, creating it the first time. */
export async function upsert(store: Store, coll: string, id: string, fields: Record<string, unknown>): Promise<void> {
  if ((await store.update(coll, id, fields)) === 1) return
  try {
    await store.insert(coll, { _id: id, ...fields })
  } catch (e) {
    if (!(e instanceof AppError && e.code === 'CONFLICT')) throw e
    await store.update(coll, id, fields)
  }
}
