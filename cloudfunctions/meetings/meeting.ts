/**
 * Meeting documents, their topics and seconds, how they read per viewer, and `moveMeeting`: every
 * state change of a meeting through the one `applyTransition`, with notices to invitees as effects.
 */
import type { MeetingItem, MeetingView, PersonInput } from '../../src/domain/contracts/meetings'
import { fail } from '../../src/domain/errors'
import type { TimelineEntry } from '../../src/domain/machine'
import {
  INVITEE_KIND_NAMES,
  isOrganizer,
  KIND_NAMES,
  MEETING_MACHINE,
  meetingMove,
  openMoves,
  recordOpen,
  topicWindowOpen,
  type Decision,
  type InviteeKind,
  type MeetingKind,
  type MeetingMove,
  type MeetingState,
} from '../../src/domain/meetings/rules'
import { maskName, publicName } from '../../src/domain/privacy'
import type { MemberDoc } from '../_runtime/identity'
import { applyTransition, type Applied, type Move } from '../_runtime/transition'
import type { Ctx, Notice } from '../_runtime/types'

export const MEETINGS = 'meetings'
export const TOPICS = 'meeting_topics'
export const SECONDS = 'meeting_seconds'
/** the most topics one meeting collects */
export const MAX_TOPICS = 200

export interface Person {
  kind: InviteeKind
  name: string
  openid?: string
}

export interface AgendaItem {
  title: string
  topicId?: string
}

export interface MeetingDoc {
  _id: string
  communityId: string
  kind: MeetingKind
  title: string
  startAt: string
  place: string
  agenda: AgendaItem[]
  invitees: Person[]
  /** top-level copy of invitees[].openid, for queries */
  inviteeIds: string[]
  attendance: Person[]
  minutes?: string
  decisions: Decision[]
  /** the number of the next decision id (d1, d2 …) */
  nextDecision: number
  state: MeetingState
  version: number
  organizer: string
  organizerName: string
  cancelReason?: string
  createdAt: string
  updatedAt: string
  timeline: TimelineEntry[]
  [k: string]: unknown
}

export interface TopicDoc {
  _id: string
  meetingId: string
  communityId: string
  title: string
  detail: string
  by: string
  byName: string
  seconds: number
  onAgenda: boolean
  createdAt: string
  [k: string]: unknown
}

export const NOT_FOUND = '没有找到这次会议'

export function entryOf(ctx: Ctx, action: string, note?: string): TimelineEntry {
  return { at: ctx.clock.now().toISOString(), by: ctx.caller.openid, byName: ctx.caller.name ?? '社区工作人员', action, ...(note ? { note } : {}) }
}

/** The meeting in the caller's community, or NOT_FOUND (another community's is not there for them). */
export async function loadMeeting(ctx: Ctx, id: string): Promise<MeetingDoc> {
  const m = await ctx.store.get<MeetingDoc>(MEETINGS, id)
  if (!m || m.communityId !== ctx.caller.communityId) fail('NOT_FOUND', NOT_FOUND)
  return m
}

/**
 * One move of a meeting: the machine checks who and from which state, `build` (pure, on the
 * document as it is now) answers what changes; applyTransition writes it with its entry and notices.
 */
export function moveMeeting(ctx: Ctx, id: string, move: MeetingMove, build: (m: MeetingDoc) => Omit<Move, 'to' | 'entry'> & { entry?: TimelineEntry }): Promise<Applied<MeetingDoc>> {
  return applyTransition<MeetingDoc>(
    ctx,
    {
      coll: MEETINGS,
      notFound: NOT_FOUND,
      visible: (m) => m.communityId === ctx.caller.communityId,
      decide: (m) => {
        const to = meetingMove(move, m.state, ctx.caller.roles)
        const { entry, ...rest } = build(m)
        return { to, entry: entry ?? entryOf(ctx, move), ...rest }
      },
    },
    id,
  )
}

