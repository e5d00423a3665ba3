import { members } from '../../../src/domain/contracts/members'
import { fail } from '../../../src/domain/errors'
import { GRID_ROLES } from '../../../src/domain/roles'
import { unitLabel } from '../../../src/domain/units'
import type { MemberDoc } from '../../_runtime/identity'
import { action } from '../../_runtime/types'
import { writeAudit } from '../audit'
import { ensureMember, profileOf, withRole } from '../profile'

/**
 * An admin grants a role held in a unit: a community's (the person's own by default), a street's
 * (covering every community of it) or, for a liaison, the unit their department serves. Grid
 * roles are held in the community of the grid the member belongs to.
 */
export const grantRole = action({
  input: members.grantRole.input,
  roles: ['admin'],
  handler: async (input, ctx) => {
    if (input.role === 'resident') fail('INVALID_INPUT', '每个人都是居民，无需授予')
    const department = input.role === 'liaison' ? await liaisonDepartment(ctx, input.departmentId) : undefined
    await ensureMember(ctx.store, ctx.clock, input.openid)
    const doc = await ctx.store.get<MemberDoc>('members', input.openid)
    if (!doc) fail('NOT_FOUND', '此人不在您管理的社区或街道')
    const gridId = GRID_ROLES.includes(input.role) ? (input.gridId ?? (doc.gridId as string | undefined)) : undefined
    if (GRID_ROLES.includes(input.role)) {
      if (!gridId) fail('INVALID_INPUT', '授予网格角色时请选择所属网格')
      const grid = await ctx.store.get('grids', gridId)
      if (!grid || grid.communityId !== doc.communityId) fail('NOT_FOUND', '本社区没有这个网格')
    }
    const unitId = GRID_ROLES.includes(input.role) ? doc.communityId : (input.unitId ?? (department?.unitId as string | undefined) ?? doc.communityId)
    const tree = ctx.caller.units
    if (!Object.hasOwn(tree, unitId) && unitId !== doc.communityId) fail('NOT_FOUND', '没有这个社区或街道')
    if (!ctx.caller.scope.act.includes(unitId)) fail('FORBIDDEN', `您不能在「${unitLabel(tree, unitId)}」授予身份`)
    const held = withRole(tree, doc, input.role, unitId)
    await ctx.store.update('members', input.openid, {
      ...held,
      ...(input.role === 'liaison' ? { departmentId: input.departmentId } : {}),
      ...(gridId ? { gridId } : {}),
      updatedAt: ctx.clock.now().toISOString(),
    })
    await writeAudit(ctx, 'grantRole', input.openid, { role: input.role, unitId, departmentId: input.departmentId, gridId }, { targetName: doc.name ?? '', unitId: doc.communityId })
    return profileOf(ctx.store, input.openid)
  },
})

async function liaisonDepartment(ctx: Parameters<typeof grantRole.handler>[1], departmentId: string | undefined) {
  if (!departmentId) fail('INVALID_INPUT', '授予部门联络员时请选择所属部门')
  const department = await ctx.store.get('departments', departmentId)
  if (!department) fail('NOT_FOUND', '没有这个部门')
  return department
}
