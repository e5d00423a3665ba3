import { members } from '../../../src/domain/contracts/members'
import type { MemberDoc } from '../../_runtime/identity'
import { reachesTop } from '../../../src/domain/units'
import { action } from '../../_runtime/types'
import type { Doc } from '../../_store/port'
import { isPersonTarget } from '../audit'
import { AUDIT_ACTIONS } from '../personal-data'

interface AuditDoc extends Doc {
  at: string
  by: string
  /** written since entries keep names; '' when none was known */
  byName?: string
  action: string
  target: string
  targetName?: string
  details: Record<string, unknown>
}

/**
 * Admins review role grants, contact reads and data requests, newest first. Entries carry the names
 * they were written with (one round trip); only older entries without them have the people read after.
 */
export const auditLog = action({
  input: members.auditLog.input,
  roles: ['admin'],
  handler: async (input, ctx) => {
    // the log is shared by every unit; each entry names the community it is about. The district's
    // admin reads it whole (entries written before units too); an admin of a street or a community
    // reads the entries of the units they manage
    const whole = reachesTop(ctx.caller.units, ctx.caller.scope, ctx.caller.communityId)
    const page = await ctx.store.query<AuditDoc>('audit', {
      where: { ...(whole ? {} : { unitId: { $in: ctx.caller.scope.act } }), ...(input.target ? { target: input.target } : {}) },
      orderBy: [['at', 'desc']],
      limit: input.limit,
      after: input.after,
    })
    const unnamed = page.items.flatMap((d) => [
      ...(d.byName === undefined ? [d.by] : []),
      ...(d.targetName === undefined && isPersonTarget(d.target) ? [d.target] : []),
    ])
    const people = await ctx.store.getMany<MemberDoc>('members', unnamed)
    const nameOf = (kept: string | undefined, id: string) => (kept === undefined ? people.get(id)?.name : kept || undefined)
    return {
      items: page.items.map((d) => ({
        id: d._id,
        at: d.at,
        by: d.by,
        byName: nameOf(d.byName, d.by),
        action: d.action,
        actionText: AUDIT_ACTIONS[d.action] ?? d.action,
        target: d.target,
        targetName: nameOf(d.targetName, d.target),
        details: d.details ?? {},
      })),
      next: page.next,
    }
  },
})
