import { randomUUID } from 'node:crypto'
import type { Ctx } from '../_runtime/types'

/** Admin actions on people are kept in the audit collection. */
export async function writeAudit(ctx: Ctx, action: string, target: string, details: Record<string, unknown>) {
  await ctx.store.insert('audit', {
    _id: randomUUID(),
    at: ctx.clock.now().toISOString(),
    by: ctx.caller.openid,
    action,
    target,
    details,
  })
}