/** Members of the caller's community named as invitees or attendees get their names from their profile; others must name themselves. */
export async function resolvePeople(ctx: Ctx, given: readonly PersonInput[]): Promise<Person[]> {
  const ids = [...new Set(given.flatMap((p) => (p.openid ? [p.openid] : [])))]
  const members = await ctx.store.getMany<MemberDoc>('members', ids)
  const seen = new Set<string>()
  const out: Person[] = []
  for (const p of given) {
    if (p.openid) {
      const m = members.get(p.openid)
      if (!m || m.communityId !== ctx.caller.communityId) fail('NOT_FOUND', '有一位参会人不是本社区的成员')
      if (seen.has(p.openid)) continue
      seen.add(p.openid)
      out.push({ kind: p.kind, name: (m.name as string | undefined) ?? p.name ?? '居民', openid: p.openid })
    } else {
      const name = p.name!.trim()
      if (seen.has(`name:${name}`)) continue
      seen.add(`name:${name}`)
      out.push({ kind: p.kind, name })
    }
  }
  return out
}

export const idsOf = (people: readonly Person[]) => people.flatMap((p) => (p.openid ? [p.openid] : []))

const page = (id: string) => `/packages/meetings/pages/detail/index?id=${encodeURIComponent(id)}`

/** One notice per invitee with an openid; the id makes a retried move tell nobody twice. */
export function inviteNotices(m: Pick<MeetingDoc, '_id' | 'kind' | 'title'>, to: readonly string[], key: string, title: string, body: string): Notice[] {
  return to.map((openid) => ({
    id: `meeting:${m._id}:${key}:${openid}`,
    to: openid,
    template: 'meeting',
    title: `【${KIND_NAMES[m.kind]}】${title}`.slice(0, 40),
    body: body.slice(0, 200),
    page: page(m._id),
  }))
}

export function itemOf(m: MeetingDoc): MeetingItem {
  return {
    id: m._id,
    kind: m.kind,
    kindName: KIND_NAMES[m.kind],
    title: m.title,
    startAt: m.startAt,
    place: m.place,
    state: m.state,
    stateName: MEETING_MACHINE.names[m.state],
    inviteeCount: m.invitees.length,
  }
}

/** Organizers see names and openids; others see members' names masked and units' names in full. */
function personView(p: Person, organizer: boolean) {
  const name = p.openid && !organizer ? (maskName(p.name) ?? '居民') : p.name
  return { kind: p.kind, kindName: INVITEE_KIND_NAMES[p.kind], name, ...(organizer && p.openid ? { openid: p.openid } : {}) }
}

export function viewOf(ctx: Ctx, m: MeetingDoc, topics: TopicDoc[], seconded: Set<string>): MeetingView {
  const organizer = isOrganizer(ctx.caller.roles)
  const now = ctx.clock.now()
  return {
    ...itemOf(m),
    agenda: m.agenda,
    invitees: m.invitees.map((p) => personView(p, organizer)),
    attendance: m.attendance.map((p) => personView(p, organizer)),
    minutes: m.minutes,
    decisions: m.decisions.map((d) => ({ id: d.id, text: d.text, ticketId: d.ticketId, noticeId: d.noticeId })),
    topics: topics.map((t) => ({
      id: t._id,
      title: t.title,
      detail: t.detail,
      byName: organizer || t.by === ctx.caller.openid ? t.byName : publicName(t.byName),
      seconds: t.seconds,
      secondedByMe: seconded.has(t._id),
      mine: t.by === ctx.caller.openid,
      onAgenda: t.onAgenda,
      createdAt: t.createdAt,
    })),
    topicsOpen: topicWindowOpen(m, now),
    recordOpen: recordOpen(m, now),
    organizerName: m.organizerName,
    cancelReason: m.cancelReason,
    can: openMoves(m.state, ctx.caller.roles),
  }
}
