/**
 * `applyTransition`: the one way a document changes state (tickets, bookings, sign-ups, wishes,
 * service hours, and every feature after them).
 *
 * The feature's pure `decide` looks at the document as it is now and either refuses with a coded
 * error or answers the move: the new state, the fields that change, the timeline entry and the
 * move's effects. One transaction then writes, together or not at all:
 *   - the new state, version + 1, updatedAt and the entry pushed onto the timeline, conditioned
 *     on the state and version that were read;
 *   - `also`: further documents of the same change (a guard removed, a waiter promoted …);
 *   - the effects: each points award as a ledger entry with a deterministic id plus the member's
 *     total and the year's total (members/years.ts), each 双报到 change on the member's year
 *     (wishes/duty-years.ts), each notice as an outbox document (pending until delivered).
 * When another writer got there first, the document is read again and `decide` runs anew (so a
 * second claim is told who won, and a second 报到 answers ALREADY_DONE), up to ATTEMPTS times.
 * Effects that need reads (who to tell about a ticket's step) come from `effects`, which runs
 * after `decide` and before the transaction: a transaction cannot query.
 * After the commit the notices are delivered; a delivery lost to a crash stays in the outbox
 * marked pending and the sweeper's outbox job sends it. Nothing the move promised is lost.
 */
import { fail } from '../../src/domain/errors'
import type { TimelineEntry } from '../../src/domain/machine'
import { applyPatch } from '../_store/semantics'
import { op, type Doc, type Patch, type TxStore, type Where } from '../_store/port'
import { ensureMember } from '../members/profile'
import { writeAward, type Award } from '../members/ledger'
import { addDutyYear, type DutyChange } from '../wishes/duty-years'
import { outboxDoc, type OutboxDoc } from './services/outbox'
import type { Ctx, Notice } from './types'

export const ATTEMPTS = 10

export type { Award }

export interface Effects {
  awards?: Award[]
  notices?: Notice[]
  /** 双报到 hours or wishes a confirmation adds to a member's year (wishes/duty-years.ts) */
  duty?: DutyChange[]
}

export interface Move {
  /** the new value of the state field; the same state for a move that keeps it */
  to: string
  patch?: Patch
  entry: TimelineEntry
  effects?: Effects
  /** further writes of the same change, inside the same transaction */
  also?: (tx: TxStore) => Promise<void>
}

/** What a transition needs of a request: a handler passes its ctx, the sweeper its deps. */
export type MoveCtx = Pick<Ctx, 'store' | 'clock' | 'services' | 'log'>

export interface Transition<D extends Doc> {
  coll: string
  /** the field that holds the state: 'state' (default) or 'status' */
  stateField?: string
  /** message for a missing document, or one the caller may not see */
  notFound: string
  /** false hides the document from the caller (answers NOT_FOUND), e.g. another community's */
  visible?: (doc: D) => boolean
  /** pure: refuse with a coded error, or answer the move for the document as it is now */
  decide: (doc: D) => Move
  /**
   * Effects that need reads, for the move `decide` answered (`after` is the document as the move
   * leaves it); runs before the transaction, again on each attempt. Added to the move's own.
   */
  effects?: (move: Move, before: D, after: D) => Promise<Effects>
  /** message when every attempt lost the race */
  busy?: string
}

export interface Applied<D extends Doc> {
  before: D
  after: D
  entry: TimelineEntry
}

/** Loads, decides and writes with the retry policy above; answers the document before and after. */
export async function applyTransition<D extends Doc>(ctx: MoveCtx, t: Transition<D>, id: string): Promise<Applied<D>> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const doc = await ctx.store.get<D>(t.coll, id)
    if (!doc || (t.visible && !t.visible(doc))) fail('NOT_FOUND', t.notFound)
    const move = await decideWithEffects(ctx, t, doc)
    await ensureMembers(ctx, move.effects)
    const written = await ctx.store.transaction(async (tx) => writeMove(tx, ctx, t, doc, move))
    if (!written) continue
    await deliver(ctx, written.notices)
    return { before: doc, after: written.after as D, entry: move.entry }
  }
  fail('CONFLICT', t.busy ?? '同时办理的人太多，请刷新后重试')
}

