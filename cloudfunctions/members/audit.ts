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
  /** the community the entry is about (the person's or the document's); by default the target person's, else the caller's */
  unitId?: string
}

/**
 * Admin actions on people are kept in the audit collection, with the names of who acted and on whom
 * as they were then (an empty name: none known), so the log reads in one round trip.
 */
export async function writeAudit(ctx: Ctx, action: string, target: string, details: Record<string, unknown>, names: AuditNames = {}) {
  const byName = names.byName ?? ctx.caller.name ?? ''
  let targetName: string | undefined
  let unitId = names.unitId
  if (isPersonTarget(target)) {
    if (names.targetName !== undefined) targetName = names.targetName
    else if (target === ctx.caller.openid) targetName = byName
    else {
      const person = await ctx.store.get<MemberDoc>('members', target)
      targetName = person?.name ?? ''
      unitId ??= person?.communityId
    }
  }
  await ctx.store.insert('audit', {
    _id: randomUUID(),
    at: ctx.clock.now().toISOString(),
    // the log is kept by unit: an admin reads the entries of the units they manage (members.auditLog)
    unitId: unitId ?? ctx.caller.communityId,
    by: ctx.caller.openid,
    byName,
    action,
    target,
    ...(targetName !== undefined ? { targetName } : {}),
    details,
  })
}
