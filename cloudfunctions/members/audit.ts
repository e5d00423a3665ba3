import { randomUUID } from 'node:crypto'
import { OPENID, type MemberDoc } from '../_runtime/identity'
import type { Ctx } from '../_runtime/types'

/** A target that is a person (an openid), not a document such as `household:…` or `wish:…`. */
export const isPersonTarget = (target: string): boolean => OPENID.test(target)

export interface AuditNames {
  /** the person acting; the caller's name by default */
  byName?: string
  /** the person acted on, when the caller already read them; otherwise read here */
  targetName?: string
}

/**
 * Admin actions on people are kept in the audit collection, with the names of who acted and on whom
 * as they were then (an empty name: none known), so the log reads in one round trip.
 */
export async function writeAudit(ctx: Ctx, action: string, target: string, details: Record<string, unknown>, names: AuditNames = {}) {
  const byName = names.byName ?? ctx.caller.name ?? ''
  let targetName: string | undefined
  if (isPersonTarget(target)) {
    targetName = names.targetName ?? (target === ctx.caller.openid ? byName : ((await ctx.store.get<MemberDoc>('members', target))?.name ?? ''))
  }
  await ctx.store.insert('audit', {
    _id: randomUUID(),
    at: ctx.clock.now().toISOString(),
    by: ctx.caller.openid,
    byName,
    action,
    target,
    ...(targetName !== undefined ? { targetName } : {}),
    details,
  })
}
