import { members } from '../../../src/domain/contracts/members'
import type { MemberDoc } from '../../_runtime/identity'
import { action } from '../../_runtime/types'
import type { Doc } from '../../_store/port'
import { AUDIT_ACTIONS } from '../personal-data'

interface AuditDoc extends Doc {
  at: string
  by: string
  action: string
  target: string
  details: Record<string, unknown>
}

/** Admins review role grants, contact reads and data requests, newest first. */
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
    const people = await ctx.store.getMany<MemberDoc>('members', page.items.flatMap((d) => [d.by, d.target]).filter(Boolean))
    const names = new Map([...people].map(([id, m]) => [id, m.name]))
    return {
      items: page.items.map((d) => ({
        id: d._id,
        at: d.at,
        by: d.by,
        byName: names.get(d.by),
        action: d.action,
        actionText: AUDIT_ACTIONS[d.action] ?? d.action,
        target: d.target,
        targetName: names.get(d.target),
        details: d.details ?? {},
      })),
      next: page.next,
    }
  },
})
