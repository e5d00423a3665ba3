/**
 * 三张清单 share one machine (DESIGN.md, the street level): open → matched → in_progress → done
 * (with evidence), and cancel. An offer or a commitment is matched by a need that is met from it;
 * a need is matched to an offer or a commitment. Member units keep one state, edited in place.
 * Pure: the handlers write the moves with applyTransition (cloudfunctions/council).
 */
import { fail } from '../errors'
import { checkMove, type MachineDef } from '../machine'
import { local, localDate } from '../time'
import type { ListKind } from './model'

export const LIST_STATES = ['open', 'matched', 'in_progress', 'done', 'cancelled'] as const
export type ListState = (typeof LIST_STATES)[number]
export type ListMove = 'match' | 'progress' | 'finish' | 'cancel'
/**
 * steward: a secretary or staff of the item's community or street (or of a street above it);
 * committee: a 兼职委员 of the item's member unit; owner: the party member whose commitment it is.
 */
export type ListWho = 'steward' | 'committee' | 'owner'

export const LIST_STATE_NAMES: Record<ListState, string> = { open: '待对接', matched: '已对接', in_progress: '推进中', done: '已完成', cancelled: '已取消' }
/** the states in which an item still counts as to do */
export const LIVE_STATES: readonly ListState[] = ['open', 'matched', 'in_progress']

export const LIST_MACHINE: MachineDef<ListState, ListMove, ListWho> = {
  noun: '清单事项',
  names: LIST_STATE_NAMES,
  moves: {
    match: {
      from: ['open'],
      to: 'matched',
      who: ['steward'],
      doneIn: ['matched', 'in_progress', 'done'],
      done: '这条需求已经对接过了',
      notAllowed: '只有本社区或街道的书记、社工可以对接需求',
    },
    progress: {
      from: ['open', 'matched', 'in_progress'],
      to: 'in_progress',
      who: ['steward', 'committee', 'owner'],
      notAllowed: '只有本单位的兼职委员、承诺人或社区社工可以记录进展',
    },
    finish: {
      from: ['open', 'matched', 'in_progress'],
      to: 'done',
      who: ['steward', 'committee', 'owner'],
      doneIn: ['done'],
      done: '这条事项已经完成了',
      notAllowed: '只有本单位的兼职委员、承诺人或社区社工可以办结',
    },
    cancel: {
      from: ['open', 'matched', 'in_progress'],
      to: 'cancelled',
      who: ['steward'],
      doneIn: ['cancelled'],
      done: '这条事项已经取消了',
      notAllowed: '只有本社区或街道的书记、社工可以取消',
    },
  },
}

export interface ListItemLike {
  kind: ListKind
  state: ListState
  year: number
  dueAt?: string
  doneAt?: string
  memberUnitId?: string
  openid?: string
}

/** Answers the state a move leads to, with the rules a table cannot say: a need is what gets matched, and done needs evidence. */
export function listMove(item: ListItemLike, move: ListMove, is: (w: ListWho) => boolean, evidence?: { note?: string; images?: readonly string[] }): ListState {
  if (move === 'match' && item.kind !== 'need') fail('INVALID_INPUT', '只有需求可以对接到资源或承诺')
  if (move === 'progress' && item.kind === 'need' && item.state === 'open') fail('CONFLICT', '这条需求还没有对接，请先对接到资源或承诺')
  const to = checkMove(LIST_MACHINE, move, item.state, is)
  if (move === 'finish' && item.kind === 'commitment' && !evidence?.images?.length) fail('INVALID_INPUT', '办结承诺请上传至少一张佐证照片')
  if (move === 'finish' && !evidence?.note?.trim()) fail('INVALID_INPUT', '请写明完成情况')
  return to
}

/** Past its due date and not done (nor cancelled). */
export function isOverdue(item: Pick<ListItemLike, 'state' | 'dueAt'>, now: Date): boolean {
  return !!item.dueAt && LIVE_STATES.includes(item.state) && Date.parse(item.dueAt) < now.getTime()
}

export type Kept = 'kept' | 'late' | 'open' | 'overdue' | 'cancelled'

/** 回头看 of one commitment: kept (done by its due date), late (done after it), overdue (not done, past due), open (not done, not yet due). */
export function keptOf(item: Pick<ListItemLike, 'state' | 'dueAt' | 'doneAt'>, now: Date): Kept {
  if (item.state === 'cancelled') return 'cancelled'
  if (item.state === 'done') return !item.dueAt || !item.doneAt || Date.parse(item.doneAt) <= Date.parse(item.dueAt) ? 'kept' : 'late'
  return isOverdue(item, now) ? 'overdue' : 'open'
}

export interface ReviewRow {
  key: string
  kept: number
  late: number
  open: number
  overdue: number
  total: number
}

/** The year's 回头看, per unit (or per member): how many commitments were kept, late, overdue, open; cancelled ones are left out. */
export function reviewOf<T extends ListItemLike>(items: readonly T[], year: number, now: Date, keyOf: (item: T) => string): ReviewRow[] {
  const rows = new Map<string, ReviewRow>()
  for (const item of items) {
    if (item.kind !== 'commitment' || item.year !== year) continue
    const k = keptOf(item, now)
    if (k === 'cancelled') continue
    const key = keyOf(item)
    const row = rows.get(key) ?? { key, kept: 0, late: 0, open: 0, overdue: 0, total: 0 }
    row[k]++
    row.total++
    rows.set(key, row)
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.key.localeCompare(b.key))
}

/** The calendar year (Asia/Shanghai) of an instant. */
export const yearOf = (at: Date | string) => local(at).year()

/** Whether a pairing's agreement (YYYY-MM-DD) is in force on `now`. */
export function pairingActive(p: { from: string; to: string }, now: Date): boolean {
  const day = localDate(now)
  return p.from <= day && day <= p.to
}

/** A member unit keeps one state; editing it is a move like any other (timeline, version). */
export const MEMBER_UNIT_MACHINE: MachineDef<'active', 'edit', 'steward'> = {
  noun: '成员单位',
  names: { active: '在册' },
  moves: { edit: { from: ['active'], who: ['steward'], notAllowed: '只有单位所在社区或街道的书记、社工可以修改' } },
}
