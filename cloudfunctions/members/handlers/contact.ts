import { members } from '../../../src/domain/contracts/members'
import { fail } from '../../../src/domain/errors'
import type { MemberDoc } from '../../_runtime/identity'
import { action } from '../../_runtime/types'
import { writeAudit } from '../audit'

/** A staff member looks up a resident's phone and building to serve them; every look is audited. */
export const contact = action({
  input: members.contact.input,
  roles: ['secretary', 'staff', 'liaison', 'admin'],
  handler: async (input, ctx) => {
    const doc = await ctx.store.get<MemberDoc>('members', input.openid)
    if (!doc || doc.deletedAt) fail('NOT_FOUND', '没有这位居民的资料')
    await writeAudit(ctx, 'readContact', input.openid, { reason: input.reason })
    return { openid: input.openid, name: doc.name, phone: doc.phone, building: doc.building }
  },
})
