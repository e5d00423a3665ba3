/**
 * 议事协商 (圆桌会、议事会、联席会议): the meeting's states and moves as a machine, when residents
 * may still propose topics, when staff may record, and how decisions keep their links. Pure.
 */
import { checkMove, movesOpen, type MachineDef } from '../machine'
import type { Role } from '../roles'

export const KINDS = ['roundtable', 'council', 'joint'] as const
export type MeetingKind = (typeof KINDS)[number]
export const KIND_NAMES: Record<MeetingKind, string> = { roundtable: '圆桌会', council: '议事会', joint: '联席会议' }

export const INVITEE_KINDS = ['unit', 'committee', 'resident', 'staff'] as const
export type InviteeKind = (typeof INVITEE_KINDS)[number]
export const INVITEE_KIND_NAMES: Record<InviteeKind, string> = { unit: '成员单位', committee: '兼职委员', resident: '居民代表', staff: '社区工作人员' }

export const STATES = ['scheduled', 'held', 'closed', 'cancelled'] as const
export type MeetingState = (typeof STATES)[number]

/** What a decision becomes: a ticket (诉求) or a notice (公告). 'project' (项目) is planned, not built. */
export const DECISION_TARGETS = ['ticket', 'notice'] as const
export type DecisionTarget = (typeof DECISION_TARGETS)[number]

export type MeetingMove = 'edit' | 'agenda' | 'record' | 'close' | 'cancel' | 'convert'
/** organizer: a secretary or social worker of the meeting's community */
export type MeetingWho = 'organizer'

export const ORGANIZER_ROLES: Role[] = ['secretary', 'staff']
export const isOrganizer = (roles: readonly Role[]) => roles.some((r) => ORGANIZER_ROLES.includes(r))

export const MEETING_MACHINE: MachineDef<MeetingState, MeetingMove, MeetingWho> = {
  noun: '会议',
  names: { scheduled: '待召开', held: '已召开', closed: '已结束', cancelled: '已取消' },
  moves: {
    edit: { from: ['scheduled'], who: ['organizer'], wrongState: '会议已召开或已取消，不能再修改安排', notAllowed: '只有社区书记和社工可以修改会议安排' },
    agenda: { from: ['scheduled'], who: ['organizer'], wrongState: '会议已召开或已取消，议程不能再调整', notAllowed: '只有社区书记和社工可以调整议程' },
    record: { from: ['scheduled', 'held'], to: 'held', who: ['organizer'], wrongState: '会议已结束或已取消，不能再记录', notAllowed: '只有社区书记和社工可以记录会议' },
    close: { from: ['held'], to: 'closed', who: ['organizer'], wrongState: '只有已召开的会议可以结束归档', notAllowed: '只有社区书记和社工可以结束会议' },
    cancel: { from: ['scheduled'], to: 'cancelled', who: ['organizer'], wrongState: '只有待召开的会议可以取消', notAllowed: '只有社区书记和社工可以取消会议' },
    convert: { from: ['held', 'closed'], who: ['organizer'], wrongState: '会议召开并记录决议后，才能把决议转为诉求或公告', notAllowed: '只有社区书记和社工可以转办决议' },
  },
}

export function meetingMove(move: MeetingMove, state: MeetingState, roles: readonly Role[]): MeetingState {
  return checkMove(MEETING_MACHINE, move, state, () => isOrganizer(roles))
}

export function openMoves(state: MeetingState, roles: readonly Role[]): MeetingMove[] {
  return movesOpen(MEETING_MACHINE, state, () => isOrganizer(roles))
}

/** Residents propose and second topics while the meeting is scheduled and has not started. */
export function topicWindowOpen(m: { state: MeetingState; startAt: string }, now: Date): boolean {
  return m.state === 'scheduled' && now.getTime() < Date.parse(m.startAt)
}

/** Recording opens an hour before the start (the meeting is under way or over). */
export const RECORD_LEAD_MS = 60 * 60 * 1000
export function recordOpen(m: { startAt: string }, now: Date): boolean {
  return now.getTime() >= Date.parse(m.startAt) - RECORD_LEAD_MS
}

/** A meeting may be scheduled from 30 days back (补录 one already held) to a year ahead. */
export const SCHEDULE_BACK_DAYS = 30
export const SCHEDULE_AHEAD_DAYS = 366
export function startAtAllowed(startAt: string, now: Date): boolean {
  const t = Date.parse(startAt)
  const day = 24 * 3600 * 1000
  return t >= now.getTime() - SCHEDULE_BACK_DAYS * day && t <= now.getTime() + SCHEDULE_AHEAD_DAYS * day
}

export interface Decision {
  id: string
  text: string
  ticketId?: string
  noticeId?: string
}

export const isConverted = (d: Decision) => !!(d.ticketId || d.noticeId)

/**
 * The decisions after a record: the texts given (an id keeps an existing decision, none adds one
 * as d<n>), refusing to drop or reword one already converted. Answers the list and the next number,
 * or the text of the refusal.
 */
export function mergeDecisions(
  existing: readonly Decision[],
  given: readonly { id?: string; text: string }[],
  nextNo: number,
): { ok: true; decisions: Decision[]; nextNo: number } | { ok: false; message: string } {
  const byId = new Map(existing.map((d) => [d.id, d]))
  const out: Decision[] = []
  let n = nextNo
  for (const g of given) {
    if (g.id) {
      const d = byId.get(g.id)
      if (!d) return { ok: false, message: '有一条决议已不存在，请刷新后重试' }
      if (isConverted(d) && d.text !== g.text) return { ok: false, message: `决议「${d.text.slice(0, 20)}」已转办，不能再修改` }
      out.push({ ...d, text: g.text })
    } else out.push({ id: `d${n++}`, text: g.text })
  }
  const kept = new Set(out.map((d) => d.id))
  const dropped = existing.find((d) => isConverted(d) && !kept.has(d.id))
  if (dropped) return { ok: false, message: `决议「${dropped.text.slice(0, 20)}」已转办，不能删除` }
  return { ok: true, decisions: out, nextNo: n }
}

/** The deterministic ids of what a decision becomes: converting twice finds the first. */
export const decisionTicketId = (meetingId: string, decisionId: string) => `tk-mt-${meetingId}-${decisionId}`.slice(0, 128)
export const decisionNoticeId = (meetingId: string, decisionId: string) => `nt-mt-${meetingId}-${decisionId}`.slice(0, 128)
export const secondId = (topicId: string, openid: string) => `${topicId}:${openid}`
