/**
 * Every ticket step, by a person or by the sweeper: the machine (`transition`) decides on the
 * ticket as it is now, and `applyTransition` writes the step together with the notices to the
 * people it concerns, so a crash cannot keep the step and lose its notices.
 */
import { transition, type Actor, type Command } from '../../src/domain/tickets/machine'
import { STATE_NAMES, type TicketDoc, type TimelineEntry } from '../../src/domain/tickets/model'
import { applyTransition, type Applied, type MoveCtx } from '../_runtime/transition'
import type { Caller, Ctx } from '../_runtime/types'
import { unitsUnder } from '../../src/domain/units'
import { loadSettings, NOT_FOUND, TICKETS } from './load'
import { stepNotices } from './notices'

export function actorOf(caller: Caller): Actor {
  const secretaryOf = caller.unitRoles.filter((r) => r.role === 'secretary').flatMap((r) => unitsUnder(caller.units, r.unitId))
  return { openid: caller.openid, roles: caller.roles, communityId: caller.communityId, secretaryOf, departmentId: caller.departmentId, name: caller.name }
}

/** Applies `command` by `actor`; a second 报到 of one department that lost a race answers ALREADY_DONE. */
export async function applyStep(ctx: MoveCtx, id: string, actor: Actor, command: Command): Promise<Applied<TicketDoc>> {
  const settings = await loadSettings(ctx.store)
  return applyTransition<TicketDoc>(
    ctx,
    {
      coll: TICKETS,
      notFound: NOT_FOUND,
      decide: (t) => {
        const { patch, entry, next } = transition(t, actor, command, ctx.clock.now(), settings)
        return { to: next.state, patch, entry }
      },
      effects: async (move, _before, after) => ({ notices: await stepNotices(ctx, after, move.entry as TimelineEntry) }),
    },
    id,
  )
}

/** The shared body of every person-driven step: content check, then the step. */
export async function runStep(ctx: Ctx, id: string, command: Command, texts: (string | undefined)[] = []) {
  const words = texts.filter((t): t is string => !!t)
  if (words.length) await ctx.services.checkText(words, ctx.caller)
  const { after } = await applyStep(ctx, id, actorOf(ctx.caller), command)
  return { id, state: after.state, stateName: STATE_NAMES[after.state] }
}
