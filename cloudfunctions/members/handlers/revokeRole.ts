import { members } from '../../../src/domain/contracts/members'
import { fail } from '../../../src/domain/errors'
import { heldRoles } from '../../../src/domain/units'
import type { MemberDoc } from '../../_runtime/identity'
import { action } from '../../_runtime/types'
import { writeAudit } from '../audit'
import { profileOf, withoutRole } from '../profile'

/** An admin revokes a role in one unit (`unitId`), or in every unit they manage when none is named. */
export const revokeRole = action({
  input: members.revokeRole.input,
  roles: ['admin'],
  handler: async (input, ctx) => {
    if (input.role === 'resident') fail('INVALID_INPUT', '居民身份不能撤销')
    if (input.role === 'admin' && input.openid === ctx.caller.openid) fail('CONFLICT', '不能撤销自己的管理员身份')
    const doc = await ctx.store.get<MemberDoc>('members', input.openid)
    const tree = ctx.caller.units
    const held = doc ? heldRoles(tree, doc).filter((r) => r.role === input.role && (input.unitId === undefined || r.unitId === input.unitId)) : []
    if (!doc || held.length === 0) fail('NOT_FOUND', '此人没有这个身份')
    if (held.some((r) => !ctx.caller.scope.act.includes(r.unitId))) fail('FORBIDDEN', '这个身份不在您管理的社区或街道')
    const next = withoutRole(tree, doc, input.role, input.unitId)
    await ctx.store.update('members', input.openid, {
      ...next,
      ...(input.role === 'liaison' && !next.roles.includes('liaison') ? { departmentId: undefined } : {}),
      updatedAt: ctx.clock.now().toISOString(),
    })
    await writeAudit(ctx, 'revokeRole', input.openid, { role: input.role, unitId: input.unitId }, { targetName: doc.name ?? '', unitId: doc.communityId })
    return profileOf(ctx.store, input.openid)
  },
})
