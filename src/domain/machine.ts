/**
 * The shape every state machine of the system shares (tickets, bookings, sign-ups, wishes, hours,
 * and every feature after them). A machine is data: its states, and for each move the states it
 * may start from, the state it leads to and who may make it. `checkMove` is the one place that
 * turns a refused move into a coded error. Pure: no I/O.
 */
import { fail, type ErrorCode } from './errors'

/** One entry of a document's timeline: who did what, when. Features add their own fields. */
export interface TimelineEntry {
  at: string
  /** an openid, or 'system' for the sweeper */
  by: string
  byName?: string
  action: string
  note?: string
  images?: string[]
}

export interface MoveRule<S extends string, W extends string> {
  from: readonly S[]
  /** absent: the move keeps the state (e.g. attaching a resource to a wish) */
  to?: S
  /** any one of these may make the move */
  who: readonly W[]
  /** what a person is told when the document is in another state */
  wrongState?: string
  /** what a person is told when they may not make the move */
  notAllowed?: string
  /** states in which the move counts as made already: ALREADY_DONE (with `done`) instead of CONFLICT */
  doneIn?: readonly S[]
  done?: string
}

export interface MachineDef<S extends string, M extends string, W extends string> {
  /** what the documents are called in messages, e.g. '工单' */
  noun: string
  names: Record<S, string>
  moves: Record<M, MoveRule<S, W>>
  /**
   * How a move from another state is refused when its rule names no `wrongState`, for machines
   * whose callers have long been told more than CONFLICT (a second 取消 of a booking is
   * ALREADY_DONE, leaving a sign-up one does not hold is NOT_FOUND). Absent: CONFLICT.
   */
  refuseState?: (state: S, move: M) => { code: ErrorCode; message: string }
}

/** Answers the state after `move`, or throws FORBIDDEN (who), ALREADY_DONE (made already) or CONFLICT (from which state; a machine may say otherwise with `refuseState`). */
export function checkMove<S extends string, M extends string, W extends string>(
  def: MachineDef<S, M, W>,
  move: M,
  state: S,
  is: (who: W) => boolean,
): S {
  const rule = def.moves[move]
  if (!rule.who.some(is)) fail('FORBIDDEN', rule.notAllowed ?? `您不能办理这一步`)
  if (rule.doneIn?.includes(state)) fail('ALREADY_DONE', rule.done ?? `这个${def.noun}已经办理过了`, { state })
  if (!rule.from.includes(state)) {
    const refusal = !rule.wrongState && def.refuseState ? def.refuseState(state, move) : undefined
    if (refusal) fail(refusal.code, refusal.message, { state })
    fail('CONFLICT', rule.wrongState ?? `这个${def.noun}现在是「${def.names[state]}」，不能这样办理`, { state })
  }
  return rule.to ?? state
}

/** The moves `who` could make now: what a detail page offers as buttons. */
export function movesOpen<S extends string, M extends string, W extends string>(def: MachineDef<S, M, W>, state: S, is: (who: W) => boolean): M[] {
  return (Object.keys(def.moves) as M[]).filter((m) => def.moves[m].from.includes(state) && def.moves[m].who.some(is))
}