/**
 * Creates a document together with its effects (the staff told of a new wish, the secretaries
 * of a new ticket): the insert and the effects commit together, then the notices are delivered.
 */
export async function insertWith(ctx: MoveCtx, coll: string, doc: Doc, effects: Effects): Promise<void> {
  await ensureMembers(ctx, effects)
  const notices = await ctx.store.transaction(async (tx) => {
    await tx.insert(coll, doc)
    return writeEffects(tx, ctx, effects)
  })
  await deliver(ctx, notices)
}

export interface Written {
  after: Doc
  notices: OutboxDoc[]
}

/**
 * Writes one decided move inside a transaction the caller already holds (a move that moves a
 * second document too, e.g. promoting a waiter). Answers null when the document changed since
 * it was read; the caller decides whether to retry or refuse.
 */
export async function writeMove<D extends Doc>(tx: TxStore, ctx: MoveCtx, t: Pick<Transition<D>, 'coll' | 'stateField'>, doc: D, move: Move): Promise<Written | null> {
  const field = t.stateField ?? 'state'
  const version = typeof doc.version === 'number' ? doc.version : undefined
  const patch = movePatch(t, doc, move, ctx.clock.now().toISOString())
  const where: Where = { [field]: doc[field] as string, version: version ?? { $exists: false } }
  if (!(await tx.update(t.coll, doc._id, patch, { where }))) return null
  await move.also?.(tx)
  const notices = await writeEffects(tx, ctx, move.effects)
  return { after: applyPatch(doc, patch), notices }
}

/** The write of a move: its fields, the new state, version + 1, updatedAt and the timeline entry. */
function movePatch(t: Pick<Transition<Doc>, 'stateField'>, doc: Doc, move: Move, at: string): Patch {
  const version = typeof doc.version === 'number' ? doc.version : 0
  return { ...move.patch, [t.stateField ?? 'state']: move.to, version: version + 1, updatedAt: at, timeline: op.push(move.entry) }
}

/** `decide`, then the effects that need reads added to the move's own. */
async function decideWithEffects<D extends Doc>(ctx: MoveCtx, t: Transition<D>, doc: D): Promise<Move> {
  const move = t.decide(doc)
  if (!t.effects) return move
  const after = applyPatch(doc, movePatch(t, doc, move, ctx.clock.now().toISOString())) as D
  const more = await t.effects(move, doc, after)
  const own = move.effects ?? {}
  return {
    ...move,
    effects: {
      awards: [...(own.awards ?? []), ...(more.awards ?? [])],
      notices: [...(own.notices ?? []), ...(more.notices ?? [])],
      duty: [...(own.duty ?? []), ...(more.duty ?? [])],
    },
  }
}

/** Writes a move's awards and notices inside the transaction; answers the notices to deliver. */
export async function writeEffects(tx: TxStore, ctx: Pick<Ctx, 'clock'>, effects: Effects | undefined): Promise<OutboxDoc[]> {
  const at = ctx.clock.now().toISOString()
  for (const a of effects?.awards ?? []) await writeAward(tx, a, at)
  for (const d of effects?.duty ?? []) await addDutyYear(tx, d)
  const notices: OutboxDoc[] = []
  for (const n of effects?.notices ?? []) {
    const doc = outboxDoc(n, at)
    if (n.id && (await tx.get('outbox', doc._id))) continue
    await tx.insert('outbox', doc)
    notices.push(doc)
  }
  return notices
}

/** Awards increment a member's total: the member document must exist before the transaction. */
export async function ensureMembers(ctx: Pick<Ctx, 'store' | 'clock'>, effects: Effects | undefined): Promise<void> {
  const people = [...new Set((effects?.awards ?? []).map((a) => a.openid))]
  await Promise.all(people.map((p) => ensureMember(ctx.store, ctx.clock, p)))
}

/** Sends committed notices; a failed send stays pending in the outbox for the sweeper. */
export async function deliver(ctx: Pick<Ctx, 'services' | 'log'>, notices: OutboxDoc[]): Promise<void> {
  for (const n of notices) {
    try {
      await ctx.services.deliver(n)
    } catch (e) {
      ctx.log.warn('notice not delivered', { id: n._id, error: String(e) })
    }
  }
}
