/** Notice documents, how they read in lists, who is looking, and the one transition function. */
import type { z } from 'zod'
import type { noticeItem } from '../../src/domain/contracts/bulletin'
import {
  audiencesFor,
  excerpt,
  gridOf,
  isEditor,
  nextState,
  NEVER,
  type Category,
  type GridView,
  type NoticeAction,
  type NoticeState,
  type Viewer,
} from '../../src/domain/bulletin/rules'
import { fail } from '../../src/domain/errors'
import type { MemberDoc } from '../_runtime/identity'
import type { Ctx } from '../_runtime/types'
import { op, type Where } from '../_store/port'

export interface HistoryEntry {
  at: string
  by: string
  action: 'publish' | NoticeAction
}

export interface NoticeDoc {
  _id: string
  communityId: string
  title: string
  body: string
  /** lower-cased title and body for keyword search */
  search: string
  category: Category
  pinned: boolean
  urgent: boolean
  /** 'community' or the grid id it is meant for */
  audience: string
  gridId?: string
  images: string[]
  /** NEVER when it does not expire */
  expiresAt: string
  status: NoticeState
  author: string
  authorName: string
  publishedAt: string
  readCount: number
  history: HistoryEntry[]
  updatedAt: string
  [k: string]: unknown
}

export interface GridDoc extends GridView {
  communityId: string
  name: string
  [k: string]: unknown
}

/** the most grids one community has */
const MAX_GRIDS = 500
/** the most people (and so readers of one notice) one community has */
export const MAX_PEOPLE = 20_000

export async function gridsOf(ctx: Pick<Ctx, 'store'>, communityId: string): Promise<GridDoc[]> {
  return ctx.store.queryAll<GridDoc>('grids', { where: { communityId } }, { max: MAX_GRIDS })
}

/** The people a notice is for: its community, or those of it who live in its grid; never the author. */
export async function audienceOf(ctx: Ctx, n: NoticeDoc): Promise<MemberDoc[]> {
  const people = await ctx.store.queryAll<MemberDoc>('members', { where: { communityId: n.communityId } }, { max: MAX_PEOPLE })
  const grids = n.gridId ? await gridsOf(ctx, n.communityId) : []
  return people.filter((m) => m._id !== n.author && (!n.gridId || gridOf(m as { gridId?: string; building?: string }, grids) === n.gridId))
}

/**
 * An urgent notice is sent to everyone in its audience. Each message has the id
 * `notice:{noticeId}:{openid}`, so a retry after a partial failure tells nobody twice.
 */
export async function alertAudience(ctx: Ctx, n: NoticeDoc): Promise<number> {
  const people = await audienceOf(ctx, n)
  for (const m of people) {
    await ctx.services.notify({
      id: `notice:${n._id}:${m._id}`,
      to: m._id,
      template: 'notice_urgent',
      title: `【紧急】${n.title}`.slice(0, 40),
      body: excerpt(n.body),
      page: `/packages/bulletin/pages/detail/index?id=${encodeURIComponent(n._id)}`,
    })
  }
  return people.length
}

/**
 * The caller as the bulletin rules see them: roles, community and the grid they live in. The member
 * document came with the caller; the community's grids are read only when it records a building
 * but no grid (pass them when they are already at hand).
 */
export async function viewerOf(ctx: Ctx, grids?: GridDoc[]): Promise<Viewer> {
  const me = ctx.caller.member as { gridId?: string; building?: string } | undefined
  const needGrids = !!me && !me.gridId && !!me.building?.trim()
  const gridId = me ? gridOf(me, needGrids ? (grids ?? (await gridsOf(ctx, ctx.caller.communityId))) : []) : undefined
  return { openid: ctx.caller.openid, roles: ctx.caller.roles, communityId: ctx.caller.communityId, gridId }
}

/** The condition of "notices this viewer's list shows": live, unexpired, in their audience. */
export function liveWhere(v: Viewer, now: Date): Where {
  return {
    communityId: v.communityId,
    status: 'published',
    expiresAt: { $gt: now.toISOString() },
    ...(isEditor(v.roles) ? {} : { audience: { $in: audiencesFor(v.gridId) } }),
  }
}

export const LIST_ORDER: [string, 'asc' | 'desc'][] = [
  ['pinned', 'desc'],
  ['publishedAt', 'desc'],
]

export function toItem(n: NoticeDoc): z.infer<typeof noticeItem> {
  return {
    id: n._id,
    title: n.title,
    category: n.category,
    pinned: n.pinned,
    urgent: n.urgent,
    gridId: n.gridId,
    excerpt: excerpt(n.body),
    publishedAt: n.publishedAt,
    expiresAt: n.expiresAt === NEVER ? undefined : n.expiresAt,
    readCount: n.readCount,
    status: n.status,
  }
}

/**
 * Every state change of a notice: checks role and state, writes the new state and appends the
 * history entry in one conditional write, so two concurrent archives change it once.
 */
export async function transition(ctx: Ctx, n: NoticeDoc, action: NoticeAction): Promise<NoticeState> {
  const next = nextState(action, n.status, ctx.caller.roles)
  if (!next.ok) fail(next.reason, next.reason === 'ALREADY_DONE' ? '这条公告已经归档了' : undefined)
  const at = ctx.clock.now().toISOString()
  const changed = await ctx.store.update(
    'notices',
    n._id,
    { status: next.to, updatedAt: at, history: op.push({ at, by: ctx.caller.openid, action }) },
    { where: { status: n.status } },
  )
  if (changed === 0) fail('ALREADY_DONE', '这条公告已经归档了')
  return next.to
}
