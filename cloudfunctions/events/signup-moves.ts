/**
 * The moves of a sign-up, on the one state-change mechanism (`applyTransition`, or `writeMove`
 * inside a transaction already held): checked against the sign-up machine
 * (src/domain/events/machine.ts) on the sign-up as it is now, and written with the timeline entry,
 * the event's counters and the notices in one transaction.
 */
import { fail } from '../../src/domain/errors'
import { SIGNUP, type SignupWho } from '../../src/domain/events/machine'
import { mayJoin, maySignUp } from '../../src/domain/events/rules'
import { checkMove, type TimelineEntry } from '../../src/domain/machine'
import { formatLocal } from '../../src/domain/time'
import type { OutboxDoc } from '../_runtime/services/outbox'
import { applyTransition, deliver, writeMove, type Move, type MoveCtx } from '../_runtime/transition'
import type { Ctx } from '../_runtime/types'
import { op, type TxStore } from '../_store/port'
import { detailPage, EVENTS, NO_EVENT, type EventDoc } from './event-doc'
import { pairId } from './pair-id'
import { keptName } from './people'
import { SIGNUPS, type SignupDoc } from './signup-doc'

const SIGNUP_T = { coll: SIGNUPS, stateField: 'status', notFound: '您没有报名这场活动' }
const STALE_MESSAGE = '报名状态已变化，请刷新后重试'
const bySystem = (w: SignupWho) => w === 'system'

/**
 * Takes a place if one is left (conditional increment), otherwise joins the waitlist in sign-up
 * order; the sign-up is created or moved in the same transaction.
 */
export async function joinEvent(ctx: Ctx, eventId: string): Promise<'confirmed' | 'waitlisted'> {
  const { openid } = ctx.caller
  const self = (w: SignupWho) => w === 'self'
  return ctx.store.transaction(async (tx) => {
    const ev = (await tx.get<EventDoc>(EVENTS, eventId)) ?? fail('NOT_FOUND', NO_EVENT)
    if (ev.status !== 'published') fail('CONFLICT', '这场活动已经取消了')
    if (!maySignUp(ev.startAt, ctx.clock.now().getTime())) fail('TOO_LATE', '活动已开始，报名已截止')
    if (!mayJoin(ev.openTo, ctx.caller.roles)) fail('FORBIDDEN', '这场活动仅限党员报名')
    const prev = await tx.get<SignupDoc>(SIGNUPS, pairId(eventId, openid))
    checkMove(SIGNUP, 'join', prev?.status ?? 'none', self)
    const placed = await tx.update(EVENTS, eventId, { signedUp: op.inc(1), joinSeq: op.inc(1) }, { where: { signedUp: { $lt: ev.capacity } } })
    if (!placed) await tx.update(EVENTS, eventId, { joinSeq: op.inc(1) })
    const seq = (await tx.get<EventDoc>(EVENTS, eventId))!.joinSeq
    const to = checkMove(SIGNUP, placed ? 'join' : 'wait', prev?.status ?? 'none', self) as 'confirmed' | 'waitlisted'
    const first = entry(ctx, to)
    const who = keptName(await tx.get('members', openid))
    if (!prev) {
      const doc: SignupDoc = { _id: pairId(eventId, openid), eventId, openid, ...who, status: to, seq, createdAt: first.at, updatedAt: first.at, timeline: [first] }
      await tx.insert(SIGNUPS, doc)
    } else if (!(await writeMove(tx, ctx, SIGNUP_T, prev, { to, patch: { seq, ...who }, entry: first }))) {
      fail('CONFLICT', STALE_MESSAGE)
    }
    return to
  })
}

/**
 * Gives a place back; when it was a confirmed one, the first of `waiters` still waiting takes it in
 * the same transaction (told in it), else the event's counter goes down. Answers who was promoted.
 */
export async function leaveSignup(ctx: Ctx, ev: EventDoc, waiters: SignupDoc[]): Promise<string | undefined> {
  let promoted: Promoted | undefined
  await applyTransition<SignupDoc>(
    ctx,
    {
      ...SIGNUP_T,
      decide: (s) => ({
        to: checkMove(SIGNUP, 'leave', s.status, (w) => w === 'self' && s.openid === ctx.caller.openid),
        entry: entry(ctx, 'cancelled'),
        also: async (tx) => {
          // runs once per attempt of the transaction: only the committed attempt's promotion counts
          promoted = undefined
          if (s.status !== 'confirmed') return
          promoted = await promoteFirst(tx, ctx, ev, waiters)
          if (!promoted) await tx.update(EVENTS, ev._id, { signedUp: op.inc(-1) })
        },
      }),
    },
    pairId(ev._id, ctx.caller.openid),
  )
  if (!promoted) return undefined
  await deliver(ctx, promoted.notices)
  return promoted.openid
}

interface Promoted {
  openid: string
  notices: OutboxDoc[]
}

/** Inside a transaction: the first of `waiters` still waiting takes a place already held for them. */
async function promoteFirst(tx: TxStore, ctx: Ctx, ev: EventDoc, waiters: SignupDoc[]): Promise<Promoted | undefined> {
  for (const w of waiters) {
    const cur = await tx.get<SignupDoc>(SIGNUPS, w._id)
    if (cur?.status !== 'waitlisted') continue
    const written = await writeMove(tx, ctx, SIGNUP_T, cur, promotion(ctx, ev, cur))
    if (written) return { openid: cur.openid, notices: written.notices }
  }
  return undefined
}

/** waitlisted → confirmed, by the system, and the person told. */
function promotion(ctx: MoveCtx, ev: EventDoc, s: SignupDoc): Move {
  const to = checkMove(SIGNUP, 'promote', s.status, bySystem)
  return {
    to,
    entry: { at: ctx.clock.now().toISOString(), by: 'system', action: to },
    effects: {
      notices: [
        {
          to: s.openid,
          template: 'event_promoted',
          title: '候补成功',
          body: `您候补的「${ev.title}」（${formatLocal(ev.startAt)}）有了空位，已为您报名成功`,
          page: detailPage(ev),
        },
      ],
    },
  }
}

/** The sweeper: promotes the waiter of sign-up `waiterId` into a place still free under the event's capacity (FULL when there is none). */
export async function promoteIntoFreePlace(ctx: MoveCtx, ev: EventDoc, waiterId: string): Promise<void> {
  await applyTransition<SignupDoc>(
    ctx,
    {
      ...SIGNUP_T,
      decide: (s) => ({
        ...promotion(ctx, ev, s),
        also: async (tx) => {
          const taken = await tx.update(EVENTS, ev._id, { signedUp: op.inc(1) }, { where: { status: 'published', signedUp: { $lt: ev.capacity } } })
          if (!taken) fail('FULL', '活动名额已满')
        },
      }),
    },
    waiterId,
  )
}

function entry(ctx: Ctx, action: string, note?: string): TimelineEntry {
  return { at: ctx.clock.now().toISOString(), by: ctx.caller.openid, action, ...(note ? { note } : {}) }
}
