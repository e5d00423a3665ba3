import { members } from '../../../src/domain/contracts/members'
import { action } from '../../_runtime/types'
import { patchMember } from '../profile'

/** 关怀模式 on or off, kept on the person's member document so it follows them to any phone. */
export const setCare = action({
  input: members.setCare.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    await patchMember(ctx.store, ctx.clock, ctx.caller.openid, { care: input.care })
    return { care: input.care }
  },
})
