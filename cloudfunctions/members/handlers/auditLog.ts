import { members } from '../../../src/domain/contracts/members'
import type { MemberDoc } from '../../_runtime/identity'
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
    const page = await ctx.store.query<AuditDoc>('audit', {
      where: input.target ? { target: input.target } : undefined,
      orderBy: [['at', 'desc']],
      limit: input.limit,
      after: input.after,
    })
    // the log is shared by every unit and carries none: an entry is shown when the person who acted
    // or the person acted on is one of the caller's people (members are scoped), read in one round trip
    const persons = page.items.flatMap((d) => [d.by, ...(isPersonTarget(d.target) ? [d.target] : [])])
    const people = await ctx.store.getMany<MemberDoc>('members', [...new Set(persons)])
    const nameOf = (kept: string | undefined, id: string) => (kept === undefined ? people.get(id)?.name : kept || undefined)
    const mine = page.items.filter((d) => people.has(d.by) || people.has(d.target))
    return {
      items: mine.map((d) => ({
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
