/** The shared body of every person-driven step: content check, transition, notifications. */
import type { Command } from '../../src/domain/tickets/machine'
import { STATE_NAMES } from '../../src/domain/tickets/model'
import type { Ctx } from '../_runtime/types'
import { notifyStep } from './notify'
import { actorOf, applyCommand } from './store'

export async function runStep(ctx: Ctx, id: string, command: Command, texts: (string | undefined)[] = []) {
  const words = texts.filter((t): t is string => !!t)
  if (words.length) await ctx.services.checkText(words, ctx.caller)
  const { ticket, entry } = await applyCommand(ctx.store, ctx.clock, id, actorOf(ctx.caller), command)
  await notifyStep(ctx.store, ctx.services, ticket, entry)
  return { id, state: ticket.state, stateName: STATE_NAMES[ticket.state] }
}
