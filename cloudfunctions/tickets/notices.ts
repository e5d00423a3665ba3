/**
 * Who hears about each step of a ticket, and what they are told. Read before the step's
 * transaction; the notices are written with the step (subscribe messages on WeChat, the outbox locally).
 */
import { leadOf } from '../../src/domain/tickets/machine'
import type { TicketDoc, TimelineEntry } from '../../src/domain/tickets/model'
import { describeEntry } from '../../src/domain/tickets/timeline'
import type { MemberDoc } from '../_runtime/identity'
import type { MoveCtx } from '../_runtime/transition'
import type { Notice } from '../_runtime/types'
import type { Store } from '../_store/port'
import { departmentsById, MAX_ROLE_HOLDERS } from './departments'
import { FOLLOWS } from './load'

/** the most people following one ticket */
const MAX_FOLLOWERS = 20_000

export const STREET_OFFICE = 'dept-street'


async function secretaries(store: Store, communityId: string): Promise<string[]> {
  const all = await store.queryAll<MemberDoc>('members', { where: { communityId, roles: { $has: 'secretary' } } }, { max: MAX_ROLE_HOLDERS })
  return all.map((m) => m._id)
}

async function residents(store: Store, t: TicketDoc): Promise<string[]> {
  const follows = await store.queryAll(FOLLOWS, { where: { ticketId: t._id } }, { max: MAX_FOLLOWERS })
  return [t.submitter, ...follows.map((f) => f.openid as string)]
}

async function heads(store: Store, departmentId: string | undefined): Promise<string[]> {
  const depts = await departmentsById(store, [...(departmentId ? [departmentId] : []), STREET_OFFICE])
  return [...depts.values()].map((d) => d.headOpenid)
}

/** The people to tell about `entry` on ticket `t` (the ticket after the step). */
async function recipients(ctx: MoveCtx, t: TicketDoc, e: TimelineEntry): Promise<string[]> {
  const store = ctx.store
  // the liaisons answering for the ticket's community, wherever they live
  const liaisons = (departmentIds: string[]) => ctx.services.liaisonsFor(departmentIds, t.communityId)
  const lead = leadOf(t)?.departmentId
  switch (e.action) {
    case 'submit':
    case 'request_transfer':
      return secretaries(store, t.communityId)
    case 'whistle':
      return [...(await liaisons(t.departmentIds)), ...(await residents(store, t))]
    case 'resolve':
      return [...(await secretaries(store, t.communityId)), ...(await residents(store, t))]
    case 'verify_reject':
    case 'rate':
    case 'auto_close':
      return [...(lead ? await liaisons([lead]) : []), ...(e.action === 'auto_close' ? [t.submitter] : [])]
    case 'remind_ack':
      return liaisons([e.departmentId!])
    case 'remind_resolve':
      return liaisons(lead ? [lead] : [])
    case 'escalate_ack':
    case 'escalate_resolve':
      return [...(await liaisons(e.departmentId ? [e.departmentId] : [])), ...(await heads(store, e.departmentId))]
    case 'remind_rate':
      return [t.submitter]
    default:
      return residents(store, t)
  }
}

/** The notices of step `e` on ticket `t` (the ticket after the step); nobody is told of their own step. */
export async function stepNotices(ctx: MoveCtx, t: TicketDoc, e: TimelineEntry): Promise<Notice[]> {
  const store = ctx.store
  const to = new Set(await recipients(ctx, t, e))
  to.delete(e.by)
  if (to.size === 0) return []
  const depts = await departmentsById(store, [...t.departmentIds, ...(e.departmentIds ?? []), ...(e.departmentId ? [e.departmentId] : [])])
  const name = (id: string) => depts.get(id)?.name ?? id
  const escalation = e.action.startsWith('escalate')
  return [...to].map((person) => ({
    to: person,
    template: escalation ? 'ticket_escalation' : 'ticket_update',
    title: `${escalation ? '【督办】' : ''}${t.title}`,
    body: describeEntry(e, name),
    page: `/packages/tickets/pages/detail/index?id=${t._id}`,
  }))
}
