import { members } from '../../../src/domain/contracts/members'
import { action } from '../../_runtime/types'
import { patchMember, profileOf } from '../profile'

export const updateProfile = action({
  input: members.updateProfile.input,
  roles: 'anyone',
  handler: async (input, ctx) => {
    await ctx.services.checkText([input.name ?? '', input.building ?? ''], ctx.caller)
    // an emptied phone or building is removed, not kept
    const patch = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined).map(([k, v]) => [k, v === '' ? undefined : v]))
    await patchMember(ctx.store, ctx.clock, ctx.caller.openid, patch)
    return profileOf(ctx.store, ctx.caller.openid)
  },
})
