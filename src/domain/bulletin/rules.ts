/**
 * Bulletin rules (社区公告、党务居务公开): categories, who sees a notice, when it expires,
 * which grid a person lives in, and the one state change a notice has (published → archived).
 * Pure: no I/O, no wall clock — callers pass `now`.
 */
import type { Role } from '../roles'

export const CATEGORIES = ['通知公告', '党务公开', '居务公开', '活动预告', '志愿招募', '办事指南'] as const
export type Category = (typeof CATEGORIES)[number]

export const NOTICE_STATES = ['published', 'archived'] as const
export type NoticeState = (typeof NOTICE_STATES)[number]

/** The audience value of a notice for the whole community; otherwise it holds a grid id. */
export const WHOLE_COMMUNITY = 'community'

/** A notice without expiry is stored with this instant, so "not expired" is one range condition. */
export const NEVER = '9999-12-31T23:59:59.999Z'

/** Roles that publish, archive and see every notice of their community. */
export const EDITOR_ROLES: readonly Role[] = ['secretary', 'staff']

export interface NoticeView {
  communityId: string
  status: NoticeState
  audience: string
  expiresAt: string
  author: string
}

export interface Viewer {
  openid: string
  roles: readonly Role[]
  communityId: string
  /** the grid the viewer lives in, if known */
  gridId?: string
}

export function isEditor(roles: readonly Role[]): boolean {
  return roles.some((r) => EDITOR_ROLES.includes(r))
}

export function isExpired(n: Pick<NoticeView, 'expiresAt'>, now: Date): boolean {
  return n.expiresAt <= now.toISOString()
}

/** Audiences a resident's list shows: the whole community and their own grid. */
export function audiencesFor(gridId: string | undefined): string[] {
  return gridId ? [WHOLE_COMMUNITY, gridId] : [WHOLE_COMMUNITY]
}

/**
 * Editors of the community see every notice in it, archived and expired ones included.
 * Everyone else sees published, unexpired notices for the whole community or their grid.
 */
export function canSee(n: NoticeView, v: Viewer, now: Date): boolean {
  if (n.communityId !== v.communityId) return false
  if (isEditor(v.roles)) return true
  return n.status === 'published' && !isExpired(n, now) && audiencesFor(v.gridId).includes(n.audience)
}

/** A read counts once per person, and the author's own reads do not count. */
export function countsAsRead(n: Pick<NoticeView, 'author'>, openid: string): boolean {
  return n.author !== openid
}

/** The deterministic id of one person's read of one notice. */
export function readId(noticeId: string, openid: string): string {
  return `${noticeId}:${openid}`
}

/** Expiry given by a publisher: absent → never; otherwise it must lie in the future. */
export function expiryOf(expiresAt: string | undefined, now: Date): { ok: true; value: string } | { ok: false } {
  if (expiresAt === undefined) return { ok: true, value: NEVER }
  const t = Date.parse(expiresAt)
  if (!(t > now.getTime())) return { ok: false }
  return { ok: true, value: new Date(t).toISOString() }
}

export interface GridView {
  _id: string
  buildings: readonly string[]
}

/**
 * The grid a person lives in: their recorded gridId, else the grid whose building their address
 * starts with ("3幢2单元502" lives in the grid that holds "3幢"; "10幢" is not "1幢").
 */
export function gridOf(person: { gridId?: string; building?: string }, grids: readonly GridView[]): string | undefined {
  if (person.gridId) return person.gridId
  const b = person.building?.trim()
  if (!b) return undefined
  for (const g of grids) {
    for (const name of g.buildings) if (b.startsWith(name)) return g._id
  }
  return undefined
}

export type NoticeAction = 'archive'

const TRANSITIONS: Record<NoticeAction, { from: NoticeState; to: NoticeState }> = {
  archive: { from: 'published', to: 'archived' },
}

/** Whether `roles` may take `action` on a notice in `state`; answers the new state or why not. */
export function nextState(
  action: NoticeAction,
  state: NoticeState,
  roles: readonly Role[],
): { ok: true; to: NoticeState } | { ok: false; reason: 'FORBIDDEN' | 'ALREADY_DONE' } {
  if (!isEditor(roles)) return { ok: false, reason: 'FORBIDDEN' }
  const t = TRANSITIONS[action]
  if (state !== t.from) return { ok: false, reason: 'ALREADY_DONE' }
  return { ok: true, to: t.to }
}

/** Body text as paragraphs: blank lines (or single line breaks) separate them, empty ones dropped. */
export function paragraphs(body: string): string[] {
  return body
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
}

/** A short plain-text summary for list cards. */
export function excerpt(body: string, max = 60): string {
  const flat = paragraphs(body).join(' ')
  return flat.length > max ? `${flat.slice(0, max)}…` : flat
}

/** What a keyword search looks in: title and body, lower-cased. */
export function searchText(title: string, body: string): string {
  return `${title}\n${body}`.toLowerCase()
}
