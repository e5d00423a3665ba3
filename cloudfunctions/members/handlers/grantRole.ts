import { members } from '../../../src/domain/contracts/members'
import { fail } from '../../../src/domain/errors'
import { GRID_ROLES } from '../../../src/domain/roles'
import type { MemberDoc } from '../../_runtime/identity'
import { action } from '../../_runtime/types'
import { writeAudit } from '../audit'
import { ensureMember, profileOf, withRole } from '../profile'

export const grantRole = action({
  input: members.grantRole.input,
  roles: ['admin'],
  handler: async (input, ctx) => {
    if (input.role === 'resident') fail('INVALID_INPUT', '每个人都是居民，无需授予')
    if (input.role === 'liaison') {
      if (!input.departmentId) fail('INVALID_INPUT', '授予部门联络员时请选择所属部门')
      if (!(await ctx.store.get('departments', input.departmentId))) fail('NOT_FOUND', '没有这个部门')
    }
    await ensureMember(ctx.store, ctx.clock, input.openid)
    const doc = (await ctx.store.get<MemberDoc>('members', input.openid))!
    const gridId = GRID_ROLES.includes(input.role) ? (input.gridId ?? (doc.gridId as string | undefined)) : undefined
    if (GRID_ROLES.includes(input.role)) {
      if (!gridId) fail('INVALID_INPUT', '授予网格角色时请选择所属网格')
      const grid = await ctx.store.get('grids', gridId)
      if (!grid || grid.communityId !== doc.communityId) fail('NOT_FOUND', '本社区没有这个网格')
    }
    await ctx.store.update('members', input.openid, {
      roles: withRole(doc.roles, input.role),
      ...(input.role === 'liaison' ? { departmentId: input.departmentId } : {}),
      ...(gridId ? { gridId } : {}),
      updatedAt: ctx.clock.now().toISOString(),
    })
    await writeAudit(ctx, 'grantRole', input.openid, { role: input.role, departmentId: input.departmentId, gridId }, { targetName: doc.name ?? '' })
    return profileOf(ctx.store, input.openid)
  },
})
