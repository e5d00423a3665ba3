import { members } from '../../../src/domain/contracts/members'
import { fail } from '../../../src/domain/errors'
import type { MemberDoc } from '../../_runtime/identity'
import { action } from '../../_runtime/types'
import { writeAudit } from '../audit'
import { profileOf } from '../profile'

export const revokeRole = action({
  input: members.revokeRole.input,
  roles: ['admin'],
  handler: async (input, ctx) => {
    if (input.role === 'resident') fail('INVALID_INPUT', '居民身份不能撤销')
    if (input.role === 'admin' && input.openid === ctx.caller.openid) fail('CONFLICT', '不能撤销自己的管理员身份')
    const doc = await ctx.store.get<MemberDoc>('members', input.openid)
    if (!doc?.roles.includes(input.role)) fail('NOT_FOUND', '此人没有这个身份')
    await ctx.store.update('members', input.openid, {
      roles: doc.roles.filter((r) => r !== input.role),
      ...(input.role === 'liaison' ? { departmentId: undefined } : {}),
      updatedAt: ctx.clock.now().toISOString(),
    })
    await writeAudit(ctx, 'revokeRole', input.openid, { role: input.role }, { targetName: doc.name ?? '' })
    return profileOf(ctx.store, input.openid)
  },
})
